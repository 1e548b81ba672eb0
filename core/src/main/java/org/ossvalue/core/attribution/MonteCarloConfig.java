package org.ossvalue.core.attribution;

import org.immutables.value.Value;

/**
 * How the Monte Carlo Shapley estimate samples: how many random orders of the players (each order
 * asks v for n + 1 coalitions) and the seed that makes the estimate reproducible.
 */
@Value.Immutable
public abstract class MonteCarloConfig {

  /** Permutations drawn by default: 2,000, which halves the error of 500. */
  public static final int DEFAULT_SAMPLES = 2_000;

  /** Seed used by default, so that the same game gives the same estimate. */
  public static final long DEFAULT_SEED = 20_250_301L;

  MonteCarloConfig() {}

  /** The number of random permutations; at least 2, so a standard error exists. */
  @Value.Default
  public int samples() {
    return DEFAULT_SAMPLES;
  }

  /** The seed of the random permutations. */
  @Value.Default
  public long seed() {
    return DEFAULT_SEED;
  }

  /** {@value #DEFAULT_SAMPLES} samples, seed {@value #DEFAULT_SEED}. */
  public static MonteCarloConfig defaults() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonteCarloConfig}. */
  public static final class Builder extends ImmutableMonteCarloConfig.Builder {}

  @Value.Check
  void check() {
    if (samples() < 2) {
      throw new IllegalArgumentException("samples must be >= 2, was " + samples());
    }
  }

  @Override
  public String toString() {
    return "MonteCarloConfig{samples=" + samples() + ", seed=" + seed() + "}";
  }
}
