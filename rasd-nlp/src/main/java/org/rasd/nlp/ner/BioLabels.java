package org.rasd.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The BIO label set of the tagger (O, then B-X and I-X for each coarse type) and which label may
 * follow which: an I-X only continues a B-X or I-X of the same type.
 */
public final class BioLabels {

  public static final String OUTSIDE = "O";

  private final List<String> types;
  private final String[] labels;

  /** @param types coarse entity types in a fixed order, e.g. [PERS, LOC, ORG, MISC] */
  public BioLabels(List<String> types) {
    this.types = List.copyOf(types);
    labels = new String[1 + 2 * types.size()];
    labels[0] = OUTSIDE;
    for (int t = 0; t < types.size(); t++) {
      labels[1 + 2 * t] = "B-" + types.get(t);
      labels[2 + 2 * t] = "I-" + types.get(t);
    }
  }

  public int size() {
    return labels.length;
  }

  public List<String> types() {
    return types;
  }

  public String label(int index) {
    return labels[index];
  }

  /** Index of a label such as "B-LOC"; unknown labels are an error naming the label. */
  public int indexOf(String label) {
    for (int i = 0; i < labels.length; i++) {
      if (labels[i].equals(label)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown BIO label '" + label + "' (known: " + List.of(labels) + ")");
  }

  public boolean isInside(int label) {
    return label > 0 && label % 2 == 0;
  }

  /** Index of the entity type of a B or I label, -1 for O. */
  public int typeOf(int label) {
    return label == 0 ? -1 : (label - 1) / 2;
  }

  /** True when {@code next} may follow {@code previous} (-1 = sentence start). */
  public boolean allowed(int previous, int next) {
    if (!isInside(next)) {
      return true;
    }
    return previous > 0 && typeOf(previous) == typeOf(next);
  }

  /** The entity spans of a label sequence, ignoring ill-formed I labels by treating them as B. */
  public List<Chunk> chunks(int[] sequence) {
    List<Chunk> out = new ArrayList<>();
    int start = -1;
    int type = -1;
    for (int i = 0; i <= sequence.length; i++) {
      int label = i < sequence.length ? sequence[i] : 0;
      boolean continues = isInside(label) && typeOf(label) == type && start >= 0;
      if (!continues && start >= 0) {
        out.add(new Chunk(start, i, types.get(type)));
        start = -1;
        type = -1;
      }
      if (label > 0 && !continues) {
        start = i;
        type = typeOf(label);
      }
    }
    return out;
  }

  /** A typed token range [start, end) within a sentence. */
  public record Chunk(int start, int end, String type) {}
}
