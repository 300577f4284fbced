package org.rasd.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 *
 * <p>Each file is split in file order: the first half is a development half (its misses may be
 * looked at to find general vocabulary gaps), the second half is the test half, never inspected.
 */
class TriggerLexiconHeldOutTest {

  private static final Pattern SENTENCE =
      Pattern.compile("<Sentence [^>]*category=\"(\\w+)\"[^>]*>(.*?)</Sentence>", Pattern.DOTALL);
  private static final Pattern EVENT_TEXT = Pattern.compile("eventtext=\"([^\"]+)\"");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

  record Coded(String plover, String eventText, String sentence) {}

  record Result(int sentences, int found, int typed) {}

  /** The coded sentences with a non-empty event text, in file order. */
  static List<Coded> read(Path file) throws IOException {
    List<Coded> out = new ArrayList<>();
    Matcher s = SENTENCE.matcher(Files.readString(file));
    while (s.find()) {
      Matcher event = EVENT_TEXT.matcher(s.group(2));
      Matcher text = TEXT.matcher(s.group(2));
      if (event.find() && text.find()) {
        out.add(new Coded(s.group(1), event.group(1), text.group(1).trim()));
      }
    }
    return out;
  }

  static Result measure(TriggerLexicon lexicon, List<Coded> sentences) {
    int found = 0;
    int typed = 0;
    for (Coded c : sentences) {
      List<TriggerMatch> onEvent =
          lexicon.find(c.sentence()).stream()
              .filter(m -> overlapsEventWord(m, c.sentence(), c.eventText()))
              .toList();
      if (!onEvent.isEmpty()) {
        found++;
        if (onEvent.stream().anyMatch(m -> c.plover().equals(m.entry().type().plover()))) {
          typed++;
        }
      }
    }
    return new Result(sentences.size(), found, typed);
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
    for (String category : List.of("assault", "protest")) {
      List<Coded> all = read(dir.resolve("arabic_" + category + "_gsr_validation.xml"));
      assertThat(all).hasSizeGreaterThan(150);
      Result dev = measure(lexicon, all.subList(0, all.size() / 2));
      Result test = measure(lexicon, all.subList(all.size() / 2, all.size()));
      for (Result r : List.of(dev, test)) {
        System.out.printf(
            "UniversalPetrarch %s %s half: %d sentences, trigger found %.3f, with the PLOVER class %.3f%n",
            category, r == dev ? "dev" : "test", r.sentences(), (double) r.found() / r.sentences(),
            (double) r.typed() / r.sentences());
      }
      assertThat(test.found()).isGreaterThan(test.sentences() * (category.equals("assault") ? 4 : 3) / 5);
    }
  }
}
