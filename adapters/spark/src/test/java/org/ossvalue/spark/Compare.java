package org.ossvalue.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.statement.Availability;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.LedgerKind;
import org.ossvalue.spark.internal.Values;

/** Compares a Spark result with the core's single-machine computation, exactly. */
final class Compare {

  private Compare() {}

  /** Every ledger's total, per currency, as exact decimals (not only cents). */
  static void totals(CoreReference core, ValuationResult spark) {
    Map<LedgerKind, MoneyTotals> expected = new TreeMap<>(core.ledgerTotals());
    Map<LedgerKind, MoneyTotals> actual = new TreeMap<>(spark.ledgerTotals());
    assertEquals(expected.keySet(), actual.keySet(), "ledgers with entries");
    expected.forEach(
        (kind, totals) -> {
          MoneyTotals a = actual.get(kind);
          assertEquals(totals.currencies(), a.currencies(), kind + " currencies");
          for (Money m : totals.all()) {
            Money b = a.get(m.currency());
            assertEquals(
                0,
                m.amount().compareTo(b.amount()),
                kind + " " + m.currency() + ": core " + m + ", spark " + b);
            assertEquals(m, b, kind + " exact");
          }
        });
  }

  /** The sorted identities of the kept ledger entries: ledger, connection, window, exact amount. */
  static List<String> entries(CoreReference core) {
    List<String> keys = new ArrayList<>();
    for (LedgerEntry e : core.ledgers().entries()) {
      keys.add(
          e.kind().label()
              + "|"
              + e.connection()
              + "|"
              + e.window().map(TimeWindow::toString).orElse("")
              + "|"
              + Values.exact(e.amount().amount())
              + " "
              + e.amount().currency());
    }
    Collections.sort(keys);
    return keys;
  }

  static List<String> entries(List<Row> rows) {
    List<String> keys = new ArrayList<>();
    for (Row r : rows) {
      String window =
          r.isNullAt(5)
              ? ""
              : TimeWindow.of(Values.instant(r.get(5)), Values.instant(r.get(6))).toString();
      keys.add(
          r.getString(0)
              + "|"
              + r.getString(1)
              + "|"
              + window
              + "|"
              + r.getString(4)
              + " "
              + r.getString(2));
    }
    Collections.sort(keys);
    return keys;
  }

  /** The sorted impacts: connection, window, class, exact degradation, causes. */
  static List<String> impacts(CoreReference core) {
    List<String> keys = new ArrayList<>();
    for (ServiceImpact i : core.impacts().all()) {
      keys.add(
          i.connection()
              + "|"
              + i.window()
              + "|"
              + i.classification()
              + "|"
              + Values.exact(i.degradation())
              + "|"
              + i.causes());
    }
    Collections.sort(keys);
    return keys;
  }

  static List<String> impacts(List<Row> rows) {
    List<String> keys = new ArrayList<>();
    for (Row r : rows) {
      keys.add(
          r.getString(0)
              + "|"
              + TimeWindow.of(Values.instant(r.get(1)), Values.instant(r.get(2)))
              + "|"
              + r.getString(4)
              + "|"
              + Values.exact(r.getDecimal(3))
              + "|"
              + r.getList(5));
    }
    Collections.sort(keys);
    return keys;
  }

  /** Availability measures, exact. */
  static void availability(CoreReference core, ValuationResult spark) {
    Map<String, Availability.Measure> expected = core.availability().byCurrency();
    Map<String, Availability.Measure> actual = spark.availabilityByCurrency();
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((code, m) -> same(m, actual.get(code), code));
    same(core.availability().connections(), spark.connectionAvailability(), "connections");
  }

  private static void same(Availability.Measure a, Availability.Measure b, String what) {
    assertEquals(0, a.sold().compareTo(b.sold()), what + " sold");
    assertEquals(0, a.lostUnplanned().compareTo(b.lostUnplanned()), what + " lost unplanned");
    assertEquals(0, a.lostPlanned().compareTo(b.lostPlanned()), what + " lost planned");
  }

  static BigDecimal sum(List<Row> rows, int column) {
    BigDecimal s = BigDecimal.ZERO;
    for (Row r : rows) {
      s = s.add(new BigDecimal(r.getString(column)));
    }
    return s;
  }
}
