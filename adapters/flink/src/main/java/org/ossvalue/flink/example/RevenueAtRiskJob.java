package org.ossvalue.flink.example;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.sink.KafkaSinkBuilder;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.PrintSink;
import org.ossvalue.flink.Inventory;
import org.ossvalue.flink.RevenueAtRiskStream;
import org.ossvalue.flink.StreamSettings;

/**
 * The example job: TMF alarm envelopes from an NDJSON file or a Kafka topic, the inventory from a
 * TMF export directory (optionally re-read periodically), outputs as JSON lines on standard output
 * or on Kafka topics.
 *
 * <pre>
 * --inventory DIR            TMF export with product, service, resource (and sla) files
 * --events FILE              NDJSON envelopes (a bounded replay), or:
 * --kafka-bootstrap HOST:PORT --kafka-topic TOPIC [--kafka-group ID] [--kafka-out PREFIX]
 *                            [--kafka-transactional-id ID]  (exactly-once output, else at least once)
 * --until INSTANT            end of input of a replay (as-of), e.g. 2025-04-01T00:00:00Z
 * --out-of-orderness PT5M --lateness PT10M --idle PT1M --zone UTC --reload PT5M --parallelism N
 * </pre>
 */
public final class RevenueAtRiskJob {

  private RevenueAtRiskJob() {}

  /** The parsed command line. */
  static final class Options {
    final Map<String, String> values = new LinkedHashMap<>();

    String get(String name) {
      String v = values.get(name);
      if (v == null) {
        throw new IllegalArgumentException("--" + name + " is required");
      }
      return v;
    }

    boolean has(String name) {
      return values.containsKey(name);
    }
  }

  static Options parse(String... args) {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value, was " + args[i]);
      }
      o.values.put(args[i].substring(2), args[++i]);
    }
    if (!o.has("events") && !o.has("kafka-topic")) {
      throw new IllegalArgumentException("either --events FILE or --kafka-topic TOPIC is required");
    }
    return o;
  }

  static StreamSettings settings(Options o) {
    StreamSettings.Builder s = StreamSettings.builder();
    if (o.has("out-of-orderness")) {
      s.maxOutOfOrderness(Duration.parse(o.get("out-of-orderness")));
    }
    if (o.has("lateness")) {
      s.allowedLateness(Duration.parse(o.get("lateness")));
    }
    if (o.has("idle")) {
      s.idleTimeout(Duration.parse(o.get("idle")));
    }
    if (o.has("until")) {
      s.endOfInput(Instant.parse(o.get("until")));
    }
    if (o.has("zone")) {
      s.zone(ZoneId.of(o.get("zone")));
    }
    return s.build();
  }

  /** Adds the sources and the job to an environment; the caller adds the sinks. */
  static RevenueAtRiskStream.Outputs wire(StreamExecutionEnvironment env, Options o) {
    if (o.has("parallelism")) {
      env.setParallelism(Integer.parseInt(o.get("parallelism")));
    }
    DataStream<String> envelopes;
    if (o.has("events")) {
      envelopes =
          env.fromSource(
                  FileSource.forRecordStreamFormat(
                          new TextLineInputFormat(), new Path(o.get("events")))
                      .build(),
                  WatermarkStrategy.noWatermarks(),
                  "TMF envelopes (file)")
              .setParallelism(1)
              .uid("envelopes");
    } else {
      KafkaSource<String> kafka =
          KafkaSource.<String>builder()
              .setBootstrapServers(o.get("kafka-bootstrap"))
              .setTopics(o.get("kafka-topic"))
              .setGroupId(o.has("kafka-group") ? o.get("kafka-group") : "ossvalue-revenue-at-risk")
              .setStartingOffsets(OffsetsInitializer.earliest())
              .setValueOnlyDeserializer(new SimpleStringSchema())
              .build();
      envelopes =
          env.fromSource(kafka, WatermarkStrategy.noWatermarks(), "TMF envelopes (Kafka)")
              .uid("envelopes");
    }
    boolean reload = o.has("reload");
    RateLimiterStrategy rate =
        reload
            ? RateLimiterStrategy.perSecond(1.0 / Duration.parse(o.get("reload")).toSeconds())
            : RateLimiterStrategy.noOp();
    DataStream<Inventory> inventory =
        env.fromSource(
                new DataGeneratorSource<>(
                    new InventoryDirectory(o.get("inventory")),
                    reload ? Long.MAX_VALUE : 1,
                    rate,
                    RevenueAtRiskStream.INVENTORY_TYPE),
                WatermarkStrategy.noWatermarks(),
                "Inventory (TMF export)")
            .setParallelism(1)
            .uid("inventory");
    return RevenueAtRiskStream.builder()
        .envelopes(envelopes)
        .inventory(inventory)
        .settings(settings(o))
        .build();
  }

  /** Runs the job: see the class comment for the options. */
  public static void main(String[] args) throws Exception {
    Options o = parse(args);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    sinks(wire(env, o), o);
    env.execute("ossvalue live revenue at risk");
  }

  /**
   * Adds the sinks: JSON lines on Kafka topics with {@code --kafka-out}, else on standard output
   * (skipped events on standard error), one writer each so that lines carry no subtask prefix.
   */
  static void sinks(RevenueAtRiskStream.Outputs out, Options o) {
    if (o.has("kafka-out")) {
      String prefix = o.get("kafka-out");
      String servers = o.get("kafka-bootstrap");
      Optional<String> transactions =
          o.has("kafka-transactional-id")
              ? Optional.of(o.get("kafka-transactional-id"))
              : Optional.empty();
      out.closedImpacts()
          .map(Json::closed, Types.STRING)
          .sinkTo(kafka(servers, prefix + ".closed-impacts", transactions))
          .uid("closed-impacts-out");
      out.liveRevenueAtRisk()
          .map(Json::live, Types.STRING)
          .sinkTo(kafka(servers, prefix + ".live", transactions))
          .uid("live-out");
      out.slaWarnings()
          .map(Json::sla, Types.STRING)
          .sinkTo(kafka(servers, prefix + ".sla-warnings", transactions))
          .uid("sla-warnings-out");
      out.skippedEvents()
          .map(Json::skipped, Types.STRING)
          .sinkTo(kafka(servers, prefix + ".skipped", transactions))
          .uid("skipped-out");
    } else {
      out.closedImpacts()
          .map(Json::closed, Types.STRING)
          .sinkTo(new PrintSink<>())
          .setParallelism(1)
          .uid("closed-impacts-out");
      out.liveRevenueAtRisk()
          .map(Json::live, Types.STRING)
          .sinkTo(new PrintSink<>())
          .setParallelism(1)
          .uid("live-out");
      out.slaWarnings()
          .map(Json::sla, Types.STRING)
          .sinkTo(new PrintSink<>())
          .setParallelism(1)
          .uid("sla-warnings-out");
      out.skippedEvents()
          .map(Json::skipped, Types.STRING)
          .sinkTo(new PrintSink<>(true))
          .setParallelism(1)
          .uid("skipped-out");
    }
  }

  /**
   * A Kafka sink: at least once (a restart can write an output again), or exactly once with a
   * transactional id prefix (outputs become visible to {@code read_committed} consumers when a
   * checkpoint completes).
   */
  static KafkaSink<String> kafka(String servers, String topic, Optional<String> transactions) {
    KafkaSinkBuilder<String> b =
        KafkaSink.<String>builder()
            .setBootstrapServers(servers)
            .setRecordSerializer(
                KafkaRecordSerializationSchema.builder()
                    .setTopic(topic)
                    .setValueSerializationSchema(new SimpleStringSchema())
                    .build());
    if (transactions.isPresent()) {
      b.setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
          .setTransactionalIdPrefix(transactions.get() + "-" + topic);
    } else {
      b.setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE);
    }
    return b.build();
  }
}
