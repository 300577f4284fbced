package org.rasd.nlp.model;

import java.util.List;
import org.rasd.nlp.facts.PredictedEvent;
import org.rasd.nlp.facts.PredictedRelation;

/**
 * An article with everything the pipeline found in it. Immutable: each stage returns a new
 * instance with its layer added.
 *
 * @param events events found by the facts stage (empty before it runs)
 * @param relations relations found by the facts stage (empty before it runs)
 */
public record AnnotatedDocument(
    Article article,
    List<Sentence> sentences,
    List<Token> tokens,
    List<Mention> mentions,
    List<PredictedEvent> events,
    List<PredictedRelation> relations) {

  public AnnotatedDocument {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
    relations = List.copyOf(relations);
  }

  /** A document before the facts stage: no events or relations yet. */
  public AnnotatedDocument(Article article, List<Sentence> sentences, List<Token> tokens, List<Mention> mentions) {
    this(article, sentences, tokens, mentions, List.of(), List.of());
  }

  public String text() {
    return article.text();
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.firstToken() + sentence.tokenCount());
  }

  public AnnotatedDocument withMentions(List<Mention> newMentions) {
    return new AnnotatedDocument(article, sentences, tokens, newMentions, events, relations);
  }

  public AnnotatedDocument withFacts(List<PredictedEvent> newEvents, List<PredictedRelation> newRelations) {
    return new AnnotatedDocument(article, sentences, tokens, mentions, newEvents, newRelations);
  }
}
