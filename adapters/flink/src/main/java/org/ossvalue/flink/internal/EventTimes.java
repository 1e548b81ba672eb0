package org.ossvalue.flink.internal;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.ossvalue.tmf.TmfEvent;

/**
 * Bounded out-of-orderness on {@code eventTime}, emitted as soon as it advances (not only
 * periodically), so that what is late depends on the order of the events, not on timing.
 */
public final class EventTimes implements WatermarkGenerator<TmfEvent> {

  private final long bound;
  private long max = Long.MIN_VALUE;
  private long emitted = Long.MIN_VALUE;

  EventTimes(Duration maxOutOfOrderness) {
    this.bound = maxOutOfOrderness.toMillis();
  }

  /** The strategy: event time from {@code eventTime}, this generator, optional idleness. */
  public static WatermarkStrategy<TmfEvent> strategy(
      Duration maxOutOfOrderness, java.util.Optional<Duration> idleTimeout) {
    WatermarkStrategy<TmfEvent> s =
        WatermarkStrategy.<TmfEvent>forGenerator(ctx -> new EventTimes(maxOutOfOrderness))
            .withTimestampAssigner((e, previous) -> e.eventTime().toEpochMilli());
    return idleTimeout.map(s::withIdleness).orElse(s);
  }

  @Override
  public void onEvent(TmfEvent event, long timestamp, WatermarkOutput output) {
    if (timestamp > max) {
      max = timestamp;
      emit(output);
    }
  }

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {
    emit(output);
  }

  private void emit(WatermarkOutput output) {
    if (max == Long.MIN_VALUE) {
      return;
    }
    long w = max - bound - 1;
    if (w > emitted) {
      emitted = w;
      output.emitWatermark(new Watermark(w));
    }
  }
}
