package org.ossvalue.flink.example;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.ossvalue.flink.ClosedImpact;

/** Collects closed impacts in this JVM. */
final class CollectClosed implements Sink<ClosedImpact> {
  private static final long serialVersionUID = 1L;
  private static final List<ClosedImpact> ITEMS = Collections.synchronizedList(new ArrayList<>());

  CollectClosed() {
    ITEMS.clear();
  }

  List<ClosedImpact> items() {
    synchronized (ITEMS) {
      return new ArrayList<>(ITEMS);
    }
  }

  @Override
  public SinkWriter<ClosedImpact> createWriter(WriterInitContext context) {
    return new SinkWriter<>() {
      @Override
      public void write(ClosedImpact element, Context ctx) {
        ITEMS.add(element);
      }

      @Override
      public void flush(boolean endOfInput) {}

      @Override
      public void close() {}
    };
  }
}
