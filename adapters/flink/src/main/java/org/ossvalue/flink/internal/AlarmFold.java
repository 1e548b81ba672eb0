package org.ossvalue.flink.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.ossvalue.core.Cause;
import org.ossvalue.tmf.TmfAlarm;
import org.ossvalue.tmf.TmfEvent;
import org.ossvalue.tmf.TmfReader;

/**
 * Keyed by alarm id: keeps the alarm's events and replays them with the TMF reader's rules ({@link
 * TmfReader#replayAlarm}: event-time order whatever the arrival order, raise severity kept), and
 * sends each new version of the alarm's cause towards the element it hits. A cleared alarm is
 * forgotten the retention after its last event.
 */
public final class AlarmFold extends KeyedProcessFunction<String, TmfEvent, CauseUpdate> {

  private static final long serialVersionUID = 1L;

  private final long retention;
  private transient TmfReader reader;
  private transient ListState<TmfEvent> events;
  private transient ValueState<CauseUpdate> last;

  /** A fold forgetting cleared alarms this long after their last event. */
  public AlarmFold(Duration retention) {
    this.retention = retention.toMillis();
  }

  @Override
  public void open(OpenContext context) {
    reader = TmfReader.lenient();
    events = getRuntimeContext().getListState(new ListStateDescriptor<>("events", Tags.EVENT));
    last = getRuntimeContext().getState(new ValueStateDescriptor<>("last", Tags.CAUSE_UPDATE));
  }

  @Override
  public void processElement(TmfEvent e, Context ctx, Collector<CauseUpdate> out) throws Exception {
    String id = ctx.getCurrentKey();
    events.add(e);
    List<TmfEvent> all = new ArrayList<>();
    Instant latest = e.eventTime();
    for (TmfEvent x : events.get()) {
      all.add(x);
      if (x.eventTime().isAfter(latest)) {
        latest = x.eventTime();
      }
    }
    Optional<TmfAlarm> alarm = reader.replayAlarm(id, all);
    if (alarm.isEmpty()) {
      return;
    }
    Cause cause = alarm.get().cause();
    CauseUpdate previous = last.value();
    if (previous != null && cause.equals(previous.cause)) {
      return;
    }
    long seq = previous == null ? 1 : previous.seq + 1;
    String key = cause.ref().toString();
    if (previous != null && !previous.element.equals(cause.element())) {
      out.collect(
          new CauseUpdate(
              previous.element,
              null,
              key,
              null,
              seq++,
              e.eventId(),
              e.eventType(),
              e.eventTime(),
              false));
    }
    CauseUpdate update =
        new CauseUpdate(
            cause.element(),
            null,
            key,
            cause,
            seq,
            e.eventId(),
            e.eventType(),
            e.eventTime(),
            false);
    last.update(update);
    out.collect(update);
    if (cause.cleared().isPresent()) {
      ctx.timerService().registerEventTimeTimer(Times.plus(latest.toEpochMilli(), retention));
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<CauseUpdate> out)
      throws Exception {
    CauseUpdate previous = last.value();
    if (previous == null || previous.cause == null || previous.cause.cleared().isEmpty()) {
      return;
    }
    long latest = Long.MIN_VALUE;
    for (TmfEvent x : events.get()) {
      latest = Math.max(latest, x.eventTime().toEpochMilli());
    }
    if (Times.plus(latest, retention) <= timestamp) {
      events.clear();
      last.clear();
    }
  }
}
