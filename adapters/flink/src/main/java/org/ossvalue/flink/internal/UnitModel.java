package org.ossvalue.flink.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.ossvalue.core.Connection;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.ElementKind;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.core.valuation.sla.SlaPolicy;

/**
 * The inventory of one topology unit (a connected component of the supports graph with the
 * connections on it): its elements with their rules and supporters in order, its connections and
 * the SLA terms they refer to. Immutable; {@link #hash()} identifies the content.
 */
public final class UnitModel {

  /** One element: id, kind, rule text and supporters in their declared order. */
  public static final class Element {
    final String id;
    final ElementKind kind;
    final String rule;
    final List<String> supporters;

    Element(String id, ElementKind kind, String rule, List<String> supporters) {
      this.id = id;
      this.kind = kind;
      this.rule = rule;
      this.supporters = List.copyOf(supporters);
    }
  }

  final String unit;
  final List<Element> elements;
  final List<Connection> connections;
  final List<SlaTerms> terms;
  final long hash;

  UnitModel(
      String unit,
      List<Element> elements,
      List<Connection> connections,
      List<SlaTerms> terms,
      long hash) {
    this.unit = unit;
    this.elements = List.copyOf(elements);
    this.connections = List.copyOf(connections);
    this.terms = List.copyOf(terms);
    this.hash = hash;
  }

  /** The unit id. */
  public String unit() {
    return unit;
  }

  /** A hash of the content: equal content, equal hash. */
  public long hash() {
    return hash;
  }

  /** The connections of the unit. */
  public List<Connection> connections() {
    return connections;
  }

  /** The unit's topology, built from its elements. */
  Topology topology() {
    Topology.Builder b = Topology.builder();
    for (Element e : elements) {
      if (e.kind == ElementKind.RESOURCE) {
        b.resource(e.id);
      } else {
        b.service(e.id);
      }
      b.rule(e.id, Rules.decode(e.rule));
    }
    for (Element e : elements) {
      for (String s : e.supporters) {
        b.supports(s, e.id);
      }
    }
    return b.build();
  }

  /** What a unit function needs, built once per model. */
  static final class Compiled {
    private static final int SCOPES = 64;

    final UnitModel model;
    final Topology topology;
    final Map<String, Connection> connections = new HashMap<>();
    final Map<String, SlaTerms> terms = new HashMap<>();
    final Map<String, SlaPolicy> policies = new HashMap<>();
    private final Map<String, List<Connection>> realizing = new HashMap<>();
    private final Map<java.util.Set<String>, Scope> scopes =
        new java.util.LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<java.util.Set<String>, Scope> eldest) {
            return size() > SCOPES;
          }
        };

    Compiled(UnitModel model) {
      this.model = model;
      this.topology = model.topology();
      for (Connection c : model.connections) {
        connections.put(c.id(), c);
        realizing.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c);
        for (String e : c.realizedBy()) {
          realizing.computeIfAbsent(e, k -> new ArrayList<>()).add(c);
        }
      }
      for (SlaTerms t : model.terms) {
        terms.put(t.id(), t);
        policies.put(t.id(), SlaPolicy.fromTerms(t));
      }
    }

    /**
     * The part of the unit that causes on these elements can reach: the elements they reach, the
     * direct supporters of those (healthy, but a rule needs all its inputs, in order), and the
     * connections on them. The impact engine gives the same impacts on it as on the whole unit, at
     * a cost proportional to the reach, not to the unit.
     */
    Scope scope(java.util.Set<String> elements) {
      Scope s = scopes.get(elements);
      if (s == null) {
        s = new Scope(this, elements);
        scopes.put(java.util.Set.copyOf(elements), s);
      }
      return s;
    }
  }

  /** A reach-limited topology and the connections on it. */
  static final class Scope {
    final Topology topology;
    final List<Connection> connections;

    /**
     * The instants a connection on it is activated or terminated: a degraded connection's revenue
     * at risk starts or stops there without any event.
     */
    final java.util.NavigableSet<java.time.Instant> lifecycle;

    Scope(Compiled unit, java.util.Set<String> causeElements) {
      Topology full = unit.topology;
      java.util.Set<String> reached = new java.util.LinkedHashSet<>();
      java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>();
      for (String e : causeElements) {
        if (full.contains(e) && reached.add(e)) {
          queue.add(e);
        }
      }
      while (!queue.isEmpty()) {
        for (String d : full.dependentsOf(queue.poll())) {
          if (reached.add(d)) {
            queue.add(d);
          }
        }
      }
      Topology.Builder b = Topology.builder();
      java.util.Set<String> declared = new java.util.HashSet<>();
      for (String r : reached) {
        declare(b, full, r, declared);
        for (String sup : full.supportersOf(r)) {
          declare(b, full, sup, declared);
          b.supports(sup, r);
        }
      }
      this.topology = b.build();
      java.util.Map<String, Connection> on = new java.util.TreeMap<>();
      for (String e : reached) {
        unit.realizing.getOrDefault(e, List.of()).forEach(c -> on.put(c.id(), c));
      }
      for (String e : causeElements) {
        if (!full.contains(e)) { // an extra node or a connection id
          unit.realizing.getOrDefault(e, List.of()).forEach(c -> on.put(c.id(), c));
        }
      }
      this.connections = List.copyOf(on.values());
      java.util.TreeSet<java.time.Instant> changes = new java.util.TreeSet<>();
      for (Connection c : connections) {
        c.activation().ifPresent(changes::add);
        c.termination().ifPresent(changes::add);
      }
      this.lifecycle = java.util.Collections.unmodifiableNavigableSet(changes);
    }

    private static void declare(
        Topology.Builder b, Topology full, String id, java.util.Set<String> declared) {
      if (declared.add(id)) {
        if (full.kind(id).orElseThrow() == ElementKind.RESOURCE) {
          b.resource(id);
        } else {
          b.service(id);
        }
        b.rule(id, full.rule(id));
      }
    }
  }

  /** Writes models field by field. */
  public enum CodecImpl implements Codec<UnitModel> {
    /** The codec. */
    INSTANCE;

    @Override
    public Class<UnitModel> type() {
      return UnitModel.class;
    }

    @Override
    public void write(UnitModel m, DataOutputView out) throws IOException {
      out.writeUTF(m.unit);
      out.writeLong(m.hash);
      out.writeInt(m.elements.size());
      for (Element e : m.elements) {
        out.writeUTF(e.id);
        Io.writeEnum(e.kind, out);
        out.writeUTF(e.rule);
        Io.writeStrings(e.supporters, out);
      }
      out.writeInt(m.connections.size());
      for (Connection c : m.connections) {
        Io.writeConnection(c, out);
      }
      out.writeInt(m.terms.size());
      for (SlaTerms t : m.terms) {
        Io.writeTerms(t, out);
      }
    }

    @Override
    public UnitModel read(DataInputView in) throws IOException {
      String unit = in.readUTF();
      long hash = in.readLong();
      int n = in.readInt();
      List<Element> elements = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String id = in.readUTF();
        ElementKind kind = Io.readEnum(ElementKind.class, in);
        String rule = in.readUTF();
        elements.add(new Element(id, kind, rule, Io.readStrings(in)));
      }
      int c = in.readInt();
      List<Connection> connections = new ArrayList<>(c);
      for (int i = 0; i < c; i++) {
        connections.add(Io.readConnection(in));
      }
      int t = in.readInt();
      List<SlaTerms> terms = new ArrayList<>(t);
      for (int i = 0; i < t; i++) {
        terms.add(Io.readTerms(in));
      }
      return new UnitModel(unit, elements, connections, terms, hash);
    }
  }
}
