package org.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String ARABIC = Samples.ARTICLE_TEXT;

  @Test
  void readsUtf8() throws Exception {
    assertThat(TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8))).isEqualTo(ARABIC);
  }

  @Test
  void convertsWindows1256() throws Exception {
    byte[] bytes = ARABIC.getBytes(Charset.forName("windows-1256"));
    assertThat(TextDecoder.decode(bytes)).isEqualTo(ARABIC);
  }

  @Test
  void followsByteOrderMarksAndDropsThem() throws Exception {
    assertThat(TextDecoder.decode(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE)))
        .isEqualTo(ARABIC);
    assertThat(TextDecoder.decode(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE)))
        .isEqualTo(ARABIC);
    assertThat(
            TextDecoder.decode(
                withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8)))
        .isEqualTo(ARABIC);
  }

  @Test
  void brokenUtf8IsAnErrorNotMojibake() {
    byte[] utf8 = ARABIC.getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[utf8.length + 1];
    // A stray byte after the first letter (two bytes in UTF-8).
    System.arraycopy(utf8, 0, broken, 0, 2);
    broken[2] = (byte) 0xFF;
    System.arraycopy(utf8, 2, broken, 3, utf8.length - 2);
    assertThatThrownBy(() -> TextDecoder.decode(broken))
        .isInstanceOfSatisfying(
            BadInputException.class,
            e -> {
              assertThat(e.reason()).isEqualTo("invalid UTF-8");
              assertThat(e.detail()).contains("offset 2");
            });
  }

  @Test
  void latin1TextIsNotTakenForWindows1256() {
    // ä, ß and ö are Arabic letters in Windows-1256, but glued inside Latin words.
    byte[] german = "Grüße aus Köln, schöne Straße, Mädchen, Bär, Äpfel".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> TextDecoder.decode(german))
        .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.reason()).isEqualTo("invalid UTF-8"));
  }

  @Test
  void nulBytesAndControlCharactersAreBinary() {
    byte[] withNul = {'a', 'b', 0, 'c'};
    assertThatThrownBy(() -> TextDecoder.decode(withNul))
        .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.reason()).isEqualTo("binary content"));
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 2 == 0 ? 'x' : 0x01);
    }
    assertThatThrownBy(() -> TextDecoder.decode(controls))
        .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.reason()).isEqualTo("binary content"));
  }

  @Test
  void aDeclaredCharsetOtherThanUtf8IsTrusted() throws Exception {
    byte[] bytes = ARABIC.getBytes(Charset.forName("ISO-8859-6"));
    assertThat(TextDecoder.decode(bytes, Charset.forName("ISO-8859-6"))).isEqualTo(ARABIC);
  }

  private static byte[] withBom(byte[] bom, Charset charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(ARABIC.getBytes(charset));
    return out.toByteArray();
  }
}
