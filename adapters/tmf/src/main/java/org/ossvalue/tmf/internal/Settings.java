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

  /** Whether a rejection fails the read. */
  public boolean strict() {
    return strict;
  }
}
