package org.ossvalue.core.topology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The max and min rules: stateless singletons. */
enum BuiltInRule implements CombinationRule {
  ALL_REQUIRED {
    @Override
    public Combination combine(List<String> supporters, List<BigDecimal> degradations) {
      return extreme(degradations, true);
    }

    @Override
    public String toString() {
      return "CombinationRule.allRequired()";
    }
  },
  REDUNDANT {
    @Override
    public Combination combine(List<String> supporters, List<BigDecimal> degradations) {
      return extreme(degradations, false);
    }

    @Override
    public String toString() {
      return "CombinationRule.redundant()";
    }
  };

  /**
   * Max (all-required): contributors are the supporters at the max. Min (redundant): every
   * supporter is at least that bad, and each one's repair would help, so all contribute.
   */
  static Combination extreme(List<BigDecimal> degradations, boolean max) {
    if (degradations.isEmpty()) {
      return Combination.healthy();
    }
    BigDecimal result = degradations.get(0);
    for (BigDecimal d : degradations) {
      int c = d.compareTo(result);
      if (max ? c > 0 : c < 0) {
        result = d;
      }
    }
    if (result.signum() == 0) {
      return Combination.healthy();
    }
    List<Integer> contributors = new ArrayList<>();
    for (int i = 0; i < degradations.size(); i++) {
      if (!max || degradations.get(i).compareTo(result) == 0) {
        contributors.add(i);
      }
    }
    return Combination.of(result, contributors);
  }
}
