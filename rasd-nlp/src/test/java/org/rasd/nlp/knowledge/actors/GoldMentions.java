package org.rasd.nlp.knowledge.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Mention;

/**
 * Builds mentions for the gold entities of a shared example article by finding each gold surface
 * string (text and aliases_in_text) in the article, longest strings first, without overlaps.
 */
final class GoldMentions {

  /** A mention found in the text and the gold entity's canonical_en. */
  record Found(Mention mention, String canonicalEn) {}

  private GoldMentions() {}

  static Path shared() {
    return Path.of(System.getProperty("rasd.shared", "../shared"));
  }

  static String text(String articleFile) throws IOException {
    return Files.readString(shared().resolve(articleFile));
  }

  static List<Found> find(String articleFile, String goldFile) throws IOException {
    String text = text(articleFile);
    JsonNode gold = new ObjectMapper().readTree(shared().resolve(goldFile).toFile());
    record Surface(String s, String type, String canonical) {}
    List<Surface> surfaces = new ArrayList<>();
    for (JsonNode e : gold.get("entities")) {
      String type = e.get("type").asText();
      if (ActorLinker.PLACE_TYPES.contains(type) || !e.hasNonNull("canonical_en")) {
        continue;
      }
      surfaces.add(new Surface(e.get("text").asText(), type, e.get("canonical_en").asText()));
      if (e.has("aliases_in_text")) {
        e.get("aliases_in_text").forEach(a -> surfaces.add(new Surface(a.asText(), type, e.get("canonical_en").asText())));
      }
    }
    surfaces.sort(Comparator.comparingInt((Surface s) -> s.s().length()).reversed());
    List<Found> found = new ArrayList<>();
    for (Surface s : surfaces) {
      for (int at = text.indexOf(s.s()); at >= 0; at = text.indexOf(s.s(), at + 1)) {
        int start = at;
        int end = at + s.s().length();
        boolean taken = found.stream().anyMatch(f -> f.mention().start() < end && start < f.mention().end());
        boolean wordStart = wordStartsAt(text, start, s.s());
        boolean wordEnd = end == text.length() || !Character.isLetter(text.charAt(end));
        if (!taken && wordStart && wordEnd) {
          found.add(new Found(new Mention(start, end, s.s(), s.type(), 1.0, "gold", null), s.canonical()));
        }
      }
    }
    found.sort(Comparator.comparingInt(f -> f.mention().start()));
    return found;
  }

  /** True at a word start, or after a proclitic before the article ("بالنظام" starts at "ال"). */
  private static boolean wordStartsAt(String text, int start, String surface) {
    int i = start;
    if (surface.startsWith("ال")) {
      while (i > 0 && start - i < 2 && "وفبكل".indexOf(text.charAt(i - 1)) >= 0) {
        i--;
      }
    }
    return i == 0 || !Character.isLetter(text.charAt(i - 1));
  }

  static AnnotatedDocument document(String id, String text, List<Mention> mentions) {
    return new AnnotatedDocument(Article.ofText(id, text, "test"), List.of(), List.of(), mentions);
  }
}
