package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The operator's parameters of the protected-revenue counterfactual: what an outage would have cost
 * without each OSS function. Each parameter is a {@link ParameterRange} (low, central, high); the
 * defaults are illustrative assumptions, printed with every result, not industry truths.
 */
@Value.Immutable
public abstract class CounterfactualConfig {

  /**
   * Minutes later an outage would be detected without fault management (the customer calls in): 30
   * (10 to 60).
   */
  public static final ParameterRange DEFAULT_DETECTION_DELAY_MINUTES =
      ParameterRange.of("10", "30", "60");

  /** Factor on the time from detection to restoration without incident management: 2 (1.5 to 3). */
  public static final ParameterRange DEFAULT_RESTORE_MULTIPLIER =
      ParameterRange.of("1.5", "2", "3");

  /**
   * Expected recurrences of a fault that problem management found the root cause of, had it not:
   * 0.25 (0.1 to 0.5); each recurrence costs the outage again.
   */
  public static final ParameterRange DEFAULT_RECURRENCE = ParameterRange.of("0.1", "0.25", "0.5");

  /**
   * Extra loss, as a share of all unplanned loss, that changes made without change management would
   * cause: 0.1 (0.05 to 0.2).
   */
  public static final ParameterRange DEFAULT_CHANGE_CAUSED_SHARE =
      ParameterRange.of("0.05", "0.1", "0.2");

  CounterfactualConfig() {}

  /** Detection delay without fault management, in minutes (≥ 0). */
  @Value.Default
  public ParameterRange detectionDelayMinutes() {
    return DEFAULT_DETECTION_DELAY_MINUTES;
  }

  /** Restore-time multiplier without incident management (≥ 1). */
  @Value.Default
  public ParameterRange restoreMultiplier() {
    return DEFAULT_RESTORE_MULTIPLIER;
  }

  /** Expected recurrences without problem management (≥ 0). */
  @Value.Default
  public ParameterRange recurrence() {
    return DEFAULT_RECURRENCE;
  }

  /** Change-caused extra share of loss without change management (≥ 0). */
  @Value.Default
  public ParameterRange changeCausedShare() {
    return DEFAULT_CHANGE_CAUSED_SHARE;
  }

  /** The function credited with detection. */
  @Value.Default
  public OssFunction faultManagement() {
    return OssFunction.FAULT_MANAGEMENT;
  }

  /** The function credited with restoration. */
  @Value.Default
  public OssFunction incidentManagement() {
    return OssFunction.INCIDENT_MANAGEMENT;
  }

  /** The function credited with preventing recurrence. */
  @Value.Default
  public OssFunction problemManagement() {
    return OssFunction.PROBLEM_MANAGEMENT;
  }

  /** The function credited with preventing change-caused loss. */
  @Value.Default
  public OssFunction changeManagement() {
    return OssFunction.CHANGE_MANAGEMENT;
  }

  /** The defaults documented on each {@code DEFAULT_*} constant. */
  public static CounterfactualConfig defaults() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CounterfactualConfig}. */
  public static final class Builder extends ImmutableCounterfactualConfig.Builder {}

  /** The four functions the model credits, in this order: fault, incident, problem, change. */
  public List<OssFunction> players() {
    return List.of(
        faultManagement(), incidentManagement(), problemManagement(), changeManagement());
  }

  /** Every parameter by name, as printed in a statement. */
  public Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("detectionDelayMinutes without " + faultManagement(), detectionDelayMinutes().toString());
    p.put("restoreMultiplier without " + incidentManagement(), restoreMultiplier().toString());
    p.put("recurrence without " + problemManagement(), recurrence().toString());
    p.put("changeCausedShare without " + changeManagement(), changeCausedShare().toString());
    return p;
  }

  @Value.Check
  void check() {
    requireAtLeast("detectionDelayMinutes", detectionDelayMinutes(), BigDecimal.ZERO);
    requireAtLeast("restoreMultiplier", restoreMultiplier(), BigDecimal.ONE);
    requireAtLeast("recurrence", recurrence(), BigDecimal.ZERO);
    requireAtLeast("changeCausedShare", changeCausedShare(), BigDecimal.ZERO);
    if (new java.util.HashSet<>(players()).size() != 4) {
      throw new IllegalArgumentException(
          "faultManagement, incidentManagement, problemManagement and changeManagement must be"
              + " four different functions, was "
              + players());
    }
  }

  private static void requireAtLeast(String name, ParameterRange range, BigDecimal min) {
    if (range.low().compareTo(min) < 0) {
      throw new IllegalArgumentException(
          name + " must be >= " + min.toPlainString() + ", was " + range);
    }
  }

  @Override
  public String toString() {
    return "CounterfactualConfig" + parameters();
  }
}
