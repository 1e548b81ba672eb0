package org.ossvalue.core.valuation.sla;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.immutables.value.Value;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.assurance.TroubleTicket;

/**
 * What a policy needs to assess one connection for one billing period: the connection, its impacts,
 * the tickets that may be linked to them, and how many periods in a row were breached before this
 * one.
 */
@Value.Immutable
public abstract class SlaCase {

  SlaCase() {}

  /** The connection; it must have an MRR. */
  public abstract Connection connection();

  /** The billing period assessed. */
  public abstract TimeWindow billingPeriod();

  /** The connection's impacts (any period; the policy cuts them to the billing period). */
  public abstract List<ServiceImpact> impacts();

  /** Trouble tickets that may be linked to the impacts (for a clock that starts at the ticket). */
  public abstract List<TroubleTicket> tickets();

  /** Consecutive breached billing periods just before this one. */
  @Value.Default
  public int previousConsecutiveBreaches() {
    return 0;
  }

  /** The instant up to which impacts are known; a period ending later is provisional. */
  public abstract Instant asOf();

  /** The zone to read schedules in when the policy names none. */
  public abstract ZoneId zone();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link SlaCase}. */
  public static final class Builder extends ImmutableSlaCase.Builder {}

  @Value.Check
  void check() {
    if (connection().mrr().isEmpty()) {
      throw new IllegalArgumentException(
          "connection must have an MRR to be credited, was " + connection());
    }
    if (previousConsecutiveBreaches() < 0) {
      throw new IllegalArgumentException(
          "previousConsecutiveBreaches must be >= 0, was " + previousConsecutiveBreaches());
    }
    for (ServiceImpact impact : impacts()) {
      if (!impact.connection().equals(connection().id())) {
        throw new IllegalArgumentException(
            "impacts must be on connection " + connection().id() + ", was " + impact);
      }
    }
  }
}
