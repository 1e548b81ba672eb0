package org.ossvalue.core.valuation.churn;

import java.time.Instant;
import java.util.Collection;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;

/**
 * Values churn exposure: for each connection exposed to impacts in its segment's look-back window,
 * the expected revenue lost = CLV × (uplifted − baseline churn probability over the horizon), as a
 * low/central/high range.
 */
public interface ChurnModel {

  /** Values the exposure of these connections to these impacts, as seen at {@code asOf}. */
  ChurnExposure assess(Collection<Connection> connections, Impacts impacts, Instant asOf);

  /** The model with {@link ChurnConfig#defaults()}: zero uplift until coefficients are supplied. */
  static ChurnModel defaults() {
    return of(ChurnConfig.defaults());
  }

  /** The hazard model with these parameters. */
  static ChurnModel of(ChurnConfig config) {
    return new HazardChurnModel(config);
  }
}
