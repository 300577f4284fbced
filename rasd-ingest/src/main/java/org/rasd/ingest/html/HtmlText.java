package org.rasd.ingest.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The visible text of an HTML element, one line per paragraph (block element or {@code <br>}). */
public final class HtmlText {

  private static final Set<String> BLOCKS =
      Set.of(
          "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset",
          "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
          "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul");

  private HtmlText() {}

  /** Paragraphs of {@code root} separated by single newlines; spaces inside a paragraph folded. */
  public static String of(Element root) {
    StringBuilder raw = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              raw.append(text.getWholeText());
            } else if (node instanceof Element element && breaksLine(element)) {
              raw.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element && breaksLine(element)) {
              raw.append('\n');
            }
          }
        },
        root);
    return joinLines(raw);
  }

  private static boolean breaksLine(Element element) {
    return element.nameIs("br") || BLOCKS.contains(element.normalName());
  }

  /** Folds spaces in each line, drops empty lines, joins with '\n'. */
  private static String joinLines(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    StringBuilder line = new StringBuilder();
    for (int i = 0; i <= raw.length(); i++) {
      char c = i < raw.length() ? raw.charAt(i) : '\n';
      if (c == '\n') {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
          end--;
        }
        if (end > 0) {
          out.append(out.length() > 0 ? "\n" : "").append(line, 0, end);
        }
        line.setLength(0);
      } else if (isSpace(c)) {
        if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
          line.append(' ');
        }
      } else {
        line.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }
}
