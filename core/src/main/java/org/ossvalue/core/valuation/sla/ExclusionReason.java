package org.ossvalue.core.valuation.sla;

/** Why impacted time did not count as SLA downtime. */
public enum ExclusionReason {
  /** Planned work, excluded by the terms. */
  PLANNED_WORK("planned work"),
  /** Every cause is excluded (for example customer-caused or force majeure). */
  EXCLUDED_CAUSE("excluded cause"),
  /** Degraded, but below what the downtime rule counts as down. */
  BELOW_DOWN_THRESHOLD("below the down threshold"),
  /** Before the SLA clock started (at the ticket). */
  BEFORE_TICKET("before the ticket"),
  /** No linked ticket, and the clock starts only at a ticket. */
  NO_TICKET("no ticket"),
  /** The outage was shorter than the minimum that counts. */
  SHORTER_THAN_MINIMUM("shorter than the minimum outage"),
  /** Outside the service schedule or the connection's active window. */
  OUTSIDE_SERVICE_TIME("outside service time");

  private final String label;

  ExclusionReason(String label) {
    this.label = label;
  }

  /** The reason in words. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
