package org.ossvalue.core.attribution;

import static org.ossvalue.core.attribution.OssFunction.CAPACITY_MANAGEMENT;
import static org.ossvalue.core.attribution.OssFunction.FAULT_MANAGEMENT;
import static org.ossvalue.core.attribution.OssFunction.FULFILMENT;
import static org.ossvalue.core.attribution.OssFunction.INCIDENT_MANAGEMENT;
import static org.ossvalue.core.attribution.OssFunction.PROBLEM_MANAGEMENT;
import static org.ossvalue.core.attribution.OssFunction.SERVICE_MANAGEMENT;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ossvalue.core.fulfilment.OrderState;

/**
 * How order and ticket records become journeys: which recorded status means which OSS function,
 * which order states count as success or failure, and how soon an incident must be restored to
 * count as restored in time. Status names are matched case-insensitively.
 */
@Value.Immutable
public abstract class JourneyConfig {

  /**
   * Order statuses → functions by default: {@code acknowledged}, {@code pending}, {@code
   * inProgress}, {@code provisioning}, {@code activation} → fulfilment; {@code design}, {@code
   * serviceDesign} → serviceManagement; {@code capacityCheck}, {@code feasibilityCheck}, {@code
   * held} → capacityManagement.
   */
  public static final Map<String, OssFunction> DEFAULT_ORDER_STEPS =
      Map.of(
          "acknowledged", FULFILMENT,
          "pending", FULFILMENT,
          "inprogress", FULFILMENT,
          "provisioning", FULFILMENT,
          "activation", FULFILMENT,
          "design", SERVICE_MANAGEMENT,
          "servicedesign", SERVICE_MANAGEMENT,
          "capacitycheck", CAPACITY_MANAGEMENT,
          "feasibilitycheck", CAPACITY_MANAGEMENT,
          "held", CAPACITY_MANAGEMENT);

  /**
   * Ticket statuses → functions by default: {@code acknowledged}, {@code inProgress}, {@code
   * pending}, {@code held}, {@code diagnosing} → incidentManagement; {@code rootCauseAnalysis} →
   * problemManagement. {@code resolved} and {@code closed} end the journey.
   */
  public static final Map<String, OssFunction> DEFAULT_TICKET_STEPS =
      Map.of(
          "acknowledged", INCIDENT_MANAGEMENT,
          "inprogress", INCIDENT_MANAGEMENT,
          "pending", INCIDENT_MANAGEMENT,
          "held", INCIDENT_MANAGEMENT,
          "diagnosing", INCIDENT_MANAGEMENT,
          "rootcauseanalysis", PROBLEM_MANAGEMENT);

  /** Order states that end a journey in success by default: completed. */
  public static final Set<OrderState> DEFAULT_SUCCESS_STATES = Set.of(OrderState.COMPLETED);

  /** Order states that end a journey in failure (fallout) by default: failed, rejected, partial. */
  public static final Set<OrderState> DEFAULT_FAILURE_STATES =
      Set.of(OrderState.FAILED, OrderState.REJECTED, OrderState.PARTIAL);

  /** Restored within 4 hours of the first alarm (or the ticket) counts as restored in time. */
  public static final Duration DEFAULT_RESTORE_TARGET = Duration.ofHours(4);

  JourneyConfig() {}

  /**
   * Order status (lower case) → the function at work in it; other statuses add no step. Setting
   * this replaces the defaults: start from {@code putAllOrderSteps(DEFAULT_ORDER_STEPS)} to extend
   * them.
   */
  @Value.Default
  public Map<String, OssFunction> orderSteps() {
    return DEFAULT_ORDER_STEPS;
  }

  /**
   * Ticket status (lower case) → the function at work in it; other statuses add no step. Setting
   * this replaces the defaults ({@link #DEFAULT_TICKET_STEPS}).
   */
  @Value.Default
  public Map<String, OssFunction> ticketSteps() {
    return DEFAULT_TICKET_STEPS;
  }

  /** Final order states that mean success. */
  @Value.Default
  public Set<OrderState> successStates() {
    return DEFAULT_SUCCESS_STATES;
  }

  /**
   * Final order states that mean failure; terminal states in neither set (cancelled by default)
   * exclude the order, with the reason.
   */
  @Value.Default
  public Set<OrderState> failureStates() {
    return DEFAULT_FAILURE_STATES;
  }

  /** The function that raising an alarm stands for (detection). */
  @Value.Default
  public OssFunction alarmStep() {
    return FAULT_MANAGEMENT;
  }

  /** The function that opening a ticket stands for. */
  @Value.Default
  public OssFunction ticketStep() {
    return INCIDENT_MANAGEMENT;
  }

  /** The function that opening a linked service problem stands for. */
  @Value.Default
  public OssFunction problemStep() {
    return PROBLEM_MANAGEMENT;
  }

  /** The function that clearing an alarm stands for, if any (none by default). */
  public abstract Optional<OssFunction> alarmClearStep();

  /** How soon after it started an incident must be restored to count as a success. */
  @Value.Default
  public Duration restoreTarget() {
    return DEFAULT_RESTORE_TARGET;
  }

  /** The defaults documented on each {@code DEFAULT_*} constant. */
  public static JourneyConfig defaults() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JourneyConfig}. */
  public static final class Builder extends ImmutableJourneyConfig.Builder {}

  /** The function an order status stands for. */
  public Optional<OssFunction> orderStep(String status) {
    return Optional.ofNullable(orderSteps().get(status.trim().toLowerCase(Locale.ROOT)));
  }

  /** The function a ticket status stands for. */
  public Optional<OssFunction> ticketStep(String status) {
    return Optional.ofNullable(ticketSteps().get(status.trim().toLowerCase(Locale.ROOT)));
  }

  @Value.Check
  JourneyConfig normalize() {
    if (restoreTarget().isNegative() || restoreTarget().isZero()) {
      throw new IllegalArgumentException("restoreTarget must be > 0, was " + restoreTarget());
    }
    for (OrderState s : successStates()) {
      if (failureStates().contains(s)) {
        throw new IllegalArgumentException(
            "successStates and failureStates must not share a state, was " + s + " in both");
      }
    }
    boolean lower =
        orderSteps().keySet().stream().allMatch(JourneyConfig::isLower)
            && ticketSteps().keySet().stream().allMatch(JourneyConfig::isLower);
    if (lower) {
      return this;
    }
    return ImmutableJourneyConfig.builder()
        .from(this)
        .orderSteps(lowerKeys(orderSteps()))
        .ticketSteps(lowerKeys(ticketSteps()))
        .build();
  }

  private static boolean isLower(String s) {
    return s.equals(s.trim().toLowerCase(Locale.ROOT));
  }

  private static Map<String, OssFunction> lowerKeys(Map<String, OssFunction> map) {
    Map<String, OssFunction> lower = new java.util.LinkedHashMap<>();
    map.forEach((k, v) -> lower.put(k.trim().toLowerCase(Locale.ROOT), v));
    return lower;
  }

  @Override
  public String toString() {
    return "JourneyConfig{orderSteps="
        + new java.util.TreeMap<>(orderSteps())
        + ", ticketSteps="
        + new java.util.TreeMap<>(ticketSteps())
        + ", successStates="
        + new java.util.TreeSet<>(successStates())
        + ", failureStates="
        + new java.util.TreeSet<>(failureStates())
        + ", alarmStep="
        + alarmStep()
        + ", ticketStep="
        + ticketStep()
        + ", problemStep="
        + problemStep()
        + alarmClearStep().map(s -> ", alarmClearStep=" + s).orElse("")
        + ", restoreTarget="
        + restoreTarget()
        + "}";
  }
}
