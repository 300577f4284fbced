package org.rasd.app;

import picocli.CommandLine.Command;

/** {@code rasd eval}: a group of subcommands. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures extraction quality against annotated data.",
    subcommands = {
      EvalSegmenterCommand.class,
      EvalSentencesCommand.class,
      GoldEvalCommand.class,
      EvalLinkCommand.class,
      EvalGeoCommand.class,
      EvalNerCommand.class,
    })
final class EvalCommand {}
