package org.ossvalue.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.statement.Headline;
import org.ossvalue.core.statement.ValueStatement;

/**
 * The shape of the JSON contract (docs/statement-json.md): every key issue 6 fixes is present,
 * money is always {@code {"currency", "value"}} with the value rounded half-even to the minor unit,
 * there is never a {@code null}, and the same key set holds for a statement of nothing.
 */
class JsonContractTest {

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  /** The keys issue 6 fixes, as JSON pointers; {@code /x/*} means "in every element of x". */
  static final List<String> CONTRACT =
      List.of(
          "/period/from",
          "/period/to",
          "/period/zone",
          "/asOf",
          "/connections/*/id",
          "/connections/*/account",
          "/connections/*/segment?",
          "/connections/*/status",
          "/connections/*/mrr?",
          "/impacts/*/connection",
          "/impacts/*/start",
          "/impacts/*/end",
          "/impacts/*/degradation",
          "/impacts/*/minutes",
          "/impacts/*/planned",
          "/impacts/*/causes",
          "/revenueAtRisk/totals",
          "/revenueAtRisk/plannedTotals",
          "/revenueAtRisk/byConnection/*/connection",
          "/revenueAtRisk/byConnection/*/money",
          "/slaCredits/totals",
          "/slaCredits/byConnection/*/connection",
          "/slaCredits/byConnection/*/availability",
          "/slaCredits/byConnection/*/money",
          "/fulfilment/orders/*/order",
          "/fulfilment/orders/*/leadTimeMinutes?",
          "/fulfilment/orders/*/pulledForward?",
          "/fulfilment/orders/*/delayed?",
          "/leakage/items/*/account",
          "/leakage/items/*/connection?",
          "/leakage/items/*/kind",
          "/leakage/items/*/money",
          "/leakage/notAssessable",
          "/churnExposure/low",
          "/churnExposure/central",
          "/churnExposure/high",
          "/attribution/*/function",
          "/attribution/*/money",
          "/headline/connected",
          "/headline/enabled",
          "/headline/protected",
          "/headline/atRisk",
          "/headline/lost",
          "/headline/credits",
          "/headline/leakage",
          "/headline/revenueWeightedAvailability",
          "/dataQuality/files",
          "/dataQuality/rejected",
          "/dataQuality/warnings");

  /** The additions dashboards use; also always present. */
  static final List<String> ADDITIONS =
      List.of(
          "/headline/mrr",
          "/headline/plannedAtRisk",
          "/headline/usageLost",
          "/headline/delayed",
          "/headline/churnExposure",
          "/headline/connectionWeightedAvailability/unplanned",
          "/usageLost/totals",
          "/enabled/total",
          "/lost/total",
          "/protectedRevenue/central",
          "/attributionGame/*/functions",
          "/attributionGame/*/money",
          "/breakdowns/bySegment",
          "/breakdowns/byOffering",
          "/breakdowns/byAccount",
          "/topImpacts",
          "/productInsight",
          "/parameters",
          "/excluded",
          "/gaps/unresolvedCauses",
          "/explanations");

  private static final Pattern SLASH = Pattern.compile("/");

  static JsonNode json(ValueStatement s) {
    try {
      return MAPPER.readTree(NetCo.render(StatementRenderer.json(), s));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Checks a pointer with {@code *} over arrays; a trailing {@code ?} makes the last key optional.
   */
  static void assertPresent(JsonNode root, String pointer) {
    boolean optional = pointer.endsWith("?");
    String[] parts =
        SLASH.split(optional ? pointer.substring(0, pointer.length() - 1) : pointer, -1);
    List<JsonNode> nodes = List.of(root);
    for (int i = 1; i < parts.length; i++) {
      List<JsonNode> next = new ArrayList<>();
      boolean last = i == parts.length - 1;
      for (JsonNode n : nodes) {
        if (parts[i].equals("*")) {
          assertTrue(n.isArray(), pointer + ": not an array at " + parts[i - 1]);
          n.forEach(next::add);
        } else if (n.has(parts[i])) {
          next.add(n.get(parts[i]));
        } else if (!(last && optional)) {
          throw new AssertionError(pointer + ": missing " + parts[i] + " in " + n);
        }
      }
      nodes = next;
    }
  }

  @Test
  void everyContractKeyIsPresentForNetCo() {
    JsonNode root = json(NetCo.STATEMENT);
    CONTRACT.forEach(p -> assertPresent(root, p));
    ADDITIONS.forEach(p -> assertPresent(root, p));
    // and the arrays under * are not vacuous for NetCo
    for (String array :
        List.of(
            "/connections",
            "/impacts",
            "/revenueAtRisk/byConnection",
            "/slaCredits/byConnection",
            "/fulfilment/orders",
            "/leakage/items",
            "/attribution",
            "/attributionGame")) {
      assertFalse(root.at(array).isEmpty(), array);
    }
  }

  @Test
  void everyContractKeyIsPresentForAStatementOfNothing() {
    JsonNode root = json(Statements.empty());
    CONTRACT.forEach(p -> assertPresent(root, p));
    ADDITIONS.forEach(p -> assertPresent(root, p));
    assertTrue(root.get("connections").isEmpty());
    assertTrue(root.at("/headline/connected").isEmpty(), "no currency, no amount");
  }

  @Test
  void theTopLevelKeysComeInTheDocumentedOrder() {
    List<String> keys = new ArrayList<>();
    json(NetCo.STATEMENT).fieldNames().forEachRemaining(keys::add);
    assertEquals(
        List.of(
            "period",
            "asOf",
            "headline",
            "connections",
            "impacts",
            "revenueAtRisk",
            "usageLost",
            "slaCredits",
            "fulfilment",
            "enabled",
            "lost",
            "leakage",
            "churnExposure",
            "protectedRevenue",
            "attribution",
            "attributionGame",
            "breakdowns",
            "topImpacts",
            "productInsight",
            "parameters",
            "dataQuality",
            "excluded",
            "gaps",
            "explanations"),
        keys);
  }

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** Every object with a currency is money, and its value has the currency's minor digits. */
  static int assertMoneyAndNoNulls(JsonNode n, String path) {
    assertFalse(n.isNull(), path + " is null");
    int money = 0;
    if (n.isObject()) {
      if (n.has("currency") && n.has("value")) {
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("currency", "value"), keys, path);
        assertTrue(n.get("value").isTextual(), path + " value must be a string");
        String value = n.get("value").asText();
        assertTrue(DECIMAL.matcher(value).matches(), path + " " + value);
        int digits = Money.minorUnitDigits(Money.currency(n.get("currency").asText()));
        assertEquals(digits, new BigDecimal(value).scale(), path + " " + value);
        return 1;
      }
      for (Map.Entry<String, JsonNode> f : n.properties()) {
        money += assertMoneyAndNoNulls(f.getValue(), path + "/" + f.getKey());
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        money += assertMoneyAndNoNulls(n.get(i), path + "/" + i);
      }
    } else if (n.isNumber()) {
      assertFalse(n.asText().contains("E"), path + " in exponent notation: " + n.asText());
    }
    return money;
  }

  @Test
  void moneyIsAlwaysCurrencyAndRoundedDecimalStringAndNothingIsNull() {
    assertTrue(assertMoneyAndNoNulls(json(NetCo.STATEMENT), "") > 200);
    JsonNode hostile = json(Statements.hostile());
    assertTrue(assertMoneyAndNoNulls(hostile, "") > 20);
    JsonNode yen = hostile.at("/headline/connected/1");
    assertEquals("JPY", yen.get("currency").asText());
    assertEquals("99999", yen.get("value").asText(), "JPY has no minor unit");
  }

  @Test
  void namesWithQuotesMarkupAndLineBreaksRoundTrip() {
    JsonNode c = json(Statements.hostile()).at("/connections/0");
    assertEquals("C-<1>&\"x\"", c.get("id").asText());
    assertEquals("ACME, \"Ltd\"", c.get("account").asText());
    assertEquals("fibre, 1G\nline two", c.get("offering").asText());
  }

  private static final ValueStatement NOTHING = Statements.empty();

  /** A statement of nothing whose headline's revenue connected is this amount. */
  private static ValueStatement withConnected(Money m) {
    ValueStatement s = NOTHING;
    return ValueStatement.builder()
        .from(s)
        .headline(Headline.builder().from(s.headline()).connected(List.of(m)).build())
        .build();
  }

  private static final List<String> CURRENCIES = List.of("EUR", "JPY", "BHD", "CLF", "XXX");

  /**
   * Half-even to the minor unit, characterised without the implementation: the value has the minor
   * unit's digits, is within half a minor unit of the exact amount, and at exactly half it ends in
   * an even digit.
   */
  private static boolean isHalfEven(BigDecimal exact, String value, int digits) {
    BigDecimal v = new BigDecimal(value);
    BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
    BigDecimal half = unit.divide(BigDecimal.valueOf(2));
    BigDecimal distance = v.subtract(exact).abs();
    if (v.scale() != digits || distance.compareTo(half) > 0) {
      return false;
    }
    return distance.compareTo(half) != 0
        || v.unscaledValue().mod(java.math.BigInteger.TWO).signum() == 0;
  }

  @Test
  void moneyValuesAreRoundedHalfEvenToTheMinorUnit() {
    qt().withExamples(300)
        .forAll(
            longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
            integers().between(0, 12),
            arbitrary().pick(CURRENCIES))
        .check(
            (unscaled, scale, code) -> {
              BigDecimal exact = BigDecimal.valueOf(unscaled, scale);
              Money m = Money.of(exact, Money.currency(code));
              String value = json(withConnected(m)).at("/headline/connected/0/value").asText();
              return isHalfEven(exact, value, Money.minorUnitDigits(m.currency()));
            });
  }

  @Test
  void tiesGoToTheEvenNeighbour() {
    qt().withExamples(200)
        .forAll(longs().between(-1_000_000_000L, 1_000_000_000L), arbitrary().pick(CURRENCIES))
        .check(
            (k, code) -> {
              int digits = Money.minorUnitDigits(Money.currency(code));
              // (2k + 1) half-units: exactly between two minor units
              BigDecimal exact =
                  BigDecimal.valueOf(2 * k + 1, digits + 1).multiply(BigDecimal.valueOf(5));
              Money m = Money.of(exact, Money.currency(code));
              String value = json(withConnected(m)).at("/headline/connected/0/value").asText();
              return isHalfEven(exact, value, digits)
                  && value.equals(exact.setScale(digits, RoundingMode.HALF_EVEN).toPlainString());
            });
  }
}
