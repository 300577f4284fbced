package org.rasd.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The Parquet datasets the job writes (documented in docs/spark.md; keep both in step). */
public final class Schemas {

  private Schemas() {}

  /** One row per article read and processed. */
  public static final StructType DOCUMENTS = struct(
      required("doc_id", StringType),
      required("content_id", StringType),
      optional("url", StringType),
      optional("title", StringType),
      optional("source", StringType),
      optional("published", StringType),
      required("language", StringType),
      optional("origin", StringType),
      required("text", StringType),
      required("sentence_count", IntegerType),
      required("token_count", IntegerType),
      required("mention_count", IntegerType));

  /** One row per entity mention; offsets are UTF-16 indexes into documents.text. */
  public static final StructType MENTIONS = struct(
      required("doc_id", StringType),
      required("ordinal", IntegerType),
      required("start", IntegerType),
      required("end", IntegerType),
      required("text", StringType),
      required("type", StringType),
      required("confidence", DoubleType),
      optional("source", StringType),
      optional("entity_id", StringType),
      optional("entity_name_ar", StringType),
      optional("entity_name_en", StringType),
      optional("link_score", DoubleType),
      optional("provisional", BooleanType),
      optional("lat", DoubleType),
      optional("lon", DoubleType),
      optional("feature_type", StringType),
      optional("country_code", StringType),
      optional("geo_precision", IntegerType),
      optional("hierarchy", createArrayType(StringType, false)),
      optional("region", StringType));

  /** One row per input, record or document that could not be read or processed. */
  public static final StructType ERRORS = struct(
      required("location", StringType),
      required("reason", StringType),
      optional("detail", StringType));

  /**
   * One document's statement of an event, as {@code org.rasd.store.db.EventClaim}: {@code doc_id} is
   * the store's document id ({@code documents.content_id}), {@code article_id} joins
   * {@code documents.doc_id}.
   */
  public static final StructType EVENTS = struct(
      required("article_id", StringType),
      required("doc_id", StringType),
      required("sentence_start", IntegerType),
      required("sentence_end", IntegerType),
      required("trigger_start", IntegerType),
      required("trigger_end", IntegerType),
      required("event_type", StringType),
      optional("sub_type", StringType),
      optional("plover", StringType),
      optional("modality", StringType),
      optional("time_value", StringType),
      optional("time_precision", StringType),
      optional("location_entity", StringType),
      required("actors", createArrayType(StringType, false)),
      required("targets", createArrayType(StringType, false)),
      optional("according_to", StringType),
      optional("according_to_text", StringType));

  /**
   * One claim of a merged event (its type and modality are the event's): the event row's
   * {@code sources}, in the canonical order of {@code org.rasd.store.db.MergedEvent}.
   */
  public static final StructType EVENT_SOURCE = struct(
      required("doc_id", StringType),
      required("sentence_start", IntegerType),
      required("sentence_end", IntegerType),
      required("trigger_start", IntegerType),
      required("trigger_end", IntegerType),
      optional("sub_type", StringType),
      optional("plover", StringType),
      optional("time_value", StringType),
      optional("time_precision", StringType),
      optional("location_entity", StringType),
      required("actors", createArrayType(StringType, false)),
      required("targets", createArrayType(StringType, false)),
      optional("according_to", StringType),
      optional("according_to_text", StringType));

  /**
   * One event merged across documents ({@code org.rasd.store.db.MergedEvent}): the fields of its
   * first claim, the participants of all, and every claim as a source.
   */
  public static final StructType EVENTS_MERGED = struct(
      required("event_id", StringType),
      required("event_type", StringType),
      optional("sub_type", StringType),
      optional("plover", StringType),
      required("modality", StringType),
      optional("time_value", StringType),
      optional("time_precision", StringType),
      optional("location_entity", StringType),
      required("actors", createArrayType(StringType, false)),
      required("targets", createArrayType(StringType, false)),
      required("sources", createArrayType(EVENT_SOURCE, false)));

  /** One document's statement of a relation, as {@code org.rasd.store.db.RelationClaim}. */
  public static final StructType RELATION_CLAIMS = struct(
      optional("type", StringType),
      required("from_entity", StringType),
      required("to_entity", StringType),
      optional("time_value", StringType),
      optional("time_precision", StringType),
      optional("modality", StringType),
      required("doc_id", StringType),
      required("start", IntegerType),
      required("end", IntegerType),
      optional("according_to", StringType),
      optional("according_to_text", StringType));

  /** The {@code relations} dataset: {@link #RELATION_CLAIMS} with the article id ({@code documents.doc_id}). */
  public static final StructType RELATIONS =
      withArticleId(RELATION_CLAIMS);

  private static StructType withArticleId(StructType claims) {
    StructField[] fields = new StructField[claims.fields().length + 1];
    fields[0] = required("article_id", StringType);
    System.arraycopy(claims.fields(), 0, fields, 1, claims.fields().length);
    return struct(fields);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField required(String name, DataType type) {
    return DataTypes.createStructField(name, type, false);
  }

  private static StructField optional(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
