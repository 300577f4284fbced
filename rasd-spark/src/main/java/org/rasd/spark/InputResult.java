package org.rasd.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/** What one input file gave: rows for each dataset (see {@link Schemas}). */
final class InputResult implements Serializable {

  private static final long serialVersionUID = 1L;

  final List<Row> documents = new ArrayList<>();
  final List<Row> mentions = new ArrayList<>();
  final List<Row> events = new ArrayList<>();
  final List<Row> relations = new ArrayList<>();
  final List<Row> errors = new ArrayList<>();
}
