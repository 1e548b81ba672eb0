package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ossvalue.core.internal.Decimals;

/**
 * A cooperative game: the players (OSS functions, in a fixed order) and the characteristic function
 * v(S) that says what each coalition of them produces. Attribution strategies split v(N), the value
 * of all players together, among the players.
 *
 * <p>Immutable and thread-safe when its characteristic function is.
 */
public final class Game {

  private final List<OssFunction> players;
  private final Map<OssFunction, Integer> index;
  private final CharacteristicFunction function;
  private final String description;

  private Game(List<OssFunction> players, CharacteristicFunction function, String description) {
    if (players.isEmpty()) {
      throw new IllegalArgumentException("players must name at least one function, was []");
    }
    Map<OssFunction, Integer> index = new HashMap<>();
    for (int i = 0; i < players.size(); i++) {
      if (index.put(players.get(i), i) != null) {
        throw new IllegalArgumentException(
            "players must name each function once, was " + players.get(i) + " twice");
      }
    }
    this.players = List.copyOf(players);
    this.index = index;
    this.function = function;
    this.description = description;
  }

  /** A game over these players with a characteristic function the caller supplies. */
  public static Game of(List<OssFunction> players, CharacteristicFunction v) {
    return new Game(players, v, "v supplied by caller");
  }

  /** A game over these players with a characteristic function and a description for toString. */
  public static Game of(List<OssFunction> players, CharacteristicFunction v, String description) {
    return new Game(players, v, description);
  }

  /**
   * A builder for a game given as a table of coalition values; coalitions the table leaves out are
   * worth 0.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The players, in the order shares are listed. */
  public List<OssFunction> players() {
    return players;
  }

  /** The number of players. */
  public int size() {
    return players.size();
  }

  /** v(S): what a coalition of these players produces; every member must be a player. */
  public BigDecimal value(Set<OssFunction> coalition) {
    BitSet bits = new BitSet(players.size());
    for (OssFunction f : coalition) {
      Integer i = index.get(f);
      if (i == null) {
        throw new IllegalArgumentException(
            "coalition must contain only players " + players + ", was " + coalition);
      }
      bits.set(i);
    }
    return value(bits);
  }

  /** v(N): what all players produce together. */
  public BigDecimal grandValue() {
    BitSet all = new BitSet(players.size());
    all.set(0, players.size());
    return value(all);
  }

  /** v(S) for the coalition whose members' indices are set. */
  BigDecimal value(BitSet members) {
    return function.value(new Coalition(members));
  }

  /** v(S) for the coalition whose members' indices are the bits of a mask (fewer than 64). */
  BigDecimal valueOfMask(long mask) {
    return value(BitSet.valueOf(new long[] {mask}));
  }

  /** {@code Game{players=[faultManagement, incidentManagement], v supplied by caller}}. */
  @Override
  public String toString() {
    return "Game{players=" + players + ", " + description + "}";
  }

  /** A read-only view of a coalition as a set of functions, over a bit set of player indices. */
  private final class Coalition extends java.util.AbstractSet<OssFunction> {
    private final BitSet members;

    Coalition(BitSet members) {
      this.members = members;
    }

    @Override
    public boolean contains(Object o) {
      if (!(o instanceof OssFunction)) {
        return false;
      }
      Integer i = index.get(o);
      return i != null && members.get(i);
    }

    @Override
    public java.util.Iterator<OssFunction> iterator() {
      return new java.util.Iterator<>() {
        private int next = members.nextSetBit(0);

        @Override
        public boolean hasNext() {
          return next >= 0;
        }

        @Override
        public OssFunction next() {
          if (next < 0) {
            throw new java.util.NoSuchElementException();
          }
          OssFunction f = players.get(next);
          next = members.nextSetBit(next + 1);
          return f;
        }
      };
    }

    @Override
    public int size() {
      return members.cardinality();
    }
  }

  /** Builds a game from a table of coalition values. */
  public static final class Builder {
    private final Set<OssFunction> players = new LinkedHashSet<>();
    private final Map<SortedSet<OssFunction>, BigDecimal> table = new HashMap<>();

    Builder() {}

    /** Adds players, in order. */
    public Builder players(OssFunction... functions) {
      for (OssFunction f : functions) {
        players.add(f);
      }
      return this;
    }

    /** Adds players named by strings, in order. */
    public Builder players(String... names) {
      for (String n : names) {
        players.add(OssFunction.of(n));
      }
      return this;
    }

    /** Sets v(S) for the coalition of these members (which become players if they are not). */
    public Builder value(BigDecimal value, Collection<OssFunction> members) {
      SortedSet<OssFunction> key = new TreeSet<>(members);
      players.addAll(key);
      if (table.put(key, value) != null) {
        throw new IllegalArgumentException("value of " + key + " must be given once");
      }
      return this;
    }

    /** Sets v(S) for the coalition of these members: {@code value("24", "fault", "incident")}. */
    public Builder value(String value, String... members) {
      List<OssFunction> list = new ArrayList<>();
      for (String m : members) {
        list.add(OssFunction.of(m));
      }
      return value(new BigDecimal(value), list);
    }

    /** The game; coalitions not given are worth 0. */
    public Game build() {
      Map<SortedSet<OssFunction>, BigDecimal> copy = new HashMap<>();
      table.forEach((k, v) -> copy.put(new TreeSet<>(k), Decimals.normalize(v)));
      String text =
          copy.entrySet().stream()
              .sorted(
                  (a, b) ->
                      a.getKey().size() != b.getKey().size()
                          ? Integer.compare(a.getKey().size(), b.getKey().size())
                          : a.getKey().toString().compareTo(b.getKey().toString()))
              .map(e -> "v" + e.getKey() + "=" + e.getValue().toPlainString())
              .collect(Collectors.joining(", ", "table ", ", others 0"));
      return new Game(
          List.copyOf(players),
          coalition -> copy.getOrDefault(new TreeSet<>(coalition), BigDecimal.ZERO),
          text);
    }
  }
}
