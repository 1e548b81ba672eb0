package org.ossvalue.core.topology;

import java.util.List;

/** Thrown when "supports" edges form a cycle, which no degradation could be computed over. */
public final class TopologyCycleException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> members;

  TopologyCycleException(List<String> members) {
    super(
        "supports edges must not form a cycle, was "
            + String.join(" -> ", members)
            + " -> "
            + members.get(0)
            + (members.size() == 1 ? " (an element supporting itself)" : ""));
    this.members = List.copyOf(members);
  }

  /** The elements on the cycle, in edge order: each supports the next, the last the first. */
  public List<String> members() {
    return members;
  }
}
