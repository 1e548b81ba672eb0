package org.ossvalue.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;
import org.ossvalue.testkit.generators.CoreGenerators;
import org.ossvalue.testkit.generators.Generator;
import org.ossvalue.testkit.quicktheories.QtGenerators;

/**
 * What every {@link RevenueAtRiskStrategy} must do, checked over generated amounts, windows (across
 * month ends and daylight-saving changes), degradations and zones; extend it with your own strategy
 * (the built-ins pass it).
 *
 * <p>Invariants: zero at degradation 0 and over an empty window; never negative and in the monthly
 * amount's currency; additive over disjoint windows (splitting a window anywhere changes the sum by
 * no more than {@link #tolerance()}); monotone in degradation and in time; proportional to the
 * monthly amount; a readable {@code toString}.
 */
public abstract class RevenueAtRiskStrategyContract {

  /** The strategy under test. */
  protected abstract RevenueAtRiskStrategy strategy();

  /** Examples per property. */
  protected int examples() {
    return 300;
  }

  /**
   * How far exact arithmetic may drift through division: {@code 1e-15} of a currency unit by
   * default (the built-ins divide at {@value Money#DIVISION_SCALE} places).
   */
  protected BigDecimal tolerance() {
    return new BigDecimal("1e-15");
  }

  /**
   * Cases in a month of a generated period widened by ten days each side (windows cross month
   * ends), with an instant inside the window to cut it at.
   */
  private static final Generator<Case> CASES =
      seed -> {
        ReportingPeriod p = CoreGenerators.periods().generate(seed);
        TimeWindow around =
            TimeWindow.of(p.from().minusSeconds(10 * 86_400L), p.to().plusSeconds(10 * 86_400L));
        TimeWindow window = CoreGenerators.windows(around).generate(seed + 2);
        return new Case(
            CoreGenerators.money().generate(seed + 1),
            window,
            CoreGenerators.degradations().generate(seed + 3),
            p.zone(),
            CoreGenerators.instants(window).generate(seed + 4));
      };

  /** One generated input: monthly amount, window, degradation, zone and a cut instant. */
  protected record Case(
      Money monthly,
      TimeWindow window,
      BigDecimal degradation,
      ZoneId zone,
      java.time.Instant cut) {}

  private Money value(Money monthly, TimeWindow w, BigDecimal d, ZoneId zone) {
    return strategy().valueOf(monthly, w, d, zone);
  }

  private boolean close(Money a, Money b) {
    return a.minus(b).amount().abs().compareTo(tolerance()) <= 0;
  }

  @Test
  public void zeroAtZeroDegradationAndOverAnEmptyWindow() {
    qt().withExamples(examples())
        .forAll(QtGenerators.of(CASES))
        .checkAssert(
            c -> {
              assertTrue(value(c.monthly(), c.window(), BigDecimal.ZERO, c.zone()).isZero());
              TimeWindow empty = TimeWindow.of(c.window().start(), c.window().start());
              assertTrue(value(c.monthly(), empty, c.degradation(), c.zone()).isZero());
            });
  }

  @Test
  public void neverNegativeAndInTheMonthlyAmountsCurrency() {
    qt().withExamples(examples())
        .forAll(QtGenerators.of(CASES))
        .checkAssert(
            c -> {
              Money v = value(c.monthly(), c.window(), c.degradation(), c.zone());
              assertEquals(c.monthly().currency(), v.currency());
              assertTrue(v.signum() >= 0, () -> c + " -> " + v);
            });
  }

  @Test
  public void additiveOverDisjointWindows() {
    qt().withExamples(examples())
        .forAll(QtGenerators.of(CASES))
        .checkAssert(
            c -> {
              TimeWindow w = c.window();
              Money whole = value(c.monthly(), w, c.degradation(), c.zone());
              Money parts =
                  value(c.monthly(), TimeWindow.of(w.start(), c.cut()), c.degradation(), c.zone())
                      .plus(
                          value(
                              c.monthly(),
                              TimeWindow.of(c.cut(), w.end()),
                              c.degradation(),
                              c.zone()));
              assertTrue(close(whole, parts), () -> c + ": " + whole + " != " + parts);
            });
  }

  @Test
  public void moreDegradationOrMoreTimeNeverValuesLess() {
    qt().withExamples(examples())
        .forAll(QtGenerators.of(CASES), QtGenerators.degradations())
        .checkAssert(
            (c, other) -> {
              BigDecimal lo = c.degradation().min(other);
              BigDecimal hi = c.degradation().max(other);
              Money low = value(c.monthly(), c.window(), lo, c.zone());
              Money high = value(c.monthly(), c.window(), hi, c.zone());
              assertTrue(low.compareTo(high) <= 0, () -> c + ": d " + lo + " > d " + hi);
              Money shorter =
                  value(c.monthly(), TimeWindow.of(c.window().start(), c.cut()), hi, c.zone());
              assertTrue(shorter.compareTo(high) <= 0, () -> c + ": shorter window worth more");
            });
  }

  @Test
  public void proportionalToTheMonthlyAmount() {
    qt().withExamples(examples())
        .forAll(QtGenerators.of(CASES))
        .checkAssert(
            c -> {
              Money once = value(c.monthly(), c.window(), c.degradation(), c.zone());
              Money thrice = value(c.monthly().times(3), c.window(), c.degradation(), c.zone());
              assertTrue(close(once.times(3), thrice), () -> c + ": " + once + " x 3 != " + thrice);
            });
  }

  @Test
  public void hasAReadableName() {
    String name = strategy().toString();
    assertFalse(name.isBlank());
    assertFalse(name.contains("@"), () -> "toString looks like Object.toString: " + name);
  }
}
