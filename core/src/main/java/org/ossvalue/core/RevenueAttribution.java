package org.ossvalue.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A pool of money split among named contributors (such as OSS functions), with shares that sum to
 * the pool exactly, to the currency's minor unit.
 *
 * <p>{@link #split(Money, Map)} turns exact weights into shares by the largest-remainder method:
 * every contributor gets its share rounded down to the minor unit, and the units left over go one
 * each to the largest remainders; ties go to the contributor whose name sorts first.
 */
@Value.Immutable
public abstract class RevenueAttribution {

  RevenueAttribution() {}

  /** The money split, in whole minor units. */
  public abstract Money pool();

  /** Each contributor's share, in the order given. */
  public abstract List<Share> shares();

  /** Shares given directly; they must sum to the pool exactly. */
  public static RevenueAttribution of(Money pool, List<Share> shares) {
    return ImmutableRevenueAttribution.builder().pool(pool).shares(shares).build();
  }

  /**
   * Splits a pool in proportion to exact weights (any sign, non-zero sum), in weight order. The
   * pool is first rounded half-even to its minor unit; shares then sum to it exactly.
   */
  public static RevenueAttribution split(Money pool, Map<String, BigDecimal> weights) {
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("weights must name at least one contributor, was {}");
    }
    Money roundedPool = pool.rounded();
    int digits = Money.minorUnitDigits(pool.currency());
    BigInteger units = roundedPool.amount().movePointRight(digits).toBigIntegerExact();
    BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.signum() == 0) {
      throw new IllegalArgumentException("weights must not sum to zero, was " + weights);
    }
    int sign = sum.signum();
    BigDecimal total = sum.abs();
    List<Part> parts = new ArrayList<>();
    BigInteger assigned = BigInteger.ZERO;
    for (Map.Entry<String, BigDecimal> e : weights.entrySet()) {
      // raw = units * w / total, exactly; floor it and keep the remainder numerator.
      BigDecimal numerator =
          new BigDecimal(units).multiply(e.getValue()).multiply(BigDecimal.valueOf(sign));
      BigDecimal floor = numerator.divide(total, 0, RoundingMode.FLOOR);
      BigDecimal remainder = numerator.subtract(floor.multiply(total));
      parts.add(new Part(e.getKey(), floor.toBigIntegerExact(), remainder));
      assigned = assigned.add(floor.toBigIntegerExact());
    }
    int leftover = units.subtract(assigned).intValueExact();
    List<Part> byRemainder = new ArrayList<>(parts);
    byRemainder.sort(
        Comparator.comparing((Part p) -> p.remainder).reversed().thenComparing(p -> p.name));
    for (int i = 0; i < leftover; i++) {
      byRemainder.get(i).units = byRemainder.get(i).units.add(BigInteger.ONE);
    }
    List<Share> shares = new ArrayList<>();
    for (Part p : parts) {
      shares.add(Share.of(p.name, Money.of(new BigDecimal(p.units, digits), pool.currency())));
    }
    return of(roundedPool, shares);
  }

  /** Splits a pool equally among contributors (largest remainder for the odd cents). */
  public static RevenueAttribution equal(Money pool, List<String> contributors) {
    Map<String, BigDecimal> weights = new java.util.LinkedHashMap<>();
    contributors.forEach(c -> weights.put(c, BigDecimal.ONE));
    return split(pool, weights);
  }

  /** The share of one contributor; zero if it has none. */
  public Money shareOf(String contributor) {
    return shares().stream()
        .filter(s -> s.contributor().equals(contributor))
        .map(Share::amount)
        .findFirst()
        .orElse(Money.zero(pool().currency()));
  }

  @Value.Check
  void check() {
    int digits = Money.minorUnitDigits(pool().currency());
    if (pool().amount().scale() > digits) {
      throw new IllegalArgumentException(
          "pool must be in whole minor units of " + pool().currency() + ", was " + pool());
    }
    Money sum = Money.zero(pool().currency());
    Set<String> seen = new HashSet<>();
    for (Share share : shares()) {
      if (!seen.add(share.contributor())) {
        throw new IllegalArgumentException(
            "shares must name each contributor once, was " + share.contributor() + " twice");
      }
      if (share.amount().amount().scale() > digits) {
        throw new IllegalArgumentException("share must be in whole minor units, was " + share);
      }
      sum = sum.plus(share.amount());
    }
    if (sum.compareTo(pool()) != 0) {
      throw new IllegalArgumentException(
          "shares must sum to the pool " + pool() + ", was " + sum + " over " + shares());
    }
  }

  @Override
  public String toString() {
    return "RevenueAttribution{pool=" + pool() + ", shares=" + shares() + "}";
  }

  /** One contributor's part of the pool. */
  @Value.Immutable
  public abstract static class Share {

    Share() {}

    /** Who earned it, such as {@code faultManagement}. */
    @Value.Parameter
    public abstract String contributor();

    /** How much, in whole minor units. */
    @Value.Parameter
    public abstract Money amount();

    /** A share. */
    public static Share of(String contributor, Money amount) {
      return ImmutableShare.of(contributor, amount);
    }

    @Override
    public String toString() {
      return contributor() + "=" + amount();
    }
  }

  private static final class Part {
    final String name;
    BigInteger units;
    final BigDecimal remainder;

    Part(String name, BigInteger units, BigDecimal remainder) {
      this.name = name;
      this.units = units;
      this.remainder = remainder;
    }
  }
}
