package org.ossvalue.flink;

import java.util.List;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Runs the job on a list of envelopes and one inventory, and collects every output. Generic types
 * are disabled: a type that would fall back to Kryo fails the job.
 */
final class Job {

  /** The id of the run, for its metrics. */
  JobID id;

  final Collect<ClosedImpact> closed = new Collect<>();
  final Collect<LiveRevenueAtRisk> live = new Collect<>();
  final Collect<SlaWarning> sla = new Collect<>();
  final Collect<SkippedEvent> skipped = new Collect<>();

  /** Adds the job to an environment, with the envelopes and inventory given as streams. */
  void wire(DataStream<String> envelopes, DataStream<Inventory> inventory, StreamSettings s) {
    RevenueAtRiskStream.Outputs out =
        RevenueAtRiskStream.builder().envelopes(envelopes).inventory(inventory).settings(s).build();
    out.closedImpacts().sinkTo(closed).uid("sink-closed");
    out.liveRevenueAtRisk().sinkTo(live).uid("sink-live");
    out.slaWarnings().sinkTo(sla).uid("sink-sla");
    out.skippedEvents().sinkTo(skipped).uid("sink-skipped");
  }

  static Job run(
      List<String> envelopes,
      Inventory inventory,
      StreamSettings s,
      RuntimeExecutionMode mode,
      int parallelism)
      throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(noKryo());
    env.setRuntimeMode(mode);
    env.setParallelism(parallelism);
    Job job = new Job();
    job.wire(
        env.fromData(envelopes, Types.STRING).uid("envelopes"),
        env.fromData(List.of(inventory), RevenueAtRiskStream.INVENTORY_TYPE).uid("inventory"),
        s);
    job.id = env.execute("ossvalue test " + mode).getJobID();
    return job;
  }

  /** A configuration in which Flink refuses to serialize any type with Kryo. */
  static Configuration noKryo() {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    return conf;
  }
}
