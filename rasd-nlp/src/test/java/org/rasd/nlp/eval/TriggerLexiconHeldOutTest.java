package org.rasd.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.facts.TriggerLexicon;
import org.rasd.nlp.facts.TriggerMatch;

/**
 * Trigger recall on data the lexicon was not written against: the hand-coded Arabic ASSAULT and
 * PROTEST sentences of UniversalPetrarch (shared/data/universalpetrarch-arabic, MIT). A sentence
 * counts as found when a lexicon match overlaps a word of its coded event text; "typed" also asks
 * for the sentence's PLOVER class. Only sentences with a non-empty event text are used. The files
 * are read leniently with patterns, since the PROTEST file is not well-formed XML.
 */
class TriggerLexiconHeldOutTest {

  private static final Pattern SENTENCE =
      Pattern.compile("<Sentence [^>]*category=\"(\\w+)\"[^>]*>(.*?)</Sentence>", Pattern.DOTALL);
  private static final Pattern EVENT_TEXT = Pattern.compile("eventtext=\"([^\"]+)\"");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

  record Result(int sentences, int found, int typed) {}

  static Result measure(TriggerLexicon lexicon, Path file) throws IOException {
    String xml = Files.readString(file);
    int sentences = 0;
    int found = 0;
    int typed = 0;
    Matcher s = SENTENCE.matcher(xml);
    while (s.find()) {
      Matcher event = EVENT_TEXT.matcher(s.group(2));
      Matcher text = TEXT.matcher(s.group(2));
      if (!event.find() || !text.find()) {
        continue;
      }
      sentences++;
      String sentence = text.group(1).trim();
      List<TriggerMatch> matches = lexicon.find(sentence);
      List<TriggerMatch> onEvent =
          matches.stream().filter(m -> overlapsEventWord(m, sentence, event.group(1))).toList();
      if (!onEvent.isEmpty()) {
        found++;
        String plover = s.group(1);
        if (onEvent.stream().anyMatch(m -> plover.equals(m.entry().type().plover()))) {
          typed++;
        }
      }
    }
    return new Result(sentences, found, typed);
  }

  private static boolean overlapsEventWord(TriggerMatch m, String sentence, String eventText) {
    for (String word : eventText.split("\\s+")) {
      for (int i = sentence.indexOf(word); i >= 0; i = sentence.indexOf(word, i + 1)) {
        if (m.start() < i + word.length() && i < m.end()) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void recallOnHandCodedSentences() throws IOException {
    Path dir = Path.of(System.getProperty("rasd.shared", "../shared")).resolve("data/universalpetrarch-arabic/Arabic_validation");
    TriggerLexicon lexicon = TriggerLexicon.load();
    Result assault = measure(lexicon, dir.resolve("arabic_assault_gsr_validation.xml"));
    Result protest = measure(lexicon, dir.resolve("arabic_protest_gsr_validation.xml"));
    for (var r : List.of(List.of("ASSAULT", assault), List.of("PROTEST", protest))) {
      Result x = (Result) r.get(1);
      System.out.printf(
          "held-out %s: %d sentences, trigger found %.3f, with the PLOVER class %.3f%n",
          r.get(0), x.sentences(), (double) x.found() / x.sentences(), (double) x.typed() / x.sentences());
    }
    assertThat(assault.sentences()).isGreaterThan(200);
    assertThat(protest.sentences()).isGreaterThan(150);
    assertThat(assault.found()).isGreaterThan(assault.sentences() * 3 / 4);
    assertThat(protest.found()).isGreaterThan(protest.sentences() * 3 / 10);
  }
}
