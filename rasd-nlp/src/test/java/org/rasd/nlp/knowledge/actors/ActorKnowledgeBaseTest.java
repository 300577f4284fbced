package org.rasd.nlp.knowledge.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActorKnowledgeBaseTest {

  private static final ActorKnowledgeBase KB = ActorKnowledgeBase.loadDefault();

  @Test
  void shippedDataLoadsCleanWithAtLeast300ActorsOfEveryKind() {
    assertThat(KB.errors()).isEmpty();
    assertThat(KB.size()).isGreaterThanOrEqualTo(300);
    Map<String, Long> byType = KB.all().stream().collect(Collectors.groupingBy(ActorRecord::type, Collectors.counting()));
    assertThat(byType.keySet()).contains("ARMED_GROUP", "STATE_FORCES", "GOVERNMENT", "PERSON", "MEDIA", "IGO", "NGO");
    assertThat(KB.all()).allSatisfy(a -> assertThat(a.provenance()).isNotBlank());
  }

  @Test
  void noNameIsSharedByTwoActors() {
    Map<String, String> owner = new java.util.HashMap<>();
    List<String> shared = new ArrayList<>();
    for (ActorRecord a : KB.all()) {
      for (String name : a.allNames()) {
        String previous = owner.putIfAbsent(ActorNameKeys.key(name), a.id());
        if (previous != null && !previous.equals(a.id())) {
          shared.add(name + " (" + previous + ", " + a.id() + ")");
        }
      }
    }
    assertThat(shared).isEmpty();
  }

  @Test
  void numbersKeepTheirDigits() {
    assertThat(ActorNameKeys.key("الفرقة 11")).isEqualTo("فرقه 11");
    assertThat(KB.lookup("الفرقة 11")).extracting(ActorRecord::id).containsExactly("division-11");
  }

  @Test
  void everyDataFileIsSortedById() throws IOException {
    for (String file : List.of("armed-groups.tsv", "state-forces.tsv", "governments.tsv", "persons.tsv", "media.tsv", "organisations.tsv")) {
      try (InputStream in = getClass().getResourceAsStream("/org/rasd/nlp/knowledge/actors/" + file)) {
        List<String> ids = new ArrayList<>();
        new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).forEach(l -> ids.add(l.split("\t")[0]));
        assertThat(ids).as(file).isSorted();
      }
    }
  }

  @Test
  void lookupFindsAnActorByAnyNameWithAffiliationsAndHierarchy() {
    ActorRecord division = KB.lookup("الفرقة الرابعة").get(0);
    assertThat(division.id()).isEqualTo("fourth-armoured-division");
    assertThat(division.parents()).containsExactly("syrian-arab-army");
    assertThat(KB.children("syrian-arab-army")).contains("fourth-armoured-division", "republican-guard", "division-17");
    ActorRecord hts = KB.lookup("HTS").get(0);
    assertThat(hts.nameAr()).isEqualTo("هيئة تحرير الشام");
    assertThat(hts.relations()).extracting(ActorRelation::toString).contains("merged-from:fatah-al-sham-front");
    assertThat(KB.lookup("لواء أبو الفضل العباس").get(0).affiliations()).contains("pro-government", "iran-backed");
    assertThat(KB.lookup("Enab Baladi").get(0).type()).isEqualTo("MEDIA");
    assertThat(KB.lookup("قصف عشوائي")).isEmpty();
  }

  @Test
  void badRowsAreReportedWithFileAndLineAndTheRestIsRead() throws IOException {
    String header = String.join("\t", ActorTsvReader.COLUMNS);
    String good = "jaysh-al-islam\tARMED_GROUP\tجيش الإسلام\tJaysh al-Islam\t\t\topposition\tSY\t\tgold";
    String badType = "x-group\tMILITIA\tمجموعة\tGroup\t\t\t\t\t\tgold";
    String badRelation = "y-group\tARMED_GROUP\tمجموعة\tGroup\t\t\t\t\tjoined:z\tgold";
    ActorTsvReader.Result r =
        ActorTsvReader.read("test.tsv", new StringReader(String.join("\n", header, good, badType, badRelation)));
    assertThat(r.records()).extracting(ActorRecord::id).containsExactly("jaysh-al-islam");
    assertThat(r.errors()).hasSize(2);
    assertThat(r.errors().get(0)).startsWith("test.tsv:3:").contains("MILITIA");
    assertThat(r.errors().get(1)).startsWith("test.tsv:4:").contains("joined");
  }
}
