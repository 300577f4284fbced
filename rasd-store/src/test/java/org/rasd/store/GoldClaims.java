package org.rasd.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rasd.nlp.facts.EventType;
import org.rasd.nlp.facts.MentionRef;
import org.rasd.nlp.facts.PredictedEvent;
import org.rasd.nlp.facts.PredictedRelation;
import org.rasd.nlp.facts.time.TimePrecision;
import org.rasd.nlp.facts.time.TimeValue;
import org.rasd.nlp.model.AnnotatedDocument;

/**
 * The gold events and relations of an example article as if the extractor had found them: each
 * slot is the first occurrence of its gold text, the sentence is the one around the trigger, and
 * the time is the article's publication month (the gold times are relative to it). Stands in for
 * the event extractor until it is part of the pipeline.
 */
final class GoldClaims {

  final List<PredictedEvent> events = new ArrayList<>();
  final List<PredictedRelation> relations = new ArrayList<>();

  GoldClaims(Path examples, String id, AnnotatedDocument doc) {
    JsonNode gold;
    try {
      gold = new ObjectMapper().readTree(examples.resolve(id + ".gold.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = doc.text();
    TimeValue published = new TimeValue(doc.article().published(), TimePrecision.MONTH, null, true);
    for (JsonNode e : gold.path("events")) {
      MentionRef trigger = ref(text, e.path("trigger").asText());
      if (trigger == null) {
        continue;
      }
      int start = sentenceStart(text, trigger.start());
      int end = sentenceEnd(text, trigger.end());
      JsonNode acled = e.path("acled");
      events.add(new PredictedEvent(
          new EventType(acled.get(0).asText(), acled.get(1).asText(), e.path("plover").asText(null)),
          trigger, refs(text, e.path("actors")), refs(text, e.path("targets")),
          refs(text, e.path("location").isMissingNode() ? List.of() : List.of(e.path("location").asText())),
          published, e.path("modality").asText(), ref(text, e.path("according_to").asText(null)), start, end));
    }
    for (JsonNode r : gold.path("relations")) {
      MentionRef from = ref(text, r.path("from").asText());
      MentionRef to = ref(text, r.path("to").asText());
      if (from != null && to != null) {
        int start = sentenceStart(text, Math.min(from.start(), to.start()));
        relations.add(new PredictedRelation(r.path("type").asText(), from, to, null, "asserted",
            ref(text, r.path("according_to").asText(null)), start, sentenceEnd(text, Math.max(from.end(), to.end()))));
      }
    }
  }

  private static List<MentionRef> refs(String text, JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return refs(text, texts);
  }

  private static List<MentionRef> refs(String text, List<String> texts) {
    return texts.stream().map(t -> ref(text, t)).filter(r -> r != null).toList();
  }

  private static MentionRef ref(String text, String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    int at = text.indexOf(s);
    return at < 0 ? null : new MentionRef(at, at + s.length(), s);
  }

  private static int sentenceStart(String text, int from) {
    int i = from;
    while (i > 0 && ".!?؟\n".indexOf(text.charAt(i - 1)) < 0) {
      i--;
    }
    while (Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int sentenceEnd(String text, int from) {
    int i = from;
    while (i < text.length() && ".!?؟\n".indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return Math.min(i + 1, text.length());
  }
}
