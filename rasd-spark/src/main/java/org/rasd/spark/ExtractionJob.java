package org.rasd.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.rasd.ingest.InputFormat;
import org.rasd.ingest.SizeLimit;
import scala.Tuple2;

/**
 * The extraction pipeline over any Hadoop-compatible paths (local, HDFS, S3…): each file is read by
 * rasd-ingest's readers on an executor, each article goes through {@code Pipeline.standard()}, and
 * the results are written as Parquet datasets under one output directory (docs/spark.md).
 */
public final class ExtractionJob {

  public static final String DOCUMENTS = "documents";
  public static final String MENTIONS = "mentions";
  public static final String EVENTS = "events";
  public static final String EVENTS_MERGED = "events_merged";
  public static final String RELATIONS = "relations";
  public static final String RELATION_FACTS = "relation_facts";
  public static final String ERRORS = "errors";

  /** What a run wrote. */
  public record Summary(long documents, long mentions, long events, long mergedEvents, long relations,
      long relationFacts, long errors) {}

  private final SparkSession spark;
  private final InputFormat format;
  private final int minPartitions;

  /**
   * @param format the format of every input, or {@link InputFormat#AUTO} to detect it per file
   * @param minPartitions at least this many tasks (use a few per core of the cluster)
   */
  public ExtractionJob(SparkSession spark, InputFormat format, int minPartitions) {
    this.spark = spark;
    this.format = format;
    this.minPartitions = minPartitions;
  }

  /** Extracts every file under {@code inputs} (files or directories, comma-free paths or globs). */
  public Summary run(List<String> inputs, String outputDir) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // Input directories are walked to the bottom, as rasd ingest does.
    jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    InputFormat inputFormat = format;
    JavaRDD<InputResult> results =
        jsc.binaryFiles(String.join(",", inputs), minPartitions)
            .mapPartitions(files -> processAll(files, inputFormat))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      long documents = write(results.flatMap(r -> r.documents.iterator()), Schemas.DOCUMENTS, outputDir, DOCUMENTS);
      long mentions = write(results.flatMap(r -> r.mentions.iterator()), Schemas.MENTIONS, outputDir, MENTIONS);
      long events = write(results.flatMap(r -> r.events.iterator()), Schemas.EVENTS, outputDir, EVENTS);
      long relations = write(results.flatMap(r -> r.relations.iterator()), Schemas.RELATIONS, outputDir, RELATIONS);
      long errors = write(results.flatMap(r -> r.errors.iterator()), Schemas.ERRORS, outputDir, ERRORS);
      // Events and facts across documents from the written claims, so the job does not run the pipeline twice.
      long merged = write(EventMerging.merge(read(outputDir, EVENTS), EventMerging.places(read(outputDir, MENTIONS))),
          outputDir, EVENTS_MERGED);
      long facts = write(RelationFacts.accumulate(read(outputDir, RELATIONS)), outputDir, RELATION_FACTS);
      return new Summary(documents, mentions, events, merged, relations, facts, errors);
    } finally {
      results.unpersist(false);
    }
  }

  /** One partition's files, with the executor's shared pipeline. */
  private static Iterator<InputResult> processAll(
      Iterator<Tuple2<String, PortableDataStream>> files, InputFormat format) {
    InputProcessor processor = new InputProcessor(PipelineHolder.pipeline(), format, SizeLimit.DEFAULT);
    List<InputResult> out = new ArrayList<>();
    while (files.hasNext()) {
      Tuple2<String, PortableDataStream> file = files.next();
      out.add(processOne(processor, file._1(), file._2()));
    }
    return out.iterator();
  }

  private static InputResult processOne(InputProcessor processor, String location, PortableDataStream data) {
    try (InputStream in = data.open()) {
      return processor.process(location, in);
    } catch (IOException | RuntimeException e) {
      InputResult failed = new InputResult();
      failed.errors.add(RowFactory.create(location, "read error", e.toString()));
      return failed;
    }
  }

  private long write(JavaRDD<Row> rows, StructType schema, String outputDir, String name) {
    return write(spark.createDataFrame(rows, schema), outputDir, name);
  }

  private long write(Dataset<Row> frame, String outputDir, String name) {
    frame.write().mode(SaveMode.Overwrite).parquet(outputDir + "/" + name);
    return read(outputDir, name).count();
  }

  private Dataset<Row> read(String outputDir, String name) {
    return spark.read().parquet(outputDir + "/" + name);
  }
}
