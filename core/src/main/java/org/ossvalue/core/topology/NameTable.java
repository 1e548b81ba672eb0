package org.ossvalue.core.topology;

/**
 * A small open-addressing map from names to ints (-1 when absent), for the few names an impact
 * computation cares about; the hash codes are kept inline so that a miss, the common case, reads no
 * string. Filled by one thread, then read by any.
 */
final class NameTable {

  private final String[] keys;
  private final int[] hashes;
  private final int[] values;
  private final int mask;

  NameTable(int expected) {
    int size = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new String[size];
    hashes = new int[size];
    values = new int[size];
    mask = size - 1;
  }

  void put(String key, int value) {
    int h = key.hashCode();
    int slot = Interning.mix(h) & mask;
    while (keys[slot] != null) {
      if (hashes[slot] == h && keys[slot].equals(key)) {
        values[slot] = value;
        return;
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    hashes[slot] = h;
    values[slot] = value;
  }

  int get(String key) {
    int h = key.hashCode();
    int slot = Interning.mix(h) & mask;
    while (keys[slot] != null) {
      if (hashes[slot] == h && keys[slot].equals(key)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }
}
