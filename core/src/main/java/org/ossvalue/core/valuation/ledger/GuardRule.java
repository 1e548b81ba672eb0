package org.ossvalue.core.valuation.ledger;

/** The built-in rules of the double-count guard. */
public enum GuardRule {
  /** The same entry (kind, connection, window, records, amount) added twice counts once. */
  DUPLICATE_ENTRY("duplicateEntry"),
  /**
   * Churn exposure on a connection that has already terminated is excluded: its churn is realised,
   * not exposure; credits it is owed stay owed.
   */
  TERMINATED_CONNECTION_CHURN("terminatedConnectionChurn"),
  /** Usage lost inside a billing period whose credit refunds the whole MRR is already credited. */
  USAGE_LOST_FULLY_CREDITED("usageLostFullyCredited"),
  /**
   * Unplanned revenue at risk inside a billing period whose credit refunds the whole MRR is already
   * counted as credit.
   */
  REVENUE_AT_RISK_FULLY_CREDITED("revenueAtRiskFullyCredited"),
  /**
   * Revenue pulled forward on a connection whose revenue leaks over the same time was never billed.
   */
  PULLED_FORWARD_NOT_BILLED("pulledForwardNotBilled");

  private final String label;

  GuardRule(String label) {
    this.label = label;
  }

  /** The label used in statements. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
