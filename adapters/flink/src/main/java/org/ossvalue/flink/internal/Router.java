package org.ossvalue.flink.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.ossvalue.flink.SkippedEvent;

/**
 * Keyed by element id: knows the element's unit (from the inventory's routes) and the current
 * version of each cause on the element. Forwards cause updates to the unit; holds them while the
 * element is in no inventory yet (reporting them as unresolved if that lasts past the allowed
 * lateness); when a reloaded inventory moves the element to another unit, moves its causes along.
 */
public final class Router
    extends KeyedCoProcessFunction<String, CauseUpdate, InventoryUpdate, CauseUpdate> {

  private static final long serialVersionUID = 1L;

  private final long lateness;
  private final long retention;
  private transient ValueState<String> unit;
  private transient MapState<String, CauseUpdate> causes;
  private transient MapState<String, Boolean> reported;
  private transient Counter unresolved;

  /**
   * A router reporting unresolved causes after this lateness, forgetting cleared ones after the
   * retention.
   */
  public Router(Duration lateness, Duration retention) {
    this.lateness = lateness.toMillis();
    this.retention = retention.toMillis();
  }

  @Override
  public void open(OpenContext context) {
    unit = getRuntimeContext().getState(new ValueStateDescriptor<>("unit", Types.STRING));
    causes =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("causes", Types.STRING, Tags.CAUSE_UPDATE));
    reported =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("reported", Types.STRING, Types.BOOLEAN));
    unresolved = getRuntimeContext().getMetricGroup().counter("ossvalue.unresolved");
  }

  @Override
  public void processElement1(CauseUpdate u, Context ctx, Collector<CauseUpdate> out)
      throws Exception {
    CauseUpdate held = causes.get(u.key);
    if (held != null && held.seq >= u.seq) {
      return; // stale
    }
    String target = unit.value();
    if (u.cause == null) {
      causes.remove(u.key);
    } else {
      causes.put(u.key, u);
      long t = u.eventTime.toEpochMilli();
      ctx.timerService()
          .registerEventTimeTimer(Times.plus(t, target == null ? lateness : retention));
      u.cause
          .cleared()
          .ifPresent(
              c ->
                  ctx.timerService()
                      .registerEventTimeTimer(Times.plus(Times.ceilMillis(c), retention)));
    }
    if (target != null) {
      out.collect(u.toUnit(target, false));
    }
  }

  @Override
  public void processElement2(InventoryUpdate r, Context ctx, Collector<CauseUpdate> out)
      throws Exception {
    String before = unit.value();
    String after = r.unit;
    if (after == null ? before == null : after.equals(before)) {
      return;
    }
    List<CauseUpdate> held = new ArrayList<>();
    for (Map.Entry<String, CauseUpdate> e : causes.entries()) {
      held.add(e.getValue());
    }
    if (before != null) {
      for (CauseUpdate u : held) {
        out.collect(u.removalToUnit(before));
      }
    }
    if (after == null) {
      unit.clear();
    } else {
      unit.update(after);
      for (CauseUpdate u : held) {
        out.collect(u.toUnit(after, before != null));
      }
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<CauseUpdate> out)
      throws Exception {
    List<String> drop = new ArrayList<>();
    for (Map.Entry<String, CauseUpdate> e : causes.entries()) {
      CauseUpdate u = e.getValue();
      if (unit.value() == null
          && !reported.contains(u.key)
          && Times.plus(u.eventTime.toEpochMilli(), lateness) <= timestamp) {
        reported.put(u.key, Boolean.TRUE);
        unresolved.inc();
        ctx.output(
            Tags.SKIPPED_TAG,
            SkippedEvent.builder()
                .reason(SkippedEvent.Reason.UNRESOLVED)
                .eventId(u.eventId)
                .eventType(u.eventType)
                .eventTime(u.eventTime)
                .record(u.key)
                .detail(
                    u.element
                        + " is in no inventory received: the alarm impacts nothing (it is kept and"
                        + " applied if an inventory with that element arrives)")
                .build());
      }
      if (u.cause != null
          && u.cause.cleared().isPresent()
          && Times.plus(Times.ceilMillis(u.cause.cleared().get()), retention) <= timestamp
          && Times.plus(u.eventTime.toEpochMilli(), retention) <= timestamp) {
        drop.add(e.getKey());
      }
    }
    for (String k : drop) {
      causes.remove(k);
      reported.remove(k);
    }
  }
}
