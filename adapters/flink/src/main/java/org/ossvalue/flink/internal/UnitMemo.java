package org.ossvalue.flink.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.ServiceImpact;

/**
 * What a unit remembers between steps, besides its causes and model: the floor (nothing before it
 * can change), the closed horizon (every impact piece final by then was emitted), the last instant
 * measured, whether anything changed since, the live contributions last emitted, the connections
 * degraded at the last step, and, per connection under an SLA, the closed pieces of recent months.
 */
public final class UnitMemo {

  @Nullable Instant floor;
  @Nullable Instant closed;
  @Nullable Instant lastNow;
  boolean dirty = true;
  final Map<String, BigDecimal> contributions = new TreeMap<>();
  final TreeSet<String> degraded = new TreeSet<>();
  final Map<String, List<ServiceImpact>> slaPieces = new TreeMap<>();

  /** Writes memos. */
  public enum CodecImpl implements Codec<UnitMemo> {
    /** The codec. */
    INSTANCE;

    @Override
    public Class<UnitMemo> type() {
      return UnitMemo.class;
    }

    @Override
    public void write(UnitMemo m, DataOutputView out) throws IOException {
      Io.writeNullableInstant(m.floor, out);
      Io.writeNullableInstant(m.closed, out);
      Io.writeNullableInstant(m.lastNow, out);
      out.writeBoolean(m.dirty);
      out.writeInt(m.contributions.size());
      for (Map.Entry<String, BigDecimal> e : m.contributions.entrySet()) {
        out.writeUTF(e.getKey());
        Io.writeDecimal(e.getValue(), out);
      }
      Io.writeStrings(m.degraded, out);
      out.writeInt(m.slaPieces.size());
      for (Map.Entry<String, List<ServiceImpact>> e : m.slaPieces.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().size());
        for (ServiceImpact s : e.getValue()) {
          Io.writeImpact(s, out);
        }
      }
    }

    @Override
    public UnitMemo read(DataInputView in) throws IOException {
      UnitMemo m = new UnitMemo();
      m.floor = Io.readNullableInstant(in);
      m.closed = Io.readNullableInstant(in);
      m.lastNow = Io.readNullableInstant(in);
      m.dirty = in.readBoolean();
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String k = in.readUTF();
        m.contributions.put(k, Io.readDecimal(in));
      }
      m.degraded.addAll(Io.readStrings(in));
      int s = in.readInt();
      for (int i = 0; i < s; i++) {
        String c = in.readUTF();
        int k = in.readInt();
        List<ServiceImpact> list = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
          list.add(Io.readImpact(in));
        }
        m.slaPieces.put(c, list);
      }
      return m;
    }
  }

  /** For tests and logs. */
  @Override
  public String toString() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("floor", floor);
    m.put("closed", closed);
    m.put("lastNow", lastNow);
    m.put("degraded", degraded);
    return "UnitMemo" + m;
  }
}
