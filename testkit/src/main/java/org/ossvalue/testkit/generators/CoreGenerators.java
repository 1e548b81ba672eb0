package org.ossvalue.testkit.generators;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ossvalue.core.Cause;
import org.ossvalue.core.CauseKind;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.ChargePeriod;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ConnectionStatus;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.Severity;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.attribution.Game;
import org.ossvalue.core.attribution.OssFunction;
import org.ossvalue.core.sla.CreditTier;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.core.valuation.SeverityMapping;
import org.ossvalue.core.valuation.sla.AvailabilityConfig;
import org.ossvalue.core.valuation.sla.BusinessHours;
import org.ossvalue.core.valuation.sla.ClockStart;
import org.ossvalue.core.valuation.sla.CreditAmount;
import org.ossvalue.core.valuation.sla.CreditCap;
import org.ossvalue.core.valuation.sla.CreditRule;
import org.ossvalue.core.valuation.sla.DowntimeRule;
import org.ossvalue.core.valuation.sla.ServiceSchedule;
import org.ossvalue.core.valuation.sla.SlaPolicyConfig;
import org.ossvalue.testkit.internal.Seeds;
import org.ossvalue.testkit.operator.OperatorSpec;
import org.ossvalue.testkit.operator.SyntheticOperator;

/**
 * Generators for the core types, each a pure function of a seed: valid values that reach the
 * corners (zero and full degradation, currencies without and with three minor digits, windows
 * across month ends and daylight-saving changes, open causes, planned impacts).
 */
public final class CoreGenerators {

  /** The currencies generated: two minor digits (EUR, GBP, USD, CHF), none (JPY), three (KWD). */
  public static final List<String> CURRENCIES = List.of("EUR", "GBP", "USD", "CHF", "JPY", "KWD");

  /** The zones generated: UTC, and three with daylight saving or odd offsets. */
  public static final List<String> ZONES =
      List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata");

  private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");

  private CoreGenerators() {}

  private static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  private static SplittableRandom r(long seed) {
    return new SplittableRandom(Seeds.mix(seed ^ 0x5DEECE66DL));
  }

  /** A currency from {@link #CURRENCIES}. */
  public static Generator<Currency> currencies() {
    return Generator.oneOf(CURRENCIES).map(Money::currency);
  }

  /** Money in one of {@link #CURRENCIES}, 0 to 99,999 in whole minor units. */
  public static Generator<Money> money() {
    return seed ->
        money(r(seed), Money.currency(CURRENCIES.get(r(seed).nextInt(CURRENCIES.size()))));
  }

  /** Money in one currency, 0 to 99,999 (and sometimes large), in whole minor units. */
  public static Generator<Money> money(String currencyCode) {
    Currency currency = Money.currency(currencyCode);
    return seed -> money(r(seed), currency);
  }

  private static Money money(SplittableRandom r, Currency currency) {
    int digits = Money.minorUnitDigits(currency);
    long whole = r.nextInt(10) == 0 ? r.nextLong(100_000_000L) : r.nextLong(100_000L);
    long minor = digits == 0 ? 0 : r.nextLong((long) StrictMath.pow(10, digits));
    return Money.of(BigDecimal.valueOf(whole).add(BigDecimal.valueOf(minor, digits)), currency);
  }

  /**
   * A degradation in [0, 1]: 0 and 1 often, the default severity levels often, and any decimal with
   * up to six places.
   */
  public static Generator<BigDecimal> degradations() {
    return seed -> {
      SplittableRandom r = r(seed);
      return switch (r.nextInt(6)) {
        case 0 -> BigDecimal.ZERO;
        case 1 -> BigDecimal.ONE;
        case 2 -> new BigDecimal(List.of("0.25", "0.5", "0.75").get(r.nextInt(3)));
        default -> BigDecimal.valueOf(r.nextLong(1_000_001L), 6).stripTrailingZeros();
      };
    };
  }

  /** An X.733 severity. */
  public static Generator<Severity> severities() {
    return Generator.oneOf(List.of(Severity.values()));
  }

  /** A reporting period: a calendar month of 2024 to 2026 in one of {@link #ZONES}. */
  public static Generator<ReportingPeriod> periods() {
    return seed -> {
      SplittableRandom r = r(seed);
      YearMonth month = YearMonth.of(2024 + r.nextInt(3), 1 + r.nextInt(12));
      return ReportingPeriod.month(month, ZoneId.of(ZONES.get(r.nextInt(ZONES.size()))));
    };
  }

  /** An instant in [within.start, within.end), to the second. */
  public static Generator<Instant> instants(TimeWindow within) {
    long span = Math.max(1, within.duration().toSeconds());
    return seed -> within.start().plusSeconds(r(seed).nextLong(span));
  }

  /**
   * A non-empty window inside {@code within}: mostly minutes to hours long, sometimes days, to the
   * second.
   */
  public static Generator<TimeWindow> windows(TimeWindow within) {
    long span = Math.max(2, within.duration().toSeconds());
    return seed -> {
      SplittableRandom r = r(seed);
      long start = r.nextLong(span - 1);
      long length =
          1
              + (r.nextInt(5) == 0
                  ? r.nextLong(Math.max(1, span - start - 1))
                  : r.nextLong(Math.min(span - start - 1, 6 * 3_600L) + 1));
      length = Math.min(length, span - start);
      return TimeWindow.of(
          within.start().plusSeconds(start), within.start().plusSeconds(start + length));
    };
  }

  /** A recurring charge in a currency: monthly mostly, also yearly, quarterly, weekly, daily. */
  public static Generator<RecurringCharge> recurringCharges(String currencyCode) {
    Currency currency = Money.currency(currencyCode);
    return seed -> {
      SplittableRandom r = r(seed);
      ChargePeriod period =
          r.nextInt(3) > 0 ? ChargePeriod.MONTH : pick(r, List.of(ChargePeriod.values()));
      return RecurringCharge.of(money(r, currency), period);
    };
  }

  /**
   * A connection {@code C-<n>} on account {@code A-<n>} realised by {@code S-<k>} (k in 0..9), with
   * one or two recurring charges in one currency, active since before 2025 (sometimes terminated in
   * 2025, sometimes never activated), maybe with usage revenue and an SLA {@code SLA-1}.
   */
  public static Generator<Connection> connections() {
    return seed -> {
      SplittableRandom r = r(seed);
      String code = CURRENCIES.get(r.nextInt(CURRENCIES.size()));
      long n = Math.floorMod(Seeds.mix(seed), 1_000_000L);
      Connection.Builder b =
          Connection.builder()
              .id("C-" + n)
              .account("A-" + (n / 3))
              .segment(List.of("residential", "smb", "enterprise").get(r.nextInt(3)))
              .addRealizedBy("S-" + r.nextInt(10));
      int charges = 1 + r.nextInt(2);
      for (int k = 0; k < charges; k++) {
        b.addRecurringCharges(recurringCharges(code).generate(Seeds.derive(seed, k)));
      }
      if (r.nextInt(10) > 0) {
        Instant activation = EPOCH.minusSeconds(r.nextLong(3L * 365 * 86_400));
        b.activation(activation);
        if (r.nextInt(8) == 0) {
          b.termination(EPOCH.plusSeconds(r.nextLong(365L * 86_400)));
          b.status(ConnectionStatus.TERMINATED);
        }
      } else {
        b.status(ConnectionStatus.PENDING_ACTIVE);
      }
      if (r.nextInt(4) == 0) {
        b.usageRevenuePerMonth(money(r, Money.currency(code)));
      }
      if (r.nextInt(3) == 0) {
        b.sla("SLA-1");
      }
      return b.build();
    };
  }

  /**
   * An alarm (sometimes planned work, a ticket or a change) on one of these elements, raised inside
   * {@code within}, cleared after minutes to days or still open.
   */
  public static Generator<Cause> causes(List<String> elements, TimeWindow within) {
    List<String> copy = List.copyOf(elements);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("elements must not be empty");
    }
    return seed -> {
      SplittableRandom r = r(seed);
      int kind = r.nextInt(10);
      CauseKind k =
          kind < 7
              ? CauseKind.ALARM
              : kind == 7
                  ? CauseKind.PLANNED_WORK
                  : kind == 8 ? CauseKind.TICKET : CauseKind.CHANGE;
      Instant raised = instants(within).generate(seed);
      Cause.Builder b =
          Cause.builder()
              .kind(k)
              .id(Long.toString(Math.floorMod(Seeds.mix(seed), 1_000_000L)))
              .element(copy.get(r.nextInt(copy.size())))
              .raised(raised)
              .severity(pick(r, List.of(Severity.values())));
      if (k == CauseKind.ALARM && r.nextInt(10) == 0) {
        b.planned(true);
      }
      if (r.nextInt(12) > 0) {
        long minutes = r.nextInt(5) == 0 ? r.nextLong(7 * 1440L) : 1 + r.nextLong(240);
        b.cleared(raised.plus(Duration.ofMinutes(minutes)));
      }
      return b.build();
    };
  }

  /**
   * Impacts of one connection inside {@code within}: up to five unplanned and two planned windows,
   * each class without overlaps (as the impact engine makes them), with degradations in (0, 1] and
   * one or two causes.
   */
  public static Generator<List<ServiceImpact>> impacts(String connection, TimeWindow within) {
    return seed -> {
      SplittableRandom r = r(seed);
      List<ServiceImpact> list = new ArrayList<>();
      for (ImpactClass cls : ImpactClass.values()) {
        int count = r.nextInt(cls == ImpactClass.UNPLANNED ? 6 : 3);
        long span = within.duration().toSeconds();
        long cursor = 0;
        for (int i = 0; i < count && cursor < span - 2; i++) {
          long start = cursor + r.nextLong(Math.max(1, (span - cursor) / (count - i)));
          long length = 1 + r.nextLong(Math.max(1, Math.min(span - start - 1, 12 * 3_600L)));
          if (start + length > span) {
            break;
          }
          BigDecimal d =
              degradations()
                  .filter(x -> x.signum() > 0)
                  .generate(Seeds.derive(seed, (cls == ImpactClass.PLANNED ? 10L : 0L) + i));
          ServiceImpact.Builder b =
              ServiceImpact.builder()
                  .connection(connection)
                  .window(
                      TimeWindow.of(
                          within.start().plusSeconds(start),
                          within.start().plusSeconds(start + length)))
                  .degradation(d)
                  .classification(cls)
                  .addCauses(
                      CauseRef.of(
                          cls == ImpactClass.PLANNED ? CauseKind.PLANNED_WORK : CauseKind.ALARM,
                          Integer.toString(1 + r.nextInt(9))));
          if (r.nextInt(3) == 0) {
            b.addCauses(CauseRef.of(CauseKind.TICKET, "T" + r.nextInt(3)));
          }
          list.add(b.build());
          cursor = start + length;
        }
      }
      list.sort(null);
      return List.copyOf(list);
    };
  }

  /** A built-in combination rule: all-required, redundant, at-least-k (1 to 4), weighted mean. */
  public static Generator<CombinationRule> combinationRules() {
    return seed -> {
      SplittableRandom r = r(seed);
      return switch (r.nextInt(4)) {
        case 0 -> CombinationRule.allRequired();
        case 1 -> CombinationRule.redundant();
        case 2 -> CombinationRule.atLeast(1 + r.nextInt(4));
        default -> CombinationRule.weightedMean();
      };
    };
  }

  /**
   * A layered network: resources {@code R-0…}, services {@code S-0…} each supported by one to four
   * earlier elements under a random built-in rule, so never a cycle. Connections realised by {@code
   * S-<k>} (see {@link #connections()}) sit on top of services S-0 to S-9, which always exist.
   */
  public static Generator<Topology> topologies() {
    return seed -> {
      SplittableRandom r = r(seed);
      Topology.Builder t = Topology.builder();
      List<String> below = new ArrayList<>();
      int resources = 2 + r.nextInt(10);
      for (int i = 0; i < resources; i++) {
        t.resource("R-" + i);
        below.add("R-" + i);
      }
      int services = 10 + r.nextInt(10);
      for (int i = services - 1; i >= 0; i--) {
        String id = "S-" + i;
        int supporters = 1 + r.nextInt(Math.min(4, below.size()));
        List<String> chosen = new ArrayList<>();
        for (int k = 0; k < supporters; k++) {
          String s = below.get(r.nextInt(below.size()));
          if (!chosen.contains(s)) {
            chosen.add(s);
          }
        }
        t.service(
            id, combinationRules().generate(Seeds.derive(seed, i)), chosen.toArray(String[]::new));
        below.add(id);
      }
      return t.build();
    };
  }

  /** A severity mapping that keeps critical ≥ major ≥ minor ≥ warning, indeterminate anywhere. */
  public static Generator<SeverityMapping> severityMappings() {
    return seed -> {
      SplittableRandom r = r(seed);
      List<BigDecimal> levels = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        levels.add(BigDecimal.valueOf(r.nextInt(101), 2));
      }
      levels.sort(java.util.Comparator.reverseOrder());
      Map<Severity, BigDecimal> table = new EnumMap<>(Severity.class);
      table.put(Severity.CRITICAL, levels.get(0));
      table.put(Severity.MAJOR, levels.get(1));
      table.put(Severity.MINOR, levels.get(2));
      table.put(Severity.WARNING, levels.get(3));
      table.put(Severity.INDETERMINATE, BigDecimal.valueOf(r.nextInt(101), 2));
      return SeverityMapping.of(table);
    };
  }

  /** SLA terms {@code SLA-1}: one to three credit tiers below 100 %, maybe a cap. */
  public static Generator<SlaTerms> slaTerms() {
    return seed -> {
      SplittableRandom r = r(seed);
      SlaTerms.Builder b = SlaTerms.builder().id("SLA-1").name("Generated " + seed);
      BigDecimal below = new BigDecimal("99.99");
      int tiers = 1 + r.nextInt(3);
      int credit = 5 + r.nextInt(10);
      for (int i = 0; i < tiers; i++) {
        b.addTiers(CreditTier.of(below, BigDecimal.valueOf(credit)));
        below = below.subtract(BigDecimal.valueOf(1 + r.nextInt(20), 1));
        credit += 5 + r.nextInt(30);
      }
      if (r.nextBoolean()) {
        b.capPercentOfMrr(BigDecimal.valueOf(10 + r.nextInt(100)));
      }
      b.plannedExcluded(r.nextInt(4) > 0);
      return b.build();
    };
  }

  /**
   * An SLA policy configuration: tiers, per-hour and per-incident rules, caps (percent, absolute in
   * EUR, lower of both), and measurement options (downtime rule, planned work, business hours,
   * minimum outage, clock start).
   */
  public static Generator<SlaPolicyConfig> slaPolicies() {
    return seed -> {
      SplittableRandom r = r(seed);
      AvailabilityConfig.Builder measurement = AvailabilityConfig.builder();
      switch (r.nextInt(3)) {
        case 0 -> measurement.downtimeRule(DowntimeRule.degradationWeighted());
        case 1 ->
            measurement.downtimeRule(
                DowntimeRule.atLeast(
                    new BigDecimal(List.of("0.25", "0.5", "1").get(r.nextInt(3)))));
        default -> {}
      }
      measurement.plannedExcluded(r.nextBoolean());
      if (r.nextInt(3) == 0) {
        measurement.schedule(
            ServiceSchedule.businessHours(
                BusinessHours.builder()
                    .addHolidays(LocalDate.of(2025, 3, 1 + r.nextInt(31)))
                    .build()));
      }
      measurement.minimumOutage(Duration.ofMinutes(r.nextInt(3) * 20L));
      measurement.clockStart(pick(r, List.of(ClockStart.values())));
      SlaPolicyConfig.Builder policy = SlaPolicyConfig.builder().availability(measurement.build());
      if (r.nextBoolean()) {
        policy.addCreditRules(
            CreditRule.tiers(
                CreditTier.of("99.9", String.valueOf(r.nextInt(30))),
                CreditTier.of("99", String.valueOf(r.nextInt(80))),
                CreditTier.of("90", String.valueOf(r.nextInt(200)))));
      }
      if (r.nextBoolean()) {
        policy.addCreditRules(
            CreditRule.perHour(
                CreditAmount.percentOfMrr(String.valueOf(r.nextInt(20))),
                Duration.ofMinutes(r.nextInt(240))));
      }
      if (r.nextBoolean()) {
        policy.addCreditRules(
            CreditRule.perIncident(
                CreditAmount.fixed(Money.of(r.nextInt(100) + ".50", "EUR")),
                Duration.ofMinutes(r.nextInt(60))));
      }
      switch (r.nextInt(4)) {
        case 0 -> policy.cap(CreditCap.percentOfMrr(BigDecimal.valueOf(r.nextInt(120))));
        case 1 -> policy.cap(CreditCap.absolute(Money.of(String.valueOf(r.nextInt(500)), "EUR")));
        case 2 ->
            policy.cap(
                CreditCap.lowerOf(
                    BigDecimal.valueOf(r.nextInt(120)),
                    Money.of(String.valueOf(r.nextInt(500)), "EUR")));
        default -> {}
      }
      return policy.build();
    };
  }

  /**
   * A cooperative game over 2 to 6 OSS functions {@code f0…}, in which every player adds value:
   * v(S) = Σ wᵢ over S plus a synergy of 3 per pair in S, with weights wᵢ in [1, 100]. Every
   * attribution strategy can split it (removal effects are positive).
   */
  public static Generator<Game> games() {
    return seed -> {
      SplittableRandom r = r(seed);
      int n = 2 + r.nextInt(5);
      List<OssFunction> players = new ArrayList<>();
      Map<OssFunction, BigDecimal> w = new java.util.HashMap<>();
      for (int i = 0; i < n; i++) {
        OssFunction f = OssFunction.of("f" + i);
        players.add(f);
        w.put(f, BigDecimal.valueOf(1 + r.nextInt(100)));
      }
      return Game.of(
          players,
          s -> {
            BigDecimal sum = BigDecimal.valueOf(3L * s.size() * (s.size() - 1) / 2);
            for (OssFunction f : s) {
              sum = sum.add(w.get(f));
            }
            return sum;
          },
          "generated positive game, seed " + seed);
    };
  }

  /** A small synthetic operator: 10 to {@code maxConnections} connections, March 2025. */
  public static Generator<SyntheticOperator> operators(int maxConnections) {
    if (maxConnections < OperatorSpec.MIN_CONNECTIONS) {
      throw new IllegalArgumentException(
          "maxConnections must be >= " + OperatorSpec.MIN_CONNECTIONS + ", was " + maxConnections);
    }
    return seed ->
        SyntheticOperator.of(
            seed,
            OperatorSpec.MIN_CONNECTIONS
                + r(seed).nextInt(maxConnections - OperatorSpec.MIN_CONNECTIONS + 1));
  }
}
