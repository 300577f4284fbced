package org.rasd.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.nlp.Pipeline;
import org.rasd.nlp.model.Article;
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

  @Mixin ListenOptions listen = new ListenOptions();

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
      StoreIngest.Counts counts =
          new StoreIngest(store, Pipeline.standard(), StoreIngest.DEFAULT_BATCH,
                  line -> System.err.println("rasd demo: error: " + line))
              .store(articles);
      System.out.println("Samples: " + counts);
      return noServe ? 0 : ServeCommand.serve(store, listen, "rasd demo");
    }
  }
}
