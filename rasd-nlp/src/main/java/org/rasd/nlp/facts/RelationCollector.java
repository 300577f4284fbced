package org.rasd.nlp.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasd.nlp.facts.time.TimeValue;

/** Collects a document's relations, keeping one per (type, from, to) by {@link NameKey}. */
final class RelationCollector {

  final List<PredictedRelation> relations = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  void add(String type, MentionRef from, MentionRef to, TimeValue time, String modality, MentionRef source, SentenceView view) {
    add(type, from, to, time, modality, source, view.sentence.start(), view.sentence.end());
  }

  void add(String type, MentionRef from, MentionRef to, TimeValue time, String modality, MentionRef source, int start, int end) {
    String a = NameKey.of(from.text());
    String b = NameKey.of(to.text());
    if (a.equals(b) || !seen.add(type + "|" + a + "|" + b)) {
      return;
    }
    relations.add(new PredictedRelation(type, from, to, time, modality, source, start, end));
  }
}
