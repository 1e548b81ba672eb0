package org.ossvalue.tmf.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Map;
import java.util.Set;
import org.ossvalue.core.topology.CombinationRule;

/**
 * The reader's settings and its Jackson factory (streaming only, no data binding, so {@code @type}
 * is never used to pick a class). Not API.
 */
public final class Settings {

  final boolean strict;
  final Set<String> supportsRelationshipTypes;
  final Map<String, CombinationRule> ruleOverrides;
  final Map<String, String> priceTypeAliases;
  final int maxStringLength;
  final int maxNestingDepth;
  final int maxNumberLength;
  final int maxNameLength;
  final JsonFactory factory;

  /** Settings; the limits go into Jackson's {@link StreamReadConstraints}. */
  public Settings(
      boolean strict,
      Set<String> supportsRelationshipTypes,
      Map<String, CombinationRule> ruleOverrides,
      Map<String, String> priceTypeAliases,
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      int maxNameLength) {
    this.strict = strict;
    this.supportsRelationshipTypes = Set.copyOf(supportsRelationshipTypes);
    this.ruleOverrides = Map.copyOf(ruleOverrides);
    this.priceTypeAliases = Map.copyOf(priceTypeAliases);
    this.maxStringLength = maxStringLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxNumberLength = maxNumberLength;
    this.maxNameLength = maxNameLength;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(maxNestingDepth)
            .maxStringLength(maxStringLength)
            .maxNumberLength(maxNumberLength)
            .maxNameLength(maxNameLength)
            .build();
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();
    this.factory.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
  }

  /**
   * These settings without the topology's rule overrides, which only the whole export uses: what a
   * reader of records needs, as plain values ({@code strict}, the relationship types, the price
   * type aliases, the four limits), for shipping to other machines.
   */
  public Object[] forRecords() {
    return new Object[] {
      strict,
      new java.util.HashSet<>(supportsRelationshipTypes),
      new java.util.HashMap<>(priceTypeAliases),
      maxNestingDepth,
      maxStringLength,
      maxNumberLength,
      maxNameLength
    };
  }

  /** Settings from {@link #forRecords()}. */
  @SuppressWarnings("unchecked")
  public static Settings ofRecords(Object[] v) {
    return new Settings(
        (Boolean) v[0],
        (Set<String>) v[1],
        Map.of(),
        (Map<String, String>) v[2],
        (Integer) v[3],
        (Integer) v[4],
        (Integer) v[5],
        (Integer) v[6]);
  }

  /** These settings, strict or lenient as asked. */
  public Settings withStrict(boolean strict) {
    return new Settings(
        strict,
        supportsRelationshipTypes,
        ruleOverrides,
        priceTypeAliases,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength);
  }

  /** Whether a rejection fails the read. */
  public boolean strict() {
    return strict;
  }
}
