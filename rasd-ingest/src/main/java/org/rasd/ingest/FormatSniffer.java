package org.rasd.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Picks the format of an input from its file extension, else from its first bytes. */
final class FormatSniffer {

  private static final int SNIFF_BYTES = 4096;

  private FormatSniffer() {}

  /**
   * @param name the file name without any {@code .gz} suffix ("-" for stdin)
   * @param in the decompressed content; not consumed
   */
  static InputFormat detect(String name, BufferedInputStream in) throws IOException {
    InputFormat byExtension = byExtension(name);
    return byExtension != null ? byExtension : byContent(head(in));
  }

  private static InputFormat byExtension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    return switch (lower.substring(dot + 1)) {
      case "txt", "text" -> InputFormat.TEXT;
      case "html", "htm", "xhtml", "shtml" -> InputFormat.HTML;
      case "jsonl", "ndjson", "json" -> InputFormat.JSONL;
      case "rss", "atom" -> InputFormat.RSS;
      case "warc" -> InputFormat.WARC;
      default -> null; // .xml and unknown extensions: look inside
    };
  }

  private static InputFormat byContent(String head) throws BadInputException {
    String start = head.stripLeading();
    if (start.startsWith("WARC/")) {
      return InputFormat.WARC;
    }
    if (start.startsWith("{")) {
      return InputFormat.JSONL;
    }
    if (start.startsWith("<")) {
      String lower = start.toLowerCase(Locale.ROOT);
      if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
        return InputFormat.RSS;
      }
      if (lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<body")
          || lower.contains("<head")) {
        return InputFormat.HTML;
      }
      if (lower.startsWith("<?xml")) {
        throw new BadInputException("unknown format", "XML that is neither a feed nor HTML");
      }
    }
    return InputFormat.TEXT;
  }

  /** The first bytes as Latin-1 (enough to see ASCII markers whatever the encoding), BOM dropped. */
  private static String head(BufferedInputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    byte[] bytes = in.readNBytes(SNIFF_BYTES);
    in.reset();
    String head = new String(bytes, StandardCharsets.ISO_8859_1);
    return head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head;
  }
}
