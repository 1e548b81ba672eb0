package org.ossvalue.tmf;

import java.util.Optional;
import java.util.OptionalLong;

/** Formats a record position the way messages name it. */
final class Positions {

  private Positions() {}

  static String describe(
      String file,
      OptionalLong index,
      OptionalLong line,
      Optional<String> id,
      Optional<String> field,
      String reason) {
    StringBuilder sb = new StringBuilder(file);
    if (index.isPresent()) {
      sb.append('[').append(index.getAsLong()).append(']');
    }
    if (line.isPresent()) {
      sb.append(':').append(line.getAsLong());
    }
    id.ifPresent(i -> sb.append(" id=").append(i));
    sb.append(' ');
    field.ifPresent(f -> sb.append(f).append(": "));
    sb.append(reason);
    return sb.toString();
  }
}
