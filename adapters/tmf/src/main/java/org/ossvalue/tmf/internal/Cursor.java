package org.ossvalue.tmf.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A JSON parser positioned inside one record, that knows the field path it is at and records type
 * problems as {@link Issues} instead of failing: a wrong type is reported with the path and the
 * offending value, the value is skipped and reading goes on with the next field.
 *
 * <p>Strings the reader uses are decoded, under Jackson's length limit; strings in skipped fields
 * are not decoded, and their length (in bytes) is checked against the same limit.
 */
final class Cursor {

  private static final int CUT = 80;
  private static final int OBJECT = -2;

  private static final long SLACK = 256;
  private static final int MAX_SCALE = 100;

  /** Most elements read from one array inside a record (memory stays bounded per record). */
  static final int MAX_ELEMENTS = 100_000;

  private JsonParser p;
  private final Issues issues;
  private final long maxSkippedBytes;
  private long skippedStringStart = -1;
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;

  Cursor(JsonParser p, Issues issues, int maxStringLength) {
    this.p = p;
    this.issues = issues;
    this.maxSkippedBytes = maxStringLength + SLACK;
  }

  void reset(JsonParser parser) {
    this.p = parser;
    this.depth = 0;
    this.skippedStringStart = -1;
  }

  /** The next token, after checking the length of a string skipped just before it. */
  private @Nullable JsonToken next() throws IOException {
    JsonToken t = p.nextToken();
    if (skippedStringStart >= 0) {
      checkSkipped();
    }
    return t;
  }

  /**
   * A skipped string is never decoded (that is what makes skipping cheap), so Jackson's length
   * limit does not see it; its length is bounded here by the bytes between it and the next token,
   * and an over-long one fails like Jackson's own limit.
   */
  private void checkSkipped() throws StreamConstraintsException {
    long start = skippedStringStart;
    skippedStringStart = -1;
    if (p instanceof ParserBase) {
      long span = ((ParserBase) p).getTokenCharacterOffset() - start;
      if (span > maxSkippedBytes) {
        throw new StreamConstraintsException(
            "String value length ("
                + span
                + " bytes) exceeds the maximum allowed ("
                + (maxSkippedBytes - SLACK)
                + ", from `StreamReadConstraints.getMaxStringLength()`)",
            p.currentTokenLocation());
      }
    }
  }

  private void skippedString() throws IOException {
    if (p instanceof ParserBase) {
      skippedStringStart = ((ParserBase) p).getTokenCharacterOffset();
    } else {
      p.getTextLength();
    }
  }

  Issues issues() {
    return issues;
  }

  JsonToken token() {
    return p.currentToken();
  }

  boolean isNull() {
    return p.currentToken() == JsonToken.VALUE_NULL;
  }

  // --- structure ---

  /**
   * Enters an object; false (after reporting and skipping) if the value is not one; null is absent.
   */
  boolean beginObject() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      push(OBJECT);
      names[depth - 1] = "";
      return true;
    }
    if (t != JsonToken.VALUE_NULL) {
      error("must be an object, was " + describe());
      skip();
    }
    return false;
  }

  /** Moves to the next field's value; false at the end of the object (which it leaves). */
  boolean nextField() throws IOException {
    JsonToken t = next();
    if (t == JsonToken.FIELD_NAME) {
      names[depth - 1] = p.currentName();
      p.nextToken();
      return true;
    }
    depth--;
    return false;
  }

  /** The current field's name. */
  String name() {
    return names[depth - 1];
  }

  /** Enters an array; false (after reporting and skipping) if the value is not one. */
  boolean beginArray() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_ARRAY) {
      push(-1);
      return true;
    }
    if (t != JsonToken.VALUE_NULL) {
      error("must be an array, was " + describe());
      skip();
    }
    return false;
  }

  /** Moves to the next element; false at the end of the array (which it leaves). */
  boolean nextElement() throws IOException {
    JsonToken t = next();
    if (t == JsonToken.END_ARRAY) {
      depth--;
      return false;
    }
    if (++indexes[depth - 1] >= MAX_ELEMENTS) {
      throw new StreamConstraintsException(
          "Array length exceeds the maximum allowed ("
              + MAX_ELEMENTS
              + " elements in one record field, "
              + path()
              + ")",
          p.currentTokenLocation());
    }
    return true;
  }

  /** The current element's index. */
  int index() {
    return indexes[depth - 1];
  }

  private void push(int index) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = null;
    indexes[depth] = index;
    depth++;
  }

  // --- scalars ---

  /** A string; null when absent or null; a wrong type is reported and skipped. */
  @Nullable String string() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t != JsonToken.VALUE_NULL) {
      error("must be a string, was " + describe());
      skip();
    }
    return null;
  }

  /** A string, or the text of an integer (TMF642 v4 alarm ids, numeric references). */
  @Nullable String stringOrInteger() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      return p.getText();
    }
    return string();
  }

  /** Any scalar as text (characteristic values); objects and arrays are skipped (null). */
  @Nullable String scalarText() throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return null;
    }
    switch (t) {
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
        return p.getText();
      default:
        skip();
        return null;
    }
  }

  /** An exact decimal read from the number token's text (never through a double). */
  @Nullable BigDecimal decimal() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal d = new BigDecimal(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (d.scale() > MAX_SCALE || d.scale() < -MAX_SCALE) {
        error(
            "must be a plain decimal (at most "
                + MAX_SCALE
                + " digits on either side of the point), was "
                + describe());
        return null;
      }
      return d;
    }
    if (t != JsonToken.VALUE_NULL) {
      error("must be a number, was " + describe());
      skip();
    }
    return null;
  }

  /** A decimal written as a number or as a decimal string (TMF623 rule values are strings). */
  @Nullable BigDecimal decimalOrDecimalString() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String s = p.getText();
      try {
        return new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        error("must be a decimal number, was " + quote(s));
        return null;
      }
    }
    return decimal();
  }

  /** A whole number. */
  @Nullable Integer integer() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      try {
        return p.getIntValue();
      } catch (IOException e) {
        error("must be a whole number in int range, was " + describe());
        return null;
      }
    }
    if (t != JsonToken.VALUE_NULL) {
      error("must be a whole number, was " + describe());
      skip();
    }
    return null;
  }

  /** A boolean. */
  @Nullable Boolean bool() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    if (t != JsonToken.VALUE_NULL) {
      error("must be true or false, was " + describe());
      skip();
    }
    return null;
  }

  /** An ISO-8601 date-time with an offset; anything else is reported. */
  @Nullable Instant instant() throws IOException {
    String s = string();
    if (s == null) {
      return null;
    }
    Instant i = Times.parse(s);
    if (i == null) {
      error(
          "must be an ISO-8601 date-time with an offset (Z or ±hh:mm) and valid fields, was "
              + quote(s));
    }
    return i;
  }

  /** Skips the current value (and everything in it), reading every string to its end. */
  void skip() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      int level = 1;
      while (level > 0) {
        JsonToken n = next();
        if (n == null) {
          return;
        }
        switch (n) {
          case START_OBJECT:
          case START_ARRAY:
            level++;
            break;
          case END_OBJECT:
          case END_ARRAY:
            level--;
            break;
          case VALUE_STRING:
            skippedString();
            break;
          default:
            break;
        }
      }
    } else if (t == JsonToken.VALUE_STRING) {
      skippedString();
    }
  }

  // --- issues ---

  /** A field path captured now and rendered only when a message needs it. */
  static final class Mark {
    private final String[] names;
    private final int[] indexes;
    private @Nullable String rendered;

    Mark(String[] names, int[] indexes) {
      this.names = names;
      this.indexes = indexes;
    }

    static final Mark ROOT = new Mark(new String[0], new int[0]);

    @Override
    public String toString() {
      String r = rendered;
      if (r == null) {
        r = render(names, indexes, names.length);
        rendered = r;
      }
      return r;
    }
  }

  /** The current path, captured cheaply; rendered on demand. */
  Mark mark() {
    return new Mark(Arrays.copyOf(names, depth), Arrays.copyOf(indexes, depth));
  }

  private static String render(String[] names, int[] indexes, int depth) {
    StringBuilder sb = new StringBuilder(32);
    for (int i = 0; i < depth; i++) {
      if (indexes[i] == OBJECT) {
        String n = names[i];
        if (n == null || n.isEmpty()) {
          continue;
        }
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(n);
      } else {
        sb.append('[').append(Math.max(indexes[i], 0)).append(']');
      }
    }
    return sb.toString();
  }

  /** The path of the current position, such as {@code productPrice[0].price.dutyFreeAmount}. */
  String path() {
    return render(names, indexes, depth);
  }

  /** {@code base.field}, or {@code field} at the root. */
  static String join(String base, String field) {
    return base.isEmpty() ? field : base + "." + field;
  }

  void error(String reason) {
    issues.error(path(), reason);
  }

  void warn(String reason) {
    issues.warn(path(), reason);
  }

  String describe() throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    switch (t) {
      case VALUE_STRING:
        return "string " + quote(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number " + cut(p.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean " + p.getText();
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString();
    }
  }

  static String quote(String s) {
    return '"' + cut(s) + '"';
  }

  static String cut(String s) {
    if (s.length() <= CUT) {
      return s;
    }
    return s.substring(0, CUT) + "… (" + s.length() + " chars)";
  }
}
