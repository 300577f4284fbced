package org.rasd.app;

import picocli.CommandLine.Command;

/** {@code rasd train}: a group of subcommands. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Trains the statistical models from data in ../shared/data.",
    subcommands = {TrainSegmenterCommand.class, TrainNerCommand.class})
final class TrainCommand {}
