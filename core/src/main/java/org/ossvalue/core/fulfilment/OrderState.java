package org.ossvalue.core.fulfilment;

/** Where an order or order item is (TMF622 {@code ProductOrderStateType}, v4 and v5). */
public enum OrderState {
  /** v5: not yet submitted. */
  DRAFT("draft", false),
  /** Received and accepted for processing. */
  ACKNOWLEDGED("acknowledged", false),
  /** Refused. */
  REJECTED("rejected", true),
  /** Waiting for something outside the order (customer, third party). */
  PENDING("pending", false),
  /** Held, for example for lack of capacity. */
  HELD("held", false),
  /** Being fulfilled ({@code inProgress}, and v5 {@code inProgress.accepted}). */
  IN_PROGRESS("inProgress", false),
  /** Cancelled. */
  CANCELLED("cancelled", true),
  /** Fulfilled. */
  COMPLETED("completed", true),
  /** Failed (fallout). */
  FAILED("failed", true),
  /** Partly fulfilled. */
  PARTIAL("partial", true),
  /** A cancellation is being assessed. */
  ASSESSING_CANCELLATION("assessingCancellation", false),
  /** A cancellation is under way. */
  PENDING_CANCELLATION("pendingCancellation", false);

  private final String label;
  private final boolean terminal;

  OrderState(String label, boolean terminal) {
    this.label = label;
    this.terminal = terminal;
  }

  /** The TMF622 label. */
  public String label() {
    return label;
  }

  /** Whether the order can no longer change (completed, failed, cancelled…). */
  public boolean isTerminal() {
    return terminal;
  }

  /**
   * The state with this TMF622 label, case-insensitively; {@code inProgress.accepted} (v5) is
   * {@link #IN_PROGRESS}.
   */
  public static OrderState parse(String label) {
    String key = label.trim();
    if (key.equalsIgnoreCase("inProgress.accepted")) {
      return IN_PROGRESS;
    }
    for (OrderState s : values()) {
      if (s.label.equalsIgnoreCase(key)) {
        return s;
      }
    }
    throw new IllegalArgumentException("state must be a TMF622 order state, was " + label);
  }

  @Override
  public String toString() {
    return label;
  }
}
