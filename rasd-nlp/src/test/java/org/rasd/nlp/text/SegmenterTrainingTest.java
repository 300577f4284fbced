package org.rasd.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmenterTrainingTest {

  private static final Path SHARED = Path.of(System.getProperty("rasd.shared", "../shared"));

  @Test
  void shippedLexiconIsWhatTheBuildCommandMakesFromTheSharedData() throws IOException {
    StringWriter rebuilt = new StringWriter();
    SegmenterTraining.buildShipped(SHARED, rebuilt);
    try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream(SegmentationLexicon.RESOURCE))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(rebuilt.toString());
    }
  }

  @Test
  void heldOutDevelopmentWordsAreSegmentedBetterThanByTheLightStemmer() throws IOException {
    SegmenterTraining.Split split = SegmenterTraining.split(UdSegmentationReader.read(SHARED.resolve(SegmenterTraining.PUD)));
    List<String> stems = SegmenterTraining.extraStems(SHARED);
    SegmentationLexicon seen = SegmenterTraining.builder(split.train(), List.of()).build();
    CliticSegmenter segmenter = new CliticSegmenter(SegmenterTraining.builder(split.train(), stems).build());

    var ours = SegmenterTraining.evaluate(SegmenterTraining.cutsOf(segmenter), split.dev(), seen);
    var lucene = SegmenterTraining.evaluate(SegmenterTraining.luceneLightStemmerCuts(), split.dev(), seen);
    var none = SegmenterTraining.evaluate(word -> 0, split.dev(), seen);

    assertThat(split.dev()).hasSizeGreaterThan(3000);
    assertThat(ours.overall()).isGreaterThan(0.97).isGreaterThan(lucene.overall()).isGreaterThan(none.overall());
    assertThat(ours.onCliticWords()).isGreaterThan(0.85);
  }

  @Test
  void readsUdPiecesOfOneWrittenWord(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("t.conllu");
    Files.writeString(
        file,
        """
        # text = وللسلطة نشرتها.
        1	و	و	CCONJ	C	_	0	cc	_	SpaceAfter=No
        2	ل	ل	ADP	IN	_	3	case	_	SpaceAfter=No
        3	لسلطة	سلطة	NOUN	NN	_	0	root	_	_
        4	نشرت	نشر	VERB	V	_	3	acl	_	SpaceAfter=No
        5	ها	هو	PRON	PRP	_	4	obj	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	3	punct	_	_

        """,
        StandardCharsets.UTF_8);
    assertThat(UdSegmentationReader.read(file))
        .containsExactly(List.of(new SegmentedWord("وللسلطة", 2, 0), new SegmentedWord("نشرتها", 0, 2)));
  }

  @Test
  void badInputNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.conllu");
    Files.writeString(file, "# x\n1\tword\tonly three\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> UdSegmentationReader.read(file)).hasMessageContaining("bad.conllu:2");
    byte[] lexicon = "#stems\nkitab 3\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SegmentationLexicon.read(new ByteArrayInputStream(lexicon)))
        .hasMessageContaining("line 2");
  }
}
