package org.ossvalue.core.valuation;

/**
 * The separate ledgers a value statement keeps. Each holds one kind of money, per currency; the
 * same money must never be in two of them (the double-count guard sees to it).
 */
public enum LedgerKind {
  /** Recurring revenue at risk from unplanned impacts. */
  REVENUE_AT_RISK_UNPLANNED("revenueAtRisk.unplanned"),
  /** Recurring revenue at risk from planned work, reported apart. */
  REVENUE_AT_RISK_PLANNED("revenueAtRisk.planned"),
  /** Usage revenue lost to unplanned impacts. */
  USAGE_LOST("usageLost"),
  /** Service credits owed under SLAs. */
  CREDITS_OWED("creditsOwed"),
  /** Expected revenue lost to churn caused by service exposure (central estimate). */
  CHURN_EXPOSURE("churnExposure"),
  /** Revenue earned sooner because orders completed early. */
  PULLED_FORWARD("pulledForward"),
  /** Revenue not earned because orders completed (or are still open) late. */
  DELAYED("delayed"),
  /** Revenue lost because orders failed for lack of capacity. */
  CAPACITY_LOST("capacityLost"),
  /** Recurring revenue connected but not billed (or under-billed). */
  LEAKAGE("leakage");

  private final String label;

  LedgerKind(String label) {
    this.label = label;
  }

  /** The label used in statements, such as {@code creditsOwed}. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
