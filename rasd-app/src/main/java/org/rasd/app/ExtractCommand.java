package org.rasd.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.ingest.IngestError;
import org.rasd.ingest.IngestListener;
import org.rasd.ingest.Ingestor;
import org.rasd.ingest.SizeLimit;
import org.rasd.nlp.Pipeline;
import org.rasd.nlp.json.DocumentJsonWriter;
import org.rasd.nlp.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd extract FILE|-}: an article in, its annotation as JSON out. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract sentences, tokens, entities and facts from an article and print them as JSON.",
      "The input may be in any format `rasd ingest` reads; a file holding several articles (JSON lines,"
          + " a feed, a WARC) gives one JSON object per article."
    })
final class ExtractCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "Article file, or - for standard input.")
  String input;

  @Option(names = "--tokens", description = "Include every token with its clitic analysis.")
  boolean tokens;

  @Option(names = "--compact", description = "One line of JSON per article instead of indented output.")
  boolean compact;

  @Mixin InputFormatOption inputFormat = new InputFormatOption();

  @Override
  public Integer call() {
    Pipeline pipeline = Pipeline.standard();
    DocumentJsonWriter json = new DocumentJsonWriter(!compact, tokens);
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    int[] counts = new int[2]; // articles, errors
    new Ingestor(inputFormat.format, SizeLimit.DEFAULT, false)
        .ingest(
            List.of(input),
            new IngestListener() {
              @Override
              public void article(Article article) {
                json.write(pipeline.process(article), out);
                write(out, "\n");
                counts[0]++;
              }

              @Override
              public void error(IngestError error) {
                System.err.println("rasd extract: error: " + error.message());
                counts[1]++;
              }
            });
    write(out, "");
    if (counts[0] == 0 && counts[1] == 0) {
      System.err.println("rasd extract: error: " + input + ": no article found");
    }
    return counts[0] > 0 && counts[1] == 0 ? 0 : 1;
  }

  private static void write(Writer out, String s) {
    try {
      out.write(s);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to stdout", e);
    }
  }
}
