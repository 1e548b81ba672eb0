package org.ossvalue.core.statement;

import org.immutables.value.Value;

/** One parameter a statement was computed with, by name, printed as its value reads. */
@Value.Immutable
public abstract class Parameter {

  Parameter() {}

  /** The parameter's name, such as {@code revenueAtRisk}. */
  @Value.Parameter
  public abstract String name();

  /** Its value as printed, such as {@code RevenueAtRiskStrategy.calendarAccurate()}. */
  @Value.Parameter
  public abstract String value();

  /** A parameter. */
  public static Parameter of(String name, String value) {
    return ImmutableParameter.of(name, value);
  }

  /** {@code name = value}. */
  @Override
  public String toString() {
    return name() + " = " + value();
  }
}
