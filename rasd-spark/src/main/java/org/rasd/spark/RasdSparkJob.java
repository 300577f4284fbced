package org.rasd.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.rasd.ingest.InputFormat;

/**
 * {@code spark-submit --class org.rasd.spark.RasdSparkJob rasd-spark-job.jar [--format F]
 * [--partitions N] OUTPUT INPUT...}: extracts every input file into Parquet datasets under OUTPUT.
 */
public final class RasdSparkJob {

  private static final String USAGE =
      "usage: RasdSparkJob [--format auto|text|html|jsonl|rss|warc] [--partitions N] OUTPUT INPUT...";

  private RasdSparkJob() {}

  public static void main(String[] args) {
    InputFormat format = InputFormat.AUTO;
    int partitions = 0;
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--format" -> format = InputFormat.valueOf(value(args, ++i).toUpperCase(Locale.ROOT));
        case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
        default -> paths.add(args[i]);
      }
    }
    if (paths.size() < 2) {
      System.err.println(USAGE);
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("rasd-extract").getOrCreate();
    try {
      int minPartitions = partitions > 0 ? partitions : 4 * spark.sparkContext().defaultParallelism();
      ExtractionJob.Summary summary =
          new ExtractionJob(spark, format, minPartitions).run(paths.subList(1, paths.size()), paths.get(0));
      System.out.printf("%d documents, %d mentions, %d event claims (%d events), %d relations (%d facts), %d errors"
              + " written to %s%n", summary.documents(), summary.mentions(), summary.events(), summary.mergedEvents(),
          summary.relations(), summary.relationFacts(), summary.errors(), paths.get(0));
    } finally {
      spark.stop();
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      System.err.println(USAGE);
      System.exit(2);
    }
    return args[i];
  }
}
