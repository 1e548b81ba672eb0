package org.ossvalue.core.valuation.fulfilment;

/** What a fulfilment figure measures. */
public enum FigureKind {
  /** Completed before the requested date: revenue earned sooner than the customer asked. */
  PULLED_FORWARD("pulledForward"),
  /** Completed after the requested date, or still open past it: revenue not yet earned. */
  DELAYED("delayed"),
  /** Completed before the offering's baseline lead time. */
  PULLED_FORWARD_VS_BASELINE("pulledForwardVsBaseline"),
  /** Completed after the offering's baseline lead time, or still open past it. */
  DELAYED_VS_BASELINE("delayedVsBaseline"),
  /** Open past the requested date and held for lack of capacity. */
  CAPACITY_DELAYED("capacityDelayed"),
  /** Failed for lack of capacity: revenue that would have been earned since the requested date. */
  CAPACITY_LOST("capacityLost"),
  /** Forecast delay from the expected completion date: informational, never in a ledger. */
  FORECAST_DELAY("forecastDelay"),
  /** MRR activated by an item completed in the period: a monthly run-rate, not time-valued. */
  ACTIVATED("activated");

  private final String label;

  FigureKind(String label) {
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
