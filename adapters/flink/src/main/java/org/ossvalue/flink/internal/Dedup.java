package org.ossvalue.flink.internal;

import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.ossvalue.tmf.TmfEvent;

/**
 * Keyed by {@code eventId}: passes the first copy of each event and drops the later ones (delivery
 * is at least once), remembering an id for the retention after its event time.
 */
public final class Dedup extends KeyedProcessFunction<String, TmfEvent, TmfEvent> {

  private static final long serialVersionUID = 1L;

  private final long retention;
  private transient ValueState<Boolean> seen;
  private transient Counter duplicates;

  /** De-duplication remembering ids this long. */
  public Dedup(Duration retention) {
    this.retention = retention.toMillis();
  }

  @Override
  public void open(OpenContext context) {
    seen = getRuntimeContext().getState(new ValueStateDescriptor<>("seen", Types.BOOLEAN));
    duplicates = getRuntimeContext().getMetricGroup().counter("ossvalue.duplicates");
  }

  @Override
  public void processElement(TmfEvent e, Context ctx, Collector<TmfEvent> out) throws Exception {
    if (seen.value() != null) {
      duplicates.inc();
      return;
    }
    seen.update(Boolean.TRUE);
    ctx.timerService().registerEventTimeTimer(Times.plus(e.eventTime().toEpochMilli(), retention));
    out.collect(e);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<TmfEvent> out) {
    seen.clear();
  }
}
