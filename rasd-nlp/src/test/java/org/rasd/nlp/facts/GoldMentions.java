package org.rasd.nlp.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rasd.nlp.eval.GoldDocument;
import org.rasd.nlp.eval.GoldEntity;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Mention;

/**
 * Entity mentions taken from a gold annotation: every occurrence of a gold entity's text or alias
 * (longest first, not overlapping), typed as in the gold file. Lets the fact extractor be measured
 * apart from the recogniser's errors.
 */
final class GoldMentions {

  private GoldMentions() {}

  static AnnotatedDocument add(AnnotatedDocument doc, GoldDocument gold) {
    record Name(String text, String type) {}
    List<Name> names = new ArrayList<>();
    for (GoldEntity e : gold.entities()) {
      for (String s : e.surfaceForms()) {
        names.add(new Name(s, e.type()));
      }
    }
    names.sort(Comparator.comparingInt((Name n) -> -n.text().length()));
    String text = doc.text();
    boolean[] taken = new boolean[text.length()];
    List<Mention> mentions = new ArrayList<>();
    for (Name n : names) {
      int from = 0;
      int at;
      while ((at = text.indexOf(n.text(), from)) >= 0) {
        from = at + 1;
        int end = at + n.text().length();
        boolean free = true;
        for (int i = at; i < end; i++) {
          free &= !taken[i];
        }
        boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1)) || "وفبلك".indexOf(text.charAt(at - 1)) >= 0;
        boolean wordEnd = end == text.length() || !Character.isLetter(text.charAt(end));
        if (free && wordStart && wordEnd) {
          for (int i = at; i < end; i++) {
            taken[i] = true;
          }
          mentions.add(new Mention(at, end, n.text(), n.type(), 1.0, "gold", null));
        }
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start));
    return doc.withMentions(mentions);
  }
}
