package org.ossvalue.tmf.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.ElementKind;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.core.topology.TopologyCycleException;

/**
 * Builds the core {@link Topology} from the final resource and service records: supports edges from
 * {@code supportingService} (services embedded by value become nodes too), {@code
 * supportingResource} (on services and, in v5, on resources) and configured relationship types;
 * informational relationships otherwise. Dangling edges are dropped with a warning; the records on
 * a supports cycle are rejected, naming the cycle.
 */
final class TopologyAssembly {

  private final Assembler assembler;
  private final Settings settings;
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final List<Edge> edges = new ArrayList<>();
  private final List<String[]> relationships = new ArrayList<>();
  private final Deque<Object[]> embedded = new ArrayDeque<>();

  TopologyAssembly(Assembler assembler, Settings settings) {
    this.assembler = assembler;
    this.settings = settings;
  }

  private static final class Node {
    final String id;
    final ElementKind kind;
    @Nullable CombinationRule rule;
    final Assembler.@Nullable Source owner;
    final boolean embedded;

    Node(String id, ElementKind kind, Assembler.@Nullable Source owner, boolean embedded) {
      this.id = id;
      this.kind = kind;
      this.owner = owner;
      this.embedded = embedded;
    }
  }

  private static final class Edge {
    final String from;
    final String to;
    final Assembler.@Nullable Source owner;
    final String field;

    Edge(String from, String to, Assembler.@Nullable Source owner, String field) {
      this.from = from;
      this.to = to;
      this.owner = owner;
      this.field = field;
    }
  }

  Topology build(Map<String, Dto.Resource> resources, Map<String, Dto.Service> services) {
    for (Dto.Resource r : resources.values()) {
      Assembler.Source owner = assembler.owner(Spec.RESOURCE, r.id);
      declare(r.id, ElementKind.RESOURCE, owner, false, r.chars);
    }
    for (Dto.Service s : services.values()) {
      Assembler.Source owner = assembler.owner(Spec.SERVICE, s.id);
      declare(s.id, ElementKind.SERVICE, owner, false, s.chars);
    }
    for (Dto.Resource r : resources.values()) {
      if (nodes.containsKey(r.id) && nodes.get(r.id).kind == ElementKind.RESOURCE) {
        walkResource(r, assembler.owner(Spec.RESOURCE, r.id));
      }
    }
    for (Dto.Service s : services.values()) {
      if (nodes.containsKey(s.id) && nodes.get(s.id).kind == ElementKind.SERVICE) {
        walkService(s, assembler.owner(Spec.SERVICE, s.id));
      }
    }
    while (!embedded.isEmpty()) {
      Object[] next = embedded.poll();
      Assembler.Source owner = (Assembler.Source) next[1];
      if (next[0] instanceof Dto.Service) {
        Dto.Service s = (Dto.Service) next[0];
        if (!nodes.containsKey(s.id)) {
          declare(s.id, ElementKind.SERVICE, owner, true, s.chars);
          walkService(s, owner);
        }
      } else {
        Dto.Resource r = (Dto.Resource) next[0];
        if (!nodes.containsKey(r.id)) {
          declare(r.id, ElementKind.RESOURCE, owner, true, r.chars);
          walkResource(r, owner);
        }
      }
    }
    List<Edge> kept = new ArrayList<>();
    for (Edge e : edges) {
      if (nodes.containsKey(e.from)) {
        kept.add(e);
      } else if (e.owner != null) {
        assembler.warn(
            e.owner,
            e.field,
            e.from
                + " is not in the service or resource inventory: the supports edge to "
                + e.to
                + " is dropped (nothing is impacted through it)");
      }
    }
    return buildWithoutCycles(kept);
  }

  private void declare(
      @Nullable String id,
      ElementKind kind,
      Assembler.@Nullable Source owner,
      boolean isEmbedded,
      @Nullable List<Dto.Char> chars) {
    if (id == null) {
      return;
    }
    Node existing = nodes.get(id);
    if (existing != null) {
      if (existing.kind != kind && owner != null) {
        String reason =
            "id "
                + id
                + " is already a "
                + existing.kind
                + (existing.owner != null ? " (" + existing.owner.where() + ")" : "")
                + ": ids must be unique across resources and services";
        if (isEmbedded) {
          assembler.warn(owner, "id", reason + "; the embedded " + kind + " is ignored");
        } else {
          assembler.rejectLate(owner, "id", reason);
        }
      }
      return;
    }
    Node n = new Node(id, kind, owner, isEmbedded);
    CombinationRule configured = settings.ruleOverrides.get(id);
    n.rule = configured != null ? configured : Build.rule(chars, new Issues());
    nodes.put(id, n);
  }

  private void walkService(Dto.Service s, Assembler.@Nullable Source owner) {
    if (s.supportingServices != null) {
      for (Dto.Service c : s.supportingServices) {
        if (c.id == null) {
          if (owner != null) {
            assembler.warn(
                owner, Build.f(c.path, "id"), "a supporting service without an id is ignored");
          }
          continue;
        }
        edges.add(new Edge(c.id, s.id, owner, Build.f(c.path, "id")));
        if (!c.refOnly) {
          embedded.add(new Object[] {c, owner});
        }
      }
    }
    if (s.supportingResources != null) {
      for (Dto.Resource c : s.supportingResources) {
        supportingResource(c, s.id, owner);
      }
    }
    relationships(s.id, s.relationships, owner);
  }

  private void walkResource(Dto.Resource r, Assembler.@Nullable Source owner) {
    if (r.supportingResources != null) {
      for (Dto.Resource c : r.supportingResources) {
        supportingResource(c, r.id, owner);
      }
    }
    relationships(r.id, r.relationships, owner);
  }

  private void supportingResource(Dto.Resource c, String to, Assembler.@Nullable Source owner) {
    if (c.id == null) {
      if (owner != null) {
        assembler.warn(
            owner, Build.f(c.path, "id"), "a supporting resource without an id is ignored");
      }
      return;
    }
    edges.add(new Edge(c.id, to, owner, Build.f(c.path, "id")));
    if (!c.refOnly) {
      embedded.add(new Object[] {c, owner});
    }
  }

  private void relationships(
      String from, @Nullable List<Dto.Rel> rels, Assembler.@Nullable Source owner) {
    if (rels == null) {
      return;
    }
    for (Dto.Rel r : rels) {
      if (r.target == null) {
        continue;
      }
      String type = r.type == null ? "relatedTo" : r.type;
      if (isSupports(type)) {
        edges.add(new Edge(r.target, from, owner, Build.f(r.path, "id")));
      } else {
        relationships.add(new String[] {from, r.target, type});
      }
    }
  }

  private boolean isSupports(String type) {
    for (String t : settings.supportsRelationshipTypes) {
      if (t.toLowerCase(Locale.ROOT).equals(type.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private Topology buildWithoutCycles(List<Edge> kept) {
    Set<String> removed = new HashSet<>();
    while (true) {
      Topology.Builder b = Topology.builder();
      for (Node n : nodes.values()) {
        if (removed.contains(n.id)) {
          continue;
        }
        if (n.kind == ElementKind.RESOURCE) {
          b.resource(n.id);
        } else {
          b.service(n.id);
        }
        if (n.rule != null) {
          b.rule(n.id, n.rule);
        }
      }
      for (Edge e : kept) {
        if (!removed.contains(e.from) && !removed.contains(e.to)) {
          b.supports(e.from, e.to);
        }
      }
      for (String[] r : relationships) {
        if (!removed.contains(r[0])) {
          b.relates(r[0], r[1], r[2]);
        }
      }
      try {
        return b.build();
      } catch (TopologyCycleException e) {
        List<String> members = e.members();
        String cycle = String.join(" -> ", members) + " -> " + members.get(0);
        for (int j = 0; j < members.size(); j++) {
          String member = members.get(j);
          String pred = members.get((j - 1 + members.size()) % members.size());
          String field = "supportingService";
          for (Edge edge : kept) {
            if (edge.from.equals(pred) && edge.to.equals(member)) {
              field = edge.field;
              break;
            }
          }
          String reason =
              members.size() == 1
                  ? member + " supports itself (a self-loop): the record is rejected"
                  : "supports edges form a cycle " + cycle + ": the record is rejected";
          Node n = nodes.get(member);
          if (n != null && n.owner != null) {
            if (n.embedded) {
              assembler.warn(n.owner, field, reason.replace("the record is rejected", "dropped"));
            } else {
              assembler.rejectLate(n.owner, field, reason);
            }
          }
          removed.add(member);
        }
      }
    }
  }
}
