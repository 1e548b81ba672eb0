package org.ossvalue.core.billing;

import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.TimeWindow;

/** One charge line of a bill (TMF678 applied customer billing rate): what was billed for what. */
@Value.Immutable
public abstract class BillLine {

  BillLine() {}

  /** The line id. */
  public abstract String id();

  /** The billing account billed. */
  public abstract String account();

  /** The bill the line is on, when known. */
  public abstract Optional<String> bill();

  /** The connection (TMF637 product id) charged for, when known. */
  public abstract Optional<String> connection();

  /** What the line charges for. */
  public abstract ChargeKind kind();

  /** The period the charge covers, when known. */
  public abstract Optional<TimeWindow> coverage();

  /** The tax-excluded amount; negative for credits. */
  public abstract Money amount();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BillLine}. */
  public static final class Builder extends ImmutableBillLine.Builder {}

  @Override
  public String toString() {
    return id()
        + " "
        + kind()
        + " "
        + amount()
        + " account="
        + account()
        + connection().map(c -> " connection=" + c).orElse("")
        + coverage().map(w -> " " + w).orElse("");
  }
}
