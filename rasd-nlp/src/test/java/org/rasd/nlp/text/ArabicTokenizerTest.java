package org.rasd.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.TokenKind;

class ArabicTokenizerTest {

  private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    TOKENIZER.tokenize(text, (start, end, kind) -> out.add(text.substring(start, end)));
    return out;
  }

  private static List<TokenKind> kinds(String text) {
    List<TokenKind> out = new ArrayList<>();
    TOKENIZER.tokenize(text, (start, end, kind) -> out.add(kind));
    return out;
  }

  @Test
  void numbersKeepInternalSeparatorsButNotAFinalDot() {
    assertThat(tokens("بلغ 3.5 مليون عام 2013. و١٬٠٠٠ و٣٫٥ و1,000"))
        .containsExactly("بلغ", "3.5", "مليون", "عام", "2013", ".", "و", "١٬٠٠٠", "و", "٣٫٥", "و", "1,000");
    assertThat(kinds("٢٠١٣")).containsExactly(TokenKind.NUMBER);
  }

  @Test
  void punctuationIsOneCharacterEach() {
    assertThat(tokens("بالغوطة ..ميليشيات؟!")).containsExactly("بالغوطة", ".", ".", "ميليشيات", "؟", "!");
    assertThat(tokens("(لواء)، «حزب»؛")).containsExactly("(", "لواء", ")", "،", "«", "حزب", "»", "؛");
  }

  @Test
  void tatweelStaysInsideTheWordAndSplitsNothing() {
    assertThat(tokens("بـ34.3 مليون وقـــال")).containsExactly("بـ", "34.3", "مليون", "وقـــال");
  }

  @Test
  void urlsAndEmailsAreSingleTokens() {
    assertThat(tokens("المصدر: https://orient-news.net/ar/news_show/1234. راسلونا info@orient-news.net،"))
        .containsExactly(
            "المصدر", ":", "https://orient-news.net/ar/news_show/1234", ".", "راسلونا", "info@orient-news.net", "،");
    assertThat(tokens("www.syriahr.com")).containsExactly("www.syriahr.com");
  }

  @Test
  void latinRunsAndMixedScripts() {
    assertThat(tokens("طائرات F16 وSu-24 من Reuters")).containsExactly("طائرات", "F16", "و", "Su", "-", "24", "من", "Reuters");
    assertThat(kinds("F16 وSu")).containsExactly(TokenKind.LATIN, TokenKind.ARABIC, TokenKind.LATIN);
  }

  @Test
  void invisibleMarksSeparateWordsUnlessInsideOne() {
    String text = "\u200Fقال\u200E \uFEFFمصدر\u200B\u200B لـ\u200Fأورينت";
    assertThat(tokens(text)).containsExactly("قال", "مصدر", "لـ\u200Fأورينت");
  }

  @Test
  void emptyAndBlankTextHaveNoTokens() {
    assertThat(tokens("")).isEmpty();
    assertThat(tokens(" \n\t\u00A0\u200B\r\n")).isEmpty();
  }

  @Test
  void otherSymbolsAndEmojiAreWholeCodePoints() {
    assertThat(tokens("قصف😡 %5")).containsExactly("قصف", "😡", "%", "5");
    assertThat(kinds("😡")).containsExactly(TokenKind.OTHER);
  }
}
