package org.rasd.ingest.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rasd.ingest.ArticleIds;
import org.rasd.ingest.BadInputException;
import org.rasd.ingest.Dates;
import org.rasd.ingest.TextDecoder;
import org.rasd.nlp.model.Article;

/**
 * One news page to one {@link Article}: the article body without the page around it (navigation,
 * scripts, menus, footers, share widgets), and the metadata that pages publish in their head.
 */
public final class HtmlArticleExtractor {

  /** {@code <meta charset=…>} or {@code content="text/html; charset=…"} near the top of the page. */
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private static final int CHARSET_SNIFF_BYTES = 4096;

  /** Where pages put the publication date, best first. */
  private static final String[] DATE_SELECTORS = {
    "meta[property=article:published_time]",
    "meta[property=og:published_time]",
    "meta[name=date]",
    "meta[name=pubdate]",
    "meta[property=pubdate]",
    "meta[itemprop=datePublished]",
    "meta[name=DC.date.issued]",
    "[itemprop=datePublished]",
    "time[pubdate]",
    "time[datetime]",
  };

  private HtmlArticleExtractor() {}

  /**
   * Decodes and extracts one page.
   *
   * @param charset the charset from the HTTP header, or null
   * @param url the address the page was fetched from (wins over the page's own canonical URL), or null
   * @param fallbackPublished ISO date used when the page states none (e.g. the WARC capture date), or null
   * @param origin provenance of the article, e.g. the file path
   * @throws BadInputException when the bytes are not text or the page has no body text
   */
  public static Article extract(
      byte[] bytes, Charset charset, String url, String fallbackPublished, String origin)
      throws BadInputException {
    Charset declared = charset != null ? charset : declaredCharset(bytes);
    String html = TextDecoder.decode(bytes, declared);
    Document page = Jsoup.parse(html, url == null ? "" : url);
    String text = BodyExtractor.bodyText(page);
    if (text.isEmpty()) {
      throw new BadInputException("no body text", "HTML page without article text");
    }
    String published = firstDate(page);
    return new Article(
        ArticleIds.fromText(text),
        url != null ? url : pageUrl(page),
        title(page),
        meta(page, "meta[property=og:site_name]"),
        published != null ? published : fallbackPublished,
        language(page),
        text,
        origin);
  }

  /** The charset a page declares in a meta tag, or null when none (or an unknown one) is declared. */
  static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String title(Document page) {
    String og = meta(page, "meta[property=og:title]");
    if (og != null) {
      return og;
    }
    String title = page.title().strip();
    if (!title.isEmpty()) {
      return title;
    }
    Element h1 = page.selectFirst("h1");
    return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
  }

  private static String pageUrl(Document page) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    if (canonical != null && !canonical.attr("href").isBlank()) {
      return canonical.attr("href").strip();
    }
    return meta(page, "meta[property=og:url]");
  }

  private static String firstDate(Document page) {
    for (String selector : DATE_SELECTORS) {
      for (Element element : page.select(selector)) {
        String raw =
            element.hasAttr("content") ? element.attr("content")
            : element.hasAttr("datetime") ? element.attr("datetime")
            : element.text();
        String iso = Dates.normalize(raw);
        if (iso != null) {
          return iso;
        }
      }
    }
    return null;
  }

  /** ISO 639-1 code from {@code <html lang>}, the content-language header or og:locale; null if none. */
  private static String language(Document page) {
    Element html = page.selectFirst("html");
    String tag = html == null ? "" : html.attr("lang");
    if (tag.isBlank()) {
      String header = meta(page, "meta[http-equiv=content-language]");
      String locale = meta(page, "meta[property=og:locale]");
      tag = header != null ? header : locale != null ? locale : "";
    }
    String primary = tag.strip().split("[-_,; ]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  private static String meta(Document page, String selector) {
    Element element = page.selectFirst(selector);
    if (element == null) {
      return null;
    }
    String content = element.attr("content").strip();
    return content.isEmpty() ? null : content;
  }
}
