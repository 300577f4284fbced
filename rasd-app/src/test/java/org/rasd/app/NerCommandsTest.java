package org.rasd.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NerCommandsTest {

  private static final Path ANERCORP =
      Path.of(System.getProperty("rasd.shared", "../shared"), "data", "anercorp", "ANERCorp.txt");

  @Test
  void evalNerPrintsPerTypeAndOverallScoresForTheDevSplit() {
    String out = ExtractCommandTest.runCli("eval", "ner", "--data", ANERCORP.toString(), "--split", "dev");
    assertThat(out).contains("ANERcorp dev split").contains("PERS").contains("LOC").contains("ORG");
    String overall = out.lines().filter(l -> l.startsWith("overall")).findFirst().orElseThrow();
    double f1 = Double.parseDouble(overall.trim().split("\\s+")[3]);
    assertThat(f1).isBetween(0.6, 1.0);
  }

  @Test
  void evalNerRefusesAnUnknownSplitAndAMissingFile() {
    assertThat(RasdCli.run("eval", "ner", "--data", ANERCORP.toString(), "--split", "train")).isEqualTo(2);
    assertThat(RasdCli.run("eval", "ner", "--data", "/no/such/ANERCorp.txt")).isEqualTo(2);
  }
}
