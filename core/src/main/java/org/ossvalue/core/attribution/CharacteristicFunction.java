package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The characteristic function v(S) of a cooperative game: the value (money in one currency, or a
 * count) that a coalition S of OSS functions produces on its own. Supplied by the caller, or
 * derived from journeys ({@link JourneyModel#asGame()}) or from the counterfactual of protected
 * revenue ({@link ProtectedRevenue#game(java.util.Currency)}).
 *
 * <p>Implementations must be pure: the same coalition always gives the same value. The set passed
 * in is read-only and valid only during the call.
 */
@FunctionalInterface
public interface CharacteristicFunction {

  /** The value the coalition produces; v(∅) is usually 0. */
  BigDecimal value(Set<OssFunction> coalition);
}
