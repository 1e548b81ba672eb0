package org.ossvalue.core.valuation;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * How a figure was derived: the formula with its numbers, the inputs (each with the ids of the
 * records it came from, written {@code kind:id}) and the policy clause that produced it.
 *
 * <p>{@code toString} prints it for people, one line per part.
 */
@Value.Immutable
@Value.Enclosing
public abstract class Explanation {

  Explanation() {}

  /** What the figure is, such as {@code SLA credit P-1001 2025-03 (SLA-9001)}. */
  public abstract String figure();

  /** The figure's value as shown, such as {@code 112.50 EUR}. */
  public abstract String result();

  /** The formula, with the numbers put in. */
  public abstract String formula();

  /** The inputs, in the order the formula uses them. */
  public abstract List<Input> inputs();

  /** The policy clause (contract term, configuration, convention) that produced the figure. */
  public abstract String clause();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Explanation}. */
  public static final class Builder extends ImmutableExplanation.Builder {

    /** Adds an input named {@code name} with this value, from these records. */
    public Builder input(String name, Object value, String... records) {
      addInputs(Input.of(name, String.valueOf(value), List.of(records)));
      return this;
    }
  }

  /** Every record any input came from, in order. */
  public SortedSet<String> records() {
    SortedSet<String> records = new TreeSet<>();
    inputs().forEach(i -> records.addAll(i.records()));
    return records;
  }

  /**
   *
   *
   * <pre>
   * SLA credit P-1001 2025-03 (SLA-9001) = 112.50 EUR
   *   formula: ...
   *   input:   MRR = 450.00 EUR [product:P-1001]
   *   clause:  ...
   * </pre>
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append(figure()).append(" = ").append(result()).append('\n');
    s.append("  formula: ").append(formula()).append('\n');
    for (Input input : inputs()) {
      s.append("  input:   ").append(input).append('\n');
    }
    s.append("  clause:  ").append(clause());
    return s.toString();
  }

  /** One input of a formula: a name, its value and the records it came from. */
  @Value.Immutable
  public abstract static class Input {

    Input() {}

    /** The input's name, such as {@code MRR}. */
    @Value.Parameter
    public abstract String name();

    /** Its value as shown, such as {@code 450.00 EUR}. */
    @Value.Parameter
    public abstract String value();

    /** The ids of the records it came from, written {@code kind:id}. */
    @Value.Parameter
    public abstract List<String> records();

    /** An input from these records. */
    public static Input of(String name, String value, List<String> records) {
      return ImmutableExplanation.Input.of(name, value, records);
    }

    /** {@code MRR = 450.00 EUR [product:P-1001]}. */
    @Override
    public String toString() {
      return name() + " = " + value() + (records().isEmpty() ? "" : " " + records());
    }
  }
}
