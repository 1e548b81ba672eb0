package org.ossvalue.core.topology;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The engine's interned values: degradation levels, cause sets and node states, each an int id so
 * that a state comparison is an int comparison and no evaluation allocates. Not thread-safe: filled
 * by one thread, then only read.
 */
final class Interning {

  // --- degradation levels: id 0 is 0 ---
  private final Map<BigDecimal, Integer> levelIds = new HashMap<>();
  private BigDecimal[] levels = new BigDecimal[8];
  private int levelCount;

  // --- cause sets: sorted distinct cause indices in a pool; id 0 is the empty set ---
  private int[] pool = new int[1024];
  private int poolSize;
  private int[] setStart = new int[256];
  private int[] setLength = new int[256];
  private int setCount;
  private int[] setTable = new int[1024]; // id + 1, 0 = free
  private int[] singletons;
  private final LongIntTable unions = new LongIntTable();

  // --- states: (allLevel, allSet, unplannedLevel, unplannedSet); id 0 is healthy ---
  private int[] state = new int[4 * 256];
  private int stateCount;
  private int[] stateTable = new int[1024];

  Interning(int causes) {
    singletons = new int[causes];
    Arrays.fill(singletons, -1);
    level(BigDecimal.ZERO);
    internSet(new int[0], 0);
    state(0, 0, 0, 0);
  }

  // --- levels ---

  /** The id of a normalised degradation. */
  int level(BigDecimal d) {
    Integer id = levelIds.get(d);
    if (id != null) {
      return id;
    }
    if (levelCount == levels.length) {
      levels = Arrays.copyOf(levels, levelCount * 2);
    }
    levels[levelCount] = d;
    levelIds.put(d, levelCount);
    return levelCount++;
  }

  int levelCount() {
    return levelCount;
  }

  BigDecimal levelValue(int id) {
    return levels[id];
  }

  /** Compares two levels by value. */
  int compareLevels(int a, int b) {
    return a == b ? 0 : levels[a].compareTo(levels[b]);
  }

  // --- sets ---

  int singleton(int cause) {
    int id = singletons[cause];
    if (id < 0) {
      id = internSet(new int[] {cause}, 1);
      singletons[cause] = id;
    }
    return id;
  }

  /** The number of sets interned so far. */
  int setCount() {
    return setCount;
  }

  int setSize(int id) {
    return setLength[id];
  }

  /** Appends the members of a set to a buffer. */
  void addMembers(int id, IntList out) {
    int start = setStart[id];
    for (int i = 0, n = setLength[id]; i < n; i++) {
      out.add(pool[start + i]);
    }
  }

  int member(int id, int i) {
    return pool[setStart[id] + i];
  }

  /** The union of two sets, memoised. */
  int union(int a, int b) {
    if (a == b || b == 0) {
      return a;
    }
    if (a == 0) {
      return b;
    }
    long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    int cached = unions.get(key);
    if (cached >= 0) {
      return cached;
    }
    int la = setLength[a];
    int lb = setLength[b];
    int[] merged = new int[la + lb];
    int i = 0;
    int j = 0;
    int n = 0;
    int sa = setStart[a];
    int sb = setStart[b];
    while (i < la && j < lb) {
      int x = pool[sa + i];
      int y = pool[sb + j];
      if (x < y) {
        merged[n++] = x;
        i++;
      } else if (y < x) {
        merged[n++] = y;
        j++;
      } else {
        merged[n++] = x;
        i++;
        j++;
      }
    }
    while (i < la) {
      merged[n++] = pool[sa + i++];
    }
    while (j < lb) {
      merged[n++] = pool[sb + j++];
    }
    int id = internSet(merged, n);
    unions.put(key, id);
    return id;
  }

  /** Interns the set of the first n values of a sorted, distinct array. */
  int internSet(int[] sorted, int n) {
    int hash = 1;
    for (int i = 0; i < n; i++) {
      hash = 31 * hash + sorted[i];
    }
    int mask = setTable.length - 1;
    int slot = mix(hash) & mask;
    while (true) {
      int entry = setTable[slot];
      if (entry == 0) {
        break;
      }
      int id = entry - 1;
      if (setLength[id] == n && equalsPool(setStart[id], sorted, n)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
    if (poolSize + n > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + n));
    }
    System.arraycopy(sorted, 0, pool, poolSize, n);
    if (setCount == setStart.length) {
      setStart = Arrays.copyOf(setStart, setCount * 2);
      setLength = Arrays.copyOf(setLength, setCount * 2);
    }
    int id = setCount++;
    setStart[id] = poolSize;
    setLength[id] = n;
    poolSize += n;
    setTable[slot] = id + 1;
    if (setCount * 2 > setTable.length) {
      setTable = rehashSets(setTable.length * 2);
    }
    return id;
  }

  private boolean equalsPool(int start, int[] values, int n) {
    for (int i = 0; i < n; i++) {
      if (pool[start + i] != values[i]) {
        return false;
      }
    }
    return true;
  }

  private int[] rehashSets(int size) {
    int[] table = new int[size];
    int mask = size - 1;
    for (int id = 0; id < setCount; id++) {
      int hash = 1;
      for (int i = 0; i < setLength[id]; i++) {
        hash = 31 * hash + pool[setStart[id] + i];
      }
      int slot = mix(hash) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = id + 1;
    }
    return table;
  }

  // --- states ---

  /** The id of a state. */
  int state(int allLevel, int allSet, int unplannedLevel, int unplannedSet) {
    int hash = mix(((allLevel * 31 + allSet) * 31 + unplannedLevel) * 31 + unplannedSet);
    int mask = stateTable.length - 1;
    int slot = hash & mask;
    while (true) {
      int entry = stateTable[slot];
      if (entry == 0) {
        break;
      }
      int base = 4 * (entry - 1);
      if (state[base] == allLevel
          && state[base + 1] == allSet
          && state[base + 2] == unplannedLevel
          && state[base + 3] == unplannedSet) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    if (4 * stateCount + 4 > state.length) {
      state = Arrays.copyOf(state, state.length * 2);
    }
    int id = stateCount++;
    int base = 4 * id;
    state[base] = allLevel;
    state[base + 1] = allSet;
    state[base + 2] = unplannedLevel;
    state[base + 3] = unplannedSet;
    stateTable[slot] = id + 1;
    if (stateCount * 2 > stateTable.length) {
      rehashStates(stateTable.length * 2);
    }
    return id;
  }

  int allLevel(int stateId) {
    return state[4 * stateId];
  }

  int allSet(int stateId) {
    return state[4 * stateId + 1];
  }

  int unplannedLevel(int stateId) {
    return state[4 * stateId + 2];
  }

  int unplannedSet(int stateId) {
    return state[4 * stateId + 3];
  }

  int stateCount() {
    return stateCount;
  }

  private void rehashStates(int size) {
    int[] table = new int[size];
    int mask = size - 1;
    for (int id = 0; id < stateCount; id++) {
      int b = 4 * id;
      int hash = mix(((state[b] * 31 + state[b + 1]) * 31 + state[b + 2]) * 31 + state[b + 3]);
      int slot = hash & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = id + 1;
    }
    stateTable = table;
  }

  static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** A growable int list. */
  static final class IntList {
    int[] values;
    int size;

    IntList(int capacity) {
      values = new int[Math.max(4, capacity)];
    }

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int get(int i) {
      return values[i];
    }

    void clear() {
      size = 0;
    }

    /** Sorts and removes duplicates. */
    void sortDistinct() {
      if (size < 2) {
        return;
      }
      Arrays.sort(values, 0, size);
      int n = 1;
      for (int i = 1; i < size; i++) {
        if (values[i] != values[n - 1]) {
          values[n++] = values[i];
        }
      }
      size = n;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /** An open-addressing map from long keys to non-negative ints; -1 when absent. */
  static final class LongIntTable {
    private long[] keys = new long[1024];
    private int[] values = new int[1024];
    private boolean[] used = new boolean[1024];
    private int size;

    int get(long key) {
      int mask = keys.length - 1;
      int slot = mix(Long.hashCode(key)) & mask;
      while (used[slot]) {
        if (keys[slot] == key) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      return -1;
    }

    void put(long key, int value) {
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int slot = mix(Long.hashCode(key)) & mask;
      while (used[slot]) {
        if (keys[slot] == key) {
          values[slot] = value;
          return;
        }
        slot = (slot + 1) & mask;
      }
      used[slot] = true;
      keys[slot] = key;
      values[slot] = value;
      size++;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      boolean[] oldUsed = used;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      used = new boolean[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldUsed[i]) {
          put(oldKeys[i], oldValues[i]);
        }
      }
    }
  }
}
