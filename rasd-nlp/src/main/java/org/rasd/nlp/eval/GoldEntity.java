package org.rasd.nlp.eval;

import java.util.List;

/**
 * A gold entity: one distinct entity of the article, with the other names it goes by in the text.
 *
 * @param text main surface form, verbatim from the text
 * @param type entity type (see docs/ontology.md)
 * @param canonicalEn English canonical name, for readers
 * @param aliases other surface forms in the text (may repeat {@code text})
 * @param optional true when finding it is neither rewarded nor penalised
 */
public record GoldEntity(
    String text, String type, String canonicalEn, List<String> aliases, boolean optional) {

  public GoldEntity {
    aliases = List.copyOf(aliases);
  }

  /** The main text followed by the aliases. */
  public List<String> surfaceForms() {
    List<String> all = new java.util.ArrayList<>();
    all.add(text);
    all.addAll(aliases);
    return all;
  }
}
