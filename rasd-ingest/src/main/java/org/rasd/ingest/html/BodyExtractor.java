package org.rasd.ingest.html;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

/**
 * Finds the article body of a page: first drops what is never article text (scripts, navigation,
 * footers, share and comment widgets, link lists), then takes the marked-up body
 * ({@code itemprop=articleBody}, {@code <article>}), else the element holding the most paragraph text
 * inside {@code <main>} or the page.
 */
final class BodyExtractor {

  /** Elements that never hold article text, wherever they are. */
  private static final String NEVER_TEXT =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, button, input, select,"
          + " textarea, nav, menu, aside, footer, [role=navigation], [role=banner], [role=contentinfo],"
          + " [role=complementary], [hidden], [aria-hidden=true]";

  /** Class or id words of page furniture (matched as whole words of "share-buttons", "nav_main"…). */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?i)(?:^|[\\s_-])(nav|navbar|navigation|menu|breadcrumbs?|footer|sidebar|share|sharing|social"
              + "|related|comments?|advert\\w*|ads?|banner|promo|newsletter|subscribe|cookies?|popup|modal"
              + "|widget|tags|pagination|skip)(?:$|[\\s_-])");

  /**
   * Page furniture is small: an element named like furniture but holding most of the page's text is a
   * wrapper ({@code <div class="page has-sidebar">}), not a sidebar.
   */
  private static final double MAX_FURNITURE_SHARE = 0.5;

  /** A block whose text is mostly link text is a link list ("read also", "most read"), not prose. */
  private static final double MAX_LINK_SHARE = 0.5;

  private BodyExtractor() {}

  /** The body text of {@code page}, paragraphs on their own lines; empty when there is none. */
  static String bodyText(Document page) {
    Element body = page.body();
    removeComments(body);
    body.select(NEVER_TEXT).remove();
    removePageHeaders(body);
    removeFurniture(body);
    Element root = chooseRoot(body);
    removeLinkLists(root);
    return HtmlText.of(root);
  }

  private static void removeComments(Element element) {
    for (int i = element.childNodeSize() - 1; i >= 0; i--) {
      Node child = element.childNode(i);
      if (child instanceof Comment) {
        child.remove();
      } else if (child instanceof Element childElement) {
        removeComments(childElement);
      }
    }
  }

  /** Site headers go; an article's own header (headline, date) stays. */
  private static void removePageHeaders(Element body) {
    for (Element header : body.select("header")) {
      if (header.closest("article, [itemprop=articleBody]") == null) {
        header.remove();
      }
    }
  }

  private static void removeFurniture(Element body) {
    int pageText = body.text().length();
    for (Element element : body.select("[class], [id]")) {
      if (element.parent() == null || isContentContainer(element)) {
        continue; // already removed with an ancestor, or the content itself
      }
      boolean named = FURNITURE.matcher(element.className()).find() || FURNITURE.matcher(element.id()).find();
      if (named && element.text().length() <= MAX_FURNITURE_SHARE * pageText) {
        element.remove();
      }
    }
  }

  /** Never removed by class name: "main-nav-article" on an {@code <article>} is still the article. */
  private static boolean isContentContainer(Element element) {
    return element.nameIs("body")
        || element.nameIs("article")
        || element.nameIs("main")
        || element.hasAttr("itemprop") && element.attr("itemprop").equals("articleBody")
        || !element.select("article, main, [itemprop=articleBody]").isEmpty();
  }

  private static Element chooseRoot(Element body) {
    Element marked = longest(body.select("[itemprop=articleBody]"));
    if (marked == null) {
      marked = longest(body.select("article"));
    }
    if (marked != null) {
      return marked;
    }
    Element main = body.selectFirst("main, [role=main]");
    Element region = main != null ? main : body;
    Element densest = densestParagraphContainer(region);
    return densest != null ? densest : region;
  }

  private static Element longest(Elements candidates) {
    Element best = null;
    int bestLength = 0;
    for (Element candidate : candidates) {
      int length = candidate.text().length();
      if (length > bestLength) {
        best = candidate;
        bestLength = length;
      }
    }
    return best;
  }

  /**
   * The element whose paragraphs hold the most text: each paragraph scores its length for its parent
   * and half for its grandparent, so text split over sibling blocks still collects in their container.
   */
  private static Element densestParagraphContainer(Element region) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element paragraph : region.select("p")) {
      int length = paragraph.text().length();
      Element parent = paragraph.parent();
      if (length == 0 || parent == null) {
        continue;
      }
      scores.merge(parent, (double) length, Double::sum);
      Element grandparent = parent.parent();
      if (grandparent != null && parent != region) {
        scores.merge(grandparent, length / 2.0, Double::sum);
      }
    }
    return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  private static void removeLinkLists(Element root) {
    for (Element block : root.select("ul, ol, div, section, table, p")) {
      if (block == root || block.parent() == null) {
        continue;
      }
      int length = block.text().length();
      int linked = 0;
      for (Element link : block.select("a")) {
        linked += link.text().length();
      }
      if (length > 0 && linked > MAX_LINK_SHARE * length) {
        block.remove();
      }
    }
  }
}
