package org.ossvalue.flink;

import java.util.Objects;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.ossvalue.flink.internal.AlarmFold;
import org.ossvalue.flink.internal.CauseUpdate;
import org.ossvalue.flink.internal.Dedup;
import org.ossvalue.flink.internal.EventTimes;
import org.ossvalue.flink.internal.InventoryTime;
import org.ossvalue.flink.internal.InventoryUpdate;
import org.ossvalue.flink.internal.ParseEnvelopes;
import org.ossvalue.flink.internal.PartitionInventory;
import org.ossvalue.flink.internal.RateAggregator;
import org.ossvalue.flink.internal.RateChange;
import org.ossvalue.flink.internal.Router;
import org.ossvalue.flink.internal.Tags;
import org.ossvalue.flink.internal.UnitFunction;
import org.ossvalue.tmf.TmfEvent;

/**
 * Wires the live revenue-at-risk job onto two streams: TMF notification envelopes (JSON text, one
 * envelope per element, from Kafka or a file) and inventories.
 *
 * <pre>{@code
 * RevenueAtRiskStream.Outputs out = RevenueAtRiskStream.builder()
 *     .envelopes(env.fromSource(kafka, WatermarkStrategy.noWatermarks(), "tmf-events"))
 *     .inventory(env.fromData(List.of(Inventory.of(dataset)), RevenueAtRiskStream.INVENTORY_TYPE))
 *     .settings(StreamSettings.builder().allowedLateness(Duration.ofMinutes(30)).build())
 *     .build();
 * out.closedImpacts().sinkTo(...);
 * }</pre>
 *
 * <p>Event time is the envelope's {@code eventTime}; the job assigns watermarks itself (bounded
 * out-of-orderness). Events are de-duplicated on {@code eventId}, each alarm's events are replayed
 * with the TMF reader's rules, and each topology unit values its causes with the core impact
 * engine: replayed to the end of a month, the closed impacts and their revenue at risk equal the
 * batch figures to the cent.
 */
public final class RevenueAtRiskStream {

  /** Type information for inventories (for {@code env.fromData}, sources, …). */
  public static final org.apache.flink.api.common.typeinfo.TypeInformation<Inventory>
      INVENTORY_TYPE = Tags.INVENTORY;

  private RevenueAtRiskStream() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The job's outputs. */
  public static final class Outputs {
    private final DataStream<ClosedImpact> closed;
    private final DataStream<LiveRevenueAtRisk> live;
    private final DataStream<SlaWarning> sla;
    private final DataStream<SkippedEvent> skipped;

    Outputs(
        DataStream<ClosedImpact> closed,
        DataStream<LiveRevenueAtRisk> live,
        DataStream<SlaWarning> sla,
        DataStream<SkippedEvent> skipped) {
      this.closed = closed;
      this.live = live;
      this.sla = sla;
      this.skipped = skipped;
    }

    /** Impacts that can no longer change, one per connection, class and month, valued. */
    public DataStream<ClosedImpact> closedImpacts() {
      return closed;
    }

    /** Revenue at risk per minute right now, per cause, per account and in total. */
    public DataStream<LiveRevenueAtRisk> liveRevenueAtRisk() {
      return live;
    }

    /** Where each connection under an SLA stands against its credit tiers this month. */
    public DataStream<SlaWarning> slaWarnings() {
      return sla;
    }

    /** Events not applied (rejected, late, unresolved), with why. */
    public DataStream<SkippedEvent> skippedEvents() {
      return skipped;
    }
  }

  /** Configures the job. */
  public static final class Builder {
    private DataStream<String> envelopes;
    private DataStream<Inventory> inventory;
    private StreamSettings settings = StreamSettings.defaults();

    Builder() {}

    /** The TMF notification envelopes, one JSON envelope per element. */
    public Builder envelopes(DataStream<String> envelopes) {
      this.envelopes = Objects.requireNonNull(envelopes, "envelopes");
      return this;
    }

    /** The inventories: a new element whenever the inventory changes. */
    public Builder inventory(DataStream<Inventory> inventory) {
      this.inventory = Objects.requireNonNull(inventory, "inventory");
      return this;
    }

    /** The settings (defaults otherwise). */
    public Builder settings(StreamSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /** Adds the operators and returns their outputs. */
    public Outputs build() {
      if (envelopes == null || inventory == null) {
        throw new IllegalStateException("envelopes and inventory must both be set");
      }
      SingleOutputStreamOperator<TmfEvent> parsed =
          envelopes
              .process(new ParseEnvelopes(), Tags.EVENT)
              .name("Read TMF envelopes")
              .uid("ossvalue-parse");
      DataStream<TmfEvent> timed =
          parsed
              .assignTimestampsAndWatermarks(
                  EventTimes.strategy(settings.maxOutOfOrderness(), settings.idleTimeout()))
              .name("Event time")
              .uid("ossvalue-watermarks");
      SingleOutputStreamOperator<TmfEvent> unique =
          timed
              .keyBy(TmfEvent::eventId, Types.STRING)
              .process(new Dedup(settings.stateRetention()), Tags.EVENT)
              .name("De-duplicate on eventId")
              .uid("ossvalue-dedup");
      SingleOutputStreamOperator<CauseUpdate> causes =
          unique
              .flatMap(
                  (TmfEvent e, org.apache.flink.util.Collector<TmfEvent> out) -> {
                    if (e.alarms().size() == 1) {
                      out.collect(e);
                    } else {
                      e.alarms()
                          .forEach(
                              a ->
                                  out.collect(
                                      TmfEvent.builder()
                                          .from(e)
                                          .alarms(java.util.List.of(a))
                                          .build()));
                    }
                  },
                  Tags.EVENT)
              .name("One event per alarm")
              .uid("ossvalue-split")
              .keyBy(e -> e.alarms().get(0).id(), Types.STRING)
              .process(new AlarmFold(settings.stateRetention()), Tags.CAUSE_UPDATE)
              .name("Replay each alarm")
              .uid("ossvalue-alarms");
      SingleOutputStreamOperator<InventoryUpdate> parts =
          inventory
              .assignTimestampsAndWatermarks(InventoryTime.strategy())
              .setParallelism(1)
              .name("Inventory: no event time")
              .uid("ossvalue-inventory-time")
              .flatMap(new PartitionInventory(), Tags.INVENTORY_UPDATE)
              .setParallelism(1)
              .name("Partition inventory into units")
              .uid("ossvalue-partition");
      DataStream<InventoryUpdate> routes = parts.filter(InventoryUpdate::isRoute).name("Routes");
      DataStream<InventoryUpdate> units = parts.filter(u -> !u.isRoute()).name("Unit models");
      SingleOutputStreamOperator<CauseUpdate> routed =
          causes
              .keyBy(CauseUpdate::element, Types.STRING)
              .connect(routes.keyBy(InventoryUpdate::key, Types.STRING))
              .process(
                  new Router(settings.allowedLateness(), settings.stateRetention()),
                  Tags.CAUSE_UPDATE)
              .name("Route causes to topology units")
              .uid("ossvalue-router");
      SingleOutputStreamOperator<ClosedImpact> closed =
          routed
              .keyBy(CauseUpdate::unit, Types.STRING)
              .connect(units.keyBy(InventoryUpdate::key, Types.STRING))
              .process(new UnitFunction(settings), Tags.CLOSED_IMPACT)
              .name("Impacts per topology unit")
              .uid("ossvalue-units");
      DataStream<RateChange> rates = closed.getSideOutput(Tags.RATE_TAG);
      DataStream<LiveRevenueAtRisk> live =
          rates
              .keyBy(RateChange::figure, Types.STRING)
              .process(new RateAggregator(), Tags.LIVE)
              .name("Live revenue at risk")
              .uid("ossvalue-live");
      DataStream<SkippedEvent> skipped =
          parsed
              .getSideOutput(Tags.SKIPPED_TAG)
              .union(
                  routed.getSideOutput(Tags.SKIPPED_TAG), closed.getSideOutput(Tags.SKIPPED_TAG));
      return new Outputs(closed, live, closed.getSideOutput(Tags.SLA_TAG), skipped);
    }
  }
}
