package org.rasd.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.rasd.nlp.knowledge.actors.ActorKnowledgeBase;
import org.rasd.nlp.knowledge.actors.ActorLinker;
import org.rasd.nlp.knowledge.actors.ActorMatcher;
import org.rasd.nlp.knowledge.actors.ActorRecord;
import org.rasd.nlp.knowledge.actors.LinkEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd eval link}: accuracy and speed of actor linking on (mention, expected id) pairs. */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    description = "Measures actor linking accuracy on a TSV of (mention, expected actor id) pairs.")
final class EvalLinkCommand implements Callable<Integer> {

  private static final double[] THRESHOLDS = {0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35};

  @Option(names = "--data", required = true, description = "TSV: split, mention, type, expected, source")
  Path data;

  @Option(names = "--split", defaultValue = "dev", description = "dev, test or all (default: ${DEFAULT-VALUE})")
  String split;

  @Option(names = "--tune", description = "Print dev accuracy for a range of fuzzy thresholds")
  boolean tune;

  @Option(names = "--misses", description = "List the pairs the linker got wrong")
  boolean misses;

  @Option(names = "--bench-seconds", defaultValue = "2", description = "How long to measure speed; 0 skips it (default: ${DEFAULT-VALUE})")
  double benchSeconds;

  @Override
  public Integer call() throws Exception {
    if (!List.of("dev", "test", "all").contains(split)) {
      System.err.println("--split must be dev, test or all, not " + split);
      return 2;
    }
    if (!Files.isRegularFile(data)) {
      System.err.println("--data: no such file " + data);
      return 2;
    }
    long t0 = System.nanoTime();
    ActorKnowledgeBase kb = ActorKnowledgeBase.loadDefault();
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    kb.errors().forEach(e -> System.err.println("kb: " + e));
    Map<String, Integer> byType = new TreeMap<>();
    kb.all().stream().map(ActorRecord::type).forEach(t -> byType.merge(t, 1, Integer::sum));
    System.out.printf("knowledge base: %d actors %s, loaded in %d ms%n", kb.size(), byType, loadMs);

    LinkEvaluation.Data d = LinkEvaluation.read(data);
    d.errors().forEach(e -> System.err.println("skipped " + e));
    if (tune) {
      for (double t : THRESHOLDS) {
        LinkEvaluation.Result r = LinkEvaluation.evaluate(d.split("dev"), new ActorLinker(new ActorMatcher(kb, t)));
        System.out.printf("dev, fuzzy threshold %.2f: accuracy %.3f (%d/%d)%n", t, r.accuracy(), r.correct(), r.total());
      }
    }
    ActorLinker linker = new ActorLinker(kb);
    List<LinkEvaluation.Pair> pairs = d.split(split);
    LinkEvaluation.Result r = LinkEvaluation.evaluate(pairs, linker);
    System.out.printf(
        "%s: accuracy %.3f (%d/%d), fuzzy threshold %.2f%n",
        split, r.accuracy(), r.correct(), r.total(), ActorMatcher.DEFAULT_FUZZY_THRESHOLD);
    if (misses) {
      for (LinkEvaluation.Miss m : r.misses()) {
        System.out.printf(
            "  miss: %s [%s] expected %s, got %s%n",
            m.pair().mention(), m.pair().type(), m.pair().expected(), m.got() == null ? "nothing" : m.got().id());
      }
    }
    if (benchSeconds > 0) {
      System.out.printf("speed: %.0f mentions/s%n", mentionsPerSecond(d.pairs(), linker, benchSeconds));
    }
    return 0;
  }

  /** Links every pair repeatedly for the given time, after a warm-up. */
  private static double mentionsPerSecond(List<LinkEvaluation.Pair> pairs, ActorLinker linker, double seconds) {
    LinkEvaluation.evaluate(pairs, linker);
    long start = System.nanoTime();
    long count = 0;
    while (System.nanoTime() - start < seconds * 1e9) {
      LinkEvaluation.evaluate(pairs, linker);
      count += pairs.size();
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }
}
