package org.rasd.nlp.text;

import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;

/** Pipeline stage 1: sentences and tokens (with clitic analysis) for one article. */
public interface TextAnalyzer {
  AnnotatedDocument analyze(Article article);
}
