package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.store.db.SaveOutcome;
import org.rasd.store.search.EntityHit;
import org.rasd.store.search.SearchHit;
import org.rasd.store.search.SearchQuery;

/** The project's reference article, ingested through the whole store and searched. */
class ReferenceArticleTest {

  @TempDir Path dir;
  private Store store;
  private String refId;

  @BeforeEach
  void ingest() {
    store = Store.open(dir);
    AnnotatedDocument other = GeneratedCorpus.example(Fixtures.EXAMPLES.resolve("dev"), "sohr-kafrzita-2017");
    List<SaveOutcome> outcomes = store.ingest(List.of(Fixtures.reference(), other));
    assertThat(outcomes).allMatch(SaveOutcome::stored);
    refId = outcomes.get(0).docId();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private List<SearchHit> search(SearchQuery q) {
    return store.index().search(q);
  }

  @Test
  void theNameOfAMilitiaFindsTheArticleWithTheNameHighlighted() {
    List<SearchHit> hits = search(SearchQuery.of("أسد الله الغالب"));

    assertThat(hits).extracting(SearchHit::docId).containsExactly(refId);
    assertThat(hits.get(0).snippet()).contains("<mark>أسد</mark> <mark>الله</mark> <mark>الغالب</mark>");
    assertThat(hits.get(0).source()).isEqualTo("Orient Net");
    assertThat(search(SearchQuery.of("\"اسد الله الغالب\""))).extracting(SearchHit::docId).containsExactly(refId);
  }

  @Test
  void tehMarbutaAndCliticVariantsOfGhoutaFindIt() {
    assertThat(search(SearchQuery.of("الغوطه"))).extracting(SearchHit::docId).containsExactly(refId);
    assertThat(search(SearchQuery.of("غوطة"))).extracting(SearchHit::docId).containsExactly(refId);
    assertThat(search(SearchQuery.of("بالغوطه الشرقيه"))).extracting(SearchHit::docId).containsExactly(refId);
  }

  @Test
  void entityFiltersAndEntitySearchUseTheResolvedMentions() {
    String asadAllah = GeneratedCorpus.entityId("Liwa Asad Allah al-Ghalib");

    assertThat(search(SearchQuery.of("").withEntity(asadAllah))).extracting(SearchHit::docId).containsExactly(refId);
    assertThat(search(SearchQuery.of("").withMentionType("MEDIA"))).extracting(SearchHit::docId).containsExactly(refId);
    assertThat(search(SearchQuery.of("").withMentionType("ORGANIZATION"))).extracting(SearchHit::docId).hasSize(1).doesNotContain(refId);
    assertThat(store.index().searchEntities("Asad Allah", 3)).extracting(EntityHit::id).contains(asadAllah);
    assertThat(store.index().searchEntities("لواء أسد الله الغالب", 3)).extracting(EntityHit::id).first().isEqualTo(asadAllah);
  }

  @Test
  void aLatinActorNameFindsTheArabicArticleThroughTheActorsAliases() {
    assertThat(search(SearchQuery.of("Asad Allah al-Ghalib"))).extracting(SearchHit::docId).contains(refId);
    assertThat(search(SearchQuery.of("Jaysh al-Islam"))).extracting(SearchHit::docId).contains(refId);
    assertThat(search(SearchQuery.of("Hezbollah"))).extracting(SearchHit::docId).contains(refId);
    // a Latin name of no entity in the article finds nothing
    assertThat(search(SearchQuery.of("Tahrir al-Sham"))).extracting(SearchHit::docId).doesNotContain(refId);
  }
}
