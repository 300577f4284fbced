package org.rasd.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Segmentation;
import org.rasd.nlp.model.Sentence;
import org.rasd.nlp.model.Token;

/** Offsets and coverage hold on every real example article and on random character soup. */
class TextLayerInvariantsTest {

  private static final ArabicTextAnalyzer ANALYZER = new ArabicTextAnalyzer();

  @Test
  void holdOnEveryExampleArticle() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(ReferenceArticle.examples())) {
      files = walk.filter(p -> p.toString().endsWith(".ar.txt")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(11);
    for (Path file : files) {
      checkInvariants(ReferenceArticle.read(file));
    }
  }

  @Test
  void holdOnRandomMixturesOfEveryCharacterClass() {
    String alphabet =
        "قصفتالطائراتوبلدةلـ”“\"«»()،؛؟!?.:…–-"
            + "ًٌٍَُِّْـ"
            + "0123456789٠١٢٣٤٥٦٧٨٩٫٬%٪"
            + "abcXYZ@/éß"
            + "\u200B\u200C\u200D\u200E\u200F\u202B\u202C\u2066\u2069\uFEFF\u00A0 \t\n\r\u2028"
            + "ﻻﷲ😡";
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(200);
      while (text.length() < length) {
        int i = random.nextInt(alphabet.length());
        char c = alphabet.charAt(i);
        if (Character.isHighSurrogate(c)) {
          text.append(c).append(alphabet.charAt(i + 1));
        } else if (!Character.isLowSurrogate(c)) {
          text.append(c);
        }
      }
      checkInvariants(text.toString());
    }
  }

  private static void checkInvariants(String text) {
    AnnotatedDocument doc = ANALYZER.analyze(Article.ofText("t", text, "test"));
    int previousEnd = 0;
    for (Token t : doc.tokens()) {
      assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(t.end()).isGreaterThan(t.start());
      assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
      assertThat(t.text().isBlank()).isFalse();
      assertThat(Character.isLowSurrogate(t.text().charAt(0))).isFalse();
      assertThat(Character.isHighSurrogate(t.text().charAt(t.text().length() - 1))).isFalse();
      Segmentation s = t.segmentation();
      assertThat(String.join("", s.prefixes()) + s.stem() + String.join("", s.suffixes())).isEqualTo(t.text());
      assertThat(s.stemStart()).isBetween(t.start(), t.end());
      assertThat(s.stem()).isEqualTo(text.substring(s.stemStart(), s.stemEnd()));
      previousEnd = t.end();
    }
    int next = 0;
    for (Sentence s : doc.sentences()) {
      assertThat(s.firstToken()).isEqualTo(next);
      assertThat(s.tokenCount()).isPositive();
      List<Token> tokens = doc.tokensOf(s);
      assertThat(s.start()).isEqualTo(tokens.get(0).start());
      assertThat(s.end()).isEqualTo(tokens.get(tokens.size() - 1).end());
      next += s.tokenCount();
    }
    assertThat(next).isEqualTo(doc.tokens().size());
  }
}
