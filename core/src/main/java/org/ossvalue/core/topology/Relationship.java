package org.ossvalue.core.topology;

import org.immutables.value.Value;

/**
 * An informational relationship between two elements (TMF {@code serviceRelationship} or {@code
 * resourceRelationship}, such as {@code reliesOn}): kept for people, never an impact path, and
 * allowed to loop.
 */
@Value.Immutable
public abstract class Relationship {

  Relationship() {}

  /** The element the relationship is recorded on. */
  @Value.Parameter
  public abstract String source();

  /** The element it points to. */
  @Value.Parameter
  public abstract String target();

  /** The relationship type as recorded, such as {@code reliesOn}. */
  @Value.Parameter
  public abstract String type();

  /** A relationship. */
  public static Relationship of(String source, String target, String type) {
    return ImmutableRelationship.of(source, target, type);
  }

  @Override
  public String toString() {
    return source() + " -" + type() + "-> " + target();
  }
}
