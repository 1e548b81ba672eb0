package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Reproducible random games for property tests: the same seed gives the same game. */
final class Games {

  private Games() {}

  static List<OssFunction> players(int n) {
    List<OssFunction> players = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      players.add(OssFunction.of("f" + i));
    }
    return players;
  }

  /** A random table game: v(∅) = 0, every other coalition an integer in [-50, 200]. */
  static Game random(int n, long seed) {
    Random r = new Random(seed);
    BigDecimal[] table = new BigDecimal[1 << n];
    table[0] = BigDecimal.ZERO;
    for (int mask = 1; mask < table.length; mask++) {
      table[mask] = BigDecimal.valueOf(r.nextInt(251) - 50L, r.nextInt(3));
    }
    List<OssFunction> players = players(n);
    return Game.of(players, coalition -> table[mask(players, coalition)]);
  }

  static int mask(List<OssFunction> players, Set<OssFunction> coalition) {
    int mask = 0;
    for (int i = 0; i < players.size(); i++) {
      if (coalition.contains(players.get(i))) {
        mask |= 1 << i;
      }
    }
    return mask;
  }
}
