package org.rasd.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasd.server.GovernorateMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasd kb build-map}: builds the web map's offline governorate layer from the shared data. */
@Command(
    name = "build-map",
    mixinStandardHelpOptions = true,
    description = "Builds the web map's offline base layer (Syrian governorate centres) from OpenSyria's governorates.json.")
final class BuildMapCommand implements Callable<Integer> {

  @Mixin SharedData shared;

  @Option(names = "--out", description = "where to write the GeoJSON (default: ${DEFAULT-VALUE})")
  Path out = GovernorateMap.RESOURCE;

  @Override
  public Integer call() throws Exception {
    String geoJson = GovernorateMap.geoJson(shared.file("data/syria-admin-opensyria/governorates.json"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, geoJson, StandardCharsets.UTF_8);
    System.out.printf("governorate layer written to %s (%d bytes)%n", out, Files.size(out));
    return 0;
  }
}
