package org.ossvalue.core.valuation.sla;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;

/** The built-in policy: measure, apply every rule, sum, cap, count breaches. */
final class ConfiguredSlaPolicy implements SlaPolicy {

  private final String agreement;
  private final SlaPolicyConfig config;
  private final Optional<BigDecimal> target;
  private final String description;

  ConfiguredSlaPolicy(String agreement, SlaPolicyConfig config) {
    if (agreement.isBlank()) {
      throw new IllegalArgumentException("agreement must not be blank, was \"" + agreement + "\"");
    }
    this.agreement = agreement;
    this.config = config;
    this.target = config.effectiveTarget();
    this.description = "SlaPolicy.of(" + agreement + ", " + config + ")";
  }

  @Override
  public String agreement() {
    return agreement;
  }

  @Override
  public List<TimeWindow> billingPeriods(ReportingPeriod period) {
    ZoneId zone = config.availability().zone().orElse(period.zone());
    return ReportingPeriod.of(period.window(), zone).calendarMonths();
  }

  @Override
  public SlaCredit assess(SlaCase slaCase) {
    Connection connection = slaCase.connection();
    ZoneId zone = config.availability().zone().orElse(slaCase.zone());
    Money mrr = connection.mrr().orElseThrow();
    Availability availability =
        AvailabilityMeter.measure(config.availability(), slaCase, connection, zone);
    boolean inForce = config.validFor().map(v -> v.overlaps(slaCase.billingPeriod())).orElse(true);

    List<CreditLine> lines = new ArrayList<>();
    if (inForce) {
      for (CreditRule rule : config.creditRules()) {
        rule.apply(availability, mrr).ifPresent(lines::add);
      }
    }
    Money uncapped = Money.zero(mrr.currency());
    for (CreditLine line : lines) {
      uncapped = uncapped.plus(line.amount());
    }
    Optional<Money> cap = config.cap().limit(mrr);
    Money credit = cap.isPresent() && cap.get().compareTo(uncapped) < 0 ? cap.get() : uncapped;

    boolean breached =
        inForce
            && (target.isPresent() ? availability.isBelow(target.get()) : uncapped.signum() > 0);
    int consecutive = breached ? slaCase.previousConsecutiveBreaches() + 1 : 0;
    boolean terminationRight =
        config.chronicFailureAfter().map(n -> consecutive >= n).orElse(false);

    return SlaCredit.builder()
        .connection(connection.id())
        .agreement(agreement)
        .policy(toString())
        .billingPeriod(slaCase.billingPeriod())
        .availability(availability)
        .mrr(mrr)
        .target(target)
        .inForce(inForce)
        .breached(breached)
        .lines(lines)
        .cap(cap)
        .credit(credit)
        .consecutiveBreaches(consecutive)
        .terminationRight(terminationRight)
        .chronicFailureAfter(config.chronicFailureAfter())
        .provisional(slaCase.billingPeriod().end().isAfter(slaCase.asOf()))
        .build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConfiguredSlaPolicy that
        && that.agreement.equals(agreement)
        && that.config.equals(config);
  }

  @Override
  public int hashCode() {
    return agreement.hashCode() * 31 + config.hashCode();
  }

  @Override
  public String toString() {
    return description;
  }
}
