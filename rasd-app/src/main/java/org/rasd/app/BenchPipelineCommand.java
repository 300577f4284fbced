package org.rasd.app;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.nlp.facts.FactExtractor;
import org.rasd.nlp.knowledge.actors.ActorKnowledgeBase;
import org.rasd.nlp.knowledge.actors.ActorLinker;
import org.rasd.nlp.knowledge.places.Geocoder;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.ner.PerceptronEntityRecognizer;
import org.rasd.nlp.text.ArabicTextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rasd bench pipeline}: end-to-end extraction throughput and what each stage costs. Each
 * stage is timed inside the same passes ({@link StageTimes}); {@code --cuts} also times the
 * pipeline cut after each stage in separate runs, the earlier method, whose differences move with
 * the machine's load between runs.
 */
@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    description = {"Measures end-to-end extraction MB/s per core and each stage's CPU time (text, entities, actor linking,"
        + " geocoding, facts), all in the same passes over a corpus of shuffled example sentences.",
        "The linking+geocoding figure is their CPU time over that of the rest of the extraction (text + entities + facts)."})
final class BenchPipelineCommand implements Callable<Integer> {

  @Mixin SharedData shared = new SharedData();

  @Option(names = "--mb", paramLabel = "N", description = "Corpus size in MB of UTF-8 (default: ${DEFAULT-VALUE}).")
  double megabytes = 5;

  @Option(names = "--runs", paramLabel = "N", description = "Timed passes after one warm-up pass (default: ${DEFAULT-VALUE}).")
  int runs = 5;

  @Option(names = "--cuts", description = "Also time the pipeline cut after each stage, each cut in its own runs.")
  boolean cuts;

  @Override
  public Integer call() throws IOException {
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be at least 1, not " + runs);
    }
    ArabicTextAnalyzer text = new ArabicTextAnalyzer();
    PerceptronEntityRecognizer ner = PerceptronEntityRecognizer.load();
    ActorLinker actors = new ActorLinker(ActorKnowledgeBase.loadDefault());
    Geocoder places = Geocoder.shipped();
    FactExtractor facts = FactExtractor.standard();

    BenchCorpus corpus = BenchCorpus.fromExamples(shared, megabytes, runs);
    corpus.describe();
    new StageTimes(text, ner, actors, places, facts).measure(corpus, runs);
    if (cuts) {
      measureCuts(corpus, text, ner, actors, places, facts);
    }
    return 0;
  }

  private static void measureCuts(BenchCorpus corpus, ArabicTextAnalyzer text, PerceptronEntityRecognizer ner,
      ActorLinker actors, Geocoder places, FactExtractor facts) {
    System.out.println("cuts: the pipeline cut after each stage, the cuts timed in turn pass after pass (JVM CPU time)");
    double[] cut = corpus.measureInTurn(
        List.of("text", "+ entities", "+ linking and geocoding", "+ facts (whole pipeline)"),
        List.of(
            a -> text.analyze(a).tokens().size(),
            a -> entities(text, ner, a).mentions().size(),
            a -> places.link(actors.link(entities(text, ner, a))).mentions().size(),
            a -> {
              AnnotatedDocument d = facts.extract(places.link(actors.link(entities(text, ner, a))));
              return d.events().size() + d.relations().size();
            }));
    double textOnly = cut[0];
    double withNer = cut[1];
    double withLinks = cut[2];
    double full = cut[3];
    System.out.printf("cuts: share of the whole pipeline's CPU time: text %.0f%%, entities %.0f%%, linking+geocoding %.0f%%, facts %.0f%%%n",
        100 * textOnly / full, 100 * (withNer - textOnly) / full, 100 * (withLinks - withNer) / full,
        100 * (full - withLinks) / full);
    System.out.printf("cuts: linking+geocoding add %.0f%% to extraction without them (difference of separate runs)%n",
        100 * (withLinks - withNer) / (full - (withLinks - withNer)));
  }

  private static AnnotatedDocument entities(ArabicTextAnalyzer text, PerceptronEntityRecognizer ner, Article a) {
    return ner.recognize(text.analyze(a));
  }
}
