package org.ossvalue.testkit.operator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ossvalue.core.topology.Relationship;
import org.ossvalue.core.topology.Topology;

/** Topology has no equals: a canonical description that two equal topologies share. */
final class Topologies {

  private Topologies() {}

  /** Element → "kind rule [sorted supporters]", plus the relationships. */
  static Map<String, String> describe(Topology t) {
    TreeMap<String, String> d = new TreeMap<>();
    for (String id : t.elements()) {
      List<String> supporters = new ArrayList<>(t.supportersOf(id));
      supporters.sort(null);
      d.put(id, t.kind(id).orElseThrow() + " " + t.rule(id) + " " + supporters);
    }
    int i = 0;
    for (Relationship r : t.relationships()) {
      d.put("~rel" + i++, r.toString());
    }
    return d;
  }
}
