package org.ossvalue.tmf.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without holding a line in memory: {@link #nextLine()} moves to
 * the next line and {@link #line()} is an input stream that ends at that line's {@code \n}. A
 * parser reads one NDJSON record from it; whatever it leaves unread is drained before the next
 * line.
 */
final class LineInput {

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;
  private boolean eof;
  private boolean lineDone = true;
  private long lineNumber;
  private final InputStream line = new Line();

  LineInput(InputStream in) {
    this.in = in;
  }

  /** Moves to the next line; false at the end of the input. */
  boolean nextLine() throws IOException {
    if (!lineDone) {
      drain();
    }
    if (!fill()) {
      return false;
    }
    lineNumber++;
    lineDone = false;
    return true;
  }

  /** The 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  /** The current line as a stream (ends before its newline). */
  InputStream line() {
    return line;
  }

  /** Skips what is left of the current line. */
  void drain() throws IOException {
    while (!lineDone) {
      if (!fill()) {
        lineDone = true;
        return;
      }
      for (int i = pos; i < end; i++) {
        if (buf[i] == '\n') {
          pos = i + 1;
          lineDone = true;
          return;
        }
      }
      pos = end;
    }
  }

  private boolean fill() throws IOException {
    if (pos < end) {
      return true;
    }
    if (eof) {
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    while (n == 0) {
      n = in.read(buf, 0, buf.length);
    }
    if (n < 0) {
      eof = true;
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }

  private final class Line extends InputStream {
    @Override
    public int read() throws IOException {
      if (lineDone || !fill()) {
        lineDone = true;
        return -1;
      }
      byte b = buf[pos++];
      if (b == '\n') {
        lineDone = true;
        return -1;
      }
      return b & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (lineDone || !fill()) {
        lineDone = true;
        return -1;
      }
      int max = Math.min(len, end - pos);
      for (int i = 0; i < max; i++) {
        byte c = buf[pos + i];
        if (c == '\n') {
          System.arraycopy(buf, pos, b, off, i);
          pos += i + 1;
          lineDone = true;
          return i == 0 ? -1 : i;
        }
      }
      System.arraycopy(buf, pos, b, off, max);
      pos += max;
      return max;
    }

    @Override
    public void close() {
      // the underlying input belongs to the caller
    }
  }
}
