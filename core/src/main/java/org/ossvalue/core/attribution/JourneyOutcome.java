package org.ossvalue.core.attribution;

/** How a journey ended: the absorbing state of the journey chain. */
public enum JourneyOutcome {
  /** Activated (an order) or restored in time (an incident). */
  SUCCESS("success"),
  /** Fallout (an order failed or was rejected) or an SLA breach (restored late, or not at all). */
  FAILURE("failure");

  private final String label;

  JourneyOutcome(String label) {
    this.label = label;
  }

  /** {@code success} or {@code failure}. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
