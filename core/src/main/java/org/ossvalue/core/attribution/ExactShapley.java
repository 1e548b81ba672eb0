package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ossvalue.core.Money;
import org.ossvalue.core.internal.Decimals;

/**
 * The exact Shapley value over a bitmask of all 2ⁿ coalitions. Each coalition's value is asked
 * once; marginal contributions are summed per coalition size, exactly, then weighted by the whole
 * numbers |S|!(n−|S|−1)!, so n!·φᵢ is exact and only the displayed φᵢ is divided.
 */
enum ExactShapley implements AttributionStrategy {
  INSTANCE;

  /** Most players the exact value takes: 2²⁰ coalitions, about a million evaluations. */
  static final int MAX_PLAYERS = 20;

  @Override
  public Contributions contributions(Game game) {
    int n = game.size();
    if (n > MAX_PLAYERS) {
      throw new IllegalArgumentException(
          "players must be at most "
              + MAX_PLAYERS
              + " for the exact Shapley value, was "
              + n
              + "; use AttributionStrategy.shapleyMonteCarlo()");
    }
    int coalitions = 1 << n;
    BigDecimal[] v = new BigDecimal[coalitions];
    for (int mask = 0; mask < coalitions; mask++) {
      v[mask] = game.valueOfMask(mask);
    }
    // bySize[i][s] = Σ over S ∌ i with |S| = s of v(S ∪ {i}) − v(S)
    BigDecimal[][] bySize = new BigDecimal[n][n];
    for (int i = 0; i < n; i++) {
      for (int s = 0; s < n; s++) {
        bySize[i][s] = BigDecimal.ZERO;
      }
    }
    for (int mask = 0; mask < coalitions; mask++) {
      int s = Integer.bitCount(mask);
      for (int i = 0; i < n; i++) {
        int bit = 1 << i;
        if ((mask & bit) == 0) {
          bySize[i][s] = bySize[i][s].add(v[mask | bit].subtract(v[mask]));
        }
      }
    }
    long[] factorial = new long[n + 1];
    factorial[0] = 1;
    for (int k = 1; k <= n; k++) {
      factorial[k] = factorial[k - 1] * k;
    }
    BigDecimal nFactorial = BigDecimal.valueOf(factorial[n]);
    Contributions.Builder b =
        Contributions.builder().method(toString()).grandValue(v[coalitions - 1]);
    for (int i = 0; i < n; i++) {
      BigDecimal numerator = BigDecimal.ZERO;
      for (int s = 0; s < n; s++) {
        numerator =
            numerator.add(
                bySize[i][s].multiply(BigDecimal.valueOf(factorial[s] * factorial[n - s - 1])));
      }
      b.addEntries(
          Contributions.Contribution.builder()
              .function(game.players().get(i))
              .value(
                  Decimals.normalize(
                      numerator.divide(nFactorial, Money.DIVISION_SCALE, RoundingMode.HALF_EVEN)))
              .weight(Decimals.normalize(numerator))
              .build());
    }
    b.addNotes(coalitions + " coalitions evaluated; weights are n!·φ = " + factorial[n] + "·φ");
    return b.build();
  }

  @Override
  public String toString() {
    return "AttributionStrategy.shapley()";
  }
}
