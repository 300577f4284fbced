package org.rasd.nlp.eval;

/** Entity, event and relation counts for one document (or, summed, for many: micro-average). */
public record DocumentScore(String id, Counts entities, Counts events, Counts relations) {

  public DocumentScore plus(DocumentScore o, String newId) {
    return new DocumentScore(
        newId, entities.plus(o.entities), events.plus(o.events), relations.plus(o.relations));
  }
}
