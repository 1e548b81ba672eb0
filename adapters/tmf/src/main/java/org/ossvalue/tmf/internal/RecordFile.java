package org.ossvalue.tmf.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Walks the records of one file, one at a time: the elements of a top-level JSON array, or the
 * non-blank lines of an NDJSON file. Nothing but the current record is held.
 *
 * <p>Broken input becomes a {@link Visitor#broken} call for the record it hit, never an exception:
 * in an array file a syntax or limit error ends the file (the records before it stay read); in an
 * NDJSON file it ends only its line.
 */
final class RecordFile {

  /** Receives the records of a file. */
  interface Visitor {
    /** Parses the record under the cursor; may throw on malformed JSON or a limit. */
    @Nullable Object parse(Cursor c, Pos pos) throws IOException;

    /** Takes a parsed record. */
    void accept(@Nullable Object parsed, Pos pos);

    /** A record that could not be read at all (counted as read and rejected). */
    void broken(Pos pos, String reason);

    /** Something about the whole file. */
    void fileWarning(String reason);
  }

  /** A record's position: array index or NDJSON line. */
  static final class Pos {
    final long index;
    final long line;

    Pos(long index, long line) {
      this.index = index;
      this.line = line;
    }

    static Pos index(long i) {
      return new Pos(i, -1);
    }

    static Pos line(long l) {
      return new Pos(-1, l);
    }

    static Pos none() {
      return new Pos(-1, -1);
    }

    @Override
    public String toString() {
      return index >= 0 ? "[" + index + "]" : line >= 0 ? ":" + line : "";
    }
  }

  /** The warning on a file without records. */
  static final String EMPTY_FILE = "empty file: no records";

  private RecordFile() {}

  static void read(Settings settings, InputStream in, boolean lineDelimited, Visitor v) {
    try {
      if (lineDelimited) {
        readLines(settings, in, 1, v);
      } else {
        readArray(settings, in, v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one JSON value (one record, such as one notification envelope) that may span lines;
   * broken input becomes a {@link Visitor#broken} call at {@link Pos#none()}.
   */
  static void readOne(Settings settings, byte[] json, Visitor v) {
    Issues issues = new Issues();
    Pos pos = Pos.none();
    try (JsonParser p = settings.factory.createParser(json)) {
      Cursor c = new Cursor(p, issues, settings.maxStringLength);
      try {
        JsonToken t = p.nextToken();
        if (t == null) {
          v.broken(pos, "empty: no JSON value");
          return;
        }
        c.reset(p);
        Object parsed = v.parse(c, pos);
        if (p.nextToken() != null) {
          v.broken(
              pos,
              "must hold one JSON value, found more at line "
                  + p.currentTokenLocation().getLineNr()
                  + " column "
                  + p.currentTokenLocation().getColumnNr());
          return;
        }
        v.accept(parsed, pos);
      } catch (StreamConstraintsException e) {
        v.broken(
            pos,
            limit(e, -1, p.currentLocation()).replace("; the rest of the file was not read", ""));
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String msg = e.getOriginalMessage();
        boolean eof =
            msg != null && msg.toLowerCase(java.util.Locale.ROOT).contains("end-of-input");
        String first = msg == null ? "" : msg.lines().findFirst().orElse("");
        v.broken(pos, (eof ? "truncated JSON: " : "malformed JSON: ") + first + where(at, -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void readArray(Settings settings, InputStream in, Visitor v) throws IOException {
    Issues issues = new Issues();
    long index = 0;
    JsonParser p = settings.factory.createParser(in);
    try {
      Cursor c = new Cursor(p, issues, settings.maxStringLength);
      JsonToken t = p.nextToken();
      if (t == null) {
        v.fileWarning(EMPTY_FILE);
        return;
      }
      if (t != JsonToken.START_ARRAY) {
        v.broken(
            Pos.none(),
            "must be a JSON array of records (one record per line needs a .ndjson file), was "
                + c.describe()
                + " at line "
                + p.currentTokenLocation().getLineNr()
                + " column "
                + p.currentTokenLocation().getColumnNr());
        return;
      }
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new IOException("unexpected end of input");
        }
        Pos pos = Pos.index(index);
        issues.clear();
        c.reset(p);
        Object parsed = v.parse(c, pos);
        v.accept(parsed, pos);
        index++;
      }
      t = p.nextToken();
      if (t != null) {
        JsonLocation at = p.currentTokenLocation();
        v.broken(
            Pos.index(index),
            "unexpected content after the array at line "
                + at.getLineNr()
                + " column "
                + at.getColumnNr()
                + "; the rest of the file was not read");
      }
    } catch (StreamConstraintsException e) {
      v.broken(Pos.index(index), limit(e, -1, p.currentLocation()));
    } catch (JsonProcessingException e) {
      v.broken(Pos.index(index), malformed(e, -1, index));
    } finally {
      p.close();
    }
  }

  /** Reads NDJSON records; the first line of {@code in} is line {@code firstLine} of its file. */
  static void readLines(Settings settings, InputStream in, long firstLine, Visitor v)
      throws IOException {
    Issues issues = new Issues();
    LineInput lines = new LineInput(in);
    Cursor c = new Cursor(null, issues, settings.maxStringLength);
    boolean any = false;
    while (lines.nextLine()) {
      long line = lines.lineNumber() + firstLine - 1;
      Pos pos = Pos.line(line);
      JsonParser p = settings.factory.createParser(lines.line());
      try {
        JsonToken t = p.nextToken();
        if (t == null) {
          continue; // blank line
        }
        any = true;
        issues.clear();
        c.reset(p);
        Object parsed = v.parse(c, pos);
        JsonToken after = p.nextToken();
        if (after != null) {
          v.broken(
              pos,
              "a line must hold one JSON value, found more at column "
                  + p.currentTokenLocation().getColumnNr());
          lines.drain();
          continue;
        }
        v.accept(parsed, pos);
      } catch (StreamConstraintsException e) {
        any = true;
        v.broken(pos, limit(e, line, p.currentLocation()));
        lines.drain();
      } catch (JsonProcessingException e) {
        any = true;
        v.broken(pos, malformed(e, line, -1));
        lines.drain();
      } finally {
        p.close();
      }
    }
    if (!any) {
      v.fileWarning(EMPTY_FILE);
    }
  }

  private static String limit(StreamConstraintsException e, long line, JsonLocation current) {
    JsonLocation at = e.getLocation() != null ? e.getLocation() : current;
    return "limit exceeded: "
        + e.getOriginalMessage()
        + where(at, line)
        + (line < 0 ? "; the rest of the file was not read" : "");
  }

  private static String malformed(JsonProcessingException e, long line, long index) {
    JsonLocation at = e.getLocation();
    String msg = e.getOriginalMessage();
    boolean eof = msg != null && msg.toLowerCase(java.util.Locale.ROOT).contains("end-of-input");
    String first = msg == null ? "" : msg.lines().findFirst().orElse("");
    return (eof ? "truncated JSON: " : "malformed JSON: ")
        + first
        + where(at, line)
        + (line < 0
            ? "; the "
                + index
                + (index == 1
                    ? " complete record before it was"
                    : " complete records before it were")
                + " kept, the rest of the file was not read"
            : "");
  }

  private static String where(@Nullable JsonLocation at, long line) {
    if (at == null) {
      return "";
    }
    long l = line >= 0 ? line : at.getLineNr();
    return " at line " + l + " column " + at.getColumnNr();
  }
}
