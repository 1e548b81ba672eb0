package org.ossvalue.core.valuation.leakage;

/**
 * What comparing a connection's expected recurring revenue with its billed recurring charges found.
 */
public enum FindingKind {
  /** Billed as expected, within the tolerance. */
  MATCHED("matched", false),
  /** Active in the period, but no recurring charge line: leakage of the whole expected amount. */
  CONNECTED_NOT_BILLED("connectedNotBilled", true),
  /** Billed less than expected, beyond the tolerance: leakage of the difference. */
  UNDER_BILLED("underBilled", true),
  /** Billed more than expected, beyond the tolerance: an overcharge, not leakage. */
  OVER_BILLED("overBilled", false),
  /** Billed, but not an active connection of the account in the period: an overcharge. */
  BILLED_NOT_CONNECTED("billedNotConnected", false),
  /** Billed in another currency than the connection's MRR: not compared. */
  CURRENCY_MISMATCH("currencyMismatch", false);

  private final String label;
  private final boolean leak;

  FindingKind(String label, boolean leak) {
    this.label = label;
    this.leak = leak;
  }

  /** The label used in reports. */
  public String label() {
    return label;
  }

  /** Whether the finding is revenue leakage (expected revenue not billed). */
  public boolean isLeak() {
    return leak;
  }

  @Override
  public String toString() {
    return label;
  }
}
