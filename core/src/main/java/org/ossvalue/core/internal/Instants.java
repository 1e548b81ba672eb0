package org.ossvalue.core.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@link Instant#toString()} without {@code DateTimeFormatter}: explanations print instants for
 * every ledger entry, and the formatter was a tenth of a statement's time. Not API.
 */
public final class Instants {

  /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: the years printed with four digits. */
  private static final long MIN = -62_167_219_200L;

  private static final long MAX = 253_402_300_800L;

  private Instants() {}

  /** Exactly {@code instant.toString()}: {@code 2025-03-02T01:00:00Z}, fractions in 3, 6 or 9. */
  public static String iso(Instant instant) {
    long s = instant.getEpochSecond();
    if (s < MIN || s >= MAX) {
      return instant.toString();
    }
    LocalDateTime t = LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC);
    int nano = instant.getNano();
    char[] c = new char[nano == 0 ? 20 : nano % 1_000_000 == 0 ? 24 : nano % 1000 == 0 ? 27 : 30];
    digits(c, 0, t.getYear(), 4);
    c[4] = '-';
    digits(c, 5, t.getMonthValue(), 2);
    c[7] = '-';
    digits(c, 8, t.getDayOfMonth(), 2);
    c[10] = 'T';
    digits(c, 11, t.getHour(), 2);
    c[13] = ':';
    digits(c, 14, t.getMinute(), 2);
    c[16] = ':';
    digits(c, 17, t.getSecond(), 2);
    if (nano != 0) {
      c[19] = '.';
      int n = c.length - 21;
      digits(c, 20, nano / (n == 3 ? 1_000_000 : n == 6 ? 1000 : 1), n);
    }
    c[c.length - 1] = 'Z';
    return new String(c);
  }

  private static void digits(char[] c, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
