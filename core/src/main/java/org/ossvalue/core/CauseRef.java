package org.ossvalue.core;

import org.immutables.value.Value;

/** A reference to a cause by kind and id, written {@code alarm:7001}. */
@Value.Immutable
public abstract class CauseRef implements Comparable<CauseRef> {

  CauseRef() {}

  /** The kind of record. */
  @Value.Parameter
  public abstract CauseKind kind();

  /** The record's id within its kind. */
  @Value.Parameter
  public abstract String id();

  /** A reference to a cause. */
  public static CauseRef of(CauseKind kind, String id) {
    return ImmutableCauseRef.of(kind, id);
  }

  /** The reference written {@code kind:id}, such as {@code alarm:7001}. */
  public static CauseRef parse(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("cause reference must be kind:id, was " + text);
    }
    return of(CauseKind.parse(text.substring(0, colon)), text.substring(colon + 1));
  }

  /** Orders by kind, then id. */
  @Override
  public int compareTo(CauseRef that) {
    int c = kind().compareTo(that.kind());
    return c != 0 ? c : id().compareTo(that.id());
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("id must not be blank, was \"" + id() + "\"");
    }
  }

  /** {@code alarm:7001}. */
  @Override
  public String toString() {
    return kind().label() + ":" + id();
  }
}
