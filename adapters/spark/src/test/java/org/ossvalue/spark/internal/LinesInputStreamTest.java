package org.ossvalue.spark.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A task's lines read back as one stream: each line and its newline, whatever the buffer size. */
class LinesInputStreamTest {

  @Test
  void linesComeBackEachFollowedByANewline() {
    qt().forAll(
            lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 7)).ofSizeBetween(1, 9),
            integers().between(1, 5))
        .checkAssert(
            (lines, buffer) -> {
              String expected = String.join("\n", lines) + "\n";
              assertArrayEquals(
                  expected.getBytes(StandardCharsets.UTF_8), readAll(lines, buffer), expected);
              assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), readAll(lines, 0));
            });
  }

  /** Reads with {@code read(byte[], …)} in chunks of {@code buffer} bytes, or byte by byte at 0. */
  private static byte[] readAll(List<String> lines, int buffer) {
    Iterator<String> rest = lines.subList(1, lines.size()).iterator();
    LinesInputStream in =
        new LinesInputStream(
            lines.get(0).getBytes(StandardCharsets.UTF_8),
            () -> rest.hasNext() ? rest.next().getBytes(StandardCharsets.UTF_8) : null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (buffer == 0) {
      for (int b = in.read(); b >= 0; b = in.read()) {
        out.write(b);
      }
    } else {
      byte[] b = new byte[buffer];
      for (int n = in.read(b, 0, b.length); n >= 0; n = in.read(b, 0, b.length)) {
        out.write(b, 0, n);
      }
    }
    return out.toByteArray();
  }
}
