package org.ossvalue.flink.internal;

import java.io.IOException;
import java.time.Instant;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.ossvalue.tmf.AlarmChange;
import org.ossvalue.tmf.TmfEvent;
import org.ossvalue.tmf.TmfKind;

/** Writes TMF events with their alarm changes. */
public enum EventCodec implements Codec<TmfEvent> {
  /** The codec. */
  INSTANCE;

  @Override
  public Class<TmfEvent> type() {
    return TmfEvent.class;
  }

  @Override
  public void write(TmfEvent e, DataOutputView out) throws IOException {
    out.writeUTF(e.eventId());
    Io.writeInstant(e.eventTime(), out);
    out.writeUTF(e.eventType());
    Io.writeNullable(e.kind().map(Enum::name).orElse(null), out);
    Io.writeOptional(e.action(), out);
    Io.writeStrings(e.recordIds(), out);
    out.writeInt(e.alarms().size());
    for (AlarmChange c : e.alarms()) {
      out.writeUTF(c.id());
      Io.writeOptional(c.element(), out);
      Io.writeNullableInstant(c.raised().orElse(null), out);
      Io.writeNullableInstant(c.cleared().orElse(null), out);
      Io.writeOptional(c.perceivedSeverity(), out);
      Io.writeOptional(c.plannedOutageIndicator(), out);
      Io.writeOptional(c.state(), out);
      Io.writeOptional(c.ackState(), out);
      Io.writeNullableInstant(c.changed().orElse(null), out);
    }
  }

  @Override
  public TmfEvent read(DataInputView in) throws IOException {
    TmfEvent.Builder b =
        TmfEvent.builder()
            .eventId(in.readUTF())
            .eventTime(Io.readInstant(in))
            .eventType(in.readUTF());
    String kind = Io.readNullable(in);
    if (kind != null) {
      b.kind(TmfKind.valueOf(kind));
    }
    Io.readOptional(in).ifPresent(b::action);
    b.recordIds(Io.readStrings(in));
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      AlarmChange.Builder c = AlarmChange.builder().id(in.readUTF());
      Io.readOptional(in).ifPresent(c::element);
      Instant raised = Io.readNullableInstant(in);
      if (raised != null) {
        c.raised(raised);
      }
      Instant cleared = Io.readNullableInstant(in);
      if (cleared != null) {
        c.cleared(cleared);
      }
      Io.readOptional(in).ifPresent(c::perceivedSeverity);
      Io.readOptional(in).ifPresent(c::plannedOutageIndicator);
      Io.readOptional(in).ifPresent(c::state);
      Io.readOptional(in).ifPresent(c::ackState);
      Instant changed = Io.readNullableInstant(in);
      if (changed != null) {
        c.changed(changed);
      }
      b.addAlarms(c.build());
    }
    return b.build();
  }
}
