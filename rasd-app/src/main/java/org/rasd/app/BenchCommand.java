package org.rasd.app;

import picocli.CommandLine.Command;

/** {@code rasd bench}: a group of speed measurements. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures speed and memory of pipeline stages.",
    subcommands = {BenchNerCommand.class})
final class BenchCommand {}
