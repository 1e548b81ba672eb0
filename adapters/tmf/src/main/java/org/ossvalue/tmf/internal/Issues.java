package org.ossvalue.tmf.internal;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one record, in the order found. */
final class Issues {

  private final List<Issue> list = new ArrayList<>(4);

  /**
   * Whether the record is an event payload that carries only what changed: warnings about absent
   * fields are not raised for it.
   */
  final boolean partial;

  Issues() {
    this(false);
  }

  Issues(boolean partial) {
    this.partial = partial;
  }

  private int errors;
  private int missing;

  void error(String field, String reason) {
    list.add(new Issue(Issue.Level.ERROR, field, reason));
    errors++;
  }

  void missing(String field, String reason) {
    list.add(new Issue(Issue.Level.MISSING, field, reason));
    missing++;
  }

  void warn(String field, String reason) {
    list.add(new Issue(Issue.Level.WARNING, field, reason));
  }

  boolean hasErrors() {
    return errors > 0;
  }

  boolean hasMissing() {
    return missing > 0;
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  List<Issue> all() {
    return list;
  }

  int size() {
    return list.size();
  }

  /** Drops the issues found after a mark (a trial conversion). */
  void truncate(int mark) {
    while (list.size() > mark) {
      Issue i = list.remove(list.size() - 1);
      if (i.level == Issue.Level.ERROR) {
        errors--;
      } else if (i.level == Issue.Level.MISSING) {
        missing--;
      }
    }
  }

  void clear() {
    list.clear();
    errors = 0;
    missing = 0;
  }
}
