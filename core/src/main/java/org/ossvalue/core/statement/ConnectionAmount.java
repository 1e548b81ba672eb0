package org.ossvalue.core.statement;

import org.immutables.value.Value;
import org.ossvalue.core.Money;

/** One connection's exact amount of one figure: JSON {@code byConnection[] {connection, money}}. */
@Value.Immutable
public abstract class ConnectionAmount {

  ConnectionAmount() {}

  /** The connection. */
  @Value.Parameter
  public abstract String connection();

  /** Its amount, exact. */
  @Value.Parameter
  public abstract Money money();

  /** A connection's amount. */
  public static ConnectionAmount of(String connection, Money money) {
    return ImmutableConnectionAmount.of(connection, money);
  }

  @Override
  public String toString() {
    return connection() + " " + money().rounded();
  }
}
