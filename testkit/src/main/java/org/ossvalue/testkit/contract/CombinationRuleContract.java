package org.ossvalue.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.topology.Combination;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.testkit.quicktheories.QtGenerators;
import org.quicktheories.core.Gen;

/**
 * What every {@link CombinationRule} must do, checked over generated supporter degradations; extend
 * it with your own rule (the built-ins pass it).
 *
 * <p>Invariants: the result lies in [0, 1] and is never worse than the worst supporter; the node is
 * healthy when every supporter is healthy (and when it has none); contributors are positions of
 * degraded supporters only, and there are none when the result is 0; the rule is monotone (a
 * supporter getting worse never makes the node better); the result depends on supporters by id, not
 * on their order; the rule has a readable {@code toString}.
 */
public abstract class CombinationRuleContract {

  /** The rule under test. */
  protected abstract CombinationRule rule();

  /** Examples per property. */
  protected int examples() {
    return 500;
  }

  /** Supporter degradations: 0 to 6 supporters. */
  protected Gen<List<BigDecimal>> supporters() {
    return lists().of(QtGenerators.degradations()).ofSizeBetween(0, 6);
  }

  /** The ids of n supporters: {@code E0…}. */
  protected static List<String> ids(int n) {
    List<String> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ids.add("E" + i);
    }
    return ids;
  }

  private Combination combine(List<BigDecimal> ds) {
    return rule().combine(ids(ds.size()), ds);
  }

  @Test
  public void resultLiesBetweenZeroAndTheWorstSupporter() {
    qt().withExamples(examples())
        .forAll(supporters())
        .checkAssert(
            ds -> {
              BigDecimal d = combine(ds).degradation();
              BigDecimal worst = ds.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
              assertTrue(
                  d.signum() >= 0 && d.compareTo(BigDecimal.ONE) <= 0, () -> ds + " -> " + d);
              assertTrue(d.compareTo(worst) <= 0, () -> rule() + ": " + ds + " -> " + d);
            });
  }

  @Test
  public void healthyWhenEverySupporterIsHealthy() {
    for (int n = 0; n <= 6; n++) {
      List<BigDecimal> ds = Collections.nCopies(n, BigDecimal.ZERO);
      Combination c = combine(ds);
      assertEquals(0, c.degradation().signum(), () -> rule() + ": " + ds + " -> " + c);
      assertEquals(List.of(), c.contributors(), () -> rule() + ": " + ds + " -> " + c);
    }
  }

  @Test
  public void contributorsAreDegradedSupportersOnly() {
    qt().withExamples(examples())
        .forAll(supporters())
        .checkAssert(
            ds -> {
              Combination c = combine(ds);
              for (int i : c.contributors()) {
                assertTrue(i >= 0 && i < ds.size(), () -> "position " + i + " of " + ds);
                assertTrue(
                    ds.get(i).signum() > 0,
                    () -> rule() + ": healthy supporter " + i + " named as contributor of " + ds);
              }
              assertEquals(
                  c.contributors().size(),
                  c.contributors().stream().distinct().count(),
                  "each contributor once");
              if (c.degradation().signum() == 0) {
                assertEquals(List.of(), c.contributors(), () -> ds + " -> " + c);
              } else {
                assertFalse(c.contributors().isEmpty(), () -> ds + " -> " + c + " names no cause");
              }
            });
  }

  @Test
  public void aSupporterGettingWorseNeverMakesTheNodeBetter() {
    qt().withExamples(examples())
        .forAll(supporters(), integers().between(0, 5), QtGenerators.degradations())
        .checkAssert(
            (ds, pick, d) -> {
              if (ds.isEmpty()) {
                return;
              }
              int i = pick % ds.size();
              List<BigDecimal> worse = new ArrayList<>(ds);
              worse.set(i, ds.get(i).max(d));
              BigDecimal before = combine(ds).degradation();
              BigDecimal after = combine(worse).degradation();
              assertTrue(
                  after.compareTo(before) >= 0,
                  () -> rule() + ": " + ds + " -> " + before + " but " + worse + " -> " + after);
            });
  }

  @Test
  public void theOrderOfSupportersDoesNotMatter() {
    qt().withExamples(examples())
        .forAll(supporters(), integers().all())
        .checkAssert(
            (ds, shuffle) -> {
              List<String> ids = ids(ds.size());
              List<Integer> order = new ArrayList<>();
              for (int i = 0; i < ds.size(); i++) {
                order.add(i);
              }
              Collections.shuffle(order, new Random(shuffle));
              List<String> ids2 = new ArrayList<>();
              List<BigDecimal> ds2 = new ArrayList<>();
              for (int i : order) {
                ids2.add(ids.get(i));
                ds2.add(ds.get(i));
              }
              BigDecimal a = rule().combine(ids, ds).degradation();
              BigDecimal b = rule().combine(ids2, ds2).degradation();
              assertEquals(0, a.compareTo(b), () -> rule() + ": " + ds + " vs " + ds2);
            });
  }

  @Test
  public void theSameInputGivesTheSameResult() {
    qt().withExamples(examples())
        .forAll(supporters())
        .checkAssert(ds -> assertEquals(combine(ds), combine(new ArrayList<>(ds))));
  }

  @Test
  public void hasAReadableName() {
    String name = rule().toString();
    assertFalse(name.isBlank());
    assertFalse(name.contains("@"), () -> "toString looks like Object.toString: " + name);
  }
}
