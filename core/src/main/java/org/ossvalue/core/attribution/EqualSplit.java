package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ossvalue.core.Money;

/** v(N) ÷ n to each player. */
enum EqualSplit implements AttributionStrategy {
  INSTANCE;

  @Override
  public Contributions contributions(Game game) {
    BigDecimal grand = game.grandValue();
    BigDecimal each =
        grand.divide(BigDecimal.valueOf(game.size()), Money.DIVISION_SCALE, RoundingMode.HALF_EVEN);
    Contributions.Builder b = Contributions.builder().method(toString()).grandValue(grand);
    for (OssFunction f : game.players()) {
      b.addEntries(
          Contributions.Contribution.builder()
              .function(f)
              .value(each)
              .weight(BigDecimal.ONE)
              .build());
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "AttributionStrategy.equal()";
  }
}
