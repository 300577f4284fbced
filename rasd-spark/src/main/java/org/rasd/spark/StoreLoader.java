package org.rasd.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Mention;
import org.rasd.store.Store;
import org.rasd.store.db.BatchWriter;
import org.rasd.store.db.EventClaim;
import org.rasd.store.db.RelationClaim;
import org.rasd.store.db.SaveOutcome;

/**
 * Loads a job's output into a store (embedded or PostgreSQL) for the web UI: each document with its
 * mentions (entities, places) and its event and relation claims, a batch per transaction. The
 * store merges events and relation facts with the rule the job used, so the loaded events and facts
 * are the job's {@code events_merged} and {@code relation_facts}. Loading again adds nothing.
 */
public final class StoreLoader {

  /** What a load did: documents stored, already there and refused; claims handed to the store. */
  public record Summary(int stored, int duplicates, int rejected, int eventClaims, int relationClaims) {}

  private final SparkSession spark;
  private final int batchSize;

  public StoreLoader(SparkSession spark, int batchSize) {
    this.spark = spark;
    this.batchSize = batchSize;
  }

  /**
   * Streams one row per document to the driver (a partition at a time) and stores them in batches;
   * rejected documents and claims are reported on stderr, the rest is kept.
   */
  public Summary load(String outputDir, Store store) {
    Iterator<Row> rows = perDocument(outputDir).toLocalIterator();
    int[] tally = new int[5];
    List<AnnotatedDocument> docs = new ArrayList<>();
    List<EventClaim> events = new ArrayList<>();
    List<RelationClaim> relations = new ArrayList<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      docs.add(document(row));
      list(row, "events").forEach(e -> events.add(EventRows.claim(e)));
      list(row, "relations").forEach(r -> relations.add(relationClaim(r)));
      if (docs.size() == batchSize || !rows.hasNext()) {
        store(store, docs, events, relations, tally);
        docs.clear();
        events.clear();
        relations.clear();
      }
    }
    return new Summary(tally[0], tally[1], tally[2], tally[3], tally[4]);
  }

  /** One batch in one transaction; counts into tally (stored, duplicates, rejected, events, relations). */
  private static void store(Store store, List<AnnotatedDocument> docs, List<EventClaim> events,
      List<RelationClaim> relations, int[] tally) {
    BatchWriter.Report report = store.ingest(docs, events, relations);
    for (SaveOutcome outcome : report.documents()) {
      switch (outcome.status()) {
        case STORED -> tally[0]++;
        case DUPLICATE -> tally[1]++;
        case REJECTED -> {
          tally[2]++;
          System.err.println(outcome.message());
        }
      }
    }
    report.events().rejected().forEach(System.err::println);
    report.relations().rejected().forEach(System.err::println);
    tally[3] += events.size();
    tally[4] += relations.size();
  }

  /** documents ⟕ its mentions (in order), event claims and relation claims, one row per document. */
  private Dataset<Row> perDocument(String outputDir) {
    Dataset<Row> documents = read(outputDir, ExtractionJob.DOCUMENTS);
    // Sorted structs of (doc_id, ordinal, …): the document's mentions in their order.
    Dataset<Row> mentions = read(outputDir, ExtractionJob.MENTIONS).groupBy(col("doc_id").as("id"))
        .agg(sort_array(collect_list(struct(col("*")))).as("mentions"));
    Dataset<Row> events = nested(read(outputDir, ExtractionJob.EVENTS), "events");
    Dataset<Row> relations = nested(read(outputDir, ExtractionJob.RELATIONS), "relations");
    return documents
        .join(mentions, documents.col("doc_id").equalTo(mentions.col("id")), "left").drop("id")
        .join(events, documents.col("doc_id").equalTo(events.col("id")), "left").drop("id")
        .join(relations, documents.col("doc_id").equalTo(relations.col("id")), "left").drop("id")
        .orderBy("doc_id");
  }

  private static Dataset<Row> nested(Dataset<Row> claims, String name) {
    return claims.groupBy(col("article_id").as("id")).agg(collect_list(struct(col("*"))).as(name));
  }

  private Dataset<Row> read(String outputDir, String name) {
    return spark.read().parquet(outputDir + "/" + name);
  }

  /** The article as read, with its resolved mentions: what the store keeps of an annotated document. */
  private static AnnotatedDocument document(Row r) {
    Article article = new Article(r.getAs("doc_id"), r.getAs("url"), r.getAs("title"), r.getAs("source"),
        r.getAs("published"), r.getAs("language"), r.getAs("text"), r.getAs("origin"));
    List<Mention> mentions = new ArrayList<>();
    list(r, "mentions").forEach(m -> mentions.add(MentionRows.mention(m)));
    return new AnnotatedDocument(article, List.of(), List.of(), mentions);
  }

  /** A nested list column; empty for a document without such rows. */
  private static List<Row> list(Row r, String column) {
    return r.isNullAt(r.fieldIndex(column)) ? List.of() : r.getList(r.fieldIndex(column));
  }

  private static RelationClaim relationClaim(Row r) {
    return new RelationClaim(r.getAs("type"), r.getAs("from_entity"), r.getAs("to_entity"), r.getAs("time_value"),
        r.getAs("time_precision"), r.getAs("modality"), r.getAs("doc_id"), r.<Integer>getAs("start"),
        r.<Integer>getAs("end"), r.getAs("according_to"), r.getAs("according_to_text"));
  }
}
