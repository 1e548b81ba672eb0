package org.ossvalue.core.topology;

/**
 * Sorts ids (strings, natural order) by position without touching the strings for most comparisons:
 * the first 16 characters of each id, when they are all below U+0100, are packed into two longs
 * whose unsigned order is the strings' order; equal keys, and ids with a wider character, fall back
 * to {@link String#compareTo}, so the order is exactly the strings' natural order.
 */
final class IdOrder {

  private final String[] ids;
  private final long[] high;
  private final long[] low;
  private final boolean[] wide;

  IdOrder(String[] ids) {
    this.ids = ids;
    int n = ids.length;
    high = new long[n];
    low = new long[n];
    wide = new boolean[n];
    for (int i = 0; i < n; i++) {
      String s = ids[i];
      long h = 0;
      long l = 0;
      boolean w = false;
      for (int c = 0; c < 16; c++) {
        int ch = c < s.length() ? s.charAt(c) : 0;
        if (ch > 0xFF) {
          w = true;
          break;
        }
        if (c < 8) {
          h = (h << 8) | ch;
        } else {
          l = (l << 8) | ch;
        }
      }
      high[i] = h;
      low[i] = l;
      wide[i] = w;
    }
  }

  /** Compares the ids at two positions. */
  int compare(int a, int b) {
    if (!wide[a] && !wide[b]) {
      int c = Long.compareUnsigned(high[a], high[b]);
      if (c != 0) {
        return c;
      }
      c = Long.compareUnsigned(low[a], low[b]);
      if (c != 0) {
        return c;
      }
    }
    return ids[a].compareTo(ids[b]);
  }

  /** The positions 0..n-1 in id order (stable). */
  int[] order() {
    int n = ids.length;
    int[] a = new int[n];
    boolean sorted = true;
    for (int i = 0; i < n; i++) {
      a[i] = i;
      if (i > 0 && sorted && compare(i - 1, i) > 0) {
        sorted = false;
      }
    }
    if (!sorted) {
      sort(a, new int[n], 0, n);
    }
    return a;
  }

  private void sort(int[] a, int[] tmp, int from, int to) {
    if (to - from < 24) {
      for (int i = from + 1; i < to; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= from && compare(a[j], x) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = x;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    sort(a, tmp, from, mid);
    sort(a, tmp, mid, to);
    if (compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, from, tmp, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid && compare(tmp[i], tmp[j]) <= 0)) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }
}
