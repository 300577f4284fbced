package org.rasd.app;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.rasd.nlp.text.NewsFaneStemReader;
import org.rasd.nlp.text.SegmentationLexicon;
import org.rasd.nlp.text.SegmentedWord;
import org.rasd.nlp.text.SegmenterTraining;
import org.rasd.nlp.text.UdSegmentationReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasd train segmenter}: builds the clitic segmentation lexicon shipped in rasd-nlp. */
@Command(
    name = "segmenter",
    mixinStandardHelpOptions = true,
    description = "Builds the clitic segmentation lexicon from UD Arabic-PUD and NewsFANE Gold (both CC BY-SA 3.0).")
final class TrainSegmenterCommand implements Callable<Integer> {

  static final String PUD = "data/ud-arabic-pud/ar_pud-ud-test.conllu";
  static final String NEWSFANE = "data/newsfane-gold/NewsFANE_Gold_2014_170K.txt";

  @Mixin SharedData shared = new SharedData();

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("rasd-nlp/src/main/resources" + SegmentationLexicon.RESOURCE);

  @Override
  public Integer call() throws Exception {
    List<SegmentedWord> words =
        UdSegmentationReader.read(shared.file(PUD)).stream().flatMap(List::stream).toList();
    List<String> stems = NewsFaneStemReader.read(shared.file(NEWSFANE));
    SegmentationLexicon.Builder builder = SegmenterTraining.builder(words, stems);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
      builder.write(
          w,
          """
          Rasd clitic segmentation lexicon, built by `rasd train segmenter`.
          Sources: UD Arabic-PUD (CC BY-SA 3.0) word segmentations; NewsFANE Gold 2014 (CC BY-SA 3.0) stems.
          Licence of this file: CC BY-SA 3.0. #stems: form<TAB>count; #words: form<TAB>prefixLetters*256+suffixLength.""");
    }
    SegmentationLexicon built = builder.build();
    System.out.printf(
        "wrote %s: %d stems, %d words (from %d UD words, %d NewsFANE stems)%n",
        out, built.stemEntries(), built.wordEntries(), words.size(), stems.size());
    return 0;
  }
}
