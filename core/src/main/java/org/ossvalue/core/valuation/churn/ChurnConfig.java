package org.ossvalue.core.valuation.churn;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Churn parameters per customer segment, a fallback for other segments, and the uplift shape. */
@Value.Immutable
public abstract class ChurnConfig {

  /** Proportional hazards. */
  public static final ChurnUplift DEFAULT_UPLIFT = ChurnUplift.proportionalHazards();

  ChurnConfig() {}

  /** Parameters by segment name (such as enterprise, smb, residential). */
  public abstract Map<String, ChurnParameters> bySegment();

  /** Parameters for connections whose segment is absent or not in {@link #bySegment()}. */
  @Value.Default
  public ChurnParameters fallback() {
    return ChurnParameters.defaults();
  }

  /** How exposure becomes a hazard multiplier. */
  @Value.Default
  public ChurnUplift uplift() {
    return DEFAULT_UPLIFT;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Default parameters for every segment: zero uplift, so zero exposure. */
  public static ChurnConfig defaults() {
    return builder().build();
  }

  /** Builds a {@link ChurnConfig}. */
  public static final class Builder extends ImmutableChurnConfig.Builder {}

  /** The parameters of a segment. */
  public ChurnParameters parametersFor(Optional<String> segment) {
    return segment.map(s -> bySegment().get(s)).orElse(fallback());
  }

  @Override
  public String toString() {
    return "ChurnConfig{" + bySegment() + ", fallback " + fallback() + ", " + uplift() + "}";
  }
}
