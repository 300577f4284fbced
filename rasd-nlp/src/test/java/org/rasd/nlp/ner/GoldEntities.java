package org.rasd.nlp.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Entity-level scoring against a reference annotation ({@code *.gold.json}): a gold entity is found
 * when a mention's text equals its text or one of its aliases (normalised, proclitics before the
 * article ignored) with the same coarse class (person, organisation-like, place-like). Precision
 * counts distinct mention texts per article; MISC mentions are not scored (the gold has no MISC).
 */
final class GoldEntities {

  record Entity(String text, String type, Set<String> keys, boolean optional) {}

  /** Counts over one or more articles. */
  static final class Score {
    int gold;
    int found;
    int predicted;
    int correct;
    int fineTypeRight;
    final List<String> missed = new ArrayList<>();
    final List<String> spurious = new ArrayList<>();

    double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) found / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private GoldEntities() {}

  static List<Entity> read(Path goldFile) {
    try {
      List<Entity> out = new ArrayList<>();
      for (JsonNode e : new ObjectMapper().readTree(goldFile.toFile()).path("entities")) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key(e.path("text").asText()));
        for (JsonNode alias : e.path("aliases_in_text")) {
          keys.add(key(alias.asText()));
        }
        out.add(new Entity(e.path("text").asText(), e.path("type").asText(), keys, e.path("optional").asBoolean(false)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + goldFile, e);
    }
  }

  /** Normalised text without the proclitics before an article (بالغوطة → الغوطة). */
  static String key(String text) {
    String norm = ArabicNormalizer.normalize(text).strip().replaceAll("\\s+", " ");
    return norm.substring(Proclitics.lettersBeforeArticle(norm));
  }

  static String coarse(String type) {
    return switch (type) {
      case "PERSON" -> "person";
      case "ARMED_GROUP", "STATE_FORCES", "GOVERNMENT", "MEDIA", "ORGANIZATION" -> "org";
      case "COUNTRY", "REGION", "CITY", "TOWN", "VILLAGE", "NEIGHBOURHOOD", "FACILITY", "ROAD", "LOCATION" -> "place";
      default -> "other";
    };
  }

  static void score(List<Entity> gold, List<Mention> mentions, Score into) {
    Set<String> predictedKeys = new HashSet<>();
    List<Mention> distinct = new ArrayList<>();
    for (Mention m : mentions) {
      if (!coarse(m.type()).equals("other") && predictedKeys.add(key(m.text()) + "|" + coarse(m.type()))) {
        distinct.add(m);
      }
    }
    for (Entity e : gold) {
      if (e.optional()) {
        continue;
      }
      into.gold++;
      Mention hit = distinct.stream()
          .filter(m -> e.keys().contains(key(m.text())) && coarse(m.type()).equals(coarse(e.type())))
          .findFirst().orElse(null);
      if (hit != null) {
        into.found++;
        if (hit.type().equals(e.type())) {
          into.fineTypeRight++;
        }
      } else {
        into.missed.add(e.text() + " " + e.type());
      }
    }
    for (Mention m : distinct) {
      into.predicted++;
      boolean right = gold.stream().anyMatch(e -> e.keys().contains(key(m.text())) && coarse(m.type()).equals(coarse(e.type())));
      if (right) {
        into.correct++;
      } else {
        into.spurious.add(m.text() + " " + m.type() + " (" + m.source() + ")");
      }
    }
  }
}
