package org.ossvalue.testkit.operator;

/** Whether, and how, to write {@code events.ndjson}. */
public enum EventMode {
  /** No events file. */
  NONE,
  /**
   * Alarm, trouble ticket and service problem notifications, one per line, in event-time order,
   * each {@code eventId} once.
   */
  ORDERED,
  /**
   * The same notifications as delivered at least once and unordered: about 1 % are delivered twice
   * (same {@code eventId}), neighbours are shuffled, and some clears arrive before their raise.
   */
  AT_LEAST_ONCE_UNORDERED
}
