package org.rasd.app;

import picocli.CommandLine.Command;

/** {@code rasd bench}: a group of subcommands. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures the speed of pipeline stages on corpora built from the shared examples.",
    subcommands = {BenchTextCommand.class, BenchNerCommand.class, BenchPipelineCommand.class, BenchServeCommand.class})
final class BenchCommand {}
