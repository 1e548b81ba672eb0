package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.stream.Collectors;
import org.ossvalue.core.Money;
import org.ossvalue.core.internal.Decimals;

/** v(N) × wᵢ ÷ Σw to each player. */
final class Proportional implements AttributionStrategy {

  private final Map<OssFunction, BigDecimal> weights;
  private final BigDecimal total;

  Proportional(Map<OssFunction, BigDecimal> weights) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<OssFunction, BigDecimal> e : weights.entrySet()) {
      if (e.getValue().signum() < 0) {
        throw new IllegalArgumentException(
            "weight of " + e.getKey() + " must be >= 0, was " + e.getValue().toPlainString());
      }
      e.setValue(Decimals.normalize(e.getValue()));
      sum = sum.add(e.getValue());
    }
    if (sum.signum() == 0) {
      throw new IllegalArgumentException("weights must not all be zero, was " + weights);
    }
    this.weights = weights;
    this.total = sum;
  }

  @Override
  public Contributions contributions(Game game) {
    for (OssFunction f : weights.keySet()) {
      if (!game.players().contains(f)) {
        throw new IllegalArgumentException(
            "weights must name only players " + game.players() + ", was " + f);
      }
    }
    BigDecimal grand = game.grandValue();
    Contributions.Builder b = Contributions.builder().method(toString()).grandValue(grand);
    for (OssFunction f : game.players()) {
      BigDecimal w = weights.getOrDefault(f, BigDecimal.ZERO);
      b.addEntries(
          Contributions.Contribution.builder()
              .function(f)
              .value(
                  Decimals.normalize(
                      grand
                          .multiply(w)
                          .divide(total, Money.DIVISION_SCALE, RoundingMode.HALF_EVEN)))
              .weight(w)
              .build());
    }
    return b.build();
  }

  @Override
  public String toString() {
    return weights.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().toPlainString())
        .collect(Collectors.joining(", ", "AttributionStrategy.proportional({", "})"));
  }
}
