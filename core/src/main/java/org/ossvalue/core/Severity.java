package org.ossvalue.core;

import java.util.Locale;

/**
 * How badly a cause hurts, in ITU-T X.733 terms; a {@code SeverityMapping} turns it into
 * degradation.
 */
public enum Severity {
  /** Service is lost. */
  CRITICAL,
  /** Service is badly degraded. */
  MAJOR,
  /** Service is somewhat degraded. */
  MINOR,
  /** A potential problem; no service effect yet. */
  WARNING,
  /** The severity cannot be told. */
  INDETERMINATE;

  /** The X.733 label in lower case, such as {@code critical}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The severity with this label, case-insensitively ({@code Critical}, {@code MAJOR}). */
  public static Severity parse(String label) {
    String key = label.trim().toUpperCase(Locale.ROOT);
    for (Severity s : values()) {
      if (s.name().equals(key)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "severity must be one of critical, major, minor, warning, indeterminate, was " + label);
  }

  @Override
  public String toString() {
    return label();
  }
}
