package org.ossvalue.core.valuation.sla;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ossvalue.core.internal.Decimals;

/**
 * The ossvalue convention for credit terms in TMF623 {@code rule[].consequence} and TMF657 {@code
 * serviceLevelObjectiveConsequence[].prescribedAction} strings: {@code serviceCredit:<n>%MRR}, such
 * as {@code serviceCredit:10%MRR} or {@code serviceCredit:2.5%MRR}.
 */
public final class ServiceCreditNotation {

  private static final Pattern SERVICE_CREDIT =
      Pattern.compile("\\s*servicecredit\\s*:\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%\\s*mrr\\s*");

  private ServiceCreditNotation() {}

  /**
   * The credit percentage of MRR a consequence string states, case-insensitively and ignoring
   * spaces; empty when the string is not in this notation (such as {@code n/a}).
   */
  public static Optional<BigDecimal> parse(String consequence) {
    Matcher m = SERVICE_CREDIT.matcher(consequence.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(Decimals.normalize(new BigDecimal(m.group(1))));
  }

  /** The notation for a percentage: {@code serviceCredit:10%MRR}. */
  public static String format(BigDecimal percentOfMrr) {
    return "serviceCredit:" + Decimals.normalize(percentOfMrr).toPlainString() + "%MRR";
  }
}
