package org.rasd.ingest;

import java.io.IOException;
import java.io.BufferedInputStream;
import org.rasd.nlp.model.Article;

/** A plain text file is one article; its first non-empty line, if short enough, is the title. */
final class PlainTextReader implements ArticleReader {

  /** A longer first line is a paragraph, not a headline. */
  static final int MAX_TITLE_CHARS = 300;

  private final SizeLimit limit;

  PlainTextReader(SizeLimit limit) {
    this.limit = limit;
  }

  @Override
  public void read(String location, BufferedInputStream in, IngestListener sink) throws IOException {
    String text = TextDecoder.decode(limit.readAll(in));
    if (text.isBlank()) {
      throw new BadInputException("no text", "only whitespace");
    }
    sink.article(new Article(ArticleIds.fromText(text), null, title(text), null, null, "ar", text, location));
  }

  static String title(String text) {
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, Math.min(end, start + MAX_TITLE_CHARS + 1)).strip();
      if (!line.isEmpty()) {
        return end - start <= MAX_TITLE_CHARS ? line : null;
      }
      start = end + 1;
    }
    return null;
  }
}
