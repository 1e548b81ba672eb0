package org.ossvalue.core.statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Function;
import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * What the explanation of one headline figure in one currency is made of: the exact sub-totals and
 * the counts its formula quotes, its largest contributors and how many contributors there are.
 *
 * <p>Evidence merges ({@link #merge}): amounts and counts add, and the largest contributors of a
 * union are the largest among the largest of its parts, because contributors are totally ordered
 * ({@link Contributor#ORDER}). So a statement computed in parts (the units of a Spark run) explains
 * its headline exactly as the statement computed whole: {@link HeadlineExplanations} renders both
 * from evidence.
 */
@Value.Immutable
public abstract class HeadlineEvidence {

  /** How many contributors an explanation names; the rest are counted. */
  public static final int NAMED = 10;

  /**
   * The order a statement lists its evidence in: by currency code (evidence without a currency
   * last), then by figure.
   */
  public static final Comparator<HeadlineEvidence> ORDER =
      Comparator.comparing((HeadlineEvidence e) -> e.currency().isEmpty())
          .thenComparing(e -> e.currency().orElse(""))
          .thenComparing(HeadlineEvidence::figure);

  HeadlineEvidence() {}

  /** The figure explained. */
  public abstract HeadlineFigure figure();

  /**
   * The ISO 4217 code of the figure's currency; absent for connection-weighted availability and for
   * what a figure counts across currencies (the unplanned impacts behind revenue protected).
   */
  public abstract Optional<String> currency();

  /**
   * The exact sub-totals the formula quotes, by name ({@code total}, {@code activated}, {@code
   * sold}, …): amounts of the currency, or minutes for connection-weighted availability.
   */
  public abstract Map<String, BigDecimal> amounts();

  /** The counts the formula quotes, by name ({@code active}, {@code excluded}, …). */
  public abstract Map<String, Long> counts();

  /**
   * The largest contributors, largest first ({@link Contributor#ORDER}), at most {@link #NAMED}.
   */
  public abstract List<Contributor> largest();

  /** How many contributors there are in all, named or not. */
  public abstract long contributors();

  /** Evidence from every contributor of a figure: keeps the {@link #NAMED} largest. */
  public static HeadlineEvidence of(
      HeadlineFigure figure,
      Optional<String> currency,
      Map<String, BigDecimal> amounts,
      Map<String, Long> counts,
      Collection<Contributor> contributors) {
    return of(figure, currency, amounts, counts, contributors, contributors.size());
  }

  /**
   * Evidence from the contributors that can be among the largest ({@code candidates}: at least the
   * {@link #NAMED} largest of all, by {@link Contributor#ORDER}) and the number of contributors in
   * all.
   */
  public static HeadlineEvidence of(
      HeadlineFigure figure,
      Optional<String> currency,
      Map<String, BigDecimal> amounts,
      Map<String, Long> counts,
      Collection<Contributor> candidates,
      long contributors) {
    return builder()
        .figure(figure)
        .currency(currency)
        .amounts(amounts)
        .counts(counts)
        .largest(largest(candidates))
        .contributors(contributors)
        .build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HeadlineEvidence}. */
  public static final class Builder extends ImmutableHeadlineEvidence.Builder {}

  /**
   * The evidence of the union of the contributors behind this and {@code other} (same figure and
   * currency, disjoint contributors): amounts and counts added, the largest of both kept.
   */
  public HeadlineEvidence merge(HeadlineEvidence other) {
    if (other.figure() != figure() || !other.currency().equals(currency())) {
      throw new IllegalArgumentException(
          "evidence merges within one figure and currency, was " + key() + " with " + other.key());
    }
    Map<String, BigDecimal> amounts = new LinkedHashMap<>(amounts());
    other.amounts().forEach((k, v) -> amounts.merge(k, v, BigDecimal::add));
    Map<String, Long> counts = new LinkedHashMap<>(counts());
    other.counts().forEach((k, v) -> counts.merge(k, v, Long::sum));
    List<Contributor> both = new ArrayList<>(largest());
    both.addAll(other.largest());
    return builder()
        .figure(figure())
        .currency(currency())
        .amounts(amounts)
        .counts(counts)
        .largest(largest(both))
        .contributors(contributors() + other.contributors())
        .build();
  }

  /** The sub-total with that name, zero when there is none. */
  public BigDecimal amount(String name) {
    return amounts().getOrDefault(name, BigDecimal.ZERO);
  }

  /** The count with that name, zero when there is none. */
  public long count(String name) {
    return counts().getOrDefault(name, 0L);
  }

  /** {@code figure} or {@code figure currency}: what this evidence is about. */
  public String key() {
    return figure() + currency().map(c -> " " + c).orElse("");
  }

  @Value.Check
  void check() {
    if (largest().size() > NAMED) {
      throw new IllegalArgumentException(
          "largest must hold at most " + NAMED + " contributors, was " + largest().size());
    }
    if (contributors() < largest().size()) {
      throw new IllegalArgumentException(
          "contributors must count at least the "
              + largest().size()
              + " largest, was "
              + contributors());
    }
    for (int i = 1; i < largest().size(); i++) {
      if (Contributor.ORDER.compare(largest().get(i - 1), largest().get(i)) > 0) {
        throw new IllegalArgumentException(
            "largest must be largest first, was "
                + largest().get(i - 1)
                + " before "
                + largest().get(i));
      }
    }
    for (Contributor c : largest()) {
      String code = c.money().currency().getCurrencyCode();
      if (!currency().equals(Optional.of(code))) {
        throw new IllegalArgumentException(
            "contributors of " + key() + " must be in its currency, was " + c);
      }
    }
  }

  /**
   * {@link Contributor#ORDER}'s first keys — absolute amount descending, then name, then amount —
   * for anything with an amount and a name ({@link ContributorCollector} selects on them before
   * details exist).
   */
  static <T> Comparator<T> bySize(Function<T, Money> money, Function<T, String> name) {
    return Comparator.comparing((T t) -> money.apply(t).amount().abs())
        .reversed()
        .thenComparing(name)
        .thenComparing(t -> money.apply(t).amount());
  }

  private static List<Contributor> largest(Collection<Contributor> contributors) {
    PriorityQueue<Contributor> top = new PriorityQueue<>(Contributor.ORDER.reversed());
    for (Contributor c : contributors) {
      top.add(c);
      if (top.size() > NAMED) {
        top.poll();
      }
    }
    List<Contributor> shown = new ArrayList<>(top);
    shown.sort(Contributor.ORDER);
    return shown;
  }

  /** One named contributor to a headline figure: a connection's amount, with what it is. */
  @Value.Immutable
  public abstract static class Contributor {

    /**
     * Largest first: by absolute amount, descending, then by name, amount, detail and records, so
     * that any two different contributors have one order whatever the order they are met in.
     */
    public static final Comparator<Contributor> ORDER =
        bySize(Contributor::money, Contributor::name)
            .thenComparing(Contributor::detail)
            .thenComparing(c -> String.join("\u0000", c.records()));

    Contributor() {}

    /** The name shown, such as {@code connected P-1001} or {@code credits_owed P-1001}. */
    @Value.Parameter
    public abstract String name();

    /** Its exact amount. */
    @Value.Parameter
    public abstract Money money();

    /** What it is, shown after its rounded amount (a window, a status, a range); may be empty. */
    @Value.Parameter
    public abstract String detail();

    /** The records it came from, written {@code kind:id}. */
    @Value.Parameter
    public abstract List<String> records();

    /** A contributor. */
    public static Contributor of(String name, Money money, String detail, List<String> records) {
      return ImmutableContributor.of(name, money, detail, records);
    }
  }
}
