package org.ossvalue.testkit.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Writing streams: a forked JVM with a 32 MB heap writes an operator of 150,000 connections (some
 * 400 MB of JSON, with events); it could not if the operator were held in memory.
 */
class StreamingWriteTest {

  @Test
  void a150kConnectionOperatorIsWrittenThroughA32MegabyteHeap() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx32m",
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    StreamingWriteMain.class.getName(),
                    "150000"))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    Matcher m = Pattern.compile("records=(\\d+) bytes=(\\d+)").matcher(out);
    assertTrue(m.find(), out);
    assertTrue(Long.parseLong(m.group(2)) > 32L * 1024 * 1024 * 4, out);
  }
}
