package org.ossvalue.core.statement;

import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * One OSS function's share of the revenue protected in one currency, in whole minor units: JSON
 * {@code attribution[] {function, money}}. The shares of a currency sum to its protected pool.
 */
@Value.Immutable
public abstract class FunctionShare {

  FunctionShare() {}

  /** The OSS function, such as {@code incidentManagement}. */
  @Value.Parameter
  public abstract String function();

  /** Its share. */
  @Value.Parameter
  public abstract Money money();

  /** A share. */
  public static FunctionShare of(String function, Money money) {
    return ImmutableFunctionShare.of(function, money);
  }

  @Override
  public String toString() {
    return function() + "=" + money();
  }
}
