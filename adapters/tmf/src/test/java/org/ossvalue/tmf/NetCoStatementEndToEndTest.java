package org.ossvalue.tmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.statement.AvailabilityFigure;
import org.ossvalue.core.statement.CreditRow;
import org.ossvalue.core.statement.DataQuality;
import org.ossvalue.core.statement.ImpactLine;
import org.ossvalue.core.statement.OrderLine;
import org.ossvalue.core.statement.StatementInputs;
import org.ossvalue.core.statement.ValueStatement;

/**
 * The value statement of NetCo, March 2025, end to end: the fixtures-dev files read by the adapter
 * (strict), stated by the core with its defaults, every headline figure as the README gives it.
 */
class NetCoStatementEndToEndTest {

  private static final Instant AS_OF = Instant.parse("2025-04-01T00:00:00Z");
  private static final ReportingPeriod MARCH = ReportingPeriod.month("2025-03", "UTC");

  private static final TmfDataset NETCO = TmfReader.strict().readDirectory(Fixtures.netco());
  private static final ValueStatement STATEMENT = ValueStatement.assess(inputs(NETCO));

  static StatementInputs inputs(TmfDataset d) {
    return StatementInputs.builder()
        .period(MARCH)
        .asOf(AS_OF)
        .connections(d.connections())
        .topology(d.topology())
        .causes(d.causes())
        .tickets(d.tickets())
        .problems(d.problems())
        .orders(d.orders())
        .usage(d.usage())
        .bills(d.bills())
        .billLines(d.billLines())
        .slaTerms(d.slaTerms())
        .dataQuality(d.report().toDataQuality())
        .build();
  }

  private static String text(List<Money> amounts) {
    return amounts.stream().map(m -> m.rounded().toString()).collect(Collectors.joining(", "));
  }

  private static String percent(BigDecimal p) {
    return p.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  @Test
  void theHeadlineFromTheFixtureFilesIsTheReadmes() {
    var h = STATEMENT.headline();
    assertEquals("2270.10 EUR, 1350.00 GBP", text(h.connected()), "§1 recognised in March");
    assertEquals("2215.91 EUR, 1350.00 GBP", text(h.mrr()), "§1 active MRR");
    assertEquals("111.42 EUR, 4.03 GBP", text(h.atRisk()), "§3");
    assertEquals("0.00 EUR, 3.23 GBP", text(h.plannedAtRisk()), "§3 planned apart");
    assertEquals("190.50 EUR, 120.00 GBP", text(h.credits()), "§4");
    assertEquals("0.06 EUR, 0.00 GBP", text(h.usageLost()), "§3, from P-1005's rated usage");
    assertEquals("190.56 EUR, 120.00 GBP", text(h.lost()), "credits + usage lost");
    assertEquals("59.00 EUR, 0.00 GBP", text(h.leakage()), "§7");
    assertEquals("0.00 EUR, 0.00 GBP", text(h.enabled()), "no activation, nothing early in March");
    assertEquals("0.00 EUR, 0.00 GBP", text(h.delayed()), "PO-3002's delay was in February");
    assertEquals("32.22 EUR, 1.29 GBP", text(h.protectedRevenue()), "docs/formulas.md");
    List<AvailabilityFigure> a = h.revenueWeightedAvailability();
    assertEquals("95.09", percent(a.get(0).unplanned()));
    assertEquals("99.70", percent(a.get(1).unplanned()));
    assertEquals("99.46", percent(a.get(1).includingPlanned()));
  }

  @Test
  void linesFromTheFixtureFilesMatchTheReadmeToTheCent() {
    assertEquals(
        "P-1001 SLA-9001 99.4848 % -> 112.50 EUR, P-1003 SLA-9001 99.8992 % -> 78.00 EUR,"
            + " P-1004 SLA-9002 100.0000 % -> 0.00 EUR, P-1005 SLA-9002 99.5296 % -> 0.00 EUR,"
            + " P-1010 SLA-9001 99.6640 % -> 120.00 GBP",
        STATEMENT.slaCredits().byConnection().stream()
            .map(CreditRow::toString)
            .collect(Collectors.joining(", ")));
    assertEquals(
        "P-1001 2.32 EUR, P-1002 1.51 EUR, P-1003 0.79 EUR, P-1004 94.96 EUR, P-1005 0.42 EUR,"
            + " P-1006 2.00 EUR, P-1008 8.87 EUR, P-1010 4.03 GBP, P-1012 0.56 EUR",
        STATEMENT.revenueAtRisk().byConnection().stream()
            .map(Object::toString)
            .collect(Collectors.joining(", ")));
    ImpactLine p1001 =
        STATEMENT.impacts().stream().filter(i -> i.connection().equals("P-1001")).findFirst().get();
    assertEquals(0, new BigDecimal("230").compareTo(p1001.minutes()));
    assertEquals(List.of("alarm:7001", "alarm:7008"), p1001.causes());
    OrderLine po3001 = order("PO-3001");
    assertEquals(Money.of("11.31", "EUR"), po3001.pulledForward().orElseThrow().rounded());
    assertEquals(Optional.of(Money.of("0", "EUR")), po3001.pulledForwardInPeriod());
    OrderLine po3002 = order("PO-3002");
    assertEquals(Money.of("552.46", "GBP"), po3002.delayed().orElseThrow().rounded());
    assertEquals(0, new BigDecimal("50220").compareTo(po3002.leadTimeMinutes().orElseThrow()));
    assertEquals(Optional.empty(), order("PO-3003").pulledForward(), "only in free text");
    assertEquals(
        List.of("BA-002", "BA-004", "BA-005", "BA-006"), STATEMENT.leakage().notAssessable());
  }

  @Test
  void theReadersFactsAreTheStatementsDataQuality() {
    DataQuality q = STATEMENT.dataQuality();
    assertEquals(NETCO.report().files().size(), q.files().size());
    assertEquals(
        12,
        q.files().stream()
            .filter(f -> f.file().equals("product.json"))
            .findFirst()
            .get()
            .accepted());
    assertTrue(q.rejected().isEmpty(), q.rejected().toString());
    assertEquals(NETCO.report().warnings().size(), q.warnings().size());
    assertEquals(
        NETCO.report().warnings().stream().map(Object::toString).collect(Collectors.toList()),
        q.warnings().stream().map(Object::toString).collect(Collectors.toList()),
        "same words");
  }

  @Test
  void theSameStatementWhateverTheOrderTheAdapterListsRecordsIn() {
    StatementInputs in = inputs(NETCO);
    StatementInputs reversed =
        StatementInputs.builder()
            .from(in)
            .connections(reverse(in.connections()))
            .causes(reverse(in.causes()))
            .tickets(reverse(in.tickets()))
            .orders(reverse(in.orders()))
            .billLines(reverse(in.billLines()))
            .usage(reverse(in.usage()))
            .build();
    assertEquals(STATEMENT, ValueStatement.assess(reversed));
  }

  private static <T> List<T> reverse(List<T> list) {
    List<T> copy = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static OrderLine order(String id) {
    return STATEMENT.fulfilment().orders().stream()
        .filter(o -> o.order().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
