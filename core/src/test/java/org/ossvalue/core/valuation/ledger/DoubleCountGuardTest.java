package org.ossvalue.core.valuation.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.valuation.Explanation;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.LedgerKind;

class DoubleCountGuardTest {

  private static final Instant AS_OF = Instant.parse("2025-04-01T00:00:00Z");
  private static final TimeWindow MARCH = TimeWindow.parse("2025-03-01T00:00Z/2025-04-01T00:00Z");
  private static final GuardContext CONTEXT =
      GuardContext.builder()
          .asOf(AS_OF)
          .terminations(Map.of("GONE", Instant.parse("2025-03-15T00:00:00Z")))
          .build();

  @Test
  void usageLostAndRevenueAtRiskInsideAFullyCreditedPeriodAreNotCountedAgain() {
    LedgerEntry credit = entry(LedgerKind.CREDITS_OWED, "C1", "100.00", MARCH, true);
    LedgerEntry usage =
        entry(
            LedgerKind.USAGE_LOST,
            "C1",
            "3.00",
            TimeWindow.parse("2025-03-02T00:00Z/2025-03-02T05:00Z"),
            false);
    LedgerEntry risk =
        entry(
            LedgerKind.REVENUE_AT_RISK_UNPLANNED,
            "C1",
            "0.67",
            TimeWindow.parse("2025-03-02T00:00Z/2025-03-02T05:00Z"),
            false);
    LedgerEntry otherConnection =
        entry(
            LedgerKind.USAGE_LOST,
            "C2",
            "3.00",
            TimeWindow.parse("2025-03-02T00:00Z/2025-03-02T05:00Z"),
            false);
    Ledgers ledgers =
        Ledgers.assemble(CONTEXT, DoubleCountGuard.defaults())
            .add(List.of(credit, usage, risk, otherConnection))
            .build();
    assertEquals(2, ledgers.excluded().size());
    assertEquals(GuardRule.USAGE_LOST_FULLY_CREDITED, ledgers.excluded().get(0).rule());
    assertEquals(GuardRule.REVENUE_AT_RISK_FULLY_CREDITED, ledgers.excluded().get(1).rule());
    assertEquals(List.of(credit.toString()), ledgers.excluded().get(0).countedIn());
    assertEquals(List.of(otherConnection), ledgers.ledger(LedgerKind.USAGE_LOST).entries());

    LedgerEntry partial = entry(LedgerKind.CREDITS_OWED, "C1", "25.00", MARCH, false);
    Ledgers partlyCredited =
        Ledgers.assemble(CONTEXT, DoubleCountGuard.defaults()).add(List.of(partial, usage)).build();
    assertTrue(partlyCredited.excluded().isEmpty(), "a partial credit leaves usage lost counted");
  }

  @Test
  void pulledForwardRevenueThatWasNeverBilledCountsOnlyAsLeakage() {
    LedgerEntry pulled =
        entry(
            LedgerKind.PULLED_FORWARD,
            "C1",
            "11.31",
            TimeWindow.parse("2025-03-17T00:00Z/2025-03-20T00:00Z"),
            false);
    LedgerEntry leak = entry(LedgerKind.LEAKAGE, "C1", "59.00", MARCH, false);
    Ledgers ledgers =
        Ledgers.assemble(CONTEXT, DoubleCountGuard.defaults()).add(List.of(pulled, leak)).build();
    assertEquals(GuardRule.PULLED_FORWARD_NOT_BILLED, ledgers.excluded().get(0).rule());
    assertTrue(ledgers.ledger(LedgerKind.PULLED_FORWARD).entries().isEmpty());
  }

  @Test
  void theSameEntryAddedTwiceCountsOnce() {
    List<LedgerEntry> credits =
        List.of(entry(LedgerKind.CREDITS_OWED, "C1", "78.00", MARCH, false));
    Ledgers ledgers =
        Ledgers.assemble(CONTEXT, DoubleCountGuard.defaults()).add(credits).add(credits).build();
    assertEquals(MoneyTotals.of(Money.of("78.00", "EUR")), ledgers.total(LedgerKind.CREDITS_OWED));
    assertEquals(GuardRule.DUPLICATE_ENTRY, ledgers.excluded().get(0).rule());
  }

  @Test
  void anExclusionRemovesTheLastEqualEntryAndKeepsTheOthersInOrder() {
    LedgerEntry a = entry(LedgerKind.CREDITS_OWED, "C1", "10.00", MARCH, false);
    LedgerEntry b = entry(LedgerKind.CREDITS_OWED, "C2", "20.00", MARCH, false);
    DoubleCountGuard once = (entries, context) -> List.of(exclusion(a));
    Ledgers ledgers = Ledgers.assemble(CONTEXT, once).add(List.of(a, b, a)).build();
    assertEquals(List.of(a, b), ledgers.ledger(LedgerKind.CREDITS_OWED).entries());

    DoubleCountGuard twice = (entries, context) -> List.of(exclusion(a), exclusion(a));
    Ledgers none = Ledgers.assemble(CONTEXT, twice).add(List.of(a, b, a)).build();
    assertEquals(List.of(b), none.ledger(LedgerKind.CREDITS_OWED).entries());
  }

  @Test
  void aGuardThatExcludesMoreCopiesThanWereAddedIsRefused() {
    LedgerEntry a = entry(LedgerKind.CREDITS_OWED, "C1", "10.00", MARCH, false);
    LedgerEntry b = entry(LedgerKind.CREDITS_OWED, "C2", "20.00", MARCH, false);
    DoubleCountGuard twice =
        (entries, context) -> List.of(exclusion(b), exclusion(a), exclusion(a));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Ledgers.assemble(CONTEXT, twice).add(List.of(a, b)).build());
    assertTrue(
        e.getMessage().contains("excluded an entry that was not added, or excluded it twice")
            && e.getMessage().contains("C1"),
        e.getMessage());
  }

  @Test
  void withoutTheGuardEverythingIsKept() {
    LedgerEntry churn = entry(LedgerKind.CHURN_EXPOSURE, "GONE", "10.00", MARCH, false);
    Ledgers ledgers =
        Ledgers.assemble(CONTEXT, DoubleCountGuard.none()).add(List.of(churn, churn)).build();
    assertEquals(2, ledgers.ledger(LedgerKind.CHURN_EXPOSURE).entries().size());
    assertEquals("DoubleCountGuard.none()", DoubleCountGuard.none().toString());
    assertEquals(
        "DoubleCountGuard.of([terminatedConnectionChurn])",
        DoubleCountGuard.of(EnumSet.of(GuardRule.TERMINATED_CONNECTION_CHURN)).toString());
  }

  @Test
  void everyLedgerTotalEqualsTheSumOfItsEntriesAndNothingIsLost() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              List<LedgerEntry> entries = new ArrayList<>();
              int n = r.nextInt(40);
              for (int i = 0; i < n; i++) {
                LedgerKind kind =
                    List.of(LedgerKind.values()).get(r.nextInt(LedgerKind.values().length));
                String connection = r.nextInt(5) == 0 ? "GONE" : "C" + r.nextInt(4);
                Instant start = MARCH.start().plusSeconds(60L * r.nextInt(60 * 24 * 30));
                TimeWindow w =
                    r.nextInt(4) == 0
                        ? MARCH
                        : TimeWindow.of(start, start.plusSeconds(60L * (1 + r.nextInt(600))));
                LedgerEntry e =
                    LedgerEntry.builder()
                        .kind(kind)
                        .connection(connection)
                        .amount(
                            Money.of(
                                BigDecimal.valueOf(r.nextInt(1_000_000), 1 + r.nextInt(4)),
                                Money.currency(r.nextBoolean() ? "EUR" : "GBP")))
                        .window(w)
                        .fullRefund(kind == LedgerKind.CREDITS_OWED && r.nextBoolean())
                        .explanation(explanation())
                        .build();
                entries.add(e);
                if (r.nextInt(8) == 0) {
                  entries.add(e);
                }
              }
              Ledgers ledgers =
                  Ledgers.assemble(CONTEXT, DoubleCountGuard.defaults()).add(entries).build();
              MoneyTotals.Accumulator kept = MoneyTotals.accumulator();
              for (Ledger ledger : ledgers.ledgers().values()) {
                MoneyTotals sum =
                    ledger.entries().stream()
                        .map(LedgerEntry::amount)
                        .collect(MoneyTotals.collector());
                assertEquals(sum, ledger.total(), () -> "seed " + seed + " " + ledger);
                kept.addAll(ledger.total());
              }
              ledgers.excluded().forEach(x -> kept.add(x.entry().amount()));
              assertEquals(
                  entries.stream().map(LedgerEntry::amount).collect(MoneyTotals.collector()),
                  kept.toTotals(),
                  () -> "seed " + seed + ": kept + excluded must equal everything added");
            });
  }

  private static LedgerEntry entry(
      LedgerKind kind, String connection, String amount, TimeWindow window, boolean fullRefund) {
    return LedgerEntry.builder()
        .kind(kind)
        .connection(connection)
        .amount(Money.of(amount, "EUR"))
        .window(window)
        .addRecords("connection:" + connection)
        .fullRefund(fullRefund)
        .explanation(explanation())
        .build();
  }

  private static GuardExclusion exclusion(LedgerEntry e) {
    return GuardExclusion.builder().entry(e).rule(GuardRule.DUPLICATE_ENTRY).reason("test").build();
  }

  private static Explanation explanation() {
    return Explanation.builder().figure("f").result("r").formula("x").clause("c").build();
  }
}
