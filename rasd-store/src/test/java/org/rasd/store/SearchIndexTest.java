package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.store.db.EntityRecord;
import org.rasd.store.search.EntityHit;
import org.rasd.store.search.IndexedDocument;
import org.rasd.store.search.SearchHit;
import org.rasd.store.search.SearchIndex;
import org.rasd.store.search.SearchQuery;

/** Arabic search on short sentences written for these tests. */
class SearchIndexTest {

  private static final IndexedDocument AID = new IndexedDocument("aid", "قافلة مساعدات",
      "وصلت قافلة مساعدات إنسانية إلى بلدات بالغوطة الشرقية صباح اليوم.", "Outlet A", "2024-01-05",
      Set.of("place:sy:eastern-ghouta"), Set.of("REGION"));
  private static final IndexedDocument ROAD = new IndexedDocument("road", null,
      "أعلنت الميليشيات المحلية انسحابها من الطريق الدولي بعد اتفاق مع الأهالي.", "Outlet B", "2024-03",
      Set.of(), Set.of());
  private static final IndexedDocument SCHOOLS = new IndexedDocument("schools", null,
      "قال مسؤول في المجلس المحلي لمدينة دوما إن المدارس ستفتح أبوابها الأسبوع المقبل.", "Outlet A",
      "2024-09-01T08:00:00Z", Set.of("place:sy:douma"), Set.of("CITY", "ORGANIZATION"));
  private static final IndexedDocument CAMPS = new IndexedDocument("camps", null,
      "زار وفد من الأمم المتحدة مخيمات النازحين في ريف إدلب الشمالي.", "Outlet C", null,
      Set.of("org:un"), Set.of("ORGANIZATION", "GOVERNORATE"));

  @TempDir Path dir;
  private SearchIndex index;

  @BeforeEach
  void fill() {
    index = SearchIndex.open(dir);
    List.of(AID, ROAD, SCHOOLS, CAMPS).forEach(index::add);
    index.commit();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private List<String> ids(SearchQuery q) {
    return index.search(q).stream().map(SearchHit::docId).toList();
  }

  private List<String> ids(String text) {
    return ids(SearchQuery.of(text));
  }

  @Test
  void aWordWithoutItsCliticsFindsItsFusedForm() {
    List<SearchHit> hits = index.search(SearchQuery.of("الغوطة"));

    assertThat(hits).extracting(SearchHit::docId).containsExactly("aid");
    assertThat(hits.get(0).snippet()).contains("<mark>بالغوطة</mark>");
    assertThat(hits.get(0).title()).isEqualTo("قافلة مساعدات");
    assertThat(ids("غوطة")).containsExactly("aid");
  }

  @Test
  void aBareWordFindsItAfterAOneLetterPreposition() {
    // "لمدينة" has no article, so the light stemmer keeps its ل; the index also holds "مدينة".
    assertThat(ids("مدينة دوما")).containsExactly("schools");
    assertThat(ids("بلدات")).containsExactly("aid");
  }

  @Test
  void aBarePluralFindsItWithTheArticle() {
    assertThat(ids("ميليشيات")).containsExactly("road");
    assertThat(ids("والميليشيات")).containsExactly("road");
  }

  @Test
  void spellingVariantsOfTehMarbutaAlefAndYehMatch() {
    assertThat(ids("الغوطه")).containsExactly("aid");
    assertThat(ids("ادلب")).containsExactly("camps");
    assertThat(ids("مدينه دوما")).containsExactly("schools");
    assertThat(ids("انسانيه")).containsExactly("aid");
  }

  @Test
  void allWordsAreRequiredAndUnrelatedWordsFindNothing() {
    assertThat(ids("حلب")).isEmpty();
    assertThat(ids("الغوطة ادلب")).isEmpty();
    assertThat(ids("الغوطة OR ادلب")).containsExactlyInAnyOrder("aid", "camps");
    assertThat(ids("\"المجلس المحلي\"")).containsExactly("schools");
  }

  @Test
  void filtersByEntityMentionTypeSourceAndDate() {
    assertThat(ids(SearchQuery.of("").withEntity("place:sy:douma"))).containsExactly("schools");
    assertThat(ids(SearchQuery.of("").withMentionType("ORGANIZATION"))).containsExactlyInAnyOrder("schools", "camps");
    assertThat(ids(SearchQuery.of("").withSource("Outlet A"))).containsExactlyInAnyOrder("aid", "schools");
    assertThat(ids(SearchQuery.of("").between(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 12, 31))))
        .containsExactlyInAnyOrder("road", "schools");
    assertThat(ids(SearchQuery.of("").between(null, LocalDate.of(2024, 1, 31)))).containsExactly("aid");
    assertThat(ids(SearchQuery.of("المحلي").withSource("Outlet B"))).containsExactly("road");
  }

  @Test
  void entitiesAreFoundByArabicOrLatinNamesAndAliases() {
    index.addEntity(new EntityRecord("actor:jaysh-al-islam", "ARMED_GROUP", "جيش الإسلام", "Jaysh al-Islam",
        false, null, null, null, null, null, List.of(), null, List.of("جيش الإسلام", "جيش الاسلام")));
    index.addEntity(new EntityRecord("place:sy:douma", "CITY", "دوما", "Douma", false, 33.57, 36.4,
        "CITY", "SY", 1, List.of("Syria", "Rif Dimashq"), "Eastern Ghouta", List.of("دوما")));
    index.commit();

    assertThat(index.searchEntities("jaysh islam", 5)).extracting(EntityHit::id).containsExactly("actor:jaysh-al-islam");
    assertThat(index.searchEntities("جيش الاسلام", 5)).extracting(EntityHit::id).containsExactly("actor:jaysh-al-islam");
    EntityHit douma = index.searchEntities("Douma", 5).get(0);
    assertThat(douma).extracting(EntityHit::id, EntityHit::type, EntityHit::nameAr)
        .containsExactly("place:sy:douma", "CITY", "دوما");
    // Entities never show up as documents.
    assertThat(ids("دوما")).containsExactly("schools");
  }

  @Test
  void addingTheSameIdAgainReplacesTheDocument() {
    index.add(new IndexedDocument("road", null, "فتحت السلطات المعبر أمام المسافرين.", "Outlet B", null,
        Set.of(), Set.of()));
    index.commit();

    assertThat(index.documentCount()).isEqualTo(4);
    assertThat(ids("الميليشيات")).isEmpty();
    assertThat(ids("المعبر")).containsExactly("road");
  }

  @Test
  void aMalformedQueryGivesAClearError() {
    assertThatThrownBy(() -> index.search(SearchQuery.of("الغوطة AND (")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot read the search 'الغوطة AND ('");
  }
}
