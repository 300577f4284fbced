package org.rasd.app;

import org.rasd.server.RasdServer;
import picocli.CommandLine.Option;

/** Where the commands that serve the web UI listen: {@code --host} and {@code --port}. */
final class ListenOptions {

  @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host = RasdServer.DEFAULT_HOST;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = RasdServer.DEFAULT_PORT;
}
