package org.ossvalue.core.attribution;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * The OSS functions one order or incident passed through, in order, and how it ended: order →
 * design → capacity check → provisioning → activation, or detect → ticket → diagnose → restore.
 * Consecutive repeats of a function are one step.
 */
@Value.Immutable
public abstract class Journey {

  Journey() {}

  /**
   * The record the journey was built from, such as {@code order:PO-3001} or {@code ticket:TT-5001}.
   */
  public abstract String record();

  /** The functions passed through, in order, consecutive repeats merged. */
  public abstract List<OssFunction> steps();

  /** How it ended. */
  public abstract JourneyOutcome outcome();

  /** The monthly revenue riding on it (the order's MRR, the incident's impacted MRR), if known. */
  public abstract Optional<Money> revenue();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A journey without revenue: {@code Journey.of("j1", SUCCESS, FAULT_MANAGEMENT, ...)}. */
  public static Journey of(String record, JourneyOutcome outcome, OssFunction... steps) {
    return builder().record(record).outcome(outcome).addSteps(steps).build();
  }

  /** Builds a {@link Journey}. */
  public static final class Builder extends ImmutableJourney.Builder {}

  @Value.Check
  Journey normalize() {
    if (record().isBlank()) {
      throw new IllegalArgumentException("record must not be blank, was \"" + record() + "\"");
    }
    if (revenue().isPresent() && revenue().get().signum() < 0) {
      throw new IllegalArgumentException(
          "revenue must be >= 0, was " + revenue().get() + " (journey " + record() + ")");
    }
    for (int i = 1; i < steps().size(); i++) {
      if (steps().get(i).equals(steps().get(i - 1))) {
        List<OssFunction> merged = new java.util.ArrayList<>();
        for (OssFunction f : steps()) {
          if (merged.isEmpty() || !merged.get(merged.size() - 1).equals(f)) {
            merged.add(f);
          }
        }
        return ImmutableJourney.builder().from(this).steps(merged).build();
      }
    }
    return this;
  }

  /** {@code order:PO-3001 fulfilment → capacityManagement → success (148.90 EUR)}. */
  @Override
  public String toString() {
    String path = steps().stream().map(OssFunction::name).collect(Collectors.joining(" → "));
    return record()
        + " "
        + (path.isEmpty() ? "" : path + " → ")
        + outcome()
        + revenue().map(r -> " (" + r + ")").orElse("");
  }
}
