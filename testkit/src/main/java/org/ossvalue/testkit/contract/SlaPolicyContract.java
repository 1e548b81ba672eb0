package org.ossvalue.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.TimeWindows;
import org.ossvalue.core.valuation.sla.Availability;
import org.ossvalue.core.valuation.sla.SlaCase;
import org.ossvalue.core.valuation.sla.SlaCredit;
import org.ossvalue.core.valuation.sla.SlaPolicy;
import org.ossvalue.testkit.generators.CoreGenerators;
import org.ossvalue.testkit.generators.Generator;
import org.ossvalue.testkit.quicktheories.QtGenerators;

/**
 * What every {@link SlaPolicy} must do, checked over generated impacts on one connection; extend it
 * with your own policy (the built-ins pass it).
 *
 * <p>Invariants: the billing periods cover the reporting period without overlapping; each credit
 * names the policy's agreement, the connection and the billing period, is in the MRR's currency,
 * never negative, never above the rules' sum and never above the cap; availability lies in [0, 1]
 * and never rises when an impact is added; without impacts availability is 1 and nothing is
 * credited.
 */
public abstract class SlaPolicyContract {

  /** The policy under test. */
  protected abstract SlaPolicy policy();

  /** The currency of the connection's MRR: EUR by default (match your policy's absolute caps). */
  protected String currency() {
    return "EUR";
  }

  /** The reporting period: March 2025 in UTC by default. */
  protected ReportingPeriod period() {
    return ReportingPeriod.month("2025-03", "UTC");
  }

  /** Examples per property. */
  protected int examples() {
    return 150;
  }

  /** The connection assessed: {@code C-1} under the policy's agreement, with this MRR. */
  protected Connection connection(Money mrr) {
    return Connection.builder()
        .id("C-1")
        .account("A-1")
        .activation(Instant.parse("2020-01-01T00:00:00Z"))
        .addRecurringCharges(RecurringCharge.monthly(mrr))
        .addRealizedBy("S-1")
        .sla(policy().agreement())
        .build();
  }

  private Generator<Money> mrrs() {
    return CoreGenerators.money(currency()).filter(m -> m.signum() > 0);
  }

  private TimeWindow around() {
    return TimeWindow.of(
        period().from().minusSeconds(5 * 86_400L), period().to().plusSeconds(5 * 86_400L));
  }

  private SlaCredit assess(Connection c, TimeWindow billingPeriod, List<ServiceImpact> impacts) {
    return policy()
        .assess(
            SlaCase.builder()
                .connection(c)
                .billingPeriod(billingPeriod)
                .impacts(impacts)
                .asOf(period().to())
                .zone(period().zone())
                .build());
  }

  @Test
  public void billingPeriodsCoverTheReportingPeriodWithoutOverlapping() {
    List<TimeWindow> periods = policy().billingPeriods(period());
    assertFalse(periods.isEmpty());
    for (int i = 1; i < periods.size(); i++) {
      assertFalse(periods.get(i - 1).overlaps(periods.get(i)), periods::toString);
    }
    assertEquals(
        List.of(),
        TimeWindows.difference(List.of(period().window()), periods),
        "parts of the reporting period in no billing period");
  }

  @Test
  public void creditsNeverExceedTheirCapAndNameTheirCase() {
    qt().withExamples(examples())
        .forAll(QtGenerators.of(mrrs()), QtGenerators.impacts("C-1", around()))
        .checkAssert(
            (mrr, impacts) -> {
              Connection c = connection(mrr);
              for (TimeWindow bp : policy().billingPeriods(period())) {
                SlaCredit credit = assess(c, bp, impacts);
                assertEquals(policy().agreement(), credit.agreement());
                assertEquals("C-1", credit.connection());
                assertEquals(bp, credit.billingPeriod());
                assertEquals(mrr.currency(), credit.credit().currency());
                assertTrue(credit.credit().signum() >= 0, credit::toString);
                assertTrue(credit.credit().compareTo(credit.uncapped()) <= 0, credit::toString);
                Optional<Money> cap = credit.cap();
                assertTrue(
                    cap.isEmpty() || credit.credit().compareTo(cap.get()) <= 0,
                    () -> credit + " above its cap " + cap.get());
              }
            });
  }

  @Test
  public void availabilityLiesBetweenZeroAndOneAndNeverRisesWhenAnImpactIsAdded() {
    qt().withExamples(examples())
        .forAll(
            QtGenerators.of(mrrs()),
            QtGenerators.impacts("C-1", around()),
            QtGenerators.impacts("C-1", around()))
        .checkAssert(
            (mrr, before, more) -> {
              Connection c = connection(mrr);
              for (ServiceImpact added : more) {
                List<ServiceImpact> after = new ArrayList<>(before);
                after.add(added);
                for (TimeWindow bp : policy().billingPeriods(period())) {
                  Availability a = assess(c, bp, before).availability();
                  Availability b = assess(c, bp, after).availability();
                  for (Availability x : List.of(a, b)) {
                    assertTrue(
                        x.ratio().signum() >= 0 && x.ratio().compareTo(BigDecimal.ONE) <= 0,
                        x::toString);
                  }
                  assertTrue(
                      b.ratio().compareTo(a.ratio()) <= 0,
                      () -> a + " rose to " + b + " when " + added + " was added to " + before);
                }
              }
            });
  }

  @Test
  public void withoutImpactsAvailabilityIsOneAndNothingIsCredited() {
    qt().withExamples(Math.min(examples(), 50))
        .forAll(QtGenerators.of(mrrs()))
        .checkAssert(
            mrr -> {
              for (TimeWindow bp : policy().billingPeriods(period())) {
                SlaCredit credit = assess(connection(mrr), bp, List.of());
                assertEquals(0, credit.availability().ratio().compareTo(BigDecimal.ONE));
                assertTrue(credit.credit().isZero(), credit::toString);
              }
            });
  }

  @Test
  public void hasAReadableName() {
    String name = policy().toString();
    assertFalse(name.isBlank());
    assertFalse(name.contains("@"), () -> "toString looks like Object.toString: " + name);
  }
}
