package org.rasd.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.nlp.Pipeline;
import org.rasd.nlp.model.Article;
import org.rasd.server.RasdServer;
import org.rasd.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasd demo}: sample articles through the pipeline into a store, then the web UI over it. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests the sample articles shipped with Rasd (and the shared example articles, when the"
          + " shared folder is present) through the extraction pipeline into a store, then serves the"
          + " web UI and API over it until stopped with Ctrl-C. Running it again adds nothing twice."
    })
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR", description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path data = Store.DEFAULT_DATA_DIR;

  @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host = RasdServer.DEFAULT_HOST;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = RasdServer.DEFAULT_PORT;

  @Option(names = "--no-serve", description = "Load the samples and stop (for scripts and tests).")
  boolean noServe;

  @Mixin SharedData shared;

  @Override
  public Integer call() {
    List<Article> articles = new ArrayList<>(SampleArticles.bundled());
    List<Article> examples = SampleArticles.shared(shared.dir.resolve("examples"));
    articles.addAll(examples);
    try (Store store = Store.open(data)) {
      System.out.println("Loading " + articles.size() + " sample articles into " + data
          + (examples.isEmpty() ? "" : " (" + examples.size() + " from " + shared.dir.resolve("examples") + ")") + "…");
      StoreLoader.Counts counts = new StoreLoader(Pipeline.standard(), store, "rasd demo").load(articles);
      System.out.println("Samples: " + counts);
      return noServe ? 0 : ServeCommand.serve(store, host, port, "rasd demo");
    }
  }
}
