package org.rasd.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads gold annotation files ({@code X.gold.json}). Errors name the file and the item at fault.
 */
public final class GoldReader {

  public static final String SUFFIX = ".gold.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldReader() {}

  public static GoldDocument read(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    String name = file.getFileName().toString();
    String id = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    try {
      JsonNode doc = required(root, "document");
      List<GoldEntity> entities = new ArrayList<>();
      for (JsonNode e : array(root, "entities")) {
        entities.add(
            new GoldEntity(
                requiredText(e, "text"),
                requiredText(e, "type"),
                text(e, "canonical_en"),
                strings(e.get("aliases_in_text")),
                e.path("optional").asBoolean(false)));
      }
      List<GoldEvent> events = new ArrayList<>();
      for (JsonNode e : array(root, "events")) {
        JsonNode acled = required(e, "acled");
        if (!acled.isArray() || acled.size() != 2) {
          throw new IllegalArgumentException(
              "event " + e.path("id").asText("?") + ": 'acled' must be [type, sub-type]");
        }
        events.add(
            new GoldEvent(
                text(e, "id"),
                requiredText(e, "trigger"),
                acled.get(0).asText(),
                acled.get(1).asText(),
                text(e, "plover"),
                strings(e.get("actors")),
                strings(e.get("targets")),
                strings(e.get("location")),
                text(e, "time"),
                text(e, "modality"),
                text(e, "according_to"),
                e.path("optional").asBoolean(false)));
      }
      List<GoldRelation> relations = new ArrayList<>();
      for (JsonNode r : array(root, "relations")) {
        relations.add(
            new GoldRelation(
                requiredText(r, "type"),
                requiredText(r, "from"),
                requiredText(r, "to"),
                text(r, "according_to"),
                r.path("optional").asBoolean(false)));
      }
      return new GoldDocument(
          id,
          text(doc, "source"),
          text(doc, "title"),
          text(doc, "url"),
          text(doc, "published_approx"),
          entities,
          events,
          relations);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /** The article text file beside a gold file: {@code X.gold.json} ↔ {@code X.ar.txt}. */
  public static Path articleFor(Path goldFile) {
    String name = goldFile.getFileName().toString();
    if (!name.endsWith(SUFFIX)) {
      throw new IllegalArgumentException(goldFile + ": a gold file's name must end in " + SUFFIX);
    }
    return goldFile.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + ".ar.txt");
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "' in " + abbreviate(node));
    }
    return value;
  }

  private static String requiredText(JsonNode node, String field) {
    return required(node, field).asText();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Iterable<JsonNode> array(JsonNode root, String field) {
    JsonNode value = required(root, field);
    if (!value.isArray()) {
      throw new IllegalArgumentException("'" + field + "' must be a list");
    }
    return value;
  }

  /** A string, a list of strings, or null/absent (→ empty list). */
  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else {
      out.add(node.asText());
    }
    return out;
  }

  private static String abbreviate(JsonNode node) {
    String s = node.toString();
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
