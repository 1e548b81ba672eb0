package org.ossvalue.core.topology;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Finds whether any two ids are equal without a hash table probed once per id: each id is a key
 * (its hash code in the high 32 bits, its position in the low 32), the keys are sorted by hash code
 * with a two-pass radix sort (sequential memory traffic only), and only ids whose hash codes are
 * equal are compared. Used for the connections' ids, of which there can be tens of millions.
 */
final class DuplicateIds {

  private static final int RADIX_BITS = 16;
  private static final int SMALL = 1 << RADIX_BITS;

  private DuplicateIds() {}

  /** The key of an id at a position. */
  static long key(String id, int position) {
    return ((long) id.hashCode() << 32) | (position & 0xFFFF_FFFFL);
  }

  /**
   * Whether two of the ids behind these keys are equal; sorts the keys.
   *
   * @param keys one {@link #key} per id
   * @param idAt the id at a position
   */
  static boolean any(long[] keys, IntFunction<String> idAt) {
    int n = keys.length;
    if (n < 2) {
      return false;
    }
    if (n < SMALL) {
      Arrays.sort(keys); // groups equal hash codes: they are the high bits
    } else {
      long[] scratch = new long[n];
      int[] count = new int[1 << RADIX_BITS];
      pass(keys, scratch, count, 32);
      pass(scratch, keys, count, 32 + RADIX_BITS);
    }
    int i = 0;
    while (i < n) {
      int hash = (int) (keys[i] >>> 32);
      int j = i + 1;
      while (j < n && (int) (keys[j] >>> 32) == hash) {
        j++;
      }
      for (int a = i; a + 1 < j; a++) {
        String id = idAt.apply((int) keys[a]);
        for (int b = a + 1; b < j; b++) {
          if (id.equals(idAt.apply((int) keys[b]))) {
            return true;
          }
        }
      }
      i = j;
    }
    return false;
  }

  /** One stable counting-sort pass on 16 bits of the keys, from {@code from} into {@code to}. */
  private static void pass(long[] from, long[] to, int[] count, int shift) {
    Arrays.fill(count, 0);
    for (long k : from) {
      count[(int) (k >>> shift) & (SMALL - 1)]++;
    }
    int sum = 0;
    for (int b = 0; b < count.length; b++) {
      int c = count[b];
      count[b] = sum;
      sum += c;
    }
    for (long k : from) {
      to[count[(int) (k >>> shift) & (SMALL - 1)]++] = k;
    }
  }
}
