package org.rasd.app;

import org.rasd.ingest.InputFormat;
import picocli.CommandLine.Option;

/** The {@code --format} option of the commands that read articles (extract, ingest). */
final class InputFormatOption {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "Input format: ${COMPLETION-CANDIDATES} (default: auto, by extension and content).")
  InputFormat format;
}
