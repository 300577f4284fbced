package org.rasd.nlp.knowledge.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AreaSpotterTest {

  private static AreaSpotter spotter;

  @BeforeAll
  static void load() {
    spotter = new AreaSpotter(PlaceGazetteer.shipped());
  }

  private static List<String> spotted(String text) {
    return spotter.spot(text).stream()
        .map(s -> text.substring(s.start(), s.end()) + " → " + s.place().type() + " " + s.place().nameEn())
        .toList();
  }

  @Test
  void spotsAreasNamedWithProcliticsAndArticles() {
    String text = "سيطرت قوات النظام على النبك بالقلمون في ريف دمشق";
    assertThat(spotted(text))
        .anyMatch(s -> s.startsWith("القلمون → REGION"))
        .anyMatch(s -> s.startsWith("ريف دمشق → GOVERNORATE"));
    assertThat(spotter.spot(text)).allMatch(s -> s.place().type().isArea());
    // "لل" is read as the article: "للغوطة الشرقية" names the Eastern Ghouta, over the whole phrase.
    assertThat(spotted("قصف متواصل للغوطة الشرقية")).anyMatch(s -> s.startsWith("للغوطة الشرقية → REGION"));
    // A conjunction and a preposition together: "وبالقلمون".
    assertThat(spotted("في حمص وبالقلمون")).anyMatch(s -> s.startsWith("القلمون → REGION"));
  }

  @Test
  void longestPhraseFromAWordWins() {
    // "ريف دمشق" is one area; "دمشق" inside it is spotted only as the next word's own phrase.
    List<AreaSpotter.Spot> spots = spotter.spot("ريف دمشق");
    assertThat(spots).anyMatch(s -> s.start() == 0 && s.end() == 8);
    assertThat(spots).noneMatch(s -> s.start() == 0 && s.end() == 3);
  }

  /** The words as the regular expression the spotter used before read them. */
  private static List<Integer> regexWordBounds(String text) {
    List<Integer> bounds = new ArrayList<>();
    Matcher m = Pattern.compile("[\\p{L}\\p{M}\\p{N}ـ]+").matcher(text);
    while (m.find()) {
      bounds.add(m.start());
      bounds.add(m.end());
    }
    return bounds;
  }

  private static List<Integer> wordBounds(String text) {
    List<Integer> bounds = new ArrayList<>();
    for (int b : AreaSpotter.wordBounds(text)) {
      bounds.add(b);
    }
    return bounds;
  }

  @Test
  void wordsAreRunsOfLettersMarksNumbersAndTatweel() {
    for (String text : List.of(
        "قُتِلَ ٣ مدنيين في ريف إدلب الجنوبي، اليوم.",
        "الغوطـــة الشرقية (Eastern Ghouta) – 2018",
        "𝐀𝐁 🙂 حلب\u200Fدمشق",
        "")) {
      assertThat(wordBounds(text)).as(text).isEqualTo(regexWordBounds(text));
    }
    assertThat(AreaSpotter.wordBounds("في ريف دمشق")).containsExactly(0, 2, 3, 6, 7, 11);
  }

  @Test
  void wordsOfTheExampleArticlesAndRandomCutsAreThoseOfTheRegularExpression() throws IOException {
    Path examples = Path.of(System.getProperty("rasd.shared", "../shared")).resolve("examples");
    List<String> texts;
    try (Stream<Path> files = Files.walk(examples)) {
      texts = files.filter(p -> p.toString().endsWith(".ar.txt")).sorted().map(AreaSpotterTest::read).toList();
    }
    assertThat(texts).hasSizeGreaterThanOrEqualTo(11);
    Random random = new Random(4);
    for (String text : texts) {
      assertThat(wordBounds(text)).isEqualTo(regexWordBounds(text));
      for (int i = 0; i < 200; i++) {
        int from = random.nextInt(text.length());
        String cut = text.substring(from, Math.min(text.length(), from + random.nextInt(200)));
        assertThat(wordBounds(cut)).as(cut).isEqualTo(regexWordBounds(cut));
      }
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
