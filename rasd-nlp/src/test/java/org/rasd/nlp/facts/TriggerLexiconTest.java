package org.rasd.nlp.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriggerLexiconTest {

  private static final TriggerLexicon LEXICON = TriggerLexicon.load();

  private static TriggerMatch only(String text) {
    List<TriggerMatch> found = LEXICON.find(text);
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // sentence | trigger as written | ACLED sub-type
        "أعلنت الميليشيات نيتها اقتحام البلدة|اقتحام|Non-state actor overtakes territory",
        "واقتحمت قوات الأمن بلدة حرستا|واقتحمت|Non-state actor overtakes territory",
        "تستعد الميليشيات لاقتحام الغوطة|لاقتحام|Non-state actor overtakes territory",
        "تمهد إيران لاقتحامها|لاقتحامها|Non-state actor overtakes territory",
        "قال إن الفصيل يقتحم البلدة|يقتحم|Non-state actor overtakes territory",
        "شن التنظيم هجوما واسعا عليها|هجوما|Armed clash",
        "تتواصل الهجمات على المطار|الهجمات|Armed clash",
        "شاركت في عمليات الهجوم على داريا|الهجوم|Armed clash",
        "اندلعت اشتباكات عنيفة قرب البلدة|اشتباكات|Armed clash",
        "نفذت الطائرات غارتين على البلدة|غارتين|Air/drone strike",
        "ألقى الطيران المروحي براميل متفجرة على البلدة|براميل|Air/drone strike",
        "أعلنت الفصائل سيطرتها على القرية|سيطرتها|Non-state actor overtakes territory",
        "ارتكبت الميليشيا مجزرة بحق المدنيين|مجزرة|Attack",
        "وثقت المنظمة مجازر عدة في الريف|مجازر|Attack",
        "أعلن الفصيلان اندماجهما في جسم واحد|اندماجهما|Change to group/activity",
        "وانضمت كتائب أخرى إلى الحركة|وانضمت|Change to group/activity",
        "ميليشيا عراقية تشكلت في دمشق|تشكلت|Change to group/activity",
        "نظم الأهالي مظاهرات ليلية|مظاهرات|Peaceful protest",
        "توصل الطرفان إلى اتفاق لإخراج المسلحين|اتفاق|Agreement",
        "رفض الجيش الإفراج عن المعتقلين|الإفراج|Other",
        "ثم عاد ليفرج عنه لاحقا|ليفرج|Other",
        "وصلت تعزيزات عسكرية إلى المطار|تعزيزات|Other",
        "استعاد الجيش التلة بعد أيام|استعاد|Government regains territory",
        "أعلنت انسحابها من المدينة|انسحابها|Non-violent transfer of territory",
      })
  void findsInflectedTriggers(String sentence, String trigger, String subtype) {
    TriggerMatch m = only(sentence);
    assertThat(m.text()).isEqualTo(trigger);
    assertThat(m.entry().type().acledSubtype()).isEqualTo(subtype);
    assertThat(sentence.substring(m.start(), m.end())).isEqualTo(trigger);
  }

  @Test
  void longestPhraseWins() {
    assertThat(only("أعلن الطرفان وقف إطلاق النار في المدينة").entry().type().acledSubtype()).isEqualTo("Agreement");
    assertThat(only("أطلقت قوات الأمن الرصاص بعد إطلاق النار على المتظاهرين").text()).isEqualTo("إطلاق النار");
  }

  @Test
  void phraseWordsInflectAndClitics() {
    TriggerMatch m = only("قالت إن قواتها أحكمت سيطرتها على كامل الحوض");
    assertThat(m.text()).isEqualTo("أحكمت سيطرتها");
    assertThat(m.entry().type().acledSubtype()).isEqualTo("Government regains territory");
    TriggerMatch air = only("تواصل القصف الجوي على المدينة");
    assertThat(air.entry().type().acledSubtype()).isEqualTo("Air/drone strike");
    assertThat(LEXICON.find("استهدف الطيران بالبراميل المتفجرة البلدة"))
        .extracting(TriggerMatch::text)
        .containsExactly("استهدف", "بالبراميل");
  }

  @Test
  void offsetsPointIntoTheOriginalEvenWithDiacritics() {
    String text = "ثُمَّ اقتحَمَت القوّاتُ البلدةَ";
    TriggerMatch m = only(text);
    assertThat(m.text()).isEqualTo("اقتحَمَت");
    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
  }

  @Test
  void commonWordsAreNotTriggers() {
    assertThat(LEXICON.find("قال مصدر في الأمن إن الفرقة بقيت في مكانها فجر اليوم")).isEmpty();
  }

  @Test
  void malformedLexiconLinesAreReportedWithTheirLine() {
    String tsv = "# comment\nقصف\tNOUN\tExplosions/Remote violence\tShelling/artillery/missile attack\tASSAULT\t-\nاقتحام\tNOUNX\ta\tb\tc\t-\n";
    assertThatThrownBy(() -> TriggerLexicon.read(new StringReader(tsv), "test.tsv"))
        .hasMessageContaining("test.tsv:3")
        .hasMessageContaining("NOUNX");
    assertThatThrownBy(() -> TriggerLexicon.read(new StringReader("قصف\tNOUN\n"), "t.tsv"))
        .hasMessageContaining("t.tsv:1")
        .hasMessageContaining("6 tab-separated columns");
    assertThatThrownBy(
            () -> TriggerLexicon.read(new StringReader("قصف\tNOUN\tBattles\tShelling\tASSAULT\t-\n"), "t.tsv"))
        .hasMessageContaining("t.tsv:1")
        .hasMessageContaining("Shelling");
  }

  @Test
  void shippedLexiconIsConsistentWithTheOntology() {
    assertThat(LEXICON.entries()).hasSizeGreaterThan(150);
    // inflection by pattern: two orders of magnitude more surface forms than rows
    assertThat(LEXICON.surfaceFormCount()).isGreaterThan(100 * LEXICON.entries().size());
    assertThat(LEXICON.entries())
        .extracting(e -> e.type().acledType())
        .containsAll(OntologyTypes.ACLED.keySet());
  }
}
