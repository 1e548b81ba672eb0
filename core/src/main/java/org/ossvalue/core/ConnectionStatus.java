package org.ossvalue.core;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where a connection is in its life, as TM Forum's TMF637 {@code ProductStatusType} names it.
 *
 * <p>Status is descriptive: what a connection earns is decided by its active window [activation,
 * termination), not by its status.
 */
public enum ConnectionStatus {
  /** Recorded, not yet in fulfilment. */
  CREATED("created"),
  /** Being fulfilled; not yet earning. */
  PENDING_ACTIVE("pendingActive"),
  /** Delivered and earning. */
  ACTIVE("active"),
  /** Suspended (for example for non-payment). */
  SUSPENDED("suspended"),
  /** Termination requested. */
  PENDING_TERMINATE("pendingTerminate"),
  /** Ended after having been active. */
  TERMINATED("terminated"),
  /** Cancelled before activation. */
  CANCELLED("cancelled"),
  /** Fulfilment aborted. */
  ABORTED("aborted");

  private final String label;

  ConnectionStatus(String label) {
    this.label = label;
  }

  /** The TMF637 label, such as {@code pendingActive}. */
  public String label() {
    return label;
  }

  /**
   * The status with this TMF637 label, case-insensitively and ignoring surrounding spaces (the
   * official enum literally contains {@code "aborted "}).
   */
  public static ConnectionStatus parse(String label) {
    String key = label.trim();
    for (ConnectionStatus status : values()) {
      if (status.label.equalsIgnoreCase(key)) {
        return status;
      }
    }
    throw new IllegalArgumentException(
        "status must be one of "
            + Arrays.stream(values()).map(ConnectionStatus::label).collect(Collectors.joining(", "))
            + ", was "
            + label);
  }

  @Override
  public String toString() {
    return label;
  }
}
