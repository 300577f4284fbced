package org.rasd.nlp;

import java.util.List;
import org.rasd.nlp.knowledge.EntityLinker;
import org.rasd.nlp.knowledge.actors.ActorKnowledgeBase;
import org.rasd.nlp.knowledge.actors.ActorLinker;
import org.rasd.nlp.knowledge.places.Geocoder;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.ner.EntityRecognizer;
import org.rasd.nlp.ner.PerceptronEntityRecognizer;
import org.rasd.nlp.text.ArabicTextAnalyzer;
import org.rasd.nlp.text.TextAnalyzer;

/**
 * The extraction core, one direction: text → entities → knowledge → facts. Thread-safe: one
 * instance (models loaded once) serves any number of threads.
 */
public final class Pipeline {

  private final TextAnalyzer text;
  private final EntityRecognizer entities;
  private final List<EntityLinker> linkers;

  public Pipeline(TextAnalyzer text, EntityRecognizer entities, List<EntityLinker> linkers) {
    this.text = text;
    this.entities = entities;
    this.linkers = List.copyOf(linkers);
  }

  /** The pipeline with the models and data shipped with Rasd. */
  public static Pipeline standard() {
    return new Pipeline(
        new ArabicTextAnalyzer(),
        PerceptronEntityRecognizer.load(),
        List.of(new ActorLinker(ActorKnowledgeBase.loadDefault()), Geocoder.shipped()));
  }

  public AnnotatedDocument process(Article article) {
    AnnotatedDocument doc = entities.recognize(text.analyze(article));
    for (EntityLinker linker : linkers) {
      doc = linker.link(doc);
    }
    return doc;
  }
}
