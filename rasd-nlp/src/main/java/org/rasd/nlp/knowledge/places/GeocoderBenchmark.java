package org.rasd.nlp.knowledge.places;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Mention;

/**
 * Speed benchmark (not a test): gazetteer load time, then geocoding throughput on one article whose
 * place mentions are given as arguments. Usage: {@code GeocoderBenchmark ARTICLE.txt NAME...}; every
 * occurrence of each NAME becomes a LOCATION mention.
 */
public final class GeocoderBenchmark {

  private GeocoderBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: GeocoderBenchmark ARTICLE.txt NAME...");
      System.exit(2);
    }
    long cpu0 = cpuNanos();
    long t0 = System.nanoTime();
    PlaceGazetteer gazetteer = PlaceGazetteer.shipped();
    System.out.printf(
        Locale.ROOT,
        "gazetteer: %d places loaded in %.3f s wall, %.3f s CPU%n",
        gazetteer.places().size(),
        (System.nanoTime() - t0) / 1e9,
        (cpuNanos() - cpu0) / 1e9);
    Geocoder geocoder = new Geocoder(gazetteer);
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    List<Mention> mentions = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      for (int at = text.indexOf(args[i]); at >= 0; at = text.indexOf(args[i], at + 1)) {
        mentions.add(new Mention(at, at + args[i].length(), args[i], "LOCATION", 1, "bench", null));
      }
    }
    AnnotatedDocument doc =
        new AnnotatedDocument(Article.ofText("bench", text, args[0]), List.of(), List.of(), mentions);
    for (int i = 0; i < 50; i++) {
      geocoder.link(doc); // warm-up
    }
    int rounds = 200;
    long cpu1 = cpuNanos();
    long t1 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      geocoder.link(doc);
    }
    double wall = (System.nanoTime() - t1) / 1e9;
    double cpu = (cpuNanos() - cpu1) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "geocoding: %d mentions x %d rounds, %.0f mentions/s wall, %.0f mentions/s CPU (%d chars/article)%n",
        mentions.size(),
        rounds,
        mentions.size() * rounds / wall,
        mentions.size() * rounds / cpu,
        text.length());
  }

  private static long cpuNanos() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }
}
