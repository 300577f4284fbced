package org.rasd.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.nlp.facts.EventType;
import org.rasd.nlp.facts.ExtractionResult;
import org.rasd.nlp.facts.MentionRef;
import org.rasd.nlp.facts.PredictedEvent;
import org.rasd.nlp.model.Mention;
import picocli.CommandLine;

class GoldEvalCommandTest {

  private static final Path EXAMPLES = Path.of(System.getProperty("rasd.shared", "../shared")).resolve("examples");
  private static final Path REFERENCE = EXAMPLES.resolve("orient-ghouta-militias.gold.json");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(CommandLine cli, String... args) {
    cli.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private String line(String prefix) {
    return out.toString().lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(
        () -> new AssertionError("no line starting with " + prefix + " in\n" + out));
  }

  @Test
  void scoresTheDevSetEndToEnd() throws IOException {
    List<String> args;
    try (Stream<Path> files = Files.list(EXAMPLES.resolve("dev"))) {
      args = files.filter(p -> p.toString().endsWith(".gold.json")).sorted().map(Path::toString).toList();
    }
    String[] argv = Stream.concat(Stream.of("eval", "gold"), args.stream()).toArray(String[]::new);
    assertThat(run(new CommandLine(new RasdCli()), argv)).isEqualTo(0);
    assertThat(err.toString()).isEmpty();
    // entities come from the NER and linking stages: a floor measured on the dev set (F1 0.89 when set)
    String overall = line("overall (micro, 10 files)");
    double entityF1 = Double.parseDouble(overall.substring(36).trim().split("\\s+")[2]);
    assertThat(entityF1).isGreaterThanOrEqualTo(0.85);
    // the trigger lexicon does find triggers
    assertThat(line("overall (micro, 10 files)")).doesNotEndWith("0.00 0.00 0.00 (0/0/64)");
    // events and relations come from the facts stage: nothing on that line is zero
    assertThat(overall).doesNotContain("0.00 0.00 0.00");
  }

  @Test
  void predictionsOfAPipelineAreScored() {
    GoldEvalCommand command =
        new GoldEvalCommand(
            () -> article -> {
              int at = article.text().indexOf("جيش الإسلام");
              Mention m = new Mention(at, at + 11, "جيش الإسلام", "ARMED_GROUP", 1.0, "test", null);
              return new ExtractionResult(List.of(m), List.of(), List.of());
            });
    assertThat(run(new CommandLine(command), REFERENCE.toString())).isEqualTo(0);
    assertThat(line("orient-ghouta-militias")).contains("1.00 0.03 0.05 (1/0/36)");
  }

  @Test
  void badFilesAreReportedAndTheOthersStillScored(@TempDir Path dir) throws IOException {
    Path noArticle = dir.resolve("lonely.gold.json");
    Files.copy(REFERENCE, noArticle);
    Path broken = dir.resolve("broken.gold.json");
    Files.writeString(broken, "{not json");
    Files.writeString(dir.resolve("broken.ar.txt"), "نص");
    int code = run(new CommandLine(new RasdCli()), "eval", "gold", noArticle.toString(), broken.toString(), REFERENCE.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("lonely.gold.json").contains("broken.gold.json");
    assertThat(line("overall (micro, 1 files)")).isNotEmpty();
    assertThat(line("orient-ghouta-militias")).doesNotContain("0.00 0.00 0.00");
  }

  @Test
  void explainListsFoundFalseAndMissedEvents() {
    GoldEvalCommand command =
        new GoldEvalCommand(
            () -> article -> {
              String text = article.text();
              int clash = text.indexOf("المواجهات");
              int place = text.indexOf("الغوطة الشرقية");
              int actor = text.indexOf("جيش الإسلام");
              MentionRef ghouta = new MentionRef(place, place + 14, "الغوطة الشرقية");
              MentionRef army = new MentionRef(actor, actor + 11, "جيش الإسلام");
              EventType battle = new EventType("Battles", "Armed clash", "ASSAULT");
              PredictedEvent found =
                  new PredictedEvent(battle, new MentionRef(clash, clash + 9, "المواجهات"), List.of(army), List.of(),
                      List.of(ghouta), null, false, "asserted", null, 0, 40);
              PredictedEvent wrongPlace =
                  new PredictedEvent(battle, new MentionRef(clash, clash + 9, "المواجهات"), List.of(army), List.of(),
                      List.of(), null, false, "asserted", null, 0, 40);
              return new ExtractionResult(List.of(), List.of(found, wrongPlace), List.of());
            });
    assertThat(run(new CommandLine(command), "--explain", REFERENCE.toString())).isEqualTo(0);
    List<String> lines = out.toString().lines().map(String::strip).toList();
    assertThat(lines).filteredOn(l -> l.startsWith("TP ")).singleElement().asString()
        .startsWith("TP E1 المواجهات").contains("modality asserted (gold asserted)");
    assertThat(lines).filteredOn(l -> l.startsWith("FP ")).singleElement().asString().endsWith("at []");
    // the reference has 13 gold events, one of them optional (E6): 11 required ones are missed
    assertThat(lines).filteredOn(l -> l.startsWith("FN ")).hasSize(11).noneMatch(l -> l.startsWith("FN E6 "));
  }
}
