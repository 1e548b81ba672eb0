package org.ossvalue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs {@code ossvalue check} in process and compares its JSON with golden files. */
class CheckCommandTest {

  private static final class Run {
    final int code;
    final String out;
    final String err;

    Run(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static Path resource(String name) {
    try {
      return Path.of(CheckCommandTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String golden(String name) throws IOException {
    return Files.readString(resource("golden/" + name), StandardCharsets.UTF_8);
  }

  @Test
  void theNetCoExportChecksCleanAndMatchesTheGoldenJson() throws IOException {
    Run r = run("check", "--tmf", resource("fixtures-dev").toString(), "--format", "json");
    assertEquals(Main.OK, r.code, r.err);
    assertEquals(golden("fixtures-dev.json"), r.out);
    assertEquals("", r.err);
  }

  @Test
  void aHostileExportExitsThreeAndListsEveryRejectionAsInTheGoldenJson() throws IOException {
    Run r = run("check", "--tmf", resource("hostile").toString(), "--format", "json");
    assertEquals(Main.REJECTED, r.code, r.err);
    assertEquals(golden("hostile.json"), r.out);
  }

  @Test
  void textFormatListsEveryFileThenRejectionsAndWarnings() {
    Run r = run("check", "--tmf", resource("hostile").toString());
    assertEquals(Main.REJECTED, r.code);
    assertTrue(r.out.startsWith("file "), r.out);
    assertTrue(r.out.contains("product.json"), r.out);
    assertTrue(r.out.contains("Rejected (8):"), r.out);
    assertTrue(
        r.out.contains(
            "product.json[1] id=P-9 productPrice[0].price.dutyFreeAmount.value: amount must be >= 0,"
                + " was -45.00 EUR"),
        r.out);
    assertTrue(r.out.contains("Warnings (1):"), r.out);
  }

  @Test
  void aMissingDirectoryIsAUsageErrorWithOneLine() {
    Run r = run("check", "--tmf", "/no/such/export");
    assertEquals(Main.USAGE, r.code);
    assertEquals(1, r.err.lines().count(), r.err);
    assertTrue(r.err.contains("/no/such/export"), r.err);
    assertEquals("", r.out);
  }

  @Test
  void aFileInsteadOfADirectoryIsAUsageError() {
    Run r = run("check", "--tmf", resource("hostile/product.json").toString());
    assertEquals(Main.USAGE, r.code);
    assertTrue(r.err.contains("(a file)"), r.err);
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithOneLine() {
    Run r = run("check", "--tmf", "x", "--bogus");
    assertEquals(Main.USAGE, r.code);
    assertEquals(1, r.err.lines().count(), r.err);
    assertTrue(r.err.contains("--bogus"), r.err);
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Run r = run("check", "--tmf", resource("hostile").toString(), "--format", "xml");
    assertEquals(Main.USAGE, r.code);
    assertEquals(1, r.err.lines().count(), r.err);
  }

  @Test
  void noSubcommandIsAUsageError() {
    Run r = run();
    assertEquals(Main.USAGE, r.code);
    assertTrue(r.err.contains("check"), r.err);
  }

  @Test
  void helpListsTheCheckSubcommand() {
    Run r = run("--help");
    assertEquals(Main.OK, r.code);
    assertTrue(r.out.contains("check"), r.out);
  }
}
