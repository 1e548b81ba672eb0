package org.ossvalue.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ossvalue generate} writes an export that {@code ossvalue check} reads cleanly. */
class GenerateCommandTest {

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void aGeneratedV5ExportChecksWithoutRejections(@TempDir Path dir) throws IOException {
    String[] g =
        run(
            "generate",
            "--out",
            dir.toString(),
            "--connections",
            "1k",
            "--seed",
            "7",
            "--tmf-version",
            "5",
            "--layout",
            "ndjson",
            "--events",
            "unordered",
            "--currencies",
            "EUR,SEK");
    assertEquals("0", g[0], g[2]);
    assertTrue(g[1].contains("product.ndjson"), g[1]);
    assertTrue(Files.size(dir.resolve("events.ndjson")) > 0);
    String[] c = run("check", "--tmf", dir.toString(), "--format", "json");
    assertEquals("0", c[0], c[1] + c[2]);
    assertTrue(c[1].contains("\"rejected\" : [ ]"), c[1]);
  }

  @Test
  void theSameOptionsWriteTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
    assertEquals("0", run("generate", "--out", a.toString(), "--connections", "300")[0]);
    assertEquals("0", run("generate", "--out", b.toString(), "--connections", "300")[0]);
    try (var files = Files.list(a)) {
      for (Path f : files.toList()) {
        assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(f.getFileName())));
      }
    }
  }

  @Test
  void badOptionsAreUsageErrorsOnOneLine(@TempDir Path dir) {
    for (String[] args :
        new String[][] {
          {"generate", "--out", dir.toString(), "--connections", "5"},
          {"generate", "--out", dir.toString(), "--connections", "lots"},
          {"generate", "--out", dir.toString(), "--tmf-version", "6"},
          {"generate", "--out", dir.toString(), "--currencies", "eur"},
          {"generate"}
        }) {
      String[] r = run(args);
      assertEquals("2", r[0], String.join(" ", args) + ": " + r[2]);
      assertEquals("", r[1]);
      assertEquals(1, r[2].strip().lines().count(), r[2]);
    }
  }
}
