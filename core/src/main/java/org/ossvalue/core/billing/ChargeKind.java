package org.ossvalue.core.billing;

/**
 * What a bill line charges for; only recurring charges are compared with expected recurring
 * revenue.
 */
public enum ChargeKind {
  /** A recurring charge (monthly fee). */
  RECURRING("recurring"),
  /** A one-time charge (installation). */
  ONE_TIME("oneTime"),
  /** A usage charge (data beyond bundle). */
  USAGE("usage"),
  /** A credit given back (negative amounts are valid). */
  CREDIT("credit"),
  /** A penalty charge. */
  PENALTY("penalty"),
  /** The source does not say: never counted as a recurring charge. */
  UNKNOWN("unknown");

  private final String label;

  ChargeKind(String label) {
    this.label = label;
  }

  /** The label used in reports. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
