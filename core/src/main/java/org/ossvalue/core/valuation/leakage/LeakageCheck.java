package org.ossvalue.core.valuation.leakage;

import java.util.Collection;
import java.util.List;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.UsageRecord;

/**
 * Compares inventory with bills: each billing account's expected recurring revenue against the
 * recurring charge lines billed for the period. Accounts without a bill in the period are not
 * assessable, never leaking.
 */
public interface LeakageCheck {

  /** Checks a reporting period, with rated usage to report beside billed usage. */
  LeakageReport assess(
      Collection<Connection> connections,
      Collection<Bill> bills,
      Collection<BillLine> lines,
      Collection<UsageRecord> usage,
      ReportingPeriod period);

  /** Checks a reporting period. */
  default LeakageReport assess(
      Collection<Connection> connections,
      Collection<Bill> bills,
      Collection<BillLine> lines,
      ReportingPeriod period) {
    return assess(connections, bills, lines, List.of(), period);
  }

  /** The default check: {@link LeakageConfig#defaults()}. */
  static LeakageCheck defaults() {
    return of(LeakageConfig.defaults());
  }

  /** A check with these parameters. */
  static LeakageCheck of(LeakageConfig config) {
    return new InventoryVsBills(config);
  }
}
