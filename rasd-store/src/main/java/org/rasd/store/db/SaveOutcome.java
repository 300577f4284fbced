package org.rasd.store.db;

import org.rasd.nlp.model.AnnotatedDocument;

/**
 * What happened to one document handed to {@link DocumentStore#save}.
 *
 * @param docId the content hash, or null when the document was rejected before hashing
 * @param status stored, duplicate or rejected
 * @param message why it was not stored, naming the document's origin; null when stored
 * @param document the document as given
 */
public record SaveOutcome(String docId, Status status, String message, AnnotatedDocument document) {

  public enum Status {
    STORED,
    DUPLICATE,
    REJECTED
  }

  public boolean stored() {
    return status == Status.STORED;
  }
}
