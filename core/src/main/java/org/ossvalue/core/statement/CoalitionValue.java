package org.ossvalue.core.statement;

import java.util.List;
import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * What one coalition of OSS functions protects in one currency, at central parameters: one value
 * v(S) of the counterfactual game the statement's attribution splits (v of the empty coalition is
 * zero, v of all functions is the central revenue protected). Exact, never rounded: statements of
 * disjoint parts of a base add up coalition by coalition, so the attribution of the whole can be
 * computed again over the sum (the Spark adapter does).
 */
@Value.Immutable
public abstract class CoalitionValue {

  CoalitionValue() {}

  /** The functions in the coalition, in the order of the counterfactual's players. */
  @Value.Parameter
  public abstract List<String> functions();

  /** What the coalition protects, exact. */
  @Value.Parameter
  public abstract Money value();

  /** A coalition's value. */
  public static CoalitionValue of(List<String> functions, Money value) {
    return ImmutableCoalitionValue.of(functions, value);
  }

  @Override
  public String toString() {
    return "v(" + String.join(", ", functions()) + ")=" + value();
  }
}
