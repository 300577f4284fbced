package org.rasd.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark session for every test class of the JVM (starting one costs seconds). */
final class LocalSpark {

  private LocalSpark() {}

  private static final class Lazy {
    static final SparkSession SESSION =
        SparkSession.builder()
            .master("local[2]")
            .appName("rasd-spark-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.driver.host", "127.0.0.1")
            // Tiny test data: compiling whole-stage code costs more than it saves.
            .config("spark.sql.codegen.wholeStage", "false")
            .getOrCreate();
  }

  static SparkSession session() {
    return Lazy.SESSION;
  }
}
