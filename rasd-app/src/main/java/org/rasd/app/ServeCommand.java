package org.rasd.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rasd.server.RasdServer;
import org.rasd.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasd serve}: the HTTP API and web UI over an existing store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves a store's documents, search, entities, map and relation graph as a web UI and a JSON API"
          + " (docs/api.md) until stopped with Ctrl-C.",
      "Binds the loopback address unless --host says otherwise."
    })
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR", description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path data = Store.DEFAULT_DATA_DIR;

  @Mixin ListenOptions listen = new ListenOptions();

  @Override
  public Integer call() {
    if (!Files.isRegularFile(data.resolve("rasd.db"))) {
      System.err.println("rasd serve: error: no store in " + data + " (create one with `rasd demo` or `rasd ingest`)");
      return 2;
    }
    try (Store store = Store.open(data)) {
      return serve(store, listen, "rasd serve");
    }
  }

  /** Serves the store until the process is stopped; returns 2 when the server cannot start. */
  static int serve(Store store, ListenOptions listen, String command) {
    String host = listen.host;
    int port = listen.port;
    if (port < 0 || port > 65535) {
      System.err.println(command + ": error: --port must be between 0 and 65535, not " + port);
      return 2;
    }
    RasdServer server;
    try {
      server = RasdServer.start(store, host, port);
    } catch (RuntimeException e) {
      System.err.println(command + ": error: cannot serve on " + host + ":" + port + ": " + rootMessage(e));
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    System.out.println("Rasd is serving " + store.documents().count() + " documents at " + server.url(host)
        + " (Ctrl-C stops)");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
