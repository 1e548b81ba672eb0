package org.ossvalue.tmf;

import org.immutables.value.Value;

/**
 * A reference from a record to a record of another file, which only the whole export can resolve: a
 * product's realizing service or resource, a product's SLA, an alarm's alarmed object. {@link
 * TmfParts#unresolved} gives the warning {@link TmfReader#readDirectory} writes when the target is
 * missing.
 */
@Value.Immutable
public abstract class TmfReference {

  TmfReference() {}

  /** What the reference must resolve to. */
  public enum Target {
    /** A service or resource of the inventory (a product's realizing element; dropped if not). */
    ELEMENT,
    /** A service, resource or product (an alarm's alarmed object). */
    ELEMENT_OR_CONNECTION,
    /** An SLA read from the export's {@code sla} file, when the export has one. */
    SLA
  }

  /** What the reference must resolve to. */
  @Value.Parameter
  public abstract Target target();

  /** The id referred to. */
  @Value.Parameter
  public abstract String id();

  /** The field path of the reference in its record, such as {@code realizingService[0].id}. */
  @Value.Parameter
  public abstract String field();

  /** A reference. */
  public static TmfReference of(Target target, String id, String field) {
    return ImmutableTmfReference.of(target, id, field);
  }

  @Override
  public String toString() {
    return field() + " -> " + target() + " " + id();
  }
}
