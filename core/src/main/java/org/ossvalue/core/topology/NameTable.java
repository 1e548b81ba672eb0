package org.ossvalue.core.topology;

/**
 * A small open-addressing map from names to ints (-1 when absent), for the few names an impact
 * computation cares about; each slot's hash code and occupancy are one long, so that a miss, the
 * common case, reads one array and no string. Filled by one thread, then read by any.
 */
final class NameTable {

  private final long[] slots; // hash code << 32 | 1 when used, 0 when free
  private final String[] keys;
  private final int[] values;
  private final int mask;

  NameTable(int expected) {
    int size = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    slots = new long[size];
    keys = new String[size];
    values = new int[size];
    mask = size - 1;
  }

  void put(String key, int value) {
    int h = key.hashCode();
    long tag = tag(h);
    int slot = Interning.mix(h) & mask;
    while (slots[slot] != 0) {
      if (slots[slot] == tag && keys[slot].equals(key)) {
        values[slot] = value;
        return;
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = tag;
    keys[slot] = key;
    values[slot] = value;
  }

  int get(String key) {
    int h = key.hashCode();
    long tag = tag(h);
    int slot = Interning.mix(h) & mask;
    long s;
    while ((s = slots[slot]) != 0) {
      if (s == tag && keys[slot].equals(key)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private static long tag(int hash) {
    return ((long) hash << 32) | 1;
  }
}
