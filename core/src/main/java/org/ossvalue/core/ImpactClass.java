package org.ossvalue.core;

/** Whether an impact came from unplanned failures or from planned work. */
public enum ImpactClass {
  /** Caused by faults: counts towards revenue at risk and SLA downtime. */
  UNPLANNED("unplanned"),
  /** Caused by announced planned work: reported apart and excluded from SLA downtime. */
  PLANNED("planned");

  private final String label;

  ImpactClass(String label) {
    this.label = label;
  }

  /** {@code unplanned} or {@code planned}. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
