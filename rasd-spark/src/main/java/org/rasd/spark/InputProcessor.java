package org.rasd.spark;

import java.io.InputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.rasd.ingest.IngestError;
import org.rasd.ingest.IngestListener;
import org.rasd.ingest.Ingestor;
import org.rasd.ingest.InputFormat;
import org.rasd.ingest.SizeLimit;
import org.rasd.nlp.Pipeline;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.store.Claims;
import org.rasd.store.db.DocumentStore;
import org.rasd.store.db.EventClaim;
import org.rasd.store.db.RelationClaim;

/**
 * Reads one input with rasd-ingest's readers (any format, gzip or not) and runs the pipeline on each
 * article. Nothing escapes: a bad input, record or document becomes an error row.
 */
final class InputProcessor {

  private final Pipeline pipeline;
  private final InputFormat format;
  private final SizeLimit limit;

  InputProcessor(Pipeline pipeline, InputFormat format, SizeLimit limit) {
    this.pipeline = pipeline;
    this.format = format;
    this.limit = limit;
  }

  InputResult process(String location, InputStream in) {
    InputResult result = new InputResult();
    IngestListener listener =
        new IngestListener() {
          @Override
          public void article(Article article) {
            addDocument(article, result);
          }

          @Override
          public void error(IngestError error) {
            result.errors.add(RowFactory.create(error.location(), error.reason(), error.detail()));
          }
        };
    try {
      new Ingestor(format, limit, false).ingest(location, fileName(location), in, listener);
    } catch (RuntimeException e) {
      result.errors.add(RowFactory.create(location, "unreadable", e.toString()));
    }
    return result;
  }

  private void addDocument(Article article, InputResult result) {
    AnnotatedDocument doc;
    try {
      doc = pipeline.process(article);
    } catch (RuntimeException | StackOverflowError e) {
      String where = article.origin() != null ? article.origin() : article.id();
      result.errors.add(RowFactory.create(where, "pipeline failed", e.toString()));
      return;
    }
    result.documents.add(documentRow(doc));
    for (int i = 0; i < doc.mentions().size(); i++) {
      result.mentions.add(MentionRows.row(article.id(), i, doc.mentions().get(i)));
    }
    // The claims the store would write for this document, with the same entity ids.
    for (EventClaim e : Claims.events(doc, doc.events())) {
      result.events.add(EventRows.row(article.id(), e));
    }
    for (RelationClaim r : Claims.relations(doc, doc.relations())) {
      result.relations.add(relationRow(article.id(), r));
    }
  }

  private static Row documentRow(AnnotatedDocument doc) {
    Article a = doc.article();
    return RowFactory.create(a.id(), DocumentStore.contentId(a.text()), a.url(), a.title(), a.source(), a.published(), a.language(),
        a.origin(), a.text(), doc.sentences().size(), doc.tokens().size(), doc.mentions().size());
  }

  private static Row relationRow(String articleId, RelationClaim r) {
    return RowFactory.create(articleId, r.type(), r.fromEntity(), r.toEntity(), r.timeValue(), r.timePrecision(),
        r.modality(), r.docId(), r.start(), r.end(), r.accordingTo(), r.accordingToText());
  }

  /** The last path segment: rasd-ingest picks format and gzip handling from it. */
  static String fileName(String location) {
    String trimmed = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
