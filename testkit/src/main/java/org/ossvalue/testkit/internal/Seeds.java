package org.ossvalue.testkit.internal;

import java.util.SplittableRandom;

/** Pure randomness: a generator per (seed, stream, index), so any record can be made on its own. */
public final class Seeds {

  private Seeds() {}

  /** SplitMix64's finaliser: a good 64-bit mix. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A seed derived from a seed and a salt. */
  public static long derive(long seed, long salt) {
    return mix(mix(seed ^ (salt * 0x9E3779B97F4A7C15L)) + salt);
  }

  /** The generator for one record: stream names the kind of record, index the record. */
  public static SplittableRandom random(long seed, long stream, long index) {
    return new SplittableRandom(mix(mix(seed ^ (stream * 0x9E3779B97F4A7C15L)) + index));
  }

  /** A standard normal draw (Box-Muller) from two uniforms; StrictMath, so every JVM agrees. */
  public static double gaussian(SplittableRandom r) {
    double u1 = 1.0 - r.nextDouble();
    double u2 = r.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * Math.PI * u2);
  }

  /** A log-normal draw with this median and shape. */
  public static double logNormal(SplittableRandom r, double median, double sigma) {
    return median * StrictMath.exp(sigma * gaussian(r));
  }
}
