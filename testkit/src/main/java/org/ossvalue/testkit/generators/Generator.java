package org.ossvalue.testkit.generators;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.ossvalue.testkit.internal.Seeds;

/**
 * A generator of values that is a pure function of a seed: the same seed always gives an equal
 * value, whatever framework calls it (JUnit loops, QuickTheories through {@code QtGenerators.of},
 * jqwik-free property tests, fuzzers that hand out longs).
 *
 * <pre>{@code
 * Generator<Connection> connections = CoreGenerators.connections();
 * for (long seed = 0; seed < 100; seed++) {
 *   Connection c = connections.generate(seed);
 *   …
 * }
 * }</pre>
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Generator<T> {

  /** The value for a seed. */
  T generate(long seed);

  /** A generator of f of this generator's values. */
  default <R> Generator<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return seed -> f.apply(generate(seed));
  }

  /** A generator whose values come from the generator f makes of this generator's value. */
  default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> f) {
    Objects.requireNonNull(f, "f");
    return seed -> f.apply(generate(Seeds.derive(seed, 1))).generate(Seeds.derive(seed, 2));
  }

  /**
   * This generator's values that pass a filter (tries derived seeds in turn; fails after 1,000
   * misses, naming the seed).
   */
  default Generator<T> filter(Predicate<? super T> keep) {
    Objects.requireNonNull(keep, "keep");
    return seed -> {
      for (int attempt = 0; attempt < 1_000; attempt++) {
        T value = generate(attempt == 0 ? seed : Seeds.derive(seed, 100 + attempt));
        if (keep.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("no value passed the filter in 1000 tries, seed " + seed);
    };
  }

  /** Lists of min to max (inclusive) of this generator's values. */
  default Generator<List<T>> list(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          "list sizes must be 0 <= min <= max, was " + min + ", " + max);
    }
    return seed -> {
      long s = Seeds.derive(seed, 0);
      int size = min + (int) Math.floorMod(s, (long) (max - min + 1));
      List<T> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(generate(Seeds.derive(seed, i + 1L)));
      }
      return List.copyOf(list);
    };
  }

  /** An endless stream of values from seeds derived from this one: for simple loops. */
  default Stream<T> samples(long seed) {
    return LongStream.iterate(0, k -> k + 1).mapToObj(k -> generate(Seeds.derive(seed, k)));
  }

  /** Always the same value. */
  static <T> Generator<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return seed -> value;
  }

  /** One of these values, uniformly. */
  static <T> Generator<T> oneOf(List<T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("values must not be empty");
    }
    List<T> copy = List.copyOf(values);
    return seed -> copy.get((int) Math.floorMod(Seeds.mix(seed), (long) copy.size()));
  }
}
