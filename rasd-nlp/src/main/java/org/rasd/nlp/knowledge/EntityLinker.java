package org.rasd.nlp.knowledge;

import org.rasd.nlp.model.AnnotatedDocument;

/**
 * Pipeline stage 3: resolves mentions to knowledge-base records (actors to canonical ids, places to
 * coordinates and admin hierarchy). Returns the document with {@code Mention.resolution} filled in
 * where it could decide.
 */
public interface EntityLinker {
  AnnotatedDocument link(AnnotatedDocument document);
}
