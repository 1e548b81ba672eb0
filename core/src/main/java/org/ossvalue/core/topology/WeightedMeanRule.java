package org.ossvalue.core.topology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ossvalue.core.Degradations;

/** The weighted mean of the supporters' degradations. */
final class WeightedMeanRule implements CombinationRule {
  private final Map<String, BigDecimal> weights;

  WeightedMeanRule(Map<String, BigDecimal> weights) {
    weights.forEach(
        (id, w) -> {
          if (w.signum() <= 0) {
            throw new IllegalArgumentException("weight must be > 0, was " + id + "=" + w);
          }
        });
    this.weights = new TreeMap<>(weights);
  }

  @Override
  public Combination combine(List<String> supporters, List<BigDecimal> degradations) {
    if (degradations.isEmpty()) {
      return Combination.healthy();
    }
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    List<Integer> contributors = new ArrayList<>();
    for (int i = 0; i < degradations.size(); i++) {
      BigDecimal w = weights.getOrDefault(supporters.get(i), BigDecimal.ONE);
      weighted = weighted.add(w.multiply(degradations.get(i)));
      total = total.add(w);
      if (degradations.get(i).signum() > 0) {
        contributors.add(i);
      }
    }
    if (weighted.signum() == 0) {
      return Combination.healthy();
    }
    BigDecimal mean = weighted.divide(total, Degradations.PRECISION);
    if (mean.compareTo(BigDecimal.ONE) > 0) {
      mean = BigDecimal.ONE; // rounding can only overshoot by one ulp
    }
    return Combination.of(mean, contributors);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeightedMeanRule other && other.weights.equals(weights);
  }

  @Override
  public int hashCode() {
    return weights.hashCode();
  }

  @Override
  public String toString() {
    return weights.isEmpty()
        ? "CombinationRule.weightedMean()"
        : "CombinationRule.weightedMean(" + weights + ")";
  }
}
