package org.ossvalue.flink.internal;

import java.time.Instant;

/** Event-time arithmetic in milliseconds that saturates instead of overflowing. */
final class Times {

  private Times() {}

  static long plus(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : r;
  }

  /** The first millisecond at or after an instant. */
  static long ceilMillis(Instant i) {
    try {
      long ms = i.toEpochMilli();
      return Instant.ofEpochMilli(ms).isBefore(i) ? ms + 1 : ms;
    } catch (ArithmeticException e) {
      return i.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /** The first millisecond strictly after an instant. */
  static long afterMillis(Instant i) {
    try {
      return Math.addExact(i.toEpochMilli(), 1L);
    } catch (ArithmeticException e) {
      return i.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }
}
