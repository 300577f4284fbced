package org.rasd.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.rasd.nlp.eval.Counts;
import org.rasd.nlp.eval.DocumentScore;
import org.rasd.nlp.eval.GoldDocument;
import org.rasd.nlp.eval.GoldReader;
import org.rasd.nlp.eval.GoldScorer;
import org.rasd.nlp.eval.RelationErrors;
import org.rasd.nlp.eval.TriggerScore;
import org.rasd.nlp.eval.TriggerScorer;
import org.rasd.nlp.facts.ExtractionResult;
import org.rasd.nlp.facts.TriggerLexicon;
import org.rasd.nlp.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rasd eval gold FILE...}: runs the extraction pipeline on the article beside each gold file
 * ({@code X.gold.json} ↔ {@code X.ar.txt}) and prints precision, recall and F1 per file and
 * micro-averaged over all files, for entities, events and relations (matching rules in
 * {@link GoldScorer}), plus trigger detection by the trigger lexicon.
 */
@Command(
    name = "gold",
    mixinStandardHelpOptions = true,
    description = {
      "Scores extraction against gold annotation files (X.gold.json, with the article X.ar.txt beside it).",
      "Prints P/R/F1 and tp/fp/fn per file and micro-averaged; a file that cannot be read is reported and skipped."
    })
final class GoldEvalCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "gold files (*.gold.json)")
  List<Path> files;

  @Option(
      names = "--explain",
      description = "after each file's scores, list its events: found (with modality and source against the gold), false positives with their sentence, missed gold events")
  boolean explain;

  @Option(names = "--explain-relations", description = "also list each file's relation errors (FP/FN with the sentence)")
  boolean explainRelations;

  @Spec CommandSpec spec;

  /** Built only when the command runs: picocli instantiates every subcommand on each launch. */
  private final Supplier<Function<Article, ExtractionResult>> pipelineFactory;

  GoldEvalCommand() {
    this(CurrentPipeline::new);
  }

  GoldEvalCommand(Supplier<Function<Article, ExtractionResult>> pipelineFactory) {
    this.pipelineFactory = pipelineFactory;
  }

  @Override
  public Integer call() {
    Function<Article, ExtractionResult> pipeline = pipelineFactory.get();
    TriggerLexicon triggers = TriggerLexicon.load();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    out.printf("%-36s %-24s %-24s %-24s %-24s%n", "file", "entities", "events", "relations", "triggers (lexicon)");
    DocumentScore total = new DocumentScore("overall", Counts.ZERO, Counts.ZERO, Counts.ZERO);
    TriggerScore totalTriggers = TriggerScore.ZERO;
    int scored = 0;
    int failed = 0;
    for (Path file : files) {
      try {
        GoldDocument gold = GoldReader.read(file);
        Path articleFile = GoldReader.articleFor(file);
        String text = Files.readString(articleFile);
        Article article =
            new Article(
                gold.id(), gold.url(), gold.title(), gold.source(), gold.publishedApprox(), "ar", text,
                articleFile.toString());
        ExtractionResult result = pipeline.apply(article);
        DocumentScore score = GoldScorer.score(gold, result);
        if (explainRelations) {
          RelationErrors.list(gold, result.relations(), text).forEach(line -> out.println("  " + line));
        }
        TriggerScore triggerScore = TriggerScorer.score(gold, text, triggers.find(text));
        print(out, gold.id(), score, triggerScore.typed());
        if (explain) {
          EventExplanation.print(out, GoldScorer.alignEvents(gold, result.events()), text);
        }
        total = total.plus(score, "overall");
        totalTriggers = totalTriggers.plus(triggerScore);
        scored++;
      } catch (MalformedInputException e) {
        err.println("rasd eval gold: " + file + ": not UTF-8 text (" + e.getMessage() + "); skipped");
        failed++;
      } catch (IOException | RuntimeException e) {
        err.println("rasd eval gold: " + file + ": " + e.getMessage() + "; skipped");
        failed++;
      }
    }
    print(out, "overall (micro, " + scored + " files)", total, totalTriggers.typed());
    out.println("cells: P R F1 (tp/fp/fn). Triggers: lexicon matches overlapping a gold trigger with the same ACLED type.");
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private static void print(PrintWriter out, String name, DocumentScore s, Counts triggers) {
    out.printf(
        "%-36s %-24s %-24s %-24s %-24s%n",
        name, cell(s.entities()), cell(s.events()), cell(s.relations()), cell(triggers));
  }

  private static String cell(Counts c) {
    return String.format(
        "%.2f %.2f %.2f (%d/%d/%d)",
        c.precision(), c.recall(), c.f1(), c.truePositives(), c.falsePositives(), c.falseNegatives());
  }
}
