package org.ossvalue.flink;

import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.ServiceImpact;

/**
 * A service impact that can no longer change, valued: the core {@link ServiceImpact}, the account
 * that pays for the connection and the revenue it put at risk (calendar-accurate, exact; absent
 * when the connection has no recurring charge).
 *
 * <p>An impact that spans the end of a calendar month (in the stream's zone) is emitted as one
 * record per month, each naming the causes active in that month, so the records of a month are
 * exactly what the batch engine gives for that month.
 */
@Value.Immutable
public abstract class ClosedImpact {

  ClosedImpact() {}

  /** The impact. */
  public abstract ServiceImpact impact();

  /** The connection's account. */
  public abstract String account();

  /** The revenue put at risk over the impact, unrounded. */
  public abstract Optional<org.ossvalue.core.Money> revenueAtRisk();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClosedImpact}. */
  public static final class Builder extends ImmutableClosedImpact.Builder {}

  @Override
  public String toString() {
    return impact()
        + " account="
        + account()
        + revenueAtRisk().map(m -> " " + m.rounded()).orElse(" unvalued");
  }
}
