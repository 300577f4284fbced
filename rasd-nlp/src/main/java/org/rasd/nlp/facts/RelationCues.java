package org.rasd.nlp.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasd.nlp.text.ArabicNormalizer;

/** The relation cues of {@code relation-cues.tsv}: which words between two mentions state which relation. */
final class RelationCues {

  static final String RESOURCE = "/org/rasd/nlp/facts/relation-cues.tsv";
  private static final Set<String> CLASSES = Set.of("PERSON", "GROUP", "ARMED", "MEDIA", "PLACE", "COUNTRY", "ACTOR", "ANY");

  /**
   * One row.
   *
   * @param fromFirst true when the relation goes from the first mention (A) to the second (B)
   * @param lead how many other words may precede the cue between A and B ({@link #ANY_LEAD}: any,
   *     A being the nearest fitting mention before B in the sentence; {@link #TITLE}: the cue is a
   *     title before A, and B is in apposition to A)
   */
  record Row(String type, boolean fromFirst, String classA, String classB, int lead, List<String> cue) {}

  static final int ANY_LEAD = -1;
  static final int TITLE = -2;

  private final List<Row> rows = new ArrayList<>();

  static RelationCues load() {
    RelationCues cues = new RelationCues();
    TsvRows.readResource(RESOURCE, 6, (c, where) -> {
      if (!OntologyTypes.RELATIONS.contains(c[0])) {
        throw new IllegalArgumentException(where + "unknown relation type '" + c[0] + "'");
      }
      if (!CLASSES.contains(c[2]) || !CLASSES.contains(c[3]) || !(c[1].equals("A") || c[1].equals("B"))) {
        throw new IllegalArgumentException(where + "bad direction or mention class");
      }
      int lead = switch (c[4]) {
        case "*" -> ANY_LEAD;
        case "^" -> TITLE;
        default -> Integer.parseInt(c[4]);
      };
      cues.rows.add(new Row(c[0], c[1].equals("A"), c[2], c[3], lead, List.of(ArabicNormalizer.normalize(c[5]).split(" "))));
    });
    return cues;
  }

  List<Row> rows() {
    return rows;
  }
}
