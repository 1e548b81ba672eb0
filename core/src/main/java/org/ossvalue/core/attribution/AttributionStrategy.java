package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ossvalue.core.Money;
import org.ossvalue.core.RevenueAttribution;

/**
 * Splits the value of a cooperative game among its players (OSS functions). Every strategy gives
 * each player a {@link Contributions.Contribution contribution} and an exact weight; {@link
 * #attribute(Money, Game)} splits a pool in proportion to the weights, so shares always sum to the
 * pool exactly, in the currency's minor unit.
 *
 * <p>Built-ins: {@link #equal()}, {@link #proportional(Map)}, {@link #shapley()} (exact), {@link
 * #shapleyMonteCarlo(MonteCarloConfig)} (sampled, with a standard error per player) and {@link
 * #removalEffect()} (on a {@link JourneyModel#asGame() journey game}: the Markov removal effect).
 * docs/attribution.md says when to use which.
 */
public interface AttributionStrategy {

  /** Each player's contribution to the game. */
  Contributions contributions(Game game);

  /** Splits a pool among the game's players by their contributions; shares sum to the pool. */
  default RevenueAttribution attribute(Money pool, Game game) {
    return contributions(game).split(pool);
  }

  /** Equal shares, whatever the game: v(N) ÷ n each. */
  static AttributionStrategy equal() {
    return EqualSplit.INSTANCE;
  }

  /**
   * Shares in proportion to fixed weights the operator sets (such as OSS budget or headcount), one
   * per player; weights must not be negative and must not all be zero.
   */
  static AttributionStrategy proportional(Map<OssFunction, BigDecimal> weights) {
    return new Proportional(new LinkedHashMap<>(weights));
  }

  /**
   * The exact Shapley value: φᵢ = Σ over S ⊆ N∖{i} of |S|!(n−|S|−1)!/n! × (v(S∪{i}) − v(S)), over
   * all 2ⁿ coalitions, for up to {@value ExactShapley#MAX_PLAYERS} players. Weights are n!·φᵢ,
   * exact.
   */
  static AttributionStrategy shapley() {
    return ExactShapley.INSTANCE;
  }

  /** The Shapley value estimated from random permutations, with the default configuration. */
  static AttributionStrategy shapleyMonteCarlo() {
    return new MonteCarloShapley(MonteCarloConfig.defaults());
  }

  /**
   * The Shapley value estimated from random permutations (seeded, reproducible), each value with
   * its standard error: for games with too many players for the exact value.
   */
  static AttributionStrategy shapleyMonteCarlo(MonteCarloConfig config) {
    return new MonteCarloShapley(config);
  }

  /**
   * The removal effect: each player weighs v(N) − v(N∖{i}), what would be lost without it. On a
   * {@link JourneyModel#asGame() journey game} this is the Markov-chain removal effect. Refuses a
   * game where a removal effect is negative or all are zero.
   */
  static AttributionStrategy removalEffect() {
    return RemovalEffect.INSTANCE;
  }
}
