package org.ossvalue.core.topology;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How a node combines its supporters' degradations (0 healthy … 1 down) into its own, and which
 * supporters made the result.
 *
 * <p>A rule must be monotone (a supporter getting worse never makes the node better), return a
 * value in [0, 1], and name as contributors only supporters with a degradation above 0. The
 * built-ins keep all-required ≥ at-least-k-of-n ≥ redundant for the same inputs.
 */
public interface CombinationRule {

  /**
   * Combines the supporters' degradations, given in the order of {@code supporters}, each
   * identified by its element id (weighted rules look weights up by id).
   */
  Combination combine(List<String> supporters, List<BigDecimal> degradations);

  /** The node needs every supporter: its degradation is the worst (max); the default. */
  static CombinationRule allRequired() {
    return BuiltInRule.ALL_REQUIRED;
  }

  /** Any one healthy supporter suffices: the degradation is the best (min). */
  static CombinationRule redundant() {
    return BuiltInRule.REDUNDANT;
  }

  /**
   * The node works while at least k supporters work: its degradation is the k-th smallest supporter
   * degradation ({@code atLeast(n)} is all-required, {@code atLeast(1)} redundant). With fewer than
   * k supporters the node is as bad as its worst supporter.
   */
  static CombinationRule atLeast(int k) {
    return new AtLeastRule(k);
  }

  /** The mean of the supporters' degradations: each carries an equal part of the load. */
  static CombinationRule weightedMean() {
    return new WeightedMeanRule(Map.of());
  }

  /**
   * The weighted mean of the supporters' degradations; a supporter without a weight weighs 1.
   * Weights must be positive.
   */
  static CombinationRule weightedMean(Map<String, BigDecimal> weights) {
    return new WeightedMeanRule(weights);
  }

  /**
   * The rule named as the {@code redundancyRule} convention spells it: {@code allRequired}, {@code
   * redundant}, {@code atLeast:<k>} or {@code weighted}.
   */
  static CombinationRule parse(String name) {
    String key = name.trim();
    if (key.equalsIgnoreCase("allRequired")) {
      return allRequired();
    }
    if (key.equalsIgnoreCase("redundant")) {
      return redundant();
    }
    if (key.equalsIgnoreCase("weighted") || key.equalsIgnoreCase("weightedMean")) {
      return weightedMean();
    }
    if (key.regionMatches(true, 0, "atLeast:", 0, 8)) {
      try {
        return atLeast(Integer.parseInt(key.substring(8).trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "redundancyRule atLeast:<k> needs a whole k, was " + name, e);
      }
    }
    throw new IllegalArgumentException(
        "redundancyRule must be allRequired, redundant, atLeast:<k> or weighted, was " + name);
  }
}
