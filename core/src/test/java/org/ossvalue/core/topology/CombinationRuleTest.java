package org.ossvalue.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CombinationRuleTest {

  private static final List<BigDecimal> LEVELS =
      List.of(
          BigDecimal.ZERO,
          new BigDecimal("0.25"),
          new BigDecimal("0.5"),
          new BigDecimal("0.75"),
          BigDecimal.ONE);

  static Gen<List<BigDecimal>> degradations() {
    return lists().of(Generate.pick(LEVELS)).ofSizeBetween(1, 6);
  }

  private static List<String> ids(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("E" + i);
    }
    return ids;
  }

  private static BigDecimal d(CombinationRule rule, List<BigDecimal> ds) {
    return rule.combine(ids(ds.size()), ds).degradation();
  }

  @Test
  void builtInsReturnTheirContributors() {
    List<BigDecimal> ds = List.of(new BigDecimal("0.5"), BigDecimal.ONE, BigDecimal.ZERO);
    assertEquals(
        Combination.of(BigDecimal.ONE, List.of(1)),
        CombinationRule.allRequired().combine(ids(3), ds));
    assertEquals(Combination.healthy(), CombinationRule.redundant().combine(ids(3), ds));
    assertEquals(
        Combination.of(new BigDecimal("0.5"), List.of(0, 1)),
        CombinationRule.atLeast(2).combine(ids(3), ds));
    assertEquals(
        Combination.of(new BigDecimal("0.5"), List.of(0, 1)),
        CombinationRule.weightedMean().combine(ids(3), ds));
    assertEquals(
        Combination.of(new BigDecimal("0.7"), List.of(0, 1)), // (0.5 + 3 x 1 + 0) / 5
        CombinationRule.weightedMean(Map.of("E1", new BigDecimal("3"))).combine(ids(3), ds));
  }

  @Test
  void twoOfThreeIsUpWhileTwoAreUp() {
    CombinationRule twoOfThree = CombinationRule.atLeast(2);
    assertEquals(
        0, d(twoOfThree, List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE)).signum());
    assertEquals(
        BigDecimal.ONE, d(twoOfThree, List.of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE)));
  }

  @Test
  void allRequiredIsAtLeastKOfNIsAtLeastRedundant() {
    qt().forAll(degradations(), integers().between(1, 6))
        .check(
            (ds, k) -> {
              BigDecimal all = d(CombinationRule.allRequired(), ds);
              BigDecimal kOfN = d(CombinationRule.atLeast(k), ds);
              BigDecimal redundant = d(CombinationRule.redundant(), ds);
              return all.compareTo(kOfN) >= 0 && kOfN.compareTo(redundant) >= 0;
            });
  }

  @Test
  void builtInsAreMonotoneAndNameOnlyDegradedContributors() {
    List<CombinationRule> rules =
        List.of(
            CombinationRule.allRequired(),
            CombinationRule.redundant(),
            CombinationRule.atLeast(2),
            CombinationRule.weightedMean());
    qt().forAll(degradations(), integers().between(0, 5), Generate.pick(LEVELS))
        .check(
            (ds, position, worse) -> {
              int i = position % ds.size();
              List<BigDecimal> raised = new ArrayList<>(ds);
              raised.set(i, ds.get(i).max(worse));
              for (CombinationRule rule : rules) {
                Combination c = rule.combine(ids(ds.size()), ds);
                if (d(rule, raised).compareTo(c.degradation()) < 0) {
                  return false;
                }
                if (c.degradation().signum() > 0 == c.contributors().isEmpty()) {
                  return false;
                }
                for (int p : c.contributors()) {
                  if (ds.get(p).signum() == 0) {
                    return false;
                  }
                }
              }
              return true;
            });
  }
}
