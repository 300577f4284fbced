package org.rasd.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.rasd.nlp.eval.GoldEvent;
import org.rasd.nlp.eval.GoldScorer.EventAlignment;
import org.rasd.nlp.facts.MentionRef;
import org.rasd.nlp.facts.PredictedEvent;

/** Prints one document's event matching line by line, for {@code rasd eval gold --explain}. */
final class EventExplanation {

  private static final int SENTENCE_CHARS = 220;

  private EventExplanation() {}

  static void print(PrintWriter out, EventAlignment alignment, String text) {
    for (EventAlignment.Found f : alignment.found()) {
      GoldEvent g = f.gold();
      PredictedEvent p = f.predicted();
      out.printf(
          "  TP %s %s | modality %s (gold %s) | source %s (gold %s)%n",
          g.id(), describe(p), p.modality(), g.modality(), text(p.accordingTo()), g.accordingTo());
    }
    for (PredictedEvent p : alignment.falsePositives()) {
      out.printf("  FP %s%n       « %s »%n", describe(p), sentence(text, p));
    }
    for (GoldEvent g : alignment.missed()) {
      out.printf(
          "  FN %s %s [%s / %s] actors %s targets %s at %s%n",
          g.id(), g.trigger(), g.acledType(), g.acledSubtype(), g.actors(), g.targets(), g.locations());
    }
  }

  private static String describe(PredictedEvent p) {
    return String.format(
        "%s [%s / %s] actors %s targets %s at %s",
        p.trigger().text(), p.type().acledType(), p.type().acledSubtype(), texts(p.actors()), texts(p.targets()),
        texts(p.locations()));
  }

  private static String sentence(String text, PredictedEvent p) {
    String s = text.substring(p.sentenceStart(), p.sentenceEnd()).replace('\n', ' ');
    return s.length() <= SENTENCE_CHARS ? s : s.substring(0, SENTENCE_CHARS) + "…";
  }

  private static String texts(List<MentionRef> refs) {
    return refs.stream().map(MentionRef::text).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String text(MentionRef ref) {
    return ref == null ? null : ref.text();
  }
}
