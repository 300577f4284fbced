package org.rasd.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.rasd.store.db.FactStore;
import org.rasd.store.db.RelationClaim;

/**
 * Cross-document relation facts as Spark operations, with the store's semantics ({@link FactStore}):
 * claims are keyed by the store's own fact id (type, from, to, time, modality), so the same fact
 * stated by several documents becomes one row with several sources, and conflicting claims (another
 * leader, a denial) get other keys and stay side by side.
 */
public final class RelationFacts {

  private RelationFacts() {}

  /** The store's fact id, computed on the executors. */
  private static final UserDefinedFunction FACT_ID =
      udf((UDF5<String, String, String, String, String, String>) (type, from, to, time, modality) ->
              FactStore.factId(new RelationClaim(type, from, to, time, null, modality, null, 0, 0, null, null)),
          DataTypes.StringType);

  /**
   * Claims (schema {@link Schemas#RELATION_CLAIMS}) to facts: {@code fact_id, type, from_entity,
   * to_entity, time_value, time_precision, modality, sources}, where {@code sources} is the sorted
   * list of distinct {@code (doc_id, start, end, according_to, according_to_text)} stating the fact.
   * Claims the store would refuse for their shape (no type or modality, a missing end, an empty
   * span) are left out; checking that entities and documents exist is the loader's job.
   */
  public static Dataset<Row> accumulate(Dataset<Row> claims) {
    Dataset<Row> valid =
        claims.filter(notBlank("type").and(notBlank("modality"))
            .and(col("from_entity").isNotNull()).and(col("to_entity").isNotNull())
            .and(col("start").geq(0)).and(col("start").lt(col("end"))));
    Dataset<Row> keyed =
        valid.withColumn("fact_id", FACT_ID.apply(col("type"), col("from_entity"), col("to_entity"),
            col("time_value"), col("modality")));
    // A source is one span of one document, as the store's relation_sources key says.
    return keyed.dropDuplicates("fact_id", "doc_id", "start", "end")
        .groupBy("fact_id", "type", "from_entity", "to_entity", "time_value", "modality")
        .agg(
            min("time_precision").as("time_precision"),
            sort_array(collect_list(struct(col("doc_id"), col("start"), col("end"), col("according_to"),
                col("according_to_text")))).as("sources"))
        .select("fact_id", "type", "from_entity", "to_entity", "time_value", "time_precision", "modality",
            "sources");
  }

  private static Column notBlank(String name) {
    return col(name).isNotNull().and(trim(col(name)).notEqual(""));
  }
}
