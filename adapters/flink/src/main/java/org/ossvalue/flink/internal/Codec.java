package org.ossvalue.flink.internal;

import java.io.IOException;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Writes and reads one type field by field. Implementations are enum singletons, so that a
 * serializer snapshot can name them and a savepoint can be read back.
 */
public interface Codec<T> {

  /** The type written. */
  Class<T> type();

  /** Writes a value. */
  void write(T value, DataOutputView out) throws IOException;

  /** Reads a value written by {@link #write}. */
  T read(DataInputView in) throws IOException;
}
