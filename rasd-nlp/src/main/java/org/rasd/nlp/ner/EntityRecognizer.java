package org.rasd.nlp.ner;

import org.rasd.nlp.model.AnnotatedDocument;

/** Pipeline stage 2: finds entity mentions in an analysed document and types them. */
public interface EntityRecognizer {
  AnnotatedDocument recognize(AnnotatedDocument document);
}
