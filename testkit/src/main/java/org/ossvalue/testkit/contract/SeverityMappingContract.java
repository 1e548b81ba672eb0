package org.ossvalue.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Severity;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.valuation.SeverityMapping;
import org.ossvalue.testkit.quicktheories.QtGenerators;

/**
 * What every {@link SeverityMapping} must do, checked over generated causes; extend it with your
 * own mapping (the built-ins pass it):
 *
 * <pre>{@code
 * class AcmeSeverityMappingTest extends SeverityMappingContract {
 *   @Override
 *   protected SeverityMapping mapping() {
 *     return new AcmeSeverityMapping();
 *   }
 * }
 * }</pre>
 *
 * <p>Invariants: every degradation lies in [0, 1]; the same cause always gives the same
 * degradation; for causes that differ only in severity, critical ≥ major ≥ minor ≥ warning (a
 * mapping that means otherwise overrides {@link #ordersSeverities()}); the mapping has a readable
 * {@code toString}.
 */
public abstract class SeverityMappingContract {

  /** Causes are generated on these elements. */
  protected static final List<String> ELEMENTS = List.of("R-1", "R-2", "S-1", "C-1");

  /** Causes are raised in this window. */
  protected static final TimeWindow WITHIN =
      TimeWindow.parse("2025-03-01T00:00Z/2025-04-01T00:00Z");

  /** The mapping under test. */
  protected abstract SeverityMapping mapping();

  /** Whether a worse severity never degrades less (true unless your mapping means otherwise). */
  protected boolean ordersSeverities() {
    return true;
  }

  /** Examples per property. */
  protected int examples() {
    return 300;
  }

  @Test
  public void degradationLiesBetweenZeroAndOne() {
    SeverityMapping m = mapping();
    qt().withExamples(examples())
        .forAll(QtGenerators.causes(ELEMENTS, WITHIN))
        .checkAssert(
            c -> {
              BigDecimal d = m.degradation(c);
              assertTrue(
                  d.signum() >= 0 && d.compareTo(BigDecimal.ONE) <= 0,
                  () -> m + " maps " + c + " to " + d);
            });
  }

  @Test
  public void theSameCauseAlwaysGivesTheSameDegradation() {
    SeverityMapping m = mapping();
    qt().withExamples(examples())
        .forAll(QtGenerators.causes(ELEMENTS, WITHIN))
        .checkAssert(
            c -> {
              Cause copy = Cause.builder().from(c).build();
              assertEquals(0, m.degradation(c).compareTo(m.degradation(copy)), c::toString);
            });
  }

  @Test
  public void aWorseSeverityNeverDegradesLess() {
    if (!ordersSeverities()) {
      return;
    }
    SeverityMapping m = mapping();
    List<Severity> order =
        List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.WARNING);
    qt().withExamples(examples())
        .forAll(QtGenerators.causes(ELEMENTS, WITHIN))
        .checkAssert(
            c -> {
              for (int i = 1; i < order.size(); i++) {
                Cause worse = Cause.builder().from(c).severity(order.get(i - 1)).build();
                Cause better = Cause.builder().from(c).severity(order.get(i)).build();
                assertTrue(
                    m.degradation(worse).compareTo(m.degradation(better)) >= 0,
                    () -> m + ": " + worse + " degrades less than " + better);
              }
            });
  }

  @Test
  public void hasAReadableName() {
    String name = mapping().toString();
    assertFalse(name.isBlank());
    assertFalse(name.contains("@"), () -> "toString looks like Object.toString: " + name);
  }
}
