package org.ossvalue.flink;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.connector.sink2.Committer;
import org.apache.flink.api.connector.sink2.CommitterInitContext;
import org.apache.flink.api.connector.sink2.CommittingSinkWriter;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.SupportsCommitter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * A test sink with Kafka transactions' guarantee: what a writer receives between two checkpoints
 * becomes visible (in a list in this JVM, the MiniCluster's) only when the second checkpoint
 * completes, so a restart from a checkpoint neither loses nor repeats an element.
 */
final class Committed<T> implements Sink<T>, SupportsCommitter<String> {

  private static final long serialVersionUID = 1L;
  private static final Map<String, List<Object>> PENDING = new ConcurrentHashMap<>();
  private static final Map<String, List<Object>> VISIBLE = new ConcurrentHashMap<>();
  private static final Map<String, AtomicLong> COMMITS = new ConcurrentHashMap<>();

  private final String id = UUID.randomUUID().toString();

  Committed() {
    VISIBLE.put(id, Collections.synchronizedList(new ArrayList<>()));
    COMMITS.put(id, new AtomicLong());
  }

  /** What was committed so far, in commit order. */
  @SuppressWarnings("unchecked")
  List<T> items() {
    List<Object> list = VISIBLE.get(id);
    synchronized (list) {
      return new ArrayList<>((List<T>) (List<?>) list);
    }
  }

  /** How many commits made elements visible. */
  long commits() {
    return COMMITS.get(id).get();
  }

  @Override
  public SinkWriter<T> createWriter(WriterInitContext context) {
    return new CommittingSinkWriter<T, String>() {
      private List<Object> buffer = new ArrayList<>();

      @Override
      public void write(T element, Context ctx) {
        buffer.add(element);
      }

      @Override
      public void flush(boolean endOfInput) {}

      @Override
      public Collection<String> prepareCommit() {
        if (buffer.isEmpty()) {
          return List.of();
        }
        String key = id + "/" + UUID.randomUUID();
        PENDING.put(key, buffer);
        buffer = new ArrayList<>();
        return List.of(key);
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public Committer<String> createCommitter(CommitterInitContext context) {
    return new Committer<>() {
      @Override
      public void commit(Collection<CommitRequest<String>> requests) {
        for (CommitRequest<String> r : requests) {
          List<Object> pending = PENDING.remove(r.getCommittable());
          if (pending != null) {
            VISIBLE.get(id).addAll(pending);
            COMMITS.get(id).incrementAndGet();
          }
        }
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public SimpleVersionedSerializer<String> getCommittableSerializer() {
    return new SimpleVersionedSerializer<>() {
      @Override
      public int getVersion() {
        return 1;
      }

      @Override
      public byte[] serialize(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
      }

      @Override
      public String deserialize(int version, byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
      }
    };
  }
}
