package org.ossvalue.core.valuation.sla;

/** When an outage's SLA clock starts. */
public enum ClockStart {
  /** At the alarm: the impact's own start (the default). */
  ALARM("alarm"),
  /**
   * At the first linked trouble ticket (linked by alarm id, by the connection or by a service that
   * realises it); an outage without a ticket does not count.
   */
  TICKET("ticket"),
  /** At the first linked trouble ticket; an outage without a ticket counts from the alarm. */
  TICKET_ELSE_ALARM("ticketElseAlarm");

  private final String label;

  ClockStart(String label) {
    this.label = label;
  }

  /** The label used in explanations. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
