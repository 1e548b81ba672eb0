package org.ossvalue.core.fulfilment;

/** What an order item does to a connection (TMF622 {@code action}). */
public enum OrderAction {
  /** Creates a new connection. */
  ADD("add"),
  /** Changes an existing connection (speed, price…). */
  MODIFY("modify"),
  /** Ends a connection. */
  DELETE("delete"),
  /** Leaves a connection as it is (bundle context). */
  NO_CHANGE("noChange");

  private final String label;

  OrderAction(String label) {
    this.label = label;
  }

  /** The TMF622 label. */
  public String label() {
    return label;
  }

  /** The action with this TMF622 label, case-insensitively. */
  public static OrderAction parse(String label) {
    for (OrderAction a : values()) {
      if (a.label.equalsIgnoreCase(label.trim())) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "action must be one of add, modify, delete, noChange, was " + label);
  }

  @Override
  public String toString() {
    return label;
  }
}
