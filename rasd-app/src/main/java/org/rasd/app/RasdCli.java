package org.rasd.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code rasd} command. Each subcommand is a class of its own in this package. */
@Command(
    name = "rasd",
    mixinStandardHelpOptions = true,
    version = "rasd 0.1.0",
    description = "Reads Arabic conflict news and turns it into structured, verifiable data.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      KbCommand.class,
      IngestCommand.class,
      ExportCommand.class,
      BenchCommand.class,
      ServeCommand.class,
      DemoCommand.class,
    })
public final class RasdCli {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (tests call this instead of main). */
  public static int run(String... args) {
    return new CommandLine(new RasdCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }
}
