package org.ossvalue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's commands against the packaged artifacts, from the repository root: {@code java -jar
 * examples/cli/target/ossvalue.jar statement} (the main job, on the bundled sample) and {@code
 * jshell --class-path examples/cli/target/ossvalue.jar examples/jshell/statement.jsh}.
 */
class StatementJarIT {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
  private static final Path JAR = ROOT.resolve("examples/cli/target/ossvalue.jar");

  private record Result(int code, String out) {}

  private static Result exec(String... command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(List.of(command))
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(300, TimeUnit.SECONDS), "did not finish");
    return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private static String bin(String tool) {
    Path p = Path.of(System.getProperty("java.home"), "bin", tool);
    assertTrue(Files.isExecutable(p), tool + " ships with the JDK: " + p);
    return p.toString();
  }

  @Test
  void theReadmeShowsTheseCommands() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertTrue(
        readme.contains(
            "mvn -q -DskipTests package && java -jar examples/cli/target/ossvalue.jar statement\n"),
        "the main job");
    assertTrue(
        readme.contains(
            "jshell --class-path examples/cli/target/ossvalue.jar examples/jshell/statement.jsh\n"),
        "the JShell line");
    assertTrue(readme.contains("mvn -B -ntp verify\n"), "the tests");
    assertTrue(readme.contains("(docs/statement-report.png)"), "the screenshot");
  }

  @Test
  void theMainJobRunsFromTheShadedJarOnTheSample() throws IOException, InterruptedException {
    assertTrue(Files.isRegularFile(JAR), JAR.toString());
    Result r = exec(bin("java"), "-jar", JAR.toString(), "statement");
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("EUR"), r.out());
    Result usage = exec(bin("java"), "-jar", JAR.toString(), "statement", "--month", "2025-13");
    assertEquals(2, usage.code(), usage.out());
    assertEquals(1, usage.out().strip().lines().count(), usage.out());
  }

  @Test
  void theJshellScriptPrintsTheSampleHeadline() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(bin("jshell"));
    command.add(
        "-J-Djava.util.prefs.userRoot=" + Path.of("target", "jshell-prefs").toAbsolutePath());
    command.add("--class-path");
    command.add("examples/cli/target/ossvalue.jar");
    command.add("examples/jshell/statement.jsh");
    Result r = exec(command.toArray(new String[0]));
    assertEquals(0, r.code(), r.out());
    assertTrue(
        r.out().contains("Value statement [2025-03-01T00:00:00Z, 2025-04-01T00:00:00Z)"), r.out());
    assertTrue(r.out().contains("4000 connections"), r.out());
    for (String line :
        List.of("revenue connected", "revenue at risk", "SLA credits", "revenue leaking")) {
      assertTrue(r.out().contains(line), line + " in " + r.out());
    }
    assertTrue(!r.out().contains("Exception") && !r.out().contains("Error:"), r.out());
  }
}
