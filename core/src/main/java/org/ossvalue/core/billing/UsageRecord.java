package org.ossvalue.core.billing;

import java.time.Instant;
import org.immutables.value.Value;
import org.ossvalue.core.Money;

/** Rated usage (TMF635): what one connection's usage earned, tax-excluded, at an instant. */
@Value.Immutable
public abstract class UsageRecord {

  UsageRecord() {}

  /** The usage id. */
  public abstract String id();

  /** The connection (TMF637 product id) the usage was rated against. */
  public abstract String connection();

  /** When the usage happened. */
  public abstract Instant at();

  /** The tax-excluded rated amount. */
  public abstract Money amount();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UsageRecord}. */
  public static final class Builder extends ImmutableUsageRecord.Builder {}

  @Override
  public String toString() {
    return id() + " " + connection() + " " + amount() + " at " + at();
  }
}
