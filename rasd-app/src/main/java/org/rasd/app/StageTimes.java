package org.rasd.app;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rasd.nlp.facts.FactExtractor;
import org.rasd.nlp.knowledge.actors.ActorLinker;
import org.rasd.nlp.knowledge.places.Geocoder;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.ner.PerceptronEntityRecognizer;
import org.rasd.nlp.text.ArabicTextAnalyzer;

/**
 * What each stage of the pipeline costs, measured inside one run: the pipeline thread's CPU time
 * and allocated bytes are read before and after every stage of every article, and summed per
 * stage over a pass of the corpus. All stages of a pass thus run under the same machine load, so
 * their ratios are stable on a shared machine where the difference of two separately timed runs
 * moved by ±10 points. Thread CPU time leaves out the garbage collector's and the JIT compiler's
 * threads; the JVM's CPU time for the whole pass, which includes them, is reported beside it.
 */
final class StageTimes {

  /** The stages in pipeline order. */
  enum Stage {
    TEXT("text"),
    ENTITIES("entities"),
    ACTORS("actor linking"),
    PLACES("geocoding"),
    FACTS("facts");

    final String label;

    Stage(String label) {
      this.label = label;
    }

    /** Linking and geocoding: the knowledge stage whose share issue #4 bounds. */
    boolean knowledge() {
      return this == ACTORS || this == PLACES;
    }
  }

  private static final int STAGES = Stage.values().length;

  /**
   * One timed pass over the corpus: per-stage thread CPU nanoseconds and bytes, the whole JVM's CPU
   * and wall time, and the events and relations extracted (printed, so no work can be optimised away).
   */
  private record Pass(long[] cpu, long[] allocated, long jvmCpu, long wall, long facts) {

    long cpuOf(Stage s) {
      return cpu[s.ordinal()];
    }

    /** Linking and geocoding over the rest of the extraction (text, entities, facts). */
    double knowledgeShare() {
      long knowledge = 0;
      long rest = 0;
      for (Stage s : Stage.values()) {
        if (s.knowledge()) {
          knowledge += cpuOf(s);
        } else {
          rest += cpuOf(s);
        }
      }
      return (double) knowledge / rest;
    }

    long stagesCpu() {
      return Arrays.stream(cpu).sum();
    }
  }

  private final ArabicTextAnalyzer text;
  private final PerceptronEntityRecognizer ner;
  private final ActorLinker actors;
  private final Geocoder places;
  private final FactExtractor facts;
  private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
  private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  StageTimes(ArabicTextAnalyzer text, PerceptronEntityRecognizer ner, ActorLinker actors, Geocoder places, FactExtractor facts) {
    this.text = text;
    this.ner = ner;
    this.actors = actors;
    this.places = places;
    this.facts = facts;
  }

  /** Runs one warm-up pass and {@code runs} timed passes over the corpus, and prints the report. */
  void measure(BenchCorpus corpus, int runs) {
    pass(corpus.articles);
    List<Pass> passes = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      passes.add(pass(corpus.articles));
    }
    report(passes, corpus.bytes / 1e6);
  }

  private Pass pass(List<Article> articles) {
    long[] cpu = new long[STAGES];
    long[] allocated = new long[STAGES];
    long jvmCpu0 = os.getProcessCpuTime();
    long wall0 = System.nanoTime();
    long units = 0;
    for (Article a : articles) {
      Lap lap = new Lap(cpu, allocated);
      AnnotatedDocument d = text.analyze(a);
      lap.end(Stage.TEXT);
      d = ner.recognize(d);
      lap.end(Stage.ENTITIES);
      d = actors.link(d);
      lap.end(Stage.ACTORS);
      d = places.link(d);
      lap.end(Stage.PLACES);
      d = facts.extract(d);
      lap.end(Stage.FACTS);
      units += d.events().size() + d.relations().size();
    }
    return new Pass(cpu, allocated, os.getProcessCpuTime() - jvmCpu0, System.nanoTime() - wall0, units);
  }

  /** Charges the thread CPU time and bytes allocated since the previous lap to a stage. */
  private final class Lap {
    private final long[] cpu;
    private final long[] allocated;
    private long lastCpu = threads.getCurrentThreadCpuTime();
    private long lastBytes = threads.getCurrentThreadAllocatedBytes();

    Lap(long[] cpu, long[] allocated) {
      this.cpu = cpu;
      this.allocated = allocated;
    }

    void end(Stage s) {
      long nowCpu = threads.getCurrentThreadCpuTime();
      long nowBytes = threads.getCurrentThreadAllocatedBytes();
      cpu[s.ordinal()] += nowCpu - lastCpu;
      allocated[s.ordinal()] += nowBytes - lastBytes;
      lastCpu = nowCpu;
      lastBytes = nowBytes;
    }
  }

  private static void report(List<Pass> passes, double mb) {
    System.out.printf(
        "per stage, in the same passes: CPU time of the pipeline thread read around each stage of each article,"
            + " s/MB as median [min-max] of %d passes; share of the sum of stages; MB allocated per MB of text%n",
        passes.size());
    double stagesMedian = median(passes, p -> p.stagesCpu() / 1e9 / mb);
    for (Stage s : Stage.values()) {
      double[] perMb = values(passes, p -> p.cpuOf(s) / 1e9 / mb);
      System.out.printf(
          "  %-16s %6.3f s/MB [%.3f-%.3f] %5.1f %%  %6.0f MB allocated/MB%n",
          s.label, perMb[perMb.length / 2], perMb[0], perMb[perMb.length - 1],
          100 * perMb[perMb.length / 2] / stagesMedian,
          median(passes, p -> p.allocated[s.ordinal()] / 1e6 / mb));
    }
    System.out.printf(
        "  %-16s %6.3f s/MB = %.2f MB/s per core (pipeline thread)%n", "all stages", stagesMedian, 1 / stagesMedian);
    double jvm = median(passes, p -> p.jvmCpu / 1e9 / mb);
    System.out.printf(
        "whole pipeline, JVM CPU time (all threads: GC and JIT included): %.2f MB/s per core (median),"
            + " of which %.3f s/MB outside the pipeline thread; wall-clock %.2f MB/s; %d events and relations a pass%n",
        1 / jvm, median(passes, p -> (p.jvmCpu - p.stagesCpu()) / 1e9 / mb), 1 / median(passes, p -> p.wall / 1e9 / mb),
        passes.get(0).facts());
    double[] share = values(passes, Pass::knowledgeShare);
    System.out.printf(
        "linking+geocoding add %.1f %% [%.1f-%.1f] to extraction time without them:"
            + " (actor linking + geocoding) / (text + entities + facts), pipeline-thread CPU of each pass, median [min-max]%n",
        100 * share[share.length / 2], 100 * share[0], 100 * share[share.length - 1]);
  }

  private interface PassFigure {
    double of(Pass p);
  }

  /** The figure of every pass, sorted. */
  private static double[] values(List<Pass> passes, PassFigure figure) {
    return passes.stream().mapToDouble(figure::of).sorted().toArray();
  }

  private static double median(List<Pass> passes, PassFigure figure) {
    double[] v = values(passes, figure);
    return v[v.length / 2];
  }
}
