package org.ossvalue.flink.internal;

import java.io.IOException;
import java.time.Instant;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Cause;

/**
 * A new version of one cause (or its removal, when {@link #cause} is null) on its way from the
 * alarm that made it to the unit that values it: keyed by element, then by unit.
 */
public final class CauseUpdate {

  final String element;
  final @Nullable String unit;
  final String key;
  final @Nullable Cause cause;
  final long seq;
  final String eventId;
  final String eventType;
  final Instant eventTime;
  final boolean migration;

  CauseUpdate(
      String element,
      @Nullable String unit,
      String key,
      @Nullable Cause cause,
      long seq,
      String eventId,
      String eventType,
      Instant eventTime,
      boolean migration) {
    this.element = element;
    this.unit = unit;
    this.key = key;
    this.cause = cause;
    this.seq = seq;
    this.eventId = eventId;
    this.eventType = eventType;
    this.eventTime = eventTime;
    this.migration = migration;
  }

  /** This update on its way to a unit. */
  CauseUpdate toUnit(String unit, boolean migration) {
    return new CauseUpdate(
        element, unit, key, cause, seq, eventId, eventType, eventTime, migration);
  }

  /** The removal of this cause, on its way to a unit. */
  CauseUpdate removalToUnit(String unit) {
    return new CauseUpdate(element, unit, key, null, seq, eventId, eventType, eventTime, true);
  }

  /** The routing key: the element hit. */
  public String element() {
    return element;
  }

  /** The unit key, once routed. */
  public String unit() {
    return unit == null ? "" : unit;
  }

  @Override
  public String toString() {
    return key + "#" + seq + " on " + element + (unit == null ? "" : " in " + unit) + ": " + cause;
  }

  /** Writes updates. */
  public enum CodecImpl implements Codec<CauseUpdate> {
    /** The codec. */
    INSTANCE;

    @Override
    public Class<CauseUpdate> type() {
      return CauseUpdate.class;
    }

    @Override
    public void write(CauseUpdate u, DataOutputView out) throws IOException {
      out.writeUTF(u.element);
      Io.writeNullable(u.unit, out);
      out.writeUTF(u.key);
      out.writeBoolean(u.cause != null);
      if (u.cause != null) {
        Io.writeCause(u.cause, out);
      }
      out.writeLong(u.seq);
      out.writeUTF(u.eventId);
      out.writeUTF(u.eventType);
      Io.writeInstant(u.eventTime, out);
      out.writeBoolean(u.migration);
    }

    @Override
    public CauseUpdate read(DataInputView in) throws IOException {
      String element = in.readUTF();
      String unit = Io.readNullable(in);
      String key = in.readUTF();
      Cause cause = in.readBoolean() ? Io.readCause(in) : null;
      long seq = in.readLong();
      String eventId = in.readUTF();
      String eventType = in.readUTF();
      Instant eventTime = Io.readInstant(in);
      return new CauseUpdate(
          element, unit, key, cause, seq, eventId, eventType, eventTime, in.readBoolean());
    }
  }
}
