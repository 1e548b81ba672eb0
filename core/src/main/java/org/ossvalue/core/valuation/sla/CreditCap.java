package org.ossvalue.core.valuation.sla;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.internal.Decimals;

/**
 * The most a connection can be credited in one billing period: a percentage of its MRR, a fixed
 * sum, both (the lower applies) or neither (no cap).
 */
@Value.Immutable
public abstract class CreditCap {

  CreditCap() {}

  /** The cap as a percentage of MRR. */
  public abstract Optional<BigDecimal> percentOfMrr();

  /** The cap as a fixed sum. */
  public abstract Optional<Money> absolute();

  /** No cap. */
  public static CreditCap none() {
    return ImmutableCreditCap.builder().build();
  }

  /** A cap of a percentage of MRR: {@code CreditCap.percentOfMrr(new BigDecimal("50"))}. */
  public static CreditCap percentOfMrr(BigDecimal percent) {
    return ImmutableCreditCap.builder().percentOfMrr(percent).build();
  }

  /** A cap of a fixed sum. */
  public static CreditCap absolute(Money amount) {
    return ImmutableCreditCap.builder().absolute(amount).build();
  }

  /** The lower of a percentage of MRR and a fixed sum. */
  public static CreditCap lowerOf(BigDecimal percentOfMrr, Money absolute) {
    return ImmutableCreditCap.builder().percentOfMrr(percentOfMrr).absolute(absolute).build();
  }

  /** Whether there is no cap. */
  public boolean isNone() {
    return percentOfMrr().isEmpty() && absolute().isEmpty();
  }

  /** The cap for a connection with this MRR; absent when uncapped. */
  public Optional<Money> limit(Money mrr) {
    Optional<Money> relative = percentOfMrr().map(p -> mrr.times(p.movePointLeft(2)));
    if (absolute().isEmpty()) {
      return relative;
    }
    Money fixed = absolute().get();
    if (!fixed.currency().equals(mrr.currency())) {
      throw new IllegalArgumentException(
          "absolute cap must be in the connection's currency " + mrr.currency() + ", was " + fixed);
    }
    return Optional.of(relative.filter(r -> r.compareTo(fixed) < 0).orElse(fixed));
  }

  @Value.Check
  CreditCap normalize() {
    if (percentOfMrr().isPresent() && percentOfMrr().get().signum() < 0) {
      throw new IllegalArgumentException(
          "percentOfMrr must be >= 0, was " + percentOfMrr().get().toPlainString());
    }
    if (absolute().isPresent() && absolute().get().signum() < 0) {
      throw new IllegalArgumentException("absolute must be >= 0, was " + absolute().get());
    }
    if (percentOfMrr().isPresent()) {
      BigDecimal n = Decimals.normalize(percentOfMrr().get());
      if (n.scale() != percentOfMrr().get().scale()) {
        return ImmutableCreditCap.builder().from(this).percentOfMrr(n).build();
      }
    }
    return this;
  }

  /** {@code cap 50% MRR}, {@code cap 1000.00 EUR}, {@code no cap}. */
  @Override
  public String toString() {
    if (isNone()) {
      return "no cap";
    }
    String p = percentOfMrr().map(x -> x.toPlainString() + "% MRR").orElse("");
    String a = absolute().map(Money::toString).orElse("");
    return "cap " + (p.isEmpty() ? a : a.isEmpty() ? p : "lower of " + p + " and " + a);
  }
}
