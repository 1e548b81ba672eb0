package org.ossvalue.core.statement;

import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.valuation.Explainable;
import org.ossvalue.core.valuation.Explanation;

/**
 * One connection whose recurring revenue in the period was not billed as expected: JSON {@code
 * leakage.items[] {account, connection, kind, money}} (leaks) and {@code leakage.overcharges[]}.
 */
@Value.Immutable
public abstract class LeakageItem implements Explainable {

  LeakageItem() {}

  /** The billing account. */
  public abstract String account();

  /** The connection; absent only for recurring lines billed without naming one (overcharges). */
  public abstract java.util.Optional<String> connection();

  /**
   * {@code connectedNotBilled}, {@code underBilled}, {@code overBilled} or {@code
   * billedNotConnected}.
   */
  public abstract String kind();

  /** The money leaking (or overcharged), exact. */
  public abstract Money money();

  /** Expected recurring revenue in the period. */
  public abstract Money expected();

  /** Recurring charges billed for the period. */
  public abstract Money billed();

  /** How it was derived (the leakage check's explanation). */
  @Value.Auxiliary
  public abstract Explanation explanation();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LeakageItem}. */
  public static final class Builder extends ImmutableLeakageItem.Builder {}

  @Override
  public Explanation explain() {
    return explanation();
  }

  @Override
  public String toString() {
    return kind()
        + " "
        + account()
        + connection().map(c -> " " + c).orElse("")
        + " "
        + money().rounded();
  }
}
