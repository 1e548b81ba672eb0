package org.ossvalue.flink.internal;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.ossvalue.flink.SkippedEvent;
import org.ossvalue.tmf.EventRead;
import org.ossvalue.tmf.Rejection;
import org.ossvalue.tmf.TmfEvent;
import org.ossvalue.tmf.TmfKind;
import org.ossvalue.tmf.TmfReader;

/**
 * Reads each envelope with the TMF reader; passes on alarm events, reports rejected envelopes and
 * counts the events of other kinds (ossvalue takes inventory from the inventory stream).
 */
public final class ParseEnvelopes extends ProcessFunction<String, TmfEvent> {

  private static final long serialVersionUID = 1L;

  private transient TmfReader reader;
  private transient Counter rejected;
  private transient Counter ignored;

  @Override
  public void open(OpenContext context) {
    reader = TmfReader.lenient();
    rejected = getRuntimeContext().getMetricGroup().counter("ossvalue.rejected");
    ignored = getRuntimeContext().getMetricGroup().counter("ossvalue.ignored");
  }

  @Override
  public void processElement(String line, Context ctx, Collector<TmfEvent> out) {
    if (line.isBlank()) {
      return;
    }
    EventRead read = reader.readEvent(line.getBytes(StandardCharsets.UTF_8));
    if (read.rejection().isPresent()) {
      Rejection r = read.rejection().get();
      rejected.inc();
      SkippedEvent.Builder s =
          SkippedEvent.builder()
              .reason(SkippedEvent.Reason.REJECTED)
              .detail(r.field().map(f -> f + ": ").orElse("") + r.reason());
      r.id().ifPresent(s::eventId);
      ctx.output(Tags.SKIPPED_TAG, s.build());
      return;
    }
    TmfEvent e = read.event().orElseThrow();
    if (e.kind().orElse(null) == TmfKind.ALARM && !e.alarms().isEmpty()) {
      out.collect(e);
    } else {
      ignored.inc();
    }
  }
}
