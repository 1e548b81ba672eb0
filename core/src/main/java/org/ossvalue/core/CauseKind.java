package org.ossvalue.core;

/** The kind of record a cause comes from. */
public enum CauseKind {
  /** A TMF642 alarm raised by fault management. */
  ALARM("alarm"),
  /** A TMF621 trouble ticket (incident management). */
  TICKET("ticket"),
  /** A TMF656 service problem (problem management). */
  PROBLEM("problem"),
  /** A change (change management); planned unless it is an emergency change. */
  CHANGE("change"),
  /** Planned work such as a maintenance window; always classified planned. */
  PLANNED_WORK("plannedWork");

  private final String label;

  CauseKind(String label) {
    this.label = label;
  }

  /** The prefix used in cause references, such as {@code alarm} in {@code alarm:7001}. */
  public String label() {
    return label;
  }

  /** The kind with this label, such as {@code alarm} or {@code plannedWork}. */
  public static CauseKind parse(String label) {
    for (CauseKind kind : values()) {
      if (kind.label.equalsIgnoreCase(label.trim())) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "cause kind must be one of alarm, ticket, problem, change, plannedWork, was " + label);
  }

  @Override
  public String toString() {
    return label;
  }
}
