package org.ossvalue.testkit.operator;

/** How each resource file holds its records. */
public enum TmfLayout {
  /** One JSON array per file ({@code product.json}), one record per line. */
  ARRAYS,
  /** One JSON object per line ({@code product.ndjson}). */
  NDJSON
}
