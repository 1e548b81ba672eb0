package org.ossvalue.core.valuation.fulfilment;

import java.time.Instant;
import java.util.Collection;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.fulfilment.Order;

/**
 * Values what order fulfilment did to revenue: earned sooner (early completion), later (late
 * completion, open orders), or not at all (failed for lack of capacity).
 */
public interface FulfilmentValuation {

  /**
   * Values these orders as seen at {@code asOf}: spans of time are cut to the reporting period
   * (forecasts excepted) and valued in its zone.
   */
  FulfilmentValue assess(Collection<Order> orders, ReportingPeriod period, Instant asOf);

  /** The default valuation: {@link FulfilmentConfig#defaults()}. */
  static FulfilmentValuation defaults() {
    return of(FulfilmentConfig.defaults());
  }

  /** A valuation with these parameters. */
  static FulfilmentValuation of(FulfilmentConfig config) {
    return new OrderToActivation(config);
  }
}
