package org.ossvalue.flink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/** A test sink: every element written goes to a list in this JVM (the MiniCluster's). */
final class Collect<T> implements Sink<T> {

  private static final long serialVersionUID = 1L;
  private static final Map<String, List<Object>> LISTS = new ConcurrentHashMap<>();

  private final String id = UUID.randomUUID().toString();

  Collect() {
    LISTS.put(id, java.util.Collections.synchronizedList(new ArrayList<>()));
  }

  /** What was written so far, in arrival order. */
  @SuppressWarnings("unchecked")
  List<T> items() {
    List<Object> list = LISTS.get(id);
    synchronized (list) {
      return new ArrayList<>((List<T>) (List<?>) list);
    }
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) {
    List<Object> list = LISTS.get(id);
    return new SinkWriter<>() {
      @Override
      public void write(T element, Context ctx) {
        list.add(element);
      }

      @Override
      public void flush(boolean endOfInput) {}

      @Override
      public void close() {}
    };
  }
}
