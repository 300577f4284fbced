package org.rasd.ingest;

import java.io.IOException;
import java.io.BufferedInputStream;
import org.rasd.ingest.html.HtmlArticleExtractor;

/** An HTML file is one article page. */
final class HtmlReader implements ArticleReader {

  private final SizeLimit limit;

  HtmlReader(SizeLimit limit) {
    this.limit = limit;
  }

  @Override
  public void read(String location, BufferedInputStream in, IngestListener sink) throws IOException {
    sink.article(HtmlArticleExtractor.extract(limit.readAll(in), null, null, null, location));
  }
}
