package org.ossvalue.flink.internal;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.ossvalue.core.Connection;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.flink.Inventory;

/**
 * Splits an inventory into topology units: the connected components of the graph whose edges are
 * the supports edges and each connection's realising elements, so that everything one cause can
 * reach lies in one unit (a shared aggregation node pulls all it supports into its unit). A unit is
 * named after its smallest member id, so unrelated inventory changes do not rename it.
 *
 * <p>Remembers the last partition and sends only what changed: new or changed unit models, units
 * that vanished, and routes (element, extra node or connection id to unit) that changed. Not
 * thread-safe.
 */
public final class Partitioner {

  private Map<String, String> routes = new HashMap<>();
  private Map<String, Long> hashes = new HashMap<>();

  /** The updates that bring the receivers from the last inventory to this one. */
  public List<InventoryUpdate> updates(Inventory inventory) {
    Partition p = partition(inventory);
    List<InventoryUpdate> out = new ArrayList<>();
    for (Map.Entry<String, UnitModel> e : p.models.entrySet()) {
      Long old = hashes.get(e.getKey());
      if (old == null || old != e.getValue().hash) {
        out.add(InventoryUpdate.unit(e.getKey(), e.getValue()));
      }
    }
    for (String unit : hashes.keySet()) {
      if (!p.models.containsKey(unit)) {
        out.add(InventoryUpdate.unit(unit, null));
      }
    }
    for (Map.Entry<String, String> e : p.routes.entrySet()) {
      if (!e.getValue().equals(routes.get(e.getKey()))) {
        out.add(InventoryUpdate.route(e.getKey(), e.getValue()));
      }
    }
    for (String id : routes.keySet()) {
      if (!p.routes.containsKey(id)) {
        out.add(InventoryUpdate.route(id, null));
      }
    }
    routes = p.routes;
    Map<String, Long> next = new HashMap<>();
    p.models.forEach((k, v) -> next.put(k, v.hash));
    hashes = next;
    return out;
  }

  /** The units of an inventory. */
  static final class Partition {
    final Map<String, String> routes;
    final Map<String, UnitModel> models;

    Partition(Map<String, String> routes, Map<String, UnitModel> models) {
      this.routes = routes;
      this.models = models;
    }
  }

  static Partition partition(Inventory inventory) {
    Topology t = inventory.topology();
    List<String> elements = t.elements();
    Map<String, Integer> index = new HashMap<>();
    List<String> ids = new ArrayList<>(elements);
    for (int i = 0; i < elements.size(); i++) {
      index.put(elements.get(i), i);
    }
    for (Connection c : inventory.connections()) {
      for (String r : c.realizedBy()) {
        if (!index.containsKey(r)) {
          index.put(r, ids.size());
          ids.add(r);
        }
      }
    }
    int connectionBase = ids.size();
    for (Connection c : inventory.connections()) {
      if (index.containsKey(c.id())) {
        throw new IllegalArgumentException(
            "connection ids must differ from element ids, was " + c.id() + " as both");
      }
      index.put(c.id(), ids.size());
      ids.add(c.id());
    }
    int[] parent = new int[ids.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < elements.size(); i++) {
      for (String s : t.supportersOf(elements.get(i))) {
        union(parent, i, index.get(s));
      }
    }
    for (int i = 0; i < inventory.connections().size(); i++) {
      Connection c = inventory.connections().get(i);
      for (String r : c.realizedBy()) {
        union(parent, connectionBase + i, index.get(r));
      }
    }
    // Name each component after its smallest id.
    Map<Integer, String> nameOfRoot = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      int root = find(parent, i);
      String current = nameOfRoot.get(root);
      if (current == null || ids.get(i).compareTo(current) < 0) {
        nameOfRoot.put(root, ids.get(i));
      }
    }
    Map<String, String> routes = new HashMap<>();
    Map<String, List<UnitModel.Element>> unitElements = new TreeMap<>();
    Map<String, List<Connection>> unitConnections = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      String unit = "unit:" + nameOfRoot.get(find(parent, i));
      routes.put(ids.get(i), unit);
      unitElements.computeIfAbsent(unit, k -> new ArrayList<>());
      unitConnections.computeIfAbsent(unit, k -> new ArrayList<>());
      if (i < elements.size()) {
        String id = elements.get(i);
        unitElements
            .get(unit)
            .add(
                new UnitModel.Element(
                    id,
                    t.kind(id).orElseThrow(),
                    Rules.encode(t.rule(id), id),
                    t.supportersOf(id)));
      } else if (i >= connectionBase) {
        unitConnections.get(unit).add(inventory.connections().get(i - connectionBase));
      }
    }
    Map<String, SlaTerms> terms = new HashMap<>();
    inventory.slaTerms().forEach(s -> terms.put(s.id(), s));
    Map<String, UnitModel> models = new LinkedHashMap<>();
    for (Map.Entry<String, List<UnitModel.Element>> e : unitElements.entrySet()) {
      List<Connection> cs = unitConnections.get(e.getKey());
      Set<String> agreements = new HashSet<>();
      List<SlaTerms> ts = new ArrayList<>();
      for (Connection c : cs) {
        c.sla()
            .filter(a -> terms.containsKey(a) && agreements.add(a))
            .ifPresent(a -> ts.add(terms.get(a)));
      }
      ts.sort(java.util.Comparator.comparing(SlaTerms::id));
      UnitModel unhashed = new UnitModel(e.getKey(), e.getValue(), cs, ts, 0L);
      models.put(e.getKey(), new UnitModel(e.getKey(), e.getValue(), cs, ts, hash(unhashed)));
    }
    return new Partition(routes, models);
  }

  private static long hash(UnitModel m) {
    DataOutputSerializer out = new DataOutputSerializer(256);
    try {
      UnitModel.CodecImpl.INSTANCE.write(m, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Hasher h = Hashing.farmHashFingerprint64().newHasher();
    h.putBytes(out.getSharedBuffer(), 0, out.length());
    return h.hash().asLong();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      if (ra < rb) {
        parent[rb] = ra;
      } else {
        parent[ra] = rb;
      }
    }
  }
}
