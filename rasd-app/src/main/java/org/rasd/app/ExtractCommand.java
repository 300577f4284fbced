package org.rasd.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasd.nlp.Pipeline;
import org.rasd.nlp.json.DocumentJsonWriter;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd extract FILE|-}: one article in, its annotation as JSON out. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extract sentences, tokens, entities and facts from one article and print them as JSON.")
final class ExtractCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "Article file (UTF-8 text), or - for standard input.")
  String input;

  @Option(names = "--tokens", description = "Include every token with its clitic analysis.")
  boolean tokens;

  @Option(names = "--compact", description = "One line of JSON instead of indented output.")
  boolean compact;

  @Override
  public Integer call() throws IOException {
    Article article = read();
    AnnotatedDocument doc = Pipeline.standard().process(article);
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    new DocumentJsonWriter(!compact, tokens).write(doc, out);
    out.write('\n');
    out.flush();
    return 0;
  }

  private Article read() throws IOException {
    if (input.equals("-")) {
      InputStream in = System.in;
      return Article.ofText("stdin", new String(in.readAllBytes(), StandardCharsets.UTF_8), "stdin");
    }
    Path path = Path.of(input);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    return Article.ofText(path.getFileName().toString(), text, path.toString());
  }
}
