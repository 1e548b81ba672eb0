package org.ossvalue.spark.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Disjoint sets of string ids (union by size, path halving), for the components computed on the
 * driver. The root of a set is the smallest id in it, so components are named the same whatever
 * the order of the unions.
 */
public final class UnionFind {

  private final Map<String, Integer> index = new HashMap<>();
  private String[] ids = new String[16];
  private int[] parent = new int[16];
  private int[] size = new int[16];
  private int count;

  /** Adds an id (once). */
  public int add(String id) {
    Integer i = index.get(id);
    if (i != null) {
      return i;
    }
    if (count == ids.length) {
      ids = Arrays.copyOf(ids, count * 2);
      parent = Arrays.copyOf(parent, count * 2);
      size = Arrays.copyOf(size, count * 2);
    }
    ids[count] = id;
    parent[count] = count;
    size[count] = 1;
    index.put(id, count);
    return count++;
  }

  /** Puts two ids in one set. */
  public void union(String a, String b) {
    int ra = find(add(a));
    int rb = find(add(b));
    if (ra == rb) {
      return;
    }
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Every id → the smallest id of its set. */
  public Map<String, String> roots() {
    String[] smallest = new String[count];
    for (int i = 0; i < count; i++) {
      int r = find(i);
      if (smallest[r] == null || ids[i].compareTo(smallest[r]) < 0) {
        smallest[r] = ids[i];
      }
    }
    Map<String, String> roots = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      roots.put(ids[i], smallest[find(i)]);
    }
    return roots;
  }

  /** The number of ids. */
  public int size() {
    return count;
  }
}
