package org.ossvalue.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The hand-written ISO form of an instant is exactly {@link Instant#toString()}. */
class InstantsTest {

  @Test
  void sameTextAsInstantToString() {
    qt().withExamples(20_000)
        .forAll(
            longs().between(-70_000_000_000L, 260_000_000_000L),
            integers().between(0, 999_999_999),
            integers().between(0, 3))
        .checkAssert(
            (seconds, nanos, shape) -> {
              int n =
                  switch (shape) {
                    case 0 -> 0;
                    case 1 -> nanos / 1_000_000 * 1_000_000;
                    case 2 -> nanos / 1000 * 1000;
                    default -> nanos;
                  };
              Instant i = Instant.ofEpochSecond(seconds, n);
              assertEquals(i.toString(), Instants.iso(i));
            });
  }

  @Test
  void edgesOfFourDigitYears() {
    for (Instant i :
        new Instant[] {
          Instant.parse("0000-01-01T00:00:00Z"),
          Instant.parse("9999-12-31T23:59:59.999999999Z"),
          Instant.parse("+10000-01-01T00:00:00Z"),
          Instant.parse("-0001-12-31T23:59:59Z"),
          Instant.EPOCH,
          Instant.parse("2025-03-02T01:00:00.5Z")
        }) {
      assertEquals(i.toString(), Instants.iso(i));
    }
  }
}
