package org.rasd.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.BufferedInputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.rasd.ingest.html.HtmlArticleExtractor;

/**
 * A WARC archive: each successful HTML capture ({@code response} with HTTP 200, or HTML
 * {@code resource}) is an article page; the other records are counted as skipped.
 */
final class WarcArchiveReader implements ArticleReader {

  private final SizeLimit limit;

  WarcArchiveReader(SizeLimit limit) {
    this.limit = limit;
  }

  @Override
  public void read(String location, BufferedInputStream in, IngestListener sink) throws IOException {
    WarcReader warc = new WarcReader(in);
    long number = 0;
    for (Optional<WarcRecord> next = next(warc); next.isPresent(); next = next(warc)) {
      String recordLocation = location + "#record" + ++number;
      try {
        readRecord(next.get(), recordLocation, sink);
      } catch (BadInputException e) {
        sink.error(e.at(recordLocation));
      } catch (RuntimeException e) {
        // A library failing on one malformed record; the next record may still read.
        sink.error(new IngestError(recordLocation, "unreadable WARC record", e.toString()));
      }
    }
    if (number == 0) {
      throw new BadInputException("unreadable WARC", "no records");
    }
  }

  /** The next record; a broken archive is an error for the whole file, after the records read so far. */
  private static Optional<WarcRecord> next(WarcReader warc) throws IOException {
    try {
      return warc.next();
    } catch (ParsingException e) {
      throw new BadInputException("unreadable WARC", e.getMessage());
    } catch (EOFException e) {
      throw new BadInputException("truncated WARC", "archive ends inside a record");
    }
  }

  private void readRecord(WarcRecord record, String location, IngestListener sink) throws IOException {
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP)) {
        sink.skipped(location, "WARC response that is not HTTP");
        return;
      }
      HttpResponse http;
      try {
        http = response.http();
      } catch (ParsingException e) {
        throw new BadInputException("unreadable WARC record", "bad HTTP response: " + e.getMessage());
      }
      if (http.status() != 200) {
        sink.skipped(location, "WARC response with HTTP status " + http.status());
        return;
      }
      if (!isHtml(http.contentType())) {
        sink.skipped(location, "WARC response that is not HTML");
        return;
      }
      byte[] body = limit.readAll(http.bodyDecoded().stream());
      sink.article(
          HtmlArticleExtractor.extract(
              body, charset(http.contentType()), response.target(), Dates.of(response.date()), location));
    } else if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
      byte[] body = limit.readAll(resource.body().stream());
      sink.article(
          HtmlArticleExtractor.extract(
              body, charset(resource.contentType()), resource.target(), Dates.of(resource.date()), location));
    } else {
      sink.skipped(location, "WARC " + record.type() + " record");
    }
  }

  private static boolean isHtml(MediaType type) {
    MediaType base = type.base();
    return base.equals(MediaType.HTML) || base.equals(MediaType.XHTML);
  }

  private static Charset charset(MediaType type) {
    String name = type.parameters().get("charset");
    try {
      return name == null ? null : Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
