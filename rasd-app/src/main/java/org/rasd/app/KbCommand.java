package org.rasd.app;

import picocli.CommandLine.Command;

/** {@code rasd kb}: a group of subcommands. */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    description = "Looks up and builds the knowledge base (actors and places).",
    subcommands = {KbShowCommand.class, BuildPlacesCommand.class, BuildMapCommand.class})
final class KbCommand {}
