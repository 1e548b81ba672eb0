package org.ossvalue.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The radix-sorted duplicate check agrees with a {@link HashSet}, hash collisions included. */
class DuplicateIdsTest {

  @Test
  void agreesWithAHashSet() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              List<String> ids = ids(r, r.nextInt(200));
              assertEquals(new HashSet<>(ids).size() < ids.size(), any(ids), ids.toString());
            });
  }

  @Test
  void radixSortedInputsBeyondTheSmallCase() {
    Random r = new Random(7);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      ids.add("C" + i);
    }
    ids.add("Aa"); // same hash code as "BB"
    ids.add("BB");
    assertFalse(any(ids));
    ids.add(ids.get(r.nextInt(ids.size())));
    assertTrue(any(ids));
  }

  private static boolean any(List<String> ids) {
    long[] keys = new long[ids.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = DuplicateIds.key(ids.get(i), i);
    }
    return DuplicateIds.any(keys, ids::get);
  }

  /** Short ids over few letters, so that duplicates and hash collisions ("Aa", "BB") are common. */
  private static List<String> ids(Random r, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder();
      int length = 1 + r.nextInt(3);
      for (int j = 0; j < length; j++) {
        b.append("ABab".charAt(r.nextInt(4)));
      }
      ids.add(b.toString());
    }
    return ids;
  }
}
