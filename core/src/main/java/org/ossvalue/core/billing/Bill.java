package org.ossvalue.core.billing;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.TimeWindow;

/**
 * A customer bill (TMF678): which account was billed for which period. Its lines are {@link
 * BillLine}s. A sparse bill (no period, no amounts) is still a bill: nothing is inferred as zero.
 */
@Value.Immutable
public abstract class Bill {

  Bill() {}

  /** The bill id. */
  public abstract String id();

  /** The billing account billed. */
  public abstract String account();

  /** The period billed, when known. */
  public abstract Optional<TimeWindow> billingPeriod();

  /** When the bill was issued. */
  public abstract Optional<Instant> billDate();

  /** The tax-excluded total, when given. */
  public abstract Optional<Money> taxExcluded();

  /** The bill's state (such as {@code settled}), when given. */
  public abstract Optional<String> state();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Bill}. */
  public static final class Builder extends ImmutableBill.Builder {}

  @Override
  public String toString() {
    return "Bill{"
        + id()
        + ", account="
        + account()
        + billingPeriod().map(p -> ", " + p).orElse("")
        + taxExcluded().map(t -> ", " + t).orElse("")
        + state().map(s -> ", " + s).orElse("")
        + "}";
  }
}
