package org.rasd.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchPipelineCommandTest {

  @Test
  void reportsEveryStageAndTheKnowledgeShareFromTheSamePasses() {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      code = RasdCli.run("bench", "pipeline", "--mb", "0.1", "--runs", "1");
    } finally {
      System.setOut(saved);
    }
    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    for (String stage : new String[] {"text", "entities", "actor linking", "geocoding", "facts", "all stages"}) {
      assertThat(report).containsPattern("(?m)^  " + stage + " +\\d+\\.\\d{3} s/MB");
    }
    Matcher share = Pattern.compile("linking\\+geocoding add (\\d+\\.\\d) %").matcher(report);
    assertThat(share.find()).as(report).isTrue();
    // Every stage does real work on the example sentences: the share is neither zero nor the whole.
    assertThat(Double.parseDouble(share.group(1))).isBetween(0.1, 100.0);
    assertThat(report).contains("text + entities + facts").doesNotContain("cuts:");
    Matcher facts = Pattern.compile("(\\d+) events and relations a pass").matcher(report);
    assertThat(facts.find()).as(report).isTrue();
    assertThat(Long.parseLong(facts.group(1))).isPositive();
  }
}
