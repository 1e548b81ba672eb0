package org.ossvalue.core.valuation.sla;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.internal.Decimals;

/** An amount a credit rule grants: either a percentage of the connection's MRR or a fixed sum. */
@Value.Immutable
public abstract class CreditAmount {

  CreditAmount() {}

  /** The percentage of MRR, when the amount is relative. */
  public abstract Optional<BigDecimal> percentOfMrr();

  /** The fixed sum, when the amount is absolute. */
  public abstract Optional<Money> fixed();

  /** A percentage of MRR: {@code CreditAmount.percentOfMrr(new BigDecimal("5"))}. */
  public static CreditAmount percentOfMrr(BigDecimal percent) {
    return ImmutableCreditAmount.builder().percentOfMrr(percent).build();
  }

  /** A percentage of MRR from decimal text: {@code CreditAmount.percentOfMrr("5")}. */
  public static CreditAmount percentOfMrr(String percent) {
    return percentOfMrr(new BigDecimal(Objects.requireNonNull(percent, "percent")));
  }

  /** A fixed sum. */
  public static CreditAmount fixed(Money amount) {
    return ImmutableCreditAmount.builder().fixed(amount).build();
  }

  /** The amount for a connection with this MRR, exact. */
  public Money resolve(Money mrr) {
    if (percentOfMrr().isPresent()) {
      return mrr.times(percentOfMrr().get().movePointLeft(2));
    }
    Money amount = fixed().orElseThrow();
    if (!amount.currency().equals(mrr.currency())) {
      throw new IllegalArgumentException(
          "fixed credit must be in the connection's currency "
              + mrr.currency()
              + ", was "
              + amount);
    }
    return amount;
  }

  @Value.Check
  CreditAmount normalize() {
    if (percentOfMrr().isPresent() == fixed().isPresent()) {
      throw new IllegalArgumentException(
          "credit amount must be either percentOfMrr or fixed, was percentOfMrr="
              + percentOfMrr().map(BigDecimal::toPlainString).orElse("none")
              + " fixed="
              + fixed().map(Money::toString).orElse("none"));
    }
    if (percentOfMrr().isPresent()) {
      BigDecimal p = percentOfMrr().get();
      if (p.signum() < 0) {
        throw new IllegalArgumentException("percentOfMrr must be >= 0, was " + p.toPlainString());
      }
      BigDecimal n = Decimals.normalize(p);
      return n.scale() == p.scale() ? this : percentOfMrr(n);
    }
    if (fixed().get().signum() < 0) {
      throw new IllegalArgumentException("fixed must be >= 0, was " + fixed().get());
    }
    return this;
  }

  /** {@code 5% MRR} or {@code 25.00 EUR}. */
  @Override
  public String toString() {
    return percentOfMrr()
        .map(p -> p.toPlainString() + "% MRR")
        .orElseGet(() -> fixed().get().toString());
  }
}
