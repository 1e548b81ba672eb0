package org.ossvalue.core.statement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.ConnectionStatus;
import org.ossvalue.core.Money;
import org.ossvalue.core.valuation.Explainable;
import org.ossvalue.core.valuation.Explanation;

/**
 * One connection in the statement: who pays, what it sells for, how long it was active in the
 * period, the recurring revenue it earned there ({@link #connected()}) and how much of its active
 * time impacts took. JSON {@code connections[]}.
 */
@Value.Immutable
public abstract class ConnectionLine implements Explainable {

  ConnectionLine() {}

  /** The connection id (TMF637 product id). */
  public abstract String id();

  /** The paying account. */
  public abstract String account();

  /** The customer, when recorded apart from the account. */
  public abstract Optional<String> customer();

  /** The product offering. */
  public abstract Optional<String> offering();

  /** The customer segment. */
  public abstract Optional<String> segment();

  /** The TMF637 status, descriptive only. */
  public abstract ConnectionStatus status();

  /** The contracted MRR from its recurring charges, whether or not it is active. */
  public abstract Optional<Money> contractedMrr();

  /**
   * The MRR it earns at the end of the period: the contracted MRR when the connection is active at
   * the period's last instant, else zero in its currency (pending, terminated). Absent without a
   * recurring charge. The sum is the period-end run rate, "active MRR".
   */
  public abstract Optional<Money> mrr();

  /** When it became active, if it has. */
  public abstract Optional<Instant> activation();

  /** When it stopped, if it has. */
  public abstract Optional<Instant> termination();

  /** Its active window cut to the period, if it was active in the period. */
  public abstract Optional<org.ossvalue.core.TimeWindow> active();

  /** Minutes of the active window inside the period, exact. */
  public abstract BigDecimal activeMinutes();

  /**
   * Revenue connected: the recurring revenue it earned in the period, its MRR valued over its
   * active window at d = 1 (the revenue-at-risk strategy's pro rata). Zero when not active; absent
   * without a recurring charge.
   */
  public abstract Optional<Money> connected();

  /** Whether its activation instant lies inside the period: its revenue is new (enabled). */
  public abstract boolean activatedInPeriod();

  /** Minutes of active time taken by unplanned impacts, weighted by degradation: Σ d × minutes. */
  public abstract BigDecimal lostMinutesUnplanned();

  /** Minutes taken by planned work, weighted by degradation. */
  public abstract BigDecimal lostMinutesPlanned();

  /** The SLA agreement, if any. */
  public abstract Optional<String> sla();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConnectionLine}. */
  public static final class Builder extends ImmutableConnectionLine.Builder {}

  /** How its revenue connected was derived. */
  @Override
  public Explanation explain() {
    String result = connected().map(m -> m.rounded().toString()).orElse("unknown (no MRR)");
    Explanation.Builder e =
        Explanation.builder()
            .figure("revenue connected " + id())
            .result(result)
            .formula(
                contractedMrr().map(m -> m + "/month").orElse("no MRR")
                    + " x "
                    + activeMinutes().toPlainString()
                    + " active min in the period / minutes of the calendar month (d = 1) = "
                    + result)
            .input("MRR", contractedMrr().map(Money::toString).orElse("none"), "connection:" + id())
            .input(
                "active in the period",
                active().map(Object::toString).orElse("not active"),
                "connection:" + id());
    return e.clause(
            "a connection earns its MRR pro rata inside [activation, termination), whatever its"
                + " status; valued with the statement's revenue-at-risk strategy at d = 1")
        .build();
  }

  @Value.Check
  void check() {
    if (activeMinutes().signum() < 0) {
      throw new IllegalArgumentException(
          "activeMinutes must be >= 0, was " + activeMinutes().toPlainString() + " (" + id() + ")");
    }
  }

  @Override
  public String toString() {
    return id()
        + " "
        + account()
        + segment().map(s -> " " + s).orElse("")
        + " "
        + status()
        + " mrr "
        + mrr().map(m -> m.rounded().toString()).orElse("none")
        + " connected "
        + connected().map(m -> m.rounded().toString()).orElse("none");
  }
}
