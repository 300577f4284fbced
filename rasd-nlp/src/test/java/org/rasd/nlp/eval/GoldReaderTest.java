package org.rasd.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {

  private static final Path EXAMPLES = Path.of(System.getProperty("rasd.shared", "../shared")).resolve("examples");

  @Test
  void readsTheReferenceAnnotation() throws IOException {
    GoldDocument doc = GoldReader.read(EXAMPLES.resolve("orient-ghouta-militias.gold.json"));
    assertThat(doc.id()).isEqualTo("orient-ghouta-militias");
    assertThat(doc.publishedApprox()).isEqualTo("2016-05");
    assertThat(doc.entities()).hasSize(39);
    assertThat(doc.entities().stream().filter(GoldEntity::optional)).hasSize(2);
    GoldEntity asad = doc.entities().stream().filter(e -> e.text().equals("أسد الله الغالب")).findFirst().orElseThrow();
    assertThat(asad.aliases()).contains("لواء أسد الله الغالب");
    assertThat(doc.events()).hasSize(13);
    GoldEvent e12 = doc.events().get(11);
    assertThat(e12.id()).isEqualTo("E12");
    assertThat(e12.locations()).containsExactly("جوبر", "المليحة", "داريا"); // a list
    assertThat(doc.events().get(0).locations()).containsExactly("الغوطة الشرقية"); // a string
    assertThat(doc.events().get(4).locations()).isEmpty(); // null
    assertThat(doc.events().get(5).optional()).isTrue();
    assertThat(doc.events().get(0).targets()).containsExactly("جيش الفسطاط", "فيلق الرحمن");
    assertThat(doc.relations()).hasSize(17);
    assertThat(doc.relations().get(0).accordingTo()).isEqualTo("الفيس بوك");
    assertThat(GoldReader.articleFor(EXAMPLES.resolve("orient-ghouta-militias.gold.json")))
        .isEqualTo(EXAMPLES.resolve("orient-ghouta-militias.ar.txt"));
  }

  @Test
  void readsAllDevFilesWithTheTotalsOfTheIndex() throws IOException {
    int entities = 0;
    int events = 0;
    int relations = 0;
    for (Path file : TriggerLexiconOnDevTest.devGoldFiles()) {
      GoldDocument doc = GoldReader.read(file);
      entities += doc.entities().size();
      events += doc.events().size();
      relations += doc.relations().size();
      assertThat(GoldReader.articleFor(file)).exists();
    }
    // dev/INDEX.md: 184 entities, 71 events, 143 relations
    assertThat(new int[] {entities, events, relations}).containsExactly(184, 71, 143);
  }

  @Test
  void errorsNameTheFileAndTheFault(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.gold.json");
    Files.writeString(bad, "{\"document\": {}, \"entities\": [], \"events\": [{\"id\": \"E1\", \"trigger\": \"قصف\", \"acled\": [\"Battles\"]}], \"relations\": []}");
    assertThatThrownBy(() -> GoldReader.read(bad))
        .hasMessageContaining("bad.gold.json")
        .hasMessageContaining("E1")
        .hasMessageContaining("acled");
    Path noEvents = dir.resolve("none.gold.json");
    Files.writeString(noEvents, "{\"document\": {}, \"entities\": [], \"relations\": []}");
    assertThatThrownBy(() -> GoldReader.read(noEvents)).hasMessageContaining("none.gold.json").hasMessageContaining("'events'");
    assertThatThrownBy(() -> GoldReader.articleFor(dir.resolve("x.json"))).hasMessageContaining(".gold.json");
  }
}
