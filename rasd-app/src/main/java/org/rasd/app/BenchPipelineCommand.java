package org.rasd.app;

import java.io.IOException;
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
 * {@code rasd bench pipeline}: end-to-end extraction throughput and what each stage costs, measured
 * by timing the pipeline cut after each stage (text; + entities; + linking and geocoding; + facts).
 */
@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    description = "Measures end-to-end extraction MB/s and the share of each stage (text, NER, linking, facts).")
final class BenchPipelineCommand implements Callable<Integer> {

  @Mixin SharedData shared = new SharedData();

  @Option(names = "--mb", paramLabel = "N", description = "Corpus size in MB of UTF-8 (default: ${DEFAULT-VALUE}).")
  double megabytes = 5;

  @Option(names = "--runs", paramLabel = "N", description = "Timed runs per measurement (default: ${DEFAULT-VALUE}).")
  int runs = 3;

  @Override
  public Integer call() throws IOException {
    ArabicTextAnalyzer text = new ArabicTextAnalyzer();
    PerceptronEntityRecognizer ner = PerceptronEntityRecognizer.load();
    ActorLinker actors = new ActorLinker(ActorKnowledgeBase.loadDefault());
    Geocoder places = Geocoder.shipped();
    FactExtractor facts = FactExtractor.standard();

    BenchCorpus corpus = BenchCorpus.fromExamples(shared, megabytes, runs);
    corpus.describe();
    double textOnly = corpus.measure("text", a -> text.analyze(a).tokens().size());
    double withNer = corpus.measure("+ entities", a -> entities(text, ner, a).mentions().size());
    double withLinks = corpus.measure("+ linking and geocoding",
        a -> places.link(actors.link(entities(text, ner, a))).mentions().size());
    double full = corpus.measure("+ facts (whole pipeline)",
        a -> {
          AnnotatedDocument d = facts.extract(places.link(actors.link(entities(text, ner, a))));
          return d.events().size() + d.relations().size();
        });
    System.out.printf("share of the whole pipeline's CPU time: text %.0f%%, entities %.0f%%, linking+geocoding %.0f%%, facts %.0f%%%n",
        100 * textOnly / full, 100 * (withNer - textOnly) / full, 100 * (withLinks - withNer) / full,
        100 * (full - withLinks) / full);
    System.out.printf("linking+geocoding add %.0f%% to extraction without them%n",
        100 * (withLinks - withNer) / (full - (withLinks - withNer)));
    return 0;
  }

  private static AnnotatedDocument entities(ArabicTextAnalyzer text, PerceptronEntityRecognizer ner, Article a) {
    return ner.recognize(text.analyze(a));
  }
}
