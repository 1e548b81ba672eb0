package org.ossvalue.tmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The small CI version of the streaming check (benchmarks has the multi-GB one): a forked JVM with
 * a 32 MB heap streams about 100 MB of generated NDJSON products; it could not if records were
 * kept.
 */
class StreamingMemoryTest {

  private static final long RECORDS = 140_000;

  @Test
  void aHundredMegabytesStreamThroughA32MegabyteHeap() throws IOException, InterruptedException {
    long bytes = 0;
    for (long i = 0; i < RECORDS; i += 10_000) {
      bytes += GeneratedProducts.product(i).length() * 10_000L;
    }
    assertTrue(bytes > 90_000_000L, "about 100 MB of input, was " + bytes);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx32m",
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    StreamingMain.class.getName(),
                    Long.toString(RECORDS)))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.contains("accepted=" + RECORDS + " rejected=0 seen=" + RECORDS), out);
  }
}
