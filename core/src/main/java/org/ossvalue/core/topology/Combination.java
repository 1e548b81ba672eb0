package org.ossvalue.core.topology;

import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;
import org.ossvalue.core.Degradations;

/**
 * What a {@link CombinationRule} made of its supporters' degradations: the resulting degradation
 * and which supporters (by position) made it, so that every impact can name its causes.
 */
@Value.Immutable
public abstract class Combination {

  Combination() {}

  /** The combined degradation in [0, 1]. */
  @Value.Parameter
  public abstract BigDecimal degradation();

  /** Positions of the supporters that made the result; empty when the result is 0. */
  @Value.Parameter
  public abstract List<Integer> contributors();

  /** A result and the positions of its contributing supporters. */
  public static Combination of(BigDecimal degradation, List<Integer> contributors) {
    return ImmutableCombination.of(degradation, contributors);
  }

  /** A healthy result: degradation 0, no contributors. */
  public static Combination healthy() {
    return of(BigDecimal.ZERO, List.of());
  }

  @SuppressWarnings("BigDecimalEquals") // scale matters: detects whether normalising changed it
  @Value.Check
  Combination normalize() {
    BigDecimal d = Degradations.check(degradation(), "degradation");
    for (int i : contributors()) {
      if (i < 0) {
        throw new IllegalArgumentException("contributors must be positions >= 0, was " + i);
      }
    }
    return d.equals(degradation()) ? this : ImmutableCombination.of(d, contributors());
  }

  @Override
  public String toString() {
    return "d=" + degradation().toPlainString() + " from " + contributors();
  }
}
