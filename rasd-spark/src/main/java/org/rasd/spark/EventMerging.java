package org.rasd.spark;

import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.rasd.store.db.EventClaim;
import org.rasd.store.db.MergedEvent;
import org.rasd.store.db.SameEvent;

/**
 * Events across documents as Spark operations, with the store's rule: an event is a connected
 * component of {@link SameEvent} over the claims, built by {@link MergedEvent} (docs/store.md). So
 * the job's merged events equal what the store makes of the same claims, in any order.
 *
 * <ol>
 *   <li>valid claims (the store's {@link EventClaim#shapeProblem}), one per document span, keyed by
 *       {@link MergedEvent#orderKey} and with their place's coordinates;
 *   <li>candidate pairs by an equi-join on (type, modality, shared participant, day within
 *       {@link SameEvent#DAYS}), which the rule requires anyway, then {@link SameEvent#test} on each;
 *   <li>connected components by min-label propagation with pointer jumping (a few joins per round;
 *       rounds grow with the logarithm of the longest chain of reports);
 *   <li>{@code groupBy} component → {@link MergedEvent#of} on the executors.
 * </ol>
 */
public final class EventMerging {

  private EventMerging() {}

  private static final String ORDER_KEY = "order_key";
  /** The claim's day known to the day, as days since 1970-01-01, or null. */
  private static final String DAY = "day";

  /** The claim columns (schema {@link Schemas#EVENTS}) with their order key and day. */
  private static final StructType KEYED = keyedSchema(Schemas.EVENTS);

  private static final UserDefinedFunction SAME_EVENT =
      udf((UDF2<Row, Row, Boolean>) (a, b) -> SameEvent.test(key(a), key(b)), DataTypes.BooleanType);

  /** {@code entity_id, lat, lon} of every entity the mentions were geocoded to. */
  public static Dataset<Row> places(Dataset<Row> mentions) {
    return mentions.filter(col("entity_id").isNotNull().and(col("lat").isNotNull()).and(col("lon").isNotNull()))
        .groupBy("entity_id").agg(min(struct(col("lat"), col("lon"))).as("at"))
        .select(col("entity_id"), col("at.lat").as("lat"), col("at.lon").as("lon"));
  }

  /**
   * Claims (schema {@link Schemas#EVENTS}) and place coordinates ({@link #places}) to merged events
   * (schema {@link Schemas#EVENTS_MERGED}).
   */
  public static Dataset<Row> merge(Dataset<Row> events, Dataset<Row> places) {
    Dataset<Row> claims = located(distinctSpans(keyed(events)), places).localCheckpoint();
    Dataset<Row> labels = components(links(claims));
    Dataset<Row> grouped = claims.join(labels, claims.col(ORDER_KEY).equalTo(labels.col("id")), "left")
        .withColumn("event", coalesce(col("label"), col(ORDER_KEY)))
        .groupBy("event")
        .agg(collect_list(struct(claimColumns())).as("claims"));
    return events.sparkSession().createDataFrame(grouped.javaRDD().map(EventMerging::eventRow),
        Schemas.EVENTS_MERGED);
  }

  /** Valid claims with their order key and day; claims the store would refuse are left out. */
  private static Dataset<Row> keyed(Dataset<Row> events) {
    Dataset<Row> claims = events.select(claimColumns());
    return claims.sparkSession().createDataFrame(claims.javaRDD().flatMap(EventMerging::withKeys), KEYED);
  }

  private static Iterator<Row> withKeys(Row row) {
    EventClaim claim = EventRows.claim(row);
    if (claim.shapeProblem() != null) {
      return List.<Row>of().iterator();
    }
    LocalDate day = SameEvent.day(claim.timeValue(), claim.timePrecision());
    Object[] values = Arrays.copyOf(rowValues(row), row.size() + 2);
    values[row.size()] = MergedEvent.orderKey(claim);
    values[row.size() + 1] = day == null ? null : (int) day.toEpochDay();
    return List.of(RowFactory.create(values)).iterator();
  }

  /**
   * One claim per document span, as the store keeps (the same text gives the same claims, so which
   * of identical copies stays does not matter; min makes the choice deterministic all the same).
   */
  private static Dataset<Row> distinctSpans(Dataset<Row> keyed) {
    List<Column> rest = new ArrayList<>();
    for (String name : keyed.columns()) {
      if (!List.of("doc_id", "trigger_start", "trigger_end").contains(name)) {
        rest.add(col(name));
      }
    }
    return keyed.groupBy("doc_id", "trigger_start", "trigger_end")
        .agg(min(struct(rest.toArray(Column[]::new))).as("c"))
        .select(col("doc_id"), col("trigger_start"), col("trigger_end"), col("c.*"));
  }

  private static Dataset<Row> located(Dataset<Row> claims, Dataset<Row> places) {
    return claims.join(places, claims.col("location_entity").equalTo(places.col("entity_id")), "left")
        .drop("entity_id");
  }

  /** Pairs {@code (a, b)} of order keys, a before b, that {@link SameEvent#test} links. */
  private static Dataset<Row> links(Dataset<Row> claims) {
    Dataset<Row> dated = claims.filter(col(DAY).isNotNull())
        .withColumn("participant", explode(array_union(col("actors"), col("targets"))));
    Dataset<Row> left = dated.withColumn("near_day",
            explode(sequence(col(DAY).minus(SameEvent.DAYS), col(DAY).plus(SameEvent.DAYS))))
        .select(col(ORDER_KEY).as("a"), col("event_type"), col("modality"), col("participant"), col("near_day"));
    Dataset<Row> right = dated.select(col(ORDER_KEY).as("b"), col("event_type"), col("modality"),
        col("participant"), col(DAY).as("near_day"));
    Dataset<Row> candidates = left.join(right, new String[] {"event_type", "modality", "participant", "near_day"})
        .filter(col("a").lt(col("b"))).select("a", "b").distinct();
    Dataset<Row> keyA = claims.select(col(ORDER_KEY).as("a"), struct(col("*")).as("key_a"));
    Dataset<Row> keyB = claims.select(col(ORDER_KEY).as("b"), struct(col("*")).as("key_b"));
    return candidates.join(keyA, "a").join(keyB, "b")
        .filter(SAME_EVENT.apply(col("key_a"), col("key_b"))).select("a", "b");
  }

  /**
   * {@code id → label}: the smallest order key of the id's component, for every linked claim. Each
   * round a claim takes the smallest label among its own and its neighbours', then the label of that
   * label (pointer jumping: labels are claims too), so a chain of n reports needs about log n rounds.
   */
  private static Dataset<Row> components(Dataset<Row> links) {
    Dataset<Row> edges = links.select(col("a").as("src"), col("b").as("dst"))
        .union(links.select(col("b").as("src"), col("a").as("dst"))).localCheckpoint();
    Dataset<Row> labels = edges.select(col("src").as("id")).distinct().withColumn("label", col("id"));
    while (true) {
      Dataset<Row> spread = edges.join(labels, edges.col("src").equalTo(labels.col("id")))
          .select(col("dst").as("id"), col("label"));
      Dataset<Row> smallest = labels.union(spread).groupBy("id").agg(min("label").as("label"));
      Dataset<Row> ofLabel = smallest.select(col("id").as("label_id"), col("label").as("label_of_label"));
      Dataset<Row> next = smallest.join(ofLabel, smallest.col("label").equalTo(ofLabel.col("label_id")))
          .select(col("id"), col("label_of_label").as("label")).localCheckpoint();
      long changed = next.join(labels.withColumnRenamed("label", "before"), "id")
          .filter(col("label").notEqual(col("before"))).count();
      labels = next;
      if (changed == 0) {
        return labels;
      }
    }
  }

  private static Row eventRow(Row group) {
    List<EventClaim> claims = new ArrayList<>();
    for (Row claim : group.<Row>getList(1)) {
      claims.add(EventRows.claim(claim));
    }
    MergedEvent event = MergedEvent.of(claims);
    EventClaim first = event.first();
    Row[] sources = event.claims().stream().map(EventMerging::sourceRow).toArray(Row[]::new);
    return RowFactory.create(event.id(), first.acledType(), first.acledSubType(), first.plover(), first.modality(),
        first.timeValue(), first.timePrecision(), first.locationEntity(), event.actors().toArray(String[]::new),
        event.targets().toArray(String[]::new), sources);
  }

  private static Row sourceRow(EventClaim c) {
    return RowFactory.create(c.docId(), c.sentenceStart(), c.sentenceEnd(), c.triggerStart(), c.triggerEnd(),
        c.acledSubType(), c.plover(), c.timeValue(), c.timePrecision(), c.locationEntity(),
        c.actors().toArray(String[]::new), c.targets().toArray(String[]::new), c.accordingTo(),
        c.accordingToText());
  }

  /** The rule's view of a claim row with its place's coordinates. */
  private static SameEvent.Key key(Row row) {
    return SameEvent.key(EventRows.claim(row), row.getAs("lat"), row.getAs("lon"));
  }

  private static Column[] claimColumns() {
    return Arrays.stream(Schemas.EVENTS.fieldNames()).map(n -> col(n)).toArray(Column[]::new);
  }

  private static Object[] rowValues(Row row) {
    Object[] values = new Object[row.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    return values;
  }

  private static StructType keyedSchema(StructType claims) {
    List<StructField> fields = new ArrayList<>(Arrays.asList(claims.fields()));
    fields.add(DataTypes.createStructField(ORDER_KEY, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(DAY, DataTypes.IntegerType, true));
    return DataTypes.createStructType(fields);
  }
}
