package org.rasd.spark;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.spark.sql.SparkSession;
import org.rasd.store.Store;

/**
 * {@code spark-submit --master 'local[2]' --class org.rasd.spark.RasdStoreLoad rasd-spark-load.jar
 * OUTPUT --data DIR [--jdbc URL] [--batch N]}: loads a job's output into the store the web UI
 * serves (embedded under DIR, or PostgreSQL at URL with the search index under DIR/index).
 */
public final class RasdStoreLoad {

  private static final String USAGE = "usage: RasdStoreLoad OUTPUT --data DIR [--jdbc URL] [--batch N]";

  private RasdStoreLoad() {}

  public static void main(String[] args) {
    String output = null;
    Path data = null;
    String jdbc = null;
    int batch = 200;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(value(args, ++i));
        case "--jdbc" -> jdbc = value(args, ++i);
        case "--batch" -> batch = Integer.parseInt(value(args, ++i));
        default -> output = args[i];
      }
    }
    if (output == null || data == null) {
      fail();
    }
    SparkSession spark = SparkSession.builder().appName("rasd-load").getOrCreate();
    try (Store store = jdbc == null ? Store.open(data) : Store.open(jdbc, new Properties(), data.resolve("index"))) {
      StoreLoader.Summary s = new StoreLoader(spark, batch).load(output, store);
      System.out.printf("%d documents stored, %d already there, %d refused; %d event and %d relation claims%n",
          s.stored(), s.duplicates(), s.rejected(), s.eventClaims(), s.relationClaims());
    } finally {
      spark.stop();
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      fail();
    }
    return args[i];
  }

  private static void fail() {
    System.err.println(USAGE);
    System.exit(2);
  }
}
