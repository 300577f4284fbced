package org.rasd.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.rasd.ingest.html.HtmlText;
import org.rasd.nlp.model.Article;

/** An RSS or Atom feed: each item or entry is an article, with the feed's title as its source. */
final class FeedReader implements ArticleReader {

  private final SizeLimit limit;

  FeedReader(SizeLimit limit) {
    this.limit = limit;
  }

  @Override
  public void read(String location, BufferedInputStream in, IngestListener sink) throws IOException {
    SyndFeed feed = parse(limit.readAll(in));
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      throw new BadInputException("no text", "feed without items");
    }
    String source = blankToNull(feed.getTitle());
    String language = feed.getLanguage() == null ? null : feed.getLanguage().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    for (int i = 0; i < entries.size(); i++) {
      String itemLocation = location + "#item" + (i + 1);
      SyndEntry entry = entries.get(i);
      String text = text(entry);
      if (text.isEmpty()) {
        sink.error(new IngestError(itemLocation, "no text", "item without description or content"));
        continue;
      }
      Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      sink.article(
          new Article(
              ArticleIds.fromText(text),
              blankToNull(entry.getLink()),
              blankToNull(entry.getTitle()),
              source,
              date == null ? null : Dates.of(date.toInstant()),
              language,
              text,
              itemLocation));
    }
  }

  private static SyndFeed parse(byte[] bytes) throws IOException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false); // no external entities from untrusted feeds
    try {
      return input.build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      throw new BadInputException("unreadable feed", e.getMessage());
    }
  }

  /** The fullest text the entry carries: its content, else its description; HTML reduced to text. */
  private static String text(SyndEntry entry) {
    StringBuilder content = new StringBuilder();
    for (SyndContent part : entry.getContents()) {
      String text = plain(part);
      if (!text.isEmpty()) {
        content.append(content.length() > 0 ? "\n" : "").append(text);
      }
    }
    return content.length() > 0 ? content.toString() : plain(entry.getDescription());
  }

  private static String plain(SyndContent content) {
    if (content == null || content.getValue() == null) {
      return "";
    }
    String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
    if (type.contains("html") || type.contains("xml")) {
      return HtmlText.of(Jsoup.parseBodyFragment(content.getValue()).body());
    }
    return content.getValue().strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
