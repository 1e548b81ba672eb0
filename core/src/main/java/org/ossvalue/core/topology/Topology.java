package org.ossvalue.core.topology;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ossvalue.core.Connection;

/**
 * The network elements (resources and services), the "supports" edges between them and each
 * element's combination rule: what the impact engine propagates degradation over.
 *
 * <p>A "supports" edge a → b means b needs a: when a degrades, b may degrade by b's rule. Resources
 * support services, services support services; connections sit on top, realised by the elements
 * named in {@link Connection#realizedBy()}. Edges must not form a cycle; informational {@link
 * Relationship relationships} may, because they are never followed.
 *
 * <p>Immutable and thread-safe. Element ids are unique across resources and services.
 */
public final class Topology {

  private final String[] ids;
  private final ElementKind[] kinds;
  private final CombinationRule[] rules;
  private final Map<String, Integer> index;
  private final int[][] supporters;
  private final int[][] dependents;
  private final int[] rank;
  private final List<Relationship> relationships;
  private final int edgeCount;

  private Topology(
      String[] ids,
      ElementKind[] kinds,
      CombinationRule[] rules,
      Map<String, Integer> index,
      int[][] supporters,
      int[][] dependents,
      int[] rank,
      List<Relationship> relationships,
      int edgeCount) {
    this.ids = ids;
    this.kinds = kinds;
    this.rules = rules;
    this.index = index;
    this.supporters = supporters;
    this.dependents = dependents;
    this.rank = rank;
    this.relationships = relationships;
    this.edgeCount = edgeCount;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A topology with no elements. */
  public static Topology empty() {
    return builder().build();
  }

  /** All element ids, in declaration order. */
  public List<String> elements() {
    return List.of(ids);
  }

  /** Whether the topology has an element with this id. */
  public boolean contains(String id) {
    return index.containsKey(id);
  }

  /** The kind of an element, if the topology has it. */
  public Optional<ElementKind> kind(String id) {
    Integer i = index.get(id);
    return i == null ? Optional.empty() : Optional.of(kinds[i]);
  }

  /** An element's combination rule. */
  public CombinationRule rule(String id) {
    return rules[require(id)];
  }

  /** The elements that support this one, in declaration order. */
  public List<String> supportersOf(String id) {
    return names(supporters[require(id)]);
  }

  /** The elements this one supports. */
  public List<String> dependentsOf(String id) {
    return names(dependents[require(id)]);
  }

  /** The informational relationships, never followed by propagation. */
  public List<Relationship> relationships() {
    return relationships;
  }

  /** The number of elements. */
  public int size() {
    return ids.length;
  }

  /** The number of "supports" edges. */
  public int edgeCount() {
    return edgeCount;
  }

  /**
   * The ids of the connections an element can reach: those realised by it or by anything it
   * supports, directly or not, whether or not they are active. An id that is a connection reaches
   * itself.
   */
  public Set<String> reach(String elementId, Collection<Connection> connections) {
    Set<String> reached = new LinkedHashSet<>();
    Integer start = index.get(elementId);
    if (start != null) {
      boolean[] seen = new boolean[ids.length];
      Deque<Integer> queue = new ArrayDeque<>();
      queue.add(start);
      seen[start] = true;
      while (!queue.isEmpty()) {
        int n = queue.poll();
        reached.add(ids[n]);
        for (int d : dependents[n]) {
          if (!seen[d]) {
            seen[d] = true;
            queue.add(d);
          }
        }
      }
    } else {
      reached.add(elementId);
    }
    Set<String> result = new TreeSet<>();
    for (Connection c : connections) {
      if (c.id().equals(elementId)) {
        result.add(c.id());
      }
      for (String e : c.realizedBy()) {
        if (reached.contains(e)) {
          result.add(c.id());
          break;
        }
      }
    }
    return result;
  }

  // --- for the engine (same package) ---

  int indexOf(String id) {
    Integer i = index.get(id);
    return i == null ? -1 : i;
  }

  String id(int i) {
    return ids[i];
  }

  CombinationRule rule(int i) {
    return rules[i];
  }

  int[] supporters(int i) {
    return supporters[i];
  }

  int[] dependents(int i) {
    return dependents[i];
  }

  /** Position in a topological order: supporters before what they support. */
  int rank(int i) {
    return rank[i];
  }

  private int require(String id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new IllegalArgumentException("element must be in the topology, was " + id);
    }
    return i;
  }

  private List<String> names(int[] positions) {
    List<String> names = new ArrayList<>(positions.length);
    for (int p : positions) {
      names.add(ids[p]);
    }
    return List.copyOf(names);
  }

  @Override
  public String toString() {
    long resources = Arrays.stream(kinds).filter(k -> k == ElementKind.RESOURCE).count();
    return "Topology{"
        + resources
        + " resources, "
        + (ids.length - resources)
        + " services, "
        + edgeCount
        + " supports edges, "
        + relationships.size()
        + " relationships}";
  }

  /** Builds a {@link Topology}; validates on {@link #build()}. */
  public static final class Builder {
    private final Map<String, ElementKind> kinds = new LinkedHashMap<>();
    private final Map<String, CombinationRule> rules = new HashMap<>();
    private final Set<List<String>> edges = new LinkedHashSet<>();
    private final List<Relationship> relationships = new ArrayList<>();

    Builder() {}

    /** Declares a resource. */
    public Builder resource(String id) {
      return declare(id, ElementKind.RESOURCE);
    }

    /** Declares a service that needs all its supporters. */
    public Builder service(String id) {
      return declare(id, ElementKind.SERVICE);
    }

    /** Declares a service supported by these elements, needing all of them. */
    public Builder service(String id, String... supporters) {
      return service(id, CombinationRule.allRequired(), supporters);
    }

    /** Declares a service supported by these elements, combined by a rule. */
    public Builder service(String id, CombinationRule rule, String... supporters) {
      declare(id, ElementKind.SERVICE);
      rules.put(id, rule);
      for (String s : supporters) {
        supports(s, id);
      }
      return this;
    }

    /** Sets how an element combines its supporters (all-required when not set). */
    public Builder rule(String id, CombinationRule rule) {
      rules.put(id, rule);
      return this;
    }

    /** Adds a "supports" edge: {@code supported} needs {@code supporter}. */
    public Builder supports(String supporter, String supported) {
      edges.add(List.of(supporter, supported));
      return this;
    }

    /** Records an informational relationship; never an impact path. */
    public Builder relates(String from, String to, String type) {
      relationships.add(Relationship.of(from, to, type));
      return this;
    }

    private Builder declare(String id, ElementKind kind) {
      if (id.isBlank()) {
        throw new IllegalArgumentException("element id must not be blank, was \"" + id + "\"");
      }
      ElementKind previous = kinds.putIfAbsent(id, kind);
      if (previous != null && previous != kind) {
        throw new IllegalArgumentException(
            "element ids must be unique across resources and services, was "
                + id
                + " as "
                + previous
                + " and "
                + kind);
      }
      return this;
    }

    /**
     * The topology; fails if an edge or rule names an undeclared element, or if edges form a cycle
     * ({@link TopologyCycleException} names its members).
     */
    public Topology build() {
      int n = kinds.size();
      String[] ids = kinds.keySet().toArray(new String[0]);
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < n; i++) {
        index.put(ids[i], i);
      }
      for (String id : rules.keySet()) {
        if (!index.containsKey(id)) {
          throw new IllegalArgumentException("rule names an undeclared element " + id);
        }
      }
      List<List<Integer>> sup = new ArrayList<>();
      List<List<Integer>> dep = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        sup.add(new ArrayList<>());
        dep.add(new ArrayList<>());
      }
      for (List<String> edge : edges) {
        Integer from = index.get(edge.get(0));
        Integer to = index.get(edge.get(1));
        if (from == null || to == null) {
          throw new IllegalArgumentException(
              "supports edge "
                  + edge.get(0)
                  + " -> "
                  + edge.get(1)
                  + " names an undeclared element "
                  + (from == null ? edge.get(0) : edge.get(1)));
        }
        sup.get(to).add(from);
        dep.get(from).add(to);
      }
      int[][] supporters = toArrays(sup);
      int[][] dependents = toArrays(dep);
      int[] rank = topologicalRank(ids, supporters, dependents);
      ElementKind[] kindArray = kinds.values().toArray(new ElementKind[0]);
      CombinationRule[] ruleArray = new CombinationRule[n];
      for (int i = 0; i < n; i++) {
        ruleArray[i] = rules.getOrDefault(ids[i], CombinationRule.allRequired());
      }
      return new Topology(
          ids,
          kindArray,
          ruleArray,
          Map.copyOf(index),
          supporters,
          dependents,
          rank,
          List.copyOf(relationships),
          edges.size());
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
      int[][] arrays = new int[lists.size()][];
      for (int i = 0; i < arrays.length; i++) {
        arrays[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
      }
      return arrays;
    }

    /** Kahn's algorithm; on a cycle, walks the leftover graph to name one cycle. */
    private static int[] topologicalRank(String[] ids, int[][] supporters, int[][] dependents) {
      int n = ids.length;
      int[] pending = new int[n];
      Deque<Integer> ready = new ArrayDeque<>();
      for (int i = 0; i < n; i++) {
        pending[i] = supporters[i].length;
        if (pending[i] == 0) {
          ready.add(i);
        }
      }
      int[] rank = new int[n];
      Arrays.fill(rank, -1);
      int next = 0;
      while (!ready.isEmpty()) {
        int i = ready.poll();
        rank[i] = next++;
        for (int d : dependents[i]) {
          if (--pending[d] == 0) {
            ready.add(d);
          }
        }
      }
      if (next < n) {
        throw new TopologyCycleException(findCycle(ids, supporters, rank));
      }
      return rank;
    }

    /** Every unranked node has an unranked supporter; follow supporters until one repeats. */
    private static List<String> findCycle(String[] ids, int[][] supporters, int[] rank) {
      int start = 0;
      while (rank[start] >= 0) {
        start++;
      }
      Map<Integer, Integer> seenAt = new LinkedHashMap<>();
      List<Integer> path = new ArrayList<>();
      int node = start;
      while (!seenAt.containsKey(node)) {
        seenAt.put(node, path.size());
        path.add(node);
        int next = -1;
        for (int s : supporters[node]) {
          if (rank[s] < 0) {
            next = s;
            break;
          }
        }
        node = next;
      }
      List<Integer> cycle = path.subList(seenAt.get(node), path.size());
      // path follows supporters (b <- a); report in supports order (a -> b).
      List<String> members = new ArrayList<>();
      for (int i = cycle.size() - 1; i >= 0; i--) {
        members.add(ids[cycle.get(i)]);
      }
      return members;
    }
  }
}
