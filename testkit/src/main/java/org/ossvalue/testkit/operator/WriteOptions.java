package org.ossvalue.testkit.operator;

import org.immutables.value.Value;

/**
 * How a {@link SyntheticOperator} writes its TMF export: the TM Forum release's shapes, arrays or
 * NDJSON, and whether to add notification events. Defaults: v4, arrays, no events.
 */
@Value.Immutable
public abstract class WriteOptions {

  WriteOptions() {}

  /** The release whose shapes are written. */
  @Value.Default
  public TmfVersion version() {
    return TmfVersion.V4;
  }

  /** Arrays ({@code .json}) or NDJSON ({@code .ndjson}). */
  @Value.Default
  public TmfLayout layout() {
    return TmfLayout.ARRAYS;
  }

  /** Whether and how {@code events.ndjson} is written. */
  @Value.Default
  public EventMode events() {
    return EventMode.NONE;
  }

  /** v4 arrays without events. */
  public static WriteOptions defaults() {
    return builder().build();
  }

  /** These shapes and layout, without events. */
  public static WriteOptions of(TmfVersion version, TmfLayout layout) {
    return builder().version(version).layout(layout).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WriteOptions}. */
  public static final class Builder extends ImmutableWriteOptions.Builder {}

  /** The file extension of resource files: {@code .json} or {@code .ndjson}. */
  public String extension() {
    return layout() == TmfLayout.ARRAYS ? ".json" : ".ndjson";
  }

  @Override
  public String toString() {
    return "WriteOptions{" + version() + ", " + layout() + ", events " + events() + "}";
  }
}
