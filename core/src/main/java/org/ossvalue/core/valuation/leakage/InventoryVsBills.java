package org.ossvalue.core.valuation.leakage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.ChargeKind;
import org.ossvalue.core.billing.UsageRecord;

/**
 * The built-in check. A bill is in the period when its billing period overlaps it (or, without one,
 * when one of its lines covers part of it). A line is in the period when its coverage overlaps it;
 * a line without coverage takes its bill's billing period; a line covering more than the period
 * counts for the covered fraction only (by time).
 */
final class InventoryVsBills implements LeakageCheck {

  private final LeakageConfig config;

  InventoryVsBills(LeakageConfig config) {
    this.config = config;
  }

  @Override
  public LeakageReport assess(
      Collection<Connection> connections,
      Collection<Bill> bills,
      Collection<BillLine> lines,
      Collection<UsageRecord> usage,
      ReportingPeriod period) {
    TimeWindow p = period.window();
    Map<String, Bill> billsById = new HashMap<>();
    bills.forEach(b -> billsById.put(b.id(), b));

    // Lines in the period, with the amount that falls in it.
    Map<String, List<Counted>> linesByAccount = new TreeMap<>();
    Set<String> billsWithLinesInPeriod = new HashSet<>();
    List<BillLine> unplaced = new ArrayList<>();
    List<BillLine> sortedLines = new ArrayList<>(lines);
    sortedLines.sort(Comparator.comparing(BillLine::id));
    for (BillLine line : sortedLines) {
      Optional<TimeWindow> coverage =
          line.coverage().or(() -> line.bill().map(billsById::get).flatMap(Bill::billingPeriod));
      Money amount = line.amount();
      if (coverage.isPresent()) {
        Optional<TimeWindow> inPeriod = coverage.get().intersection(p);
        if (inPeriod.isEmpty()) {
          continue;
        }
        if (!inPeriod.get().equals(coverage.get())) {
          amount = amount.times(inPeriod.get().seconds()).dividedBy(coverage.get().seconds());
        }
      } else if (line.bill().map(billsById::get).isEmpty()) {
        unplaced.add(line); // neither coverage nor a known bill: it cannot be placed in time
        continue;
      }
      line.bill().ifPresent(billsWithLinesInPeriod::add);
      linesByAccount
          .computeIfAbsent(line.account(), k -> new ArrayList<>())
          .add(new Counted(line, amount));
    }

    Map<String, SortedSet<String>> billsByAccount = new TreeMap<>();
    for (Bill b : bills) {
      boolean inPeriod =
          b.billingPeriod().map(w -> w.overlaps(p)).orElse(billsWithLinesInPeriod.contains(b.id()));
      if (inPeriod) {
        billsByAccount.computeIfAbsent(b.account(), k -> new TreeSet<>()).add(b.id());
      }
    }

    Map<String, List<Connection>> connectionsByAccount = new TreeMap<>();
    for (Connection c : connections) {
      if (c.activeWindow(p).isPresent()) {
        connectionsByAccount.computeIfAbsent(c.account(), k -> new ArrayList<>()).add(c);
      }
    }

    SortedSet<String> accounts = new TreeSet<>();
    accounts.addAll(connectionsByAccount.keySet());
    accounts.addAll(billsByAccount.keySet());
    accounts.addAll(linesByAccount.keySet());

    LeakageReport.Builder report = LeakageReport.builder().period(period).config(config.toString());
    for (String account : accounts) {
      report.addAccounts(
          account(
              account,
              connectionsByAccount.getOrDefault(account, List.of()),
              billsByAccount.getOrDefault(account, new TreeSet<>()),
              linesByAccount.getOrDefault(account, List.of()),
              period));
    }
    MoneyTotals.Accumulator rated = MoneyTotals.accumulator();
    for (UsageRecord u : usage) {
      if (p.contains(u.at())) {
        rated.add(u.amount());
      }
    }
    return report.usageRated(rated.toTotals()).unplacedLines(unplaced).build();
  }

  private AccountLeakage account(
      String account,
      List<Connection> connections,
      SortedSet<String> bills,
      List<Counted> lines,
      ReportingPeriod period) {
    AccountLeakage.Builder out = AccountLeakage.builder().account(account).bills(bills);
    Map<String, Connection> byId = new TreeMap<>();
    Map<String, Money> expected = new TreeMap<>();
    MoneyTotals.Accumulator expectedTotal = MoneyTotals.accumulator();
    Set<String> unpriced = new TreeSet<>();
    for (Connection c : connections) {
      if (c.mrr().isEmpty()) {
        unpriced.add(c.id());
        continue;
      }
      TimeWindow active = c.activeWindow(period.window()).orElseThrow();
      Money e =
          config.proRata().valueOf(c.mrr().get(), active, java.math.BigDecimal.ONE, period.zone());
      byId.put(c.id(), c);
      expected.put(c.id(), e);
      expectedTotal.add(e);
    }
    out.expected(expectedTotal.toTotals()).unpricedConnections(unpriced);

    Map<String, List<Counted>> recurring = new TreeMap<>();
    List<Counted> unattributed = new ArrayList<>();
    for (Counted l : lines) {
      ChargeKind kind = l.line.kind();
      if (kind == ChargeKind.RECURRING) {
        if (l.line.connection().filter(unpriced::contains).isPresent()) {
          out.addOtherLines(l.line);
        } else if (l.line.connection().isPresent()) {
          recurring.computeIfAbsent(l.line.connection().get(), k -> new ArrayList<>()).add(l);
        } else {
          unattributed.add(l);
        }
      } else if (kind == ChargeKind.USAGE) {
        out.addUsageLines(l.line);
      } else if (kind == ChargeKind.CREDIT) {
        out.addCreditLines(l.line);
      } else {
        out.addOtherLines(l.line);
      }
    }
    boolean assessable = !bills.isEmpty() || !lines.isEmpty();
    out.assessable(assessable);
    if (!assessable) {
      return out.build();
    }

    SortedSet<String> ids = new TreeSet<>(expected.keySet());
    ids.addAll(recurring.keySet());
    for (String id : ids) {
      out.addFindings(
          finding(
              account,
              Optional.of(id),
              byId.get(id),
              expected.get(id),
              recurring.getOrDefault(id, List.of()),
              bills,
              period));
    }
    if (!unattributed.isEmpty()) {
      out.addFindings(finding(account, Optional.empty(), null, null, unattributed, bills, period));
    }
    return out.build();
  }

  private LeakageFinding finding(
      String account,
      Optional<String> connection,
      @Nullable Connection inventory,
      @Nullable Money expected,
      List<Counted> lines,
      SortedSet<String> accountBills,
      ReportingPeriod period) {
    LeakageFinding.Builder f =
        LeakageFinding.builder().account(account).connection(connection).bills(accountBills);
    java.util.Currency currency =
        expected != null ? expected.currency() : lines.get(0).amount.currency();
    Money billed = Money.zero(currency);
    boolean mismatch = false;
    for (Counted l : lines) {
      f.addLines(l.line.id());
      l.line.bill().ifPresent(f::addBills);
      if (l.amount.currency().equals(currency)) {
        billed = billed.plus(l.amount);
      } else {
        mismatch = true;
      }
    }
    Money e = expected != null ? expected : Money.zero(currency);
    Money tolerance = config.tolerance(currency);
    f.expected(e).billed(billed).tolerance(tolerance);
    if (inventory != null) {
      f.mrr(inventory.mrr());
      f.active(inventory.activeWindow(period.window()));
    }
    FindingKind kind;
    Money diff = e.minus(billed);
    if (mismatch) {
      kind = FindingKind.CURRENCY_MISMATCH;
    } else if (diff.amount().abs().compareTo(tolerance.amount()) <= 0) {
      kind = FindingKind.MATCHED;
    } else if (lines.isEmpty()) {
      kind = FindingKind.CONNECTED_NOT_BILLED;
    } else if (expected == null || e.isZero()) {
      kind = FindingKind.BILLED_NOT_CONNECTED;
    } else if (diff.signum() > 0) {
      kind = FindingKind.UNDER_BILLED;
    } else {
      kind = FindingKind.OVER_BILLED;
    }
    return f.kind(kind).build();
  }

  @Override
  public String toString() {
    return "LeakageCheck.of(" + config + ")";
  }

  /** A line and the amount of it that falls in the period. */
  private static final class Counted {
    final BillLine line;
    final Money amount;

    Counted(BillLine line, Money amount) {
      this.line = line;
      this.amount = amount;
    }
  }
}
