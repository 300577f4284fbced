package org.rasd.nlp.model;

import java.util.List;

/**
 * An article with everything the pipeline found in it. Immutable: each stage returns a new
 * instance with its layer added.
 */
public record AnnotatedDocument(
    Article article, List<Sentence> sentences, List<Token> tokens, List<Mention> mentions) {

  public AnnotatedDocument {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
  }

  public String text() {
    return article.text();
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.firstToken() + sentence.tokenCount());
  }

  public AnnotatedDocument withMentions(List<Mention> newMentions) {
    return new AnnotatedDocument(article, sentences, tokens, newMentions);
  }
}
