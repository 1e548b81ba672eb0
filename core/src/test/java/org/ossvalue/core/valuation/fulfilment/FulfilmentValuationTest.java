package org.ossvalue.core.valuation.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.fulfilment.OrderAction;
import org.ossvalue.core.fulfilment.OrderItem;
import org.ossvalue.core.fulfilment.OrderState;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.LedgerKind;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

class FulfilmentValuationTest {

  private static final ReportingPeriod YEAR =
      ReportingPeriod.of(
          t("2025-01-01T00:00:00Z"), t("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);
  private static final Instant AS_OF = t("2025-06-01T00:00:00Z");

  @Test
  void completionAgainstTheOfferingsBaselineLeadTimeIsValuedToo() {
    FulfilmentConfig config =
        FulfilmentConfig.builder()
            .putBaselineLeadTimes("FIBRE", Duration.ofDays(30))
            .defaultBaselineLeadTime(Duration.ofDays(10))
            .build();
    Order fast =
        completed(
            "O1",
            "2025-04-01T00:00:00Z",
            "2025-04-11T00:00:00Z",
            "2025-04-20T00:00:00Z",
            "FIBRE",
            "300.00");
    Order slow =
        completed(
            "O2",
            "2025-04-01T00:00:00Z",
            "2025-04-16T00:00:00Z",
            "2025-04-20T00:00:00Z",
            "OTHER",
            "300.00");
    FulfilmentValue value = FulfilmentValuation.of(config).assess(List.of(fast, slow), YEAR, AS_OF);
    // April has 43,200 minutes; 20 days early against a 30-day baseline, 5 days late against 10.
    assertEquals(
        MoneyTotals.of(Money.of("200", "EUR")), value.total(FigureKind.PULLED_FORWARD_VS_BASELINE));
    assertEquals(
        MoneyTotals.of(Money.of("50", "EUR")), value.total(FigureKind.DELAYED_VS_BASELINE));
    assertEquals(
        List.of(LedgerKind.PULLED_FORWARD, LedgerKind.PULLED_FORWARD),
        value.ledgerEntries().stream().map(LedgerEntry::kind).collect(Collectors.toList()),
        "the requested date feeds the ledgers by default");

    FulfilmentValue byBaseline =
        FulfilmentValuation.of(
                FulfilmentConfig.builder()
                    .from(config)
                    .ledgerBasis(FulfilmentBasis.BASELINE)
                    .build())
            .assess(List.of(fast, slow), YEAR, AS_OF);
    assertEquals(
        List.of(LedgerKind.PULLED_FORWARD, LedgerKind.DELAYED),
        byBaseline.ledgerEntries().stream().map(LedgerEntry::kind).collect(Collectors.toList()));
  }

  @Test
  void anOrderHeldForCapacityDelaysRevenueAndAFailedOneLosesIt() {
    Order held =
        Order.builder()
            .id("O-HELD")
            .created(t("2025-05-01T00:00:00Z"))
            .requestedCompletion(t("2025-05-21T00:00:00Z"))
            .state(OrderState.HELD)
            .addItems(
                item("1", "C-HELD", "310.00").reason("noCapacity").state(OrderState.HELD).build())
            .build();
    Order failed =
        Order.builder()
            .id("O-FAILED")
            .created(t("2025-05-01T00:00:00Z"))
            .requestedCompletion(t("2025-05-30T00:00:00Z"))
            .state(OrderState.FAILED)
            .addItems(
                item("1", "C-FAILED", "310.00")
                    .reason("NoCapacity")
                    .state(OrderState.FAILED)
                    .build())
            .build();
    Order failedOther =
        Order.builder()
            .id("O-OTHER")
            .created(t("2025-05-01T00:00:00Z"))
            .requestedCompletion(t("2025-05-30T00:00:00Z"))
            .state(OrderState.FAILED)
            .addItems(item("1", "C-OTHER", "310.00").reason("customerWithdrew").build())
            .build();
    FulfilmentValue value =
        FulfilmentValuation.defaults().assess(List.of(held, failed, failedOther), YEAR, AS_OF);
    // May has 44,640 minutes: 11 days (15,840 min) held past the requested date, 2 days failed.
    assertEquals(MoneyTotals.of(Money.of("110", "EUR")), value.capacityDelayed().rounded());
    assertEquals(MoneyTotals.of(Money.of("20", "EUR")), value.capacityLost().rounded());
    assertTrue(value.delayed().isEmpty(), "a capacity delay is not counted twice");
    assertTrue(
        value.order("O-OTHER").orElseThrow().notes().get(0).contains("without a capacity reason"));
    assertEquals(
        List.of(LedgerKind.CAPACITY_LOST, LedgerKind.DELAYED),
        value.ledgerEntries().stream().map(LedgerEntry::kind).collect(Collectors.toList()));
  }

  @Test
  void aModifyWithAStructuredPreviousPriceIsValuedByItsDelta() {
    Order upgrade =
        Order.builder()
            .id("O-UP")
            .created(t("2025-04-01T00:00:00Z"))
            .requestedCompletion(t("2025-04-21T00:00:00Z"))
            .completion(t("2025-04-11T00:00:00Z"))
            .state(OrderState.COMPLETED)
            .addItems(
                OrderItem.builder()
                    .id("1")
                    .action(OrderAction.MODIFY)
                    .connection("C1")
                    .mrr(Money.of("450.00", "EUR"))
                    .previousMrr(Money.of("390.00", "EUR"))
                    .build())
            .build();
    FulfilmentValue value = FulfilmentValuation.defaults().assess(List.of(upgrade), YEAR, AS_OF);
    assertEquals(MoneyTotals.of(Money.of("20", "EUR")), value.pulledForward(), "60 x 10/30 days");
    assertEquals(MoneyTotals.of(Money.of("60", "EUR")), value.activatedMrr());
  }

  @Test
  void fulfilmentValueIsAntisymmetricInEarlyVersusLate() {
    Instant requested = t("2025-03-15T12:00:00Z");
    qt().forAll(integers().between(1, 60 * 24 * 10), integers().between(1, 500_000))
        .checkAssert(
            (minutes, cents) -> {
              Money mrr = Money.of(java.math.BigDecimal.valueOf(cents, 2), Money.currency("EUR"));
              MoneyTotals early =
                  timing(requested, requested.minus(Duration.ofMinutes(minutes)), mrr);
              MoneyTotals late =
                  timing(requested, requested.plus(Duration.ofMinutes(minutes)), mrr);
              assertEquals(early.get("EUR").negate(), late.get("EUR"));
              assertTrue(early.get("EUR").signum() > 0);
            });
  }

  @Test
  void antisymmetryHoldsAcrossMonthsWithAFlatRate() {
    FulfilmentValuation flat =
        FulfilmentValuation.of(
            FulfilmentConfig.builder().timeValue(RevenueAtRiskStrategy.flatRate()).build());
    Instant requested = t("2025-02-27T00:00:00Z");
    qt().forAll(integers().between(1, 60 * 24 * 40))
        .checkAssert(
            minutes -> {
              Money mrr = Money.of("123.45", "EUR");
              MoneyTotals early =
                  flat.assess(
                          List.of(
                              order(requested, requested.minus(Duration.ofMinutes(minutes)), mrr)),
                          YEAR,
                          AS_OF)
                      .timingValue();
              MoneyTotals late =
                  flat.assess(
                          List.of(
                              order(requested, requested.plus(Duration.ofMinutes(minutes)), mrr)),
                          YEAR,
                          AS_OF)
                      .timingValue();
              assertEquals(early.get("EUR").negate(), late.get("EUR"));
            });
  }

  private static MoneyTotals timing(Instant requested, Instant completion, Money mrr) {
    return FulfilmentValuation.defaults()
        .assess(List.of(order(requested, completion, mrr)), YEAR, AS_OF)
        .timingValue();
  }

  private static Order order(Instant requested, Instant completion, Money mrr) {
    return Order.builder()
        .id("O")
        .created(requested.minus(Duration.ofDays(90)))
        .requestedCompletion(requested)
        .completion(completion)
        .state(OrderState.COMPLETED)
        .addItems(
            OrderItem.builder().id("1").action(OrderAction.ADD).connection("C").mrr(mrr).build())
        .build();
  }

  private static Order completed(
      String id, String created, String completion, String requested, String offering, String mrr) {
    return Order.builder()
        .id(id)
        .created(t(created))
        .requestedCompletion(t(requested))
        .completion(t(completion))
        .state(OrderState.COMPLETED)
        .addItems(item("1", "C-" + id, mrr).offering(offering).build())
        .build();
  }

  private static OrderItem.Builder item(String id, String connection, String mrr) {
    return OrderItem.builder()
        .id(id)
        .action(OrderAction.ADD)
        .connection(connection)
        .mrr(Money.of(mrr, "EUR"));
  }

  private static Instant t(String s) {
    return Instant.parse(s);
  }
}
