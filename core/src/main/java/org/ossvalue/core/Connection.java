package org.ossvalue.core;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One sold, revenue-bearing connection (a TMF637 product instance): who pays for it, what it earns
 * each month, when it earns, and which services or resources deliver it.
 *
 * <p>A connection earns only inside its active window [activation, termination): one without an
 * activation instant is not yet delivered and earns nothing, whatever its contracted charges.
 */
@Value.Immutable
public abstract class Connection {

  Connection() {}

  /** The connection's id, such as the TMF637 product id. */
  public abstract String id();

  /** The account that pays: the billing account where known, else the customer. */
  public abstract String account();

  /** The customer (party) when known and distinct from the account. */
  public abstract Optional<String> customer();

  /** The product offering sold. */
  public abstract Optional<String> offering();

  /** The customer segment, such as enterprise, smb or residential. */
  public abstract Optional<String> segment();

  /** Where the connection is in its life; descriptive only (see the class comment). */
  @Value.Default
  public ConnectionStatus status() {
    return ConnectionStatus.ACTIVE;
  }

  /** When the connection started to be delivered and to earn. */
  public abstract Optional<Instant> activation();

  /** When the connection stopped being delivered; absent while it runs. */
  public abstract Optional<Instant> termination();

  /** The recurring charges; all in one currency. */
  public abstract List<RecurringCharge> recurringCharges();

  /** Rated usage revenue per month (for example last month's), used to value lost usage. */
  public abstract Optional<Money> usageRevenuePerMonth();

  /** The ids of the services (or resources) that deliver this connection. */
  public abstract Set<String> realizedBy();

  /** The id of the service-level agreement that covers this connection. */
  public abstract Optional<String> sla();

  /** Further attributes, kept as given. */
  public abstract Map<String, String> attributes();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Connection}. */
  public static final class Builder extends ImmutableConnection.Builder {}

  /**
   * The monthly recurring revenue: the sum of the recurring charges, each normalised to a month;
   * absent when the connection carries no recurring charge.
   */
  @Value.Lazy
  public Optional<Money> mrr() {
    Money total = null;
    for (RecurringCharge charge : recurringCharges()) {
      total = total == null ? charge.monthly() : total.plus(charge.monthly());
    }
    return Optional.ofNullable(total);
  }

  /** The connection's currency: that of its charges, else of its usage revenue. */
  public Optional<Currency> currency() {
    if (!recurringCharges().isEmpty()) {
      return Optional.of(recurringCharges().get(0).amount().currency());
    }
    return usageRevenuePerMonth().map(Money::currency);
  }

  /** The window in which the connection earns: [activation, termination); empty if never active. */
  public Optional<TimeWindow> activeWindow(TimeWindow within) {
    if (activation().isEmpty()) {
      return Optional.empty();
    }
    Instant end = termination().orElse(within.end());
    if (end.isAfter(within.end())) {
      end = within.end();
    }
    Instant start = activation().get();
    if (start.isBefore(within.start())) {
      start = within.start();
    }
    return start.isBefore(end) ? Optional.of(TimeWindow.of(start, end)) : Optional.empty();
  }

  /** Whether the connection earns at an instant. */
  public boolean isActiveAt(Instant instant) {
    return activation().isPresent()
        && !instant.isBefore(activation().get())
        && termination().map(instant::isBefore).orElse(true);
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("id must not be blank, was \"" + id() + "\"");
    }
    if (activation().isPresent()
        && termination().isPresent()
        && termination().get().isBefore(activation().get())) {
      throw new IllegalArgumentException(
          "termination must not be before activation, was activation="
              + activation().get()
              + " termination="
              + termination().get()
              + " (connection "
              + id()
              + ")");
    }
    Optional<Currency> currency = currency();
    for (int i = 0; i < recurringCharges().size(); i++) {
      Currency c = recurringCharges().get(i).amount().currency();
      if (!c.equals(currency.orElseThrow())) {
        throw new IllegalArgumentException(
            "recurringCharges must share one currency, was "
                + currency.get()
                + " and "
                + c
                + " at recurringCharges["
                + i
                + "] (connection "
                + id()
                + ")");
      }
    }
    if (usageRevenuePerMonth().isPresent()
        && !usageRevenuePerMonth().get().currency().equals(currency.orElseThrow())) {
      throw new IllegalArgumentException(
          "usageRevenuePerMonth must be in the connection's currency "
              + currency.get()
              + ", was "
              + usageRevenuePerMonth().get()
              + " (connection "
              + id()
              + ")");
    }
  }

  /** A one-line summary: {@code Connection{P-1001, account=BA-001, 450.00 EUR/month, active}}. */
  @Override
  public String toString() {
    return "Connection{"
        + id()
        + ", account="
        + account()
        + segment().map(s -> ", segment=" + s).orElse("")
        + ", "
        + mrr().map(m -> m + "/month").orElse("no recurring charge")
        + ", "
        + status()
        + activation().map(a -> ", from " + a).orElse("")
        + termination().map(t -> " to " + t).orElse("")
        + (realizedBy().isEmpty() ? "" : ", realizedBy=" + realizedBy())
        + sla().map(s -> ", sla=" + s).orElse("")
        + "}";
  }
}
