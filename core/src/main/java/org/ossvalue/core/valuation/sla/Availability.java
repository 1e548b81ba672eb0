package org.ossvalue.core.valuation.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Money;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.internal.Decimals;

/**
 * One connection's measured availability in one billing period: the minutes measured, the minutes
 * of downtime, the outages that counted and every piece of impacted time that did not, with why.
 */
@Value.Immutable
@Value.Enclosing
public abstract class Availability {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Availability() {}

  /** The connection measured. */
  public abstract String connection();

  /** The billing period. */
  public abstract TimeWindow billingPeriod();

  /** Minutes of service time measured: the connection's active time inside the schedule. */
  public abstract BigDecimal measuredMinutes();

  /** Minutes of downtime counted (weighted by the downtime rule), exact. */
  public abstract BigDecimal downtimeMinutes();

  /** The outages that counted, in time order. */
  public abstract List<Outage> outages();

  /** Impacted time that did not count, with the reason, in time order. */
  public abstract List<Exclusion> exclusions();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Availability}. */
  public static final class Builder extends ImmutableAvailability.Builder {}

  /**
   * Availability in [0, 1]: 1 − downtime ÷ measured, to {@value Money#DIVISION_SCALE} places; 1
   * when nothing was measured.
   */
  public BigDecimal ratio() {
    if (measuredMinutes().signum() == 0) {
      return BigDecimal.ONE;
    }
    return Decimals.normalize(
        measuredMinutes()
            .subtract(downtimeMinutes())
            .divide(measuredMinutes(), Money.DIVISION_SCALE, RoundingMode.HALF_EVEN));
  }

  /** Availability in percent, such as 99.4848… . */
  public BigDecimal percent() {
    return Decimals.normalize(ratio().multiply(HUNDRED));
  }

  /** Availability in percent to four places, for display: {@code 99.4848}. */
  public String percentText() {
    return percent().setScale(4, RoundingMode.HALF_EVEN).toPlainString();
  }

  /**
   * Whether availability is strictly below a percentage, decided exactly (without the rounding of
   * {@link #ratio()}): (measured − downtime) × 100 &lt; percent × measured.
   */
  public boolean isBelow(BigDecimal percent) {
    if (downtimeMinutes().signum() == 0) { // 100 %: the same comparison, without arithmetic
      return measuredMinutes().signum() > 0 && percent.compareTo(HUNDRED) > 0;
    }
    return measuredMinutes().signum() > 0
        && measuredMinutes()
                .subtract(downtimeMinutes())
                .multiply(HUNDRED)
                .compareTo(percent.multiply(measuredMinutes()))
            < 0;
  }

  /** Every cause behind the counted outages. */
  public SortedSet<CauseRef> causes() {
    SortedSet<CauseRef> causes = new java.util.TreeSet<>();
    outages().forEach(o -> causes.addAll(o.causes()));
    return causes;
  }

  @Value.Check
  Availability normalize() {
    if (measuredMinutes().signum() < 0) {
      throw new IllegalArgumentException(
          "measuredMinutes must be >= 0, was "
              + measuredMinutes().toPlainString()
              + " ("
              + connection()
              + ")");
    }
    if (downtimeMinutes().signum() < 0 || downtimeMinutes().compareTo(measuredMinutes()) > 0) {
      throw new IllegalArgumentException(
          "downtimeMinutes must be in [0, measuredMinutes "
              + measuredMinutes().toPlainString()
              + "], was "
              + downtimeMinutes().toPlainString()
              + " ("
              + connection()
              + ")");
    }
    BigDecimal measured = Decimals.normalize(measuredMinutes());
    BigDecimal down = Decimals.normalize(downtimeMinutes());
    return measured.scale() == measuredMinutes().scale()
            && down.scale() == downtimeMinutes().scale()
        ? this
        : builder().from(this).measuredMinutes(measured).downtimeMinutes(down).build();
  }

  /** {@code P-1001 99.4848 % (230 of 44640 min down)}. */
  @Override
  public String toString() {
    return connection()
        + " "
        + percentText()
        + " % ("
        + downtimeMinutes().toPlainString()
        + " of "
        + measuredMinutes().toPlainString()
        + " min down)";
  }

  /** An outage that counted towards downtime. */
  @Value.Immutable
  public abstract static class Outage {

    Outage() {}

    /** The outage from the start of its clock to its end. */
    public abstract TimeWindow window();

    /** The downtime it contributed: weighted minutes inside service time. */
    public abstract BigDecimal countedMinutes();

    /** Its causes. */
    @Value.NaturalOrder
    public abstract SortedSet<CauseRef> causes();

    /** The tickets that started its clock, when the clock starts at a ticket. */
    @Value.NaturalOrder
    public abstract SortedSet<String> tickets();

    /** A builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link Outage}. */
    public static final class Builder extends ImmutableAvailability.Outage.Builder {}

    @Override
    public String toString() {
      return window()
          + " "
          + countedMinutes().toPlainString()
          + " min "
          + causes()
          + (tickets().isEmpty() ? "" : " tickets " + tickets());
    }
  }

  /** Impacted time that did not count as downtime. */
  @Value.Immutable
  public abstract static class Exclusion {

    Exclusion() {}

    /** The time excluded. */
    @Value.Parameter
    public abstract TimeWindow window();

    /** Why. */
    @Value.Parameter
    public abstract ExclusionReason reason();

    /** The causes of the excluded impact. */
    @Value.Parameter
    @Value.NaturalOrder
    public abstract SortedSet<CauseRef> causes();

    /** An exclusion. */
    public static Exclusion of(
        TimeWindow window, ExclusionReason reason, SortedSet<CauseRef> causes) {
      return ImmutableAvailability.Exclusion.of(window, reason, causes);
    }

    /** The excluded minutes. */
    public BigDecimal minutes() {
      return window().minutes();
    }

    @Override
    public String toString() {
      return window() + " " + minutes().toPlainString() + " min " + reason() + " " + causes();
    }
  }
}
