package org.ossvalue.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/jshell/quickstart.jsh} with {@code jshell} against the packaged core jar,
 * exactly as the README says, and checks the figure it prints.
 */
class QuickstartJshellIT {

  @Test
  void quickstartPrintsTheRevenueAtRiskOfTheOutage() throws IOException, InterruptedException {
    Path root = Paths.get("").toAbsolutePath().getParent();
    Path jshell = Paths.get(System.getProperty("java.home"), "bin", "jshell");
    assertTrue(Files.isExecutable(jshell), "jshell ships with the JDK: " + jshell);
    Process process =
        new ProcessBuilder(
                List.of(
                    jshell.toString(),
                    "-J-Djava.util.prefs.userRoot="
                        + Paths.get("target", "jshell-prefs").toAbsolutePath(),
                    "--class-path",
                    "core/target/*:core/target/lib/*",
                    "examples/jshell/quickstart.jsh"))
            .directory(root.toFile())
            .redirectErrorStream(true)
            .start();
    assertTrue(process.waitFor(180, TimeUnit.SECONDS), "jshell did not finish");
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("Revenue at risk in March 2025: 2.32 EUR"), output);
    assertTrue(
        output.contains(
            "C-1 [2025-03-04T02:10:00Z, 2025-03-04T06:00:00Z) d=1 unplanned [alarm:A-1]"),
        output);
  }
}
