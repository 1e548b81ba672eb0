package org.ossvalue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Progress shows on a terminal only, after a delay, on one rewritten line that is cleared. */
class ProgressTest {

  @Test
  void onATerminalALongRunShowsItsStageThenClearsTheLine() throws InterruptedException {
    StringWriter err = new StringWriter();
    try (Progress p =
        Progress.start(
            new PrintWriter(err),
            "ossvalue statement",
            true,
            Duration.ofMillis(20),
            Duration.ofMillis(20))) {
      p.stage("reading the export");
      Thread.sleep(200);
    }
    String shown = err.toString();
    assertTrue(shown.startsWith("\rossvalue statement: "), shown);
    assertTrue(shown.contains("\rossvalue statement: reading the export… 0."), shown);
    assertTrue(shown.endsWith("\r"), "cleared: " + shown);
    assertTrue(!shown.contains("\n"), "one line, rewritten: " + shown);
  }

  @Test
  void aShortRunShowsNothing() {
    StringWriter err = new StringWriter();
    try (Progress p = Progress.start(new PrintWriter(err), "ossvalue statement", true)) {
      p.stage("reading the export");
    }
    assertEquals("", err.toString());
  }

  @Test
  void withoutATerminalNothingIsShownHoweverLong() throws InterruptedException {
    StringWriter err = new StringWriter();
    try (Progress p =
        Progress.start(
            new PrintWriter(err),
            "ossvalue statement",
            false,
            Duration.ZERO,
            Duration.ofMillis(10))) {
      p.stage("reading the export");
      Thread.sleep(50);
    }
    assertEquals("", err.toString());
  }
}
