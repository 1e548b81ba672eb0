package org.ossvalue.core.topology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** k-of-n: the k-th smallest degradation. */
final class AtLeastRule implements CombinationRule {
  private final int k;

  AtLeastRule(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, was " + k);
    }
    this.k = k;
  }

  /** k, for the engine's allocation-free path. */
  int k() {
    return k;
  }

  @Override
  public Combination combine(List<String> supporters, List<BigDecimal> degradations) {
    if (degradations.isEmpty()) {
      return Combination.healthy();
    }
    List<BigDecimal> sorted = new ArrayList<>(degradations);
    sorted.sort(null);
    BigDecimal result = sorted.get(Math.min(k, sorted.size()) - 1);
    if (result.signum() == 0) {
      return Combination.healthy();
    }
    // The supporters at least as bad as the result are the ones whose failures took the node below
    // k.
    List<Integer> contributors = new ArrayList<>();
    for (int i = 0; i < degradations.size(); i++) {
      if (degradations.get(i).compareTo(result) >= 0) {
        contributors.add(i);
      }
    }
    return Combination.of(result, contributors);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AtLeastRule other && other.k == k;
  }

  @Override
  public int hashCode() {
    return k;
  }

  @Override
  public String toString() {
    return "CombinationRule.atLeast(" + k + ")";
  }
}
