package org.ossvalue.tmf.internal;

/** One problem found in a record: where (field path) and what. */
final class Issue {

  /** How bad. */
  enum Level {
    /** The record cannot be accepted. */
    ERROR,
    /**
     * A field the record needs is absent: an error for a whole record, fine for an event payload
     * that carries only what changed.
     */
    MISSING,
    /** Accepted, but a person should know. */
    WARNING
  }

  final Level level;
  final String field;
  final String reason;

  Issue(Level level, String field, String reason) {
    this.level = level;
    this.field = field;
    this.reason = reason;
  }

  @Override
  public String toString() {
    return level + " " + field + ": " + reason;
  }
}
