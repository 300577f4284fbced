package org.rasd.ingest;

import java.util.ArrayList;
import java.util.List;
import org.rasd.nlp.model.Article;

/** Records everything an ingestion run reports. */
final class CollectingListener implements IngestListener {

  final List<Article> articles = new ArrayList<>();
  final List<IngestError> errors = new ArrayList<>();
  final List<String> skipped = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void error(IngestError error) {
    errors.add(error);
  }

  @Override
  public void skipped(String location, String reason) {
    skipped.add(location + ": " + reason);
  }

  static CollectingListener ingest(Object... paths) {
    return ingest(InputFormat.AUTO, paths);
  }

  static CollectingListener ingest(InputFormat format, Object... paths) {
    CollectingListener listener = new CollectingListener();
    List<String> inputs = new ArrayList<>();
    for (Object path : paths) {
      inputs.add(path.toString());
    }
    new Ingestor(format, SizeLimit.DEFAULT, false).ingest(inputs, listener);
    return listener;
  }
}
