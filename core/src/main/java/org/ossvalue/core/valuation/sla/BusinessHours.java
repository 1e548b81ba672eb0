package org.ossvalue.core.valuation.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Business hours for a {@link ServiceSchedule}: the working days, the opening and closing time of
 * each working day, and the holidays (local dates) on which the service is not covered.
 */
@Value.Immutable
public abstract class BusinessHours {

  /** Monday to Friday. */
  public static final Set<DayOfWeek> DEFAULT_DAYS =
      Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

  /** 08:00. */
  public static final LocalTime DEFAULT_OPENS = LocalTime.of(8, 0);

  /** 18:00. */
  public static final LocalTime DEFAULT_CLOSES = LocalTime.of(18, 0);

  BusinessHours() {}

  /** The working days. */
  @Value.Default
  public Set<DayOfWeek> days() {
    return DEFAULT_DAYS;
  }

  /** When service time starts on a working day. */
  @Value.Default
  public LocalTime opens() {
    return DEFAULT_OPENS;
  }

  /** When it ends (exclusive). */
  @Value.Default
  public LocalTime closes() {
    return DEFAULT_CLOSES;
  }

  /** Days with no service time, such as public holidays. */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> holidays();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Monday to Friday, 08:00 to 18:00, no holidays. */
  public static BusinessHours defaults() {
    return builder().build();
  }

  /** Builds {@link BusinessHours}. */
  public static final class Builder extends ImmutableBusinessHours.Builder {}

  @Value.Check
  void check() {
    if (!opens().isBefore(closes())) {
      throw new IllegalArgumentException(
          "opens must be before closes, was opens=" + opens() + " closes=" + closes());
    }
    if (days().isEmpty()) {
      throw new IllegalArgumentException("days must name at least one day, was []");
    }
  }

  @Override
  public String toString() {
    return EnumSet.copyOf(days())
        + " "
        + opens()
        + "-"
        + closes()
        + (holidays().isEmpty() ? "" : ", holidays " + holidays());
  }
}
