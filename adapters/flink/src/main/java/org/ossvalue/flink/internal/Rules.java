package org.ossvalue.flink.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ossvalue.core.topology.CombinationRule;

/** Combination rules as text and back: the built-ins only, checked by a round trip. */
final class Rules {

  private static final String PREFIX = "CombinationRule.";

  private Rules() {}

  /** The rule's text; fails for a rule that cannot be read back the same. */
  static String encode(CombinationRule rule, String element) {
    String text = rule.toString();
    CombinationRule back;
    try {
      back = decode(text);
    } catch (IllegalArgumentException e) {
      back = null;
    }
    if (back == null || !back.toString().equals(text)) {
      throw new IllegalArgumentException(
          "rule of element "
              + element
              + " cannot be carried in a Flink inventory update (only the built-in rules of"
              + " CombinationRule can), was "
              + text);
    }
    return text;
  }

  /** The rule a text names. */
  static CombinationRule decode(String text) {
    if (!text.startsWith(PREFIX) || !text.endsWith(")")) {
      throw new IllegalArgumentException("not a built-in combination rule: " + text);
    }
    String call = text.substring(PREFIX.length(), text.length() - 1);
    int paren = call.indexOf('(');
    String name = call.substring(0, paren);
    String arg = call.substring(paren + 1);
    return switch (name) {
      case "allRequired" -> CombinationRule.allRequired();
      case "redundant" -> CombinationRule.redundant();
      case "atLeast" -> CombinationRule.atLeast(Integer.parseInt(arg));
      case "weightedMean" ->
          arg.isEmpty()
              ? CombinationRule.weightedMean()
              : CombinationRule.weightedMean(weights(arg));
      default -> throw new IllegalArgumentException("not a built-in combination rule: " + text);
    };
  }

  private static Map<String, BigDecimal> weights(String map) {
    if (!map.startsWith("{") || !map.endsWith("}")) {
      throw new IllegalArgumentException("weights must be a map, was " + map);
    }
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    String body = map.substring(1, map.length() - 1);
    if (body.isEmpty()) {
      return weights;
    }
    for (String entry : body.split(", ", -1)) {
      int eq = entry.lastIndexOf('=');
      weights.put(entry.substring(0, eq), new BigDecimal(entry.substring(eq + 1)));
    }
    return weights;
  }
}
