package org.rasd.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.facts.time.TimeNormalizer;

/**
 * How many of the dates written in the dev gold events' time notes (e.g. "Friday 2019-10-11",
 * "2013-06") the normaliser produces from the article text and its publication date. Event times
 * that the text never states (the publication day by default) cannot be found this way, so the
 * figure is a floor for the coverage of the time expressions themselves.
 */
class TimeNormalizerOnDevTest {

  private static final Pattern ISO = Pattern.compile("(?<![\\d-])(?:19|20)\\d{2}(?:-\\d{2}(?:-\\d{2})?)?(?![\\d-])");

  @Test
  void goldEventDatesAreProducedFromTheText() throws IOException {
    TimeNormalizer normalizer = new TimeNormalizer();
    int dated = 0;
    int produced = 0;
    for (Path file : TriggerLexiconOnDevTest.devGoldFiles()) {
      GoldDocument gold = GoldReader.read(file);
      String text = Files.readString(GoldReader.articleFor(file));
      List<String> values =
          normalizer.find(text, gold.publishedApprox()).stream().map(e -> e.time().value()).toList();
      for (GoldEvent e : gold.events()) {
        Matcher m = ISO.matcher(e.time() == null ? "" : e.time());
        if (m.find()) {
          dated++;
          if (values.contains(m.group())) {
            produced++;
          }
        }
      }
    }
    System.out.printf("dev gold event dates produced by the time normaliser: %d of %d%n", produced, dated);
    assertThat(dated).isGreaterThan(50);
    assertThat(produced).isGreaterThan(dated * 3 / 5);
  }
}
