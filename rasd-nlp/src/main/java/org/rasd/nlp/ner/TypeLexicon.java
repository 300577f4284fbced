package org.rasd.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * The data behind fine typing, read from two resource files: {@code head-nouns.tsv} (بلدة → TOWN
 * before the name, جيش → ARMED_GROUP inside it, القديمة → NEIGHBOURHOOD after a city's name) and
 * {@code names.tsv} (known names with their type).
 */
public final class TypeLexicon {

  /** A head noun's type and whether it belongs to the name ("inside") or precedes it ("before"). */
  public record Head(String type, boolean inside) {}

  private final Map<String, Head> heads;
  private final Map<String, String> qualifiers;
  private final Gazetteer names;

  /** With {@code qualifiers}: normalised words that follow a place's name as part of it, and the type they give. */
  public TypeLexicon(Map<String, Head> heads, Map<String, String> qualifiers, Gazetteer names) {
    this.heads = Map.copyOf(heads);
    this.qualifiers = Map.copyOf(qualifiers);
    this.names = names;
  }

  /** The lexicon shipped in this package's resources. */
  public static TypeLexicon load() {
    Map<String, Head> heads = new HashMap<>();
    Map<String, String> qualifiers = new HashMap<>();
    for (String[] row : rows("head-nouns.tsv", 3)) {
      if (row[2].equals("after")) {
        qualifiers.put(ArabicNormalizer.normalize(row[0]), row[1]);
      } else {
        heads.put(ArabicNormalizer.normalize(row[0]), new Head(row[1], row[2].equals("inside")));
      }
    }
    Map<String, List<String>> byType = new TreeMap<>();
    for (String[] row : rows("names.tsv", 2)) {
      byType.computeIfAbsent(row[1], t -> new ArrayList<>()).add(row[0]);
    }
    return new TypeLexicon(heads, qualifiers, new Gazetteer(byType));
  }

  /** Known names, typed. */
  public Gazetteer names() {
    return names;
  }

  /** The head noun a normalised word is, ignoring its proclitics (وبمدينة → مدينة, لفصيلي → فصيلي), or null. */
  public Head head(String norm) {
    Head h = heads.get(norm);
    if (h != null) {
      return h;
    }
    String stem = Proclitics.featureStem(norm);
    h = heads.get(stem);
    if (h == null) {
      h = heads.get("ال" + stem);
    }
    for (int cut = 1; h == null && cut <= 2 && norm.length() - cut >= 3 && "وفبكل".indexOf(norm.charAt(cut - 1)) >= 0; cut++) {
      h = heads.get(norm.substring(cut)); // لفصيلي, وبمدينة
    }
    return h;
  }

  /**
   * The type a normalised word gives the place name it follows as part of that name (حمص القديمة,
   * درعا البلد → NEIGHBOURHOOD), or null.
   */
  public String qualifier(String norm) {
    return qualifiers.get(norm);
  }

  /** True for words that can start a known name or are head nouns: what a proclitic may sit on. */
  public boolean isKnownWord(String norm) {
    return names.startsEntry(norm) || heads.containsKey(norm);
  }

  /** The type of a known name that spans exactly words [start, end), or null. */
  public String nameType(String[] norms, int start, int end) {
    for (Gazetteer.Match m : names.find(Arrays.copyOfRange(norms, start, end))) {
      if (m.start() == 0 && m.end() == end - start) {
        return names.types().get(m.firstType());
      }
    }
    return null;
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = TypeLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("NER resource " + resource + " missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t");
        if (row.length != columns) {
          throw new IllegalStateException(resource + ":" + lineNo + ": expected " + columns + " tab-separated columns");
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NER resource " + resource, e);
    }
    return rows;
  }
}
