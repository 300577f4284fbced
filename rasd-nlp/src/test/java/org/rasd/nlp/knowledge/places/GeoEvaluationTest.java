package org.rasd.nlp.knowledge.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed evaluation file is well formed and the geocoder meets its target on it. */
class GeoEvaluationTest {

  @Test
  void geocodesAtLeastNineInTenEvaluationMentionsCorrectly() throws Exception {
    GeoEvaluation.Report report = new GeoEvaluation(PlaceGazetteer.shipped()).evaluate(evalFile());
    assertThat(report.errors()).isEmpty();
    assertThat(report.outcomes()).hasSizeGreaterThanOrEqualTo(100);
    assertThat(report.accuracy()).isGreaterThanOrEqualTo(0.9);
    assertThat(report.accuracy(true)).isGreaterThanOrEqualTo(0.9);
  }

  private static Path evalFile() throws URISyntaxException {
    return Path.of(GeoEvaluationTest.class.getResource("geo-eval.tsv").toURI());
  }
}
