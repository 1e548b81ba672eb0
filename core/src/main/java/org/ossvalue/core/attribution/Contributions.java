package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.RevenueAttribution;

/**
 * What each OSS function contributed to a game, by one attribution method: the contribution in the
 * game's units, the exact weight a pool is split by, and for estimates a standard error. {@link
 * #split(Money)} turns it into a {@link RevenueAttribution} whose shares sum to the pool exactly.
 */
@Value.Immutable
@Value.Enclosing
public abstract class Contributions {

  Contributions() {}

  /**
   * The method, as the strategy's {@code toString}, such as {@code AttributionStrategy.shapley()}.
   */
  public abstract String method();

  /** v(N), the value of all players together, in the game's units. */
  public abstract BigDecimal grandValue();

  /** One entry per player, in the game's player order. */
  public abstract List<Contribution> entries();

  /** Facts about how the figures were reached (samples drawn, guards applied). */
  public abstract List<String> notes();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Contributions}. */
  public static final class Builder extends ImmutableContributions.Builder {}

  /** The contribution of one function. */
  public Optional<Contribution> of(OssFunction function) {
    return entries().stream().filter(e -> e.function().equals(function)).findFirst();
  }

  /** The contribution of one function in the game's units; zero when it is not a player. */
  public BigDecimal valueOf(OssFunction function) {
    return of(function).map(Contribution::value).orElse(BigDecimal.ZERO);
  }

  /**
   * Splits a pool among the functions in proportion to their exact weights (largest remainder, in
   * the currency's minor unit): the shares sum to the pool exactly.
   */
  public RevenueAttribution split(Money pool) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    for (Contribution c : entries()) {
      weights.put(c.function().name(), c.weight());
    }
    return RevenueAttribution.split(pool, weights);
  }

  @Value.Check
  void check() {
    if (entries().isEmpty()) {
      throw new IllegalArgumentException("entries must not be empty, was []");
    }
    Set<OssFunction> seen = new HashSet<>();
    for (Contribution c : entries()) {
      if (!seen.add(c.function())) {
        throw new IllegalArgumentException(
            "entries must name each function once, was " + c.function() + " twice");
      }
    }
  }

  @Override
  public String toString() {
    return method() + " of v(N)=" + grandValue().toPlainString() + ": " + entries();
  }

  /** One function's contribution. */
  @Value.Immutable
  public abstract static class Contribution {

    Contribution() {}

    /** The function. */
    public abstract OssFunction function();

    /**
     * Its contribution in the game's units (its Shapley value, estimate or removal effect), exact
     * or rounded half-even to {@value Money#DIVISION_SCALE} decimal places.
     */
    public abstract BigDecimal value();

    /**
     * The exact weight the pool is split by: proportional to {@link #value()}, but kept exact (a
     * Shapley value is n!·φ here, so no division rounds it).
     */
    public abstract BigDecimal weight();

    /** The standard error of an estimated value (Monte Carlo), in the game's units. */
    public abstract Optional<BigDecimal> standardError();

    /** A builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Contribution}. */
    public static final class Builder extends ImmutableContributions.Contribution.Builder {}

    @Override
    public String toString() {
      return function()
          + "="
          + value().toPlainString()
          + standardError().map(e -> " ± " + e.toPlainString()).orElse("");
    }
  }
}
