package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.ossvalue.core.Money;
import org.ossvalue.core.internal.Decimals;

/**
 * The Shapley value estimated by permutation sampling (Castro, Gómez and Tejada 2009): for each of
 * m random orders of the players, each player's marginal contribution when it joins those before
 * it; the estimate is the mean, its standard error the sample standard deviation ÷ √m. Sums are
 * exact; only the mean and the error are divided (the error's square root at 34 digits).
 */
final class MonteCarloShapley implements AttributionStrategy {

  private final MonteCarloConfig config;

  MonteCarloShapley(MonteCarloConfig config) {
    this.config = config;
  }

  @Override
  public Contributions contributions(Game game) {
    int n = game.size();
    int m = config.samples();
    BigDecimal[] sum = new BigDecimal[n];
    BigDecimal[] sumOfSquares = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      sum[i] = BigDecimal.ZERO;
      sumOfSquares[i] = BigDecimal.ZERO;
    }
    SplittableRandom random = new SplittableRandom(config.seed());
    BigDecimal empty = game.value(new BitSet(n));
    int[] order = new int[n];
    for (int sample = 0; sample < m; sample++) {
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      for (int i = n - 1; i > 0; i--) { // Fisher–Yates
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      BitSet members = new BitSet(n);
      BigDecimal previous = empty;
      for (int k = 0; k < n; k++) {
        int player = order[k];
        members.set(player);
        BigDecimal current = game.value(members);
        BigDecimal margin = current.subtract(previous);
        sum[player] = sum[player].add(margin);
        sumOfSquares[player] = sumOfSquares[player].add(margin.multiply(margin));
        previous = current;
      }
    }
    BigDecimal samples = BigDecimal.valueOf(m);
    Contributions.Builder b =
        Contributions.builder().method(toString()).grandValue(game.grandValue());
    for (int i = 0; i < n; i++) {
      BigDecimal mean = sum[i].divide(samples, Money.DIVISION_SCALE, RoundingMode.HALF_EVEN);
      // SE² = (m·Σx² − (Σx)²) ÷ (m²·(m − 1))
      BigDecimal numerator = samples.multiply(sumOfSquares[i]).subtract(sum[i].multiply(sum[i]));
      BigDecimal variance =
          numerator.divide(
              samples.multiply(samples).multiply(BigDecimal.valueOf(m - 1L)),
              MathContext.DECIMAL128);
      BigDecimal error =
          variance.signum() <= 0
              ? BigDecimal.ZERO
              : variance
                  .sqrt(MathContext.DECIMAL128)
                  .setScale(Money.DIVISION_SCALE, RoundingMode.HALF_EVEN);
      b.addEntries(
          Contributions.Contribution.builder()
              .function(game.players().get(i))
              .value(Decimals.normalize(mean))
              .weight(Decimals.normalize(sum[i]))
              .standardError(Decimals.normalize(error))
              .build());
    }
    b.addNotes(m + " permutations, seed " + config.seed() + ", " + (long) m * n + " evaluations");
    return b.build();
  }

  @Override
  public String toString() {
    return "AttributionStrategy.shapleyMonteCarlo(" + config + ")";
  }
}
