package org.ossvalue.spark;

import java.io.Serializable;
import org.ossvalue.core.statement.StatementConfig;

/**
 * Makes the {@link StatementConfig} a Spark run applies, on the driver and in every task: the
 * core's configuration objects (strategies, policies) are not serialisable, so the function that
 * builds them travels instead. Implement it with a class or a serialisable lambda that builds the
 * same configuration every time.
 *
 * <pre>{@code
 * StatementConfigFactory gold = () -> StatementConfig.builder()
 *     .addSlaPolicies(SlaPolicy.preset("businessGold"))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface StatementConfigFactory extends Serializable {

  /** The configuration: the same one on every call. */
  StatementConfig create();

  /** {@link StatementConfig#defaults()}. */
  static StatementConfigFactory defaults() {
    return StatementConfig::defaults;
  }
}
