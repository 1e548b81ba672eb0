package org.ossvalue.core.valuation.leakage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.ChargeKind;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

class LeakageCheckTest {

  private static final ReportingPeriod MARCH = ReportingPeriod.month("2025-03", "UTC");
  private static final Bill BILL =
      Bill.builder().id("B1").account("A").billingPeriod(MARCH.window()).build();

  @Test
  void underOverAndBilledNotConnectedAreFoundBeyondTheTolerance() {
    List<Connection> inventory =
        List.of(
            connection("C1", "100.00", "2024-01-01T00:00:00Z", null),
            connection("C2", "100.00", "2024-01-01T00:00:00Z", null),
            connection("C3", "100.00", "2024-01-01T00:00:00Z", null),
            connection("C4", "100.00", "2024-01-01T00:00:00Z", "2025-02-01T00:00:00Z"));
    List<BillLine> lines =
        List.of(
            line("L1", "C1", ChargeKind.RECURRING, "90.00"),
            line("L2", "C2", ChargeKind.RECURRING, "110.00"),
            line("L3", "C3", ChargeKind.RECURRING, "100.004"),
            line("L4", "C4", ChargeKind.RECURRING, "100.00"),
            line("L5", "C1", ChargeKind.CREDIT, "-25.00"),
            line("L6", "C2", ChargeKind.ONE_TIME, "300.00"));
    LeakageReport report = LeakageCheck.defaults().assess(inventory, List.of(BILL), lines, MARCH);
    assertEquals(
        List.of(
            FindingKind.UNDER_BILLED,
            FindingKind.OVER_BILLED,
            FindingKind.MATCHED,
            FindingKind.BILLED_NOT_CONNECTED),
        report.findings().stream().map(LeakageFinding::kind).collect(Collectors.toList()));
    assertEquals(MoneyTotals.of(Money.of("10", "EUR")), report.leakage());
    assertEquals(MoneyTotals.of(Money.of("110", "EUR")), report.overcharges(), "10 + 100");
    assertEquals(
        MoneyTotals.of(Money.of("-25.00", "EUR")), report.creditsBilled(), "negative is valid");
    assertEquals("L6", report.account("A").orElseThrow().otherLines().get(0).id());
  }

  @Test
  void aConnectionActivatedMidMonthIsExpectedProRata() {
    Connection c = connection("C1", "310.00", "2025-03-11T00:00:00Z", null);
    LeakageReport billedFull =
        LeakageCheck.defaults()
            .assess(
                List.of(c),
                List.of(BILL),
                List.of(line("L1", "C1", ChargeKind.RECURRING, "310.00")),
                MARCH);
    assertEquals(FindingKind.OVER_BILLED, billedFull.findings().get(0).kind());
    assertEquals(Money.of("210", "EUR"), billedFull.findings().get(0).expected(), "21 of 31 days");
    LeakageReport billedProRata =
        LeakageCheck.defaults()
            .assess(
                List.of(c),
                List.of(BILL),
                List.of(line("L1", "C1", ChargeKind.RECURRING, "210.00")),
                MARCH);
    assertEquals(FindingKind.MATCHED, billedProRata.findings().get(0).kind());
  }

  @Test
  void aQuarterlyLineCountsOnlyForTheMonthItCovers() {
    BillLine quarterly =
        BillLine.builder()
            .id("Q1")
            .account("A")
            .bill("B1")
            .connection("C1")
            .kind(ChargeKind.RECURRING)
            .coverage(TimeWindow.parse("2025-01-01T00:00Z/2025-04-01T00:00Z"))
            .amount(Money.of("900.00", "EUR"))
            .build();
    Connection c = connection("C1", "300.00", "2024-01-01T00:00:00Z", null);
    LeakageReport report =
        LeakageCheck.of(LeakageConfig.builder().toleranceMinorUnits(new BigDecimal("50")).build())
            .assess(List.of(c), List.of(BILL), List.of(quarterly), MARCH);
    // 900 x 31/90 days = 310.00: within a 0.50 EUR tolerance? No: 10 EUR over. The tolerance is 50
    // cents.
    assertEquals(FindingKind.OVER_BILLED, report.findings().get(0).kind());
    assertEquals(Money.of("310", "EUR"), report.findings().get(0).billed());
  }

  @Test
  void aLineThatCannotBePlacedInTimeIsReportedNotDropped() {
    BillLine loose =
        BillLine.builder()
            .id("L-LOOSE")
            .account("A")
            .connection("C1")
            .kind(ChargeKind.RECURRING)
            .amount(Money.of("100.00", "EUR"))
            .build();
    Connection c = connection("C1", "100.00", "2024-01-01T00:00:00Z", null);
    LeakageReport report =
        LeakageCheck.defaults().assess(List.of(c), List.of(BILL), List.of(loose), MARCH);
    assertEquals(List.of(loose), report.unplacedLines());
    assertEquals(FindingKind.CONNECTED_NOT_BILLED, report.findings().get(0).kind());
  }

  @Test
  void aDifferentCurrencyIsReportedNotCompared() {
    Connection c = connection("C1", "100.00", "2024-01-01T00:00:00Z", null);
    BillLine gbp =
        BillLine.builder()
            .id("L1")
            .account("A")
            .bill("B1")
            .connection("C1")
            .kind(ChargeKind.RECURRING)
            .amount(Money.of("100.00", "GBP"))
            .build();
    LeakageReport report =
        LeakageCheck.defaults().assess(List.of(c), List.of(BILL), List.of(gbp), MARCH);
    assertEquals(FindingKind.CURRENCY_MISMATCH, report.findings().get(0).kind());
    assertTrue(report.leakage().isEmpty());
  }

  @Test
  void leakageIsZeroWhenBillsMatchInventory() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              List<Connection> inventory = new ArrayList<>();
              List<BillLine> lines = new ArrayList<>();
              List<Bill> bills = new ArrayList<>();
              int accounts = 1 + r.nextInt(4);
              for (int a = 0; a < accounts; a++) {
                bills.add(
                    Bill.builder()
                        .id("B" + a)
                        .account("A" + a)
                        .billingPeriod(MARCH.window())
                        .build());
              }
              int n = r.nextInt(12);
              for (int i = 0; i < n; i++) {
                String account = "A" + r.nextInt(accounts);
                Instant activation =
                    MARCH.from().plus(Duration.ofMinutes(r.nextInt(60 * 24 * 60) - 60 * 24 * 30));
                Connection.Builder b =
                    Connection.builder()
                        .id("C" + i)
                        .account(account)
                        .activation(activation)
                        .addRecurringCharges(
                            RecurringCharge.monthly(
                                Money.of(
                                    BigDecimal.valueOf(r.nextInt(1_000_000), 2),
                                    Money.currency("EUR"))));
                if (r.nextInt(3) == 0) {
                  b.termination(activation.plus(Duration.ofMinutes(1 + r.nextInt(60 * 24 * 40))));
                }
                Connection c = b.build();
                inventory.add(c);
                c.activeWindow(MARCH.window())
                    .ifPresent(
                        active -> {
                          // What a biller charges: MRR pro-rata, rounded to cents.
                          Money charged =
                              RevenueAtRiskStrategy.calendarAccurate()
                                  .valueOf(
                                      c.mrr().orElseThrow(), active, BigDecimal.ONE, MARCH.zone())
                                  .rounded();
                          lines.add(
                              BillLine.builder()
                                  .id("L" + c.id())
                                  .account(account)
                                  .bill("B" + account.substring(1))
                                  .connection(c.id())
                                  .kind(ChargeKind.RECURRING)
                                  .coverage(MARCH.window())
                                  .amount(charged)
                                  .build());
                        });
              }
              LeakageReport report = LeakageCheck.defaults().assess(inventory, bills, lines, MARCH);
              assertTrue(
                  report.leakage().isEmpty(), () -> "seed " + seed + ": " + report.findings());
              assertTrue(
                  report.overcharges().isEmpty(), () -> "seed " + seed + ": " + report.findings());
              assertTrue(report.ledgerEntries().isEmpty());
            });
  }

  private static Connection connection(
      String id, String mrr, String activation, String termination) {
    Connection.Builder b =
        Connection.builder()
            .id(id)
            .account("A")
            .activation(Instant.parse(activation))
            .addRecurringCharges(RecurringCharge.monthly(Money.of(mrr, "EUR")));
    if (termination != null) {
      b.termination(Instant.parse(termination));
    }
    return b.build();
  }

  private static BillLine line(String id, String connection, ChargeKind kind, String amount) {
    return BillLine.builder()
        .id(id)
        .account("A")
        .bill("B1")
        .connection(connection)
        .kind(kind)
        .coverage(MARCH.window())
        .amount(Money.of(amount, "EUR"))
        .build();
  }
}
