package org.rasd.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.Mention;

/** Odd input must give sane output without crashing or hanging (generous time guards, not benchmarks). */
class BadInputTest {

  private static List<Mention> run(String text) {
    return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      EntityRecognizerTest.load();
      return EntityRecognizerTest.mentions(text);
    });
  }

  @Test
  void textWithoutArabicGivesNoArabicNames() {
    assertThat(run("")).isEmpty();
    assertThat(run("   \n\n  ")).isEmpty();
    assertThat(run("12345 67.8 !!! ??? ... ()[]{} ### 2016-05-01")).isEmpty();
    for (Mention m : run("The quick brown fox jumps over the lazy dog. Reuters reported nothing.")) {
      assertThat(m.text()).doesNotContainPattern("[\\u0600-\\u06FF]");
    }
  }

  @Test
  void mixedScriptsKeepOffsetsIntoTheOriginal() {
    List<Mention> m = run("قال مسؤول في Reuters إن قوات النظام قصفت مدينة حلب (Aleppo) يوم 3/5/2016 🙂 وفق موقع SOHR.");
    assertThat(m).extracting(Mention::text).contains("قوات النظام", "حلب");
  }

  @Test
  void invisibleJoinersAndBidiMarksDoNotHideANameOrBreakOffsets() {
    String text = "قصفت قوات\u200c النظام\u200f مدينة \u202Bحلب\u202C أمس\u200d و\uFEFFقتل مدنيون.";
    List<Mention> m = run(text);
    assertThat(m).anySatisfy(x -> assertThat(x.text()).contains("حلب"));
  }

  @Test
  void aHundredThousandTokenSentenceFinishes() {
    StringBuilder text = new StringBuilder();
    String[] words = {"قصفت", "قوات", "النظام", "بلدة", "كفرنبل", "في", "ريف", "إدلب", "و"};
    for (int i = 0; i < 100_000; i++) {
      text.append(words[i % words.length]).append(' ');
    }
    List<Mention> m = run(text.toString());
    assertThat(m).isNotEmpty().hasSizeLessThan(100_000);
    assertThat(m).extracting(Mention::text).contains("قوات النظام");
  }
}
