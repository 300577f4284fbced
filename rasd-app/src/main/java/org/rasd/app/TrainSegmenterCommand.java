package org.rasd.app;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.rasd.nlp.text.SegmentationLexicon;
import org.rasd.nlp.text.SegmenterTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasd train segmenter}: builds the clitic segmentation lexicon shipped in rasd-nlp. */
@Command(
    name = "segmenter",
    mixinStandardHelpOptions = true,
    description =
        "Builds the clitic segmentation lexicon from UD Arabic-PUD, NewsFANE Gold (CC BY-SA 3.0), OpenSyria and GeoNames place names (CC BY 4.0).")
final class TrainSegmenterCommand implements Callable<Integer> {

  @Mixin SharedData shared = new SharedData();

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("rasd-nlp/src/main/resources" + SegmentationLexicon.RESOURCE);

  @Override
  public Integer call() throws Exception {
    shared.file(SegmenterTraining.PUD);
    shared.file(SegmenterTraining.NEWSFANE);
    SegmenterTraining.OPENSYRIA.forEach(shared::file);
    shared.file(SegmenterTraining.GEONAMES);
    Files.createDirectories(out.toAbsolutePath().getParent());
    SegmentationLexicon built;
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
      built = SegmenterTraining.buildShipped(shared.dir, w);
    }
    System.out.printf("wrote %s: %d stems, %d words%n", out, built.stemEntries(), built.wordEntries());
    return 0;
  }
}
