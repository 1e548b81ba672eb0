package org.ossvalue.core.topology;

import java.util.Arrays;

/**
 * Sets of ints interned by content: each distinct sorted sequence gets one id, its members kept
 * back to back in one pool. Not thread-safe.
 */
final class IntSetPool {

  private int[] pool = new int[256];
  private int poolSize;
  private int[] first = new int[65]; // set id -> start in pool; first[count] = poolSize
  private int count;
  private int[] table = new int[128]; // id + 1, 0 = free

  /** The id of the set of the first n values of a sorted, distinct array. */
  int intern(int[] sorted, int n) {
    int mask = table.length - 1;
    int slot = Interning.mix(hash(sorted, 0, n)) & mask;
    while (true) {
      int entry = table[slot];
      if (entry == 0) {
        break;
      }
      int id = entry - 1;
      if (first[id + 1] - first[id] == n
          && Arrays.equals(pool, first[id], first[id] + n, sorted, 0, n)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
    if (poolSize + n > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + n));
    }
    System.arraycopy(sorted, 0, pool, poolSize, n);
    poolSize += n;
    if (count + 2 > first.length) {
      first = Arrays.copyOf(first, first.length * 2);
    }
    int id = count++;
    first[count] = poolSize;
    table[slot] = id + 1;
    if (count * 2 > table.length) {
      rehash(table.length * 2);
    }
    return id;
  }

  /** The number of sets. */
  int count() {
    return count;
  }

  /** Where a set's members start in {@link #pool()}. */
  int start(int id) {
    return first[id];
  }

  /** Where a set's members end in {@link #pool()}. */
  int end(int id) {
    return first[id + 1];
  }

  /** The pool (read only; members of set id in [start(id), end(id))). */
  int[] pool() {
    return pool;
  }

  /** The starts of every set and the pool size last: {@code count() + 1} values. */
  int[] firsts() {
    return Arrays.copyOf(first, count + 1);
  }

  /** Every set's members, set after set. */
  int[] members() {
    return Arrays.copyOf(pool, poolSize);
  }

  private void rehash(int size) {
    int[] t = new int[size];
    int mask = size - 1;
    for (int id = 0; id < count; id++) {
      int slot = Interning.mix(hash(pool, first[id], first[id + 1] - first[id])) & mask;
      while (t[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      t[slot] = id + 1;
    }
    table = t;
  }

  private static int hash(int[] values, int from, int n) {
    int h = 1;
    for (int i = 0; i < n; i++) {
      h = 31 * h + values[from + i];
    }
    return h;
  }
}
