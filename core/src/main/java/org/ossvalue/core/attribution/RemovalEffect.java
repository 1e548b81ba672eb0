package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import java.util.BitSet;
import org.ossvalue.core.internal.Decimals;

/** v(N) − v(N∖{i}) to each player, refusing negative effects and an all-zero game. */
enum RemovalEffect implements AttributionStrategy {
  INSTANCE;

  @Override
  public Contributions contributions(Game game) {
    int n = game.size();
    BitSet all = new BitSet(n);
    all.set(0, n);
    BigDecimal grand = game.value(all);
    Contributions.Builder b = Contributions.builder().method(toString()).grandValue(grand);
    boolean anyPositive = false;
    for (int i = 0; i < n; i++) {
      BitSet without = (BitSet) all.clone();
      without.clear(i);
      BigDecimal effect = Decimals.normalize(grand.subtract(game.value(without)));
      OssFunction f = game.players().get(i);
      if (effect.signum() < 0) {
        throw new IllegalArgumentException(
            "removal effect of "
                + f
                + " must be >= 0, was "
                + effect.toPlainString()
                + " (v without it is higher than v(N) = "
                + grand.toPlainString()
                + "); use AttributionStrategy.shapley() for such a game");
      }
      anyPositive |= effect.signum() > 0;
      b.addEntries(
          Contributions.Contribution.builder().function(f).value(effect).weight(effect).build());
    }
    if (!anyPositive) {
      throw new IllegalArgumentException(
          "removal effects must not all be zero, was 0 for every player of "
              + game
              + " (no player's removal changes v(N) = "
              + grand.toPlainString()
              + "): nothing to attribute");
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "AttributionStrategy.removalEffect()";
  }
}
