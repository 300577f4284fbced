package org.rasd.nlp.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.nlp.facts.FactExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.AnnotatedDocument;

/** CONTROLS from statements of control, on sentences written for the test in the genre's style. */
class ControlStatementsTest {

  private static List<String> controlled(AnnotatedDocument doc, String by) {
    return doc.relations().stream()
        .filter(r -> r.type().equals("CONTROLS") && r.from().text().equals(by))
        .map(r -> r.to().text())
        .toList();
  }

  @Test
  void theListAfterAlaIsTakenNotTheDistrictHoldingIt() {
    AnnotatedDocument doc =
        extract("وأعلنت فصائل “الجبهة الوطنية” سيطرتها على قرى تل عمار والبويضة وخربة السوق، في ناحية الزربة جنوب حلب.",
            "2019-02-01", "الجبهة الوطنية", "ARMED_GROUP", "تل عمار", "TOWN", "البويضة", "TOWN", "خربة السوق", "TOWN",
            "الزربة", "REGION", "حلب", "CITY");
    assertThat(controlled(doc, "الجبهة الوطنية")).containsExactlyInAnyOrder("تل عمار", "البويضة", "خربة السوق");
  }

  @Test
  void verbFirstSubjectAndASecondItemAfterTheHoldingPlace() {
    AnnotatedDocument doc =
        extract("سيطرت قوات النظام، أمس، على بلدتي كفرنبودة والهبيط في ريف حماة الشمالي، وبلدة الشريعة في سهل الغاب.",
            "2019-05-09", "قوات النظام", "STATE_FORCES", "كفرنبودة", "TOWN", "الهبيط", "TOWN", "حماة", "CITY",
            "الشريعة", "TOWN", "سهل الغاب", "REGION");
    assertThat(controlled(doc, "قوات النظام")).containsExactlyInAnyOrder("كفرنبودة", "الهبيط", "الشريعة");
  }

  @Test
  void theControllerCarriesOverToTheNextSentenceOfTheReport() {
    AnnotatedDocument doc =
        extract("أحكمت وحدات من الجيش العربي السوري سيطرتها على مدينة معدان. وأضاف المصدر أن الوحدات بسطت الأمن والاستقرار في قرى السبخة وغانم العلي والجابر.",
            "2017-11-20", "الجيش العربي السوري", "STATE_FORCES", "معدان", "TOWN", "السبخة", "TOWN", "غانم العلي", "TOWN",
            "الجابر", "TOWN");
    assertThat(controlled(doc, "الجيش العربي السوري"))
        .containsExactlyInAnyOrder("معدان", "السبخة", "غانم العلي", "الجابر");
  }

  @Test
  void aimsAndLossesAreNoControl() {
    AnnotatedDocument doc =
        extract("وتحاول قوات النظام التقدم للسيطرة على بلدة اللطامنة، فيما نفت فصائل المعارضة فقدان السيطرة على قرية الزكاة.",
            "2019-05-09", "قوات النظام", "STATE_FORCES", "اللطامنة", "TOWN", "فصائل المعارضة", "ARMED_GROUP", "الزكاة", "TOWN");
    assertThat(doc.relations().stream().filter(r -> r.type().equals("CONTROLS"))).isEmpty();
  }

  @Test
  void aPartnerAfterMaaIsNotTheController() {
    AnnotatedDocument doc =
        extract("أعلن الجيش الوطني بالتعاون مع القوات التركية تحرير مدينة رأس العين بعد معارك مع قسد.",
            "2019-10-20", "الجيش الوطني", "ARMED_GROUP", "القوات التركية", "STATE_FORCES", "رأس العين", "CITY",
            "قسد", "ARMED_GROUP");
    assertThat(controlled(doc, "الجيش الوطني")).containsExactly("رأس العين");
    assertThat(controlled(doc, "القوات التركية")).isEmpty();
    AnnotatedDocument between =
        extract("أحكمت وحدات الجيش سيطرتها بالتعاون مع القوات الرديفة على بلدة الطيبة.", "2017-11-20",
            "الجيش", "STATE_FORCES", "القوات الرديفة", "ARMED_GROUP", "الطيبة", "TOWN");
    assertThat(controlled(between, "الجيش")).containsExactly("الطيبة");
    assertThat(controlled(between, "القوات الرديفة")).isEmpty();
  }

  @Test
  void aStormedBaseIsTakenButAStormedTownOnlyRaided() {
    AnnotatedDocument base =
        extract("واقتحمت فصائل المعارضة مطار أبو الظهور العسكري بعد حصار دام عامين.", "2015-09-09",
            "فصائل المعارضة", "ARMED_GROUP", "مطار أبو الظهور العسكري", "FACILITY");
    assertThat(controlled(base, "فصائل المعارضة")).containsExactly("مطار أبو الظهور العسكري");
    AnnotatedDocument town =
        extract("واقتحمت قوات الأمن بلدة معضمية الشام واعتقلت عشرات الشبان.", "2012-03-10",
            "قوات الأمن", "STATE_FORCES", "معضمية الشام", "TOWN");
    assertThat(controlled(town, "قوات الأمن")).isEmpty();
  }
}
