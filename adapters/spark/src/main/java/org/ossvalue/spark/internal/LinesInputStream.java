package org.ossvalue.spark.internal;

import java.io.InputStream;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Lines (without their line ends) as one stream of bytes, each followed by {@code \n}: a task's
 * line range of an NDJSON file handed back to a reader of NDJSON. Lines are pulled one at a time.
 * Not API.
 */
public final class LinesInputStream extends InputStream {

  private final Supplier<byte @Nullable []> next;
  private byte @Nullable [] line;
  private int pos;

  /** The stream of {@code first} and then of each line {@code next} gives, until it gives null. */
  public LinesInputStream(byte[] first, Supplier<byte @Nullable []> next) {
    this.line = first;
    this.next = next;
  }

  @Override
  public int read() {
    if (!advance()) {
      return -1;
    }
    byte[] l = line;
    return pos < l.length ? l[pos++] & 0xff : nl();
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    while (n < len && advance()) {
      byte[] l = line;
      if (pos < l.length) {
        int k = Math.min(len - n, l.length - pos);
        System.arraycopy(l, pos, b, off + n, k);
        pos += k;
        n += k;
      } else {
        b[off + n++] = (byte) nl();
      }
    }
    return n == 0 ? -1 : n;
  }

  /** Moves to the next line when this one and its newline are read; false at the end. */
  private boolean advance() {
    while (line != null && pos > line.length) {
      line = next.get();
      pos = 0;
    }
    return line != null;
  }

  private int nl() {
    pos++;
    return '\n';
  }
}
