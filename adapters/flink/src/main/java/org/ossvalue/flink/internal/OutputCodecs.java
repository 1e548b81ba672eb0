package org.ossvalue.flink.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.sla.CreditTier;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.ElementKind;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.flink.ClosedImpact;
import org.ossvalue.flink.Inventory;
import org.ossvalue.flink.LiveRevenueAtRisk;
import org.ossvalue.flink.SkippedEvent;
import org.ossvalue.flink.SlaWarning;

/** Codecs of the public types: outputs and the inventory. */
public final class OutputCodecs {

  private OutputCodecs() {}

  /** Closed impacts. */
  public enum ClosedImpactCodec implements Codec<ClosedImpact> {
    /** The codec. */
    INSTANCE;

    @Override
    public Class<ClosedImpact> type() {
      return ClosedImpact.class;
    }

    @Override
    public void write(ClosedImpact v, DataOutputView out) throws IOException {
      Io.writeImpact(v.impact(), out);
      out.writeUTF(v.account());
      out.writeBoolean(v.revenueAtRisk().isPresent());
      if (v.revenueAtRisk().isPresent()) {
        Io.writeMoney(v.revenueAtRisk().get(), out);
      }
    }

    @Override
    public ClosedImpact read(DataInputView in) throws IOException {
      ClosedImpact.Builder b =
          ClosedImpact.builder().impact(Io.readImpact(in)).account(in.readUTF());
      if (in.readBoolean()) {
        b.revenueAtRisk(Io.readMoney(in));
      }
      return b.build();
    }
  }

  /** Live revenue at risk. */
  public enum LiveCodec implements Codec<LiveRevenueAtRisk> {
    /** The codec. */
    INSTANCE;

    @Override
    public Class<LiveRevenueAtRisk> type() {
      return LiveRevenueAtRisk.class;
    }

    @Override
    public void write(LiveRevenueAtRisk v, DataOutputView out) throws IOException {
      Io.writeEnum(v.dimension(), out);
      out.writeUTF(v.key());
      Io.writeEnum(v.classification(), out);
      Io.writeMoney(v.perMinute(), out);
      Io.writeInstant(v.asOf(), out);
    }

    @Override
    public LiveRevenueAtRisk read(DataInputView in) throws IOException {
      return LiveRevenueAtRisk.builder()
          .dimension(Io.readEnum(LiveRevenueAtRisk.Dimension.class, in))
          .key(in.readUTF())
          .classification(Io.readEnum(ImpactClass.class, in))
          .perMinute(Io.readMoney(in))
          .asOf(Io.readInstant(in))
          .build();
    }
  }

  /** SLA warnings. */
  public enum SlaWarningCodec implements Codec<SlaWarning> {
    /** The codec. */
    INSTANCE;

    @Override
    public Class<SlaWarning> type() {
      return SlaWarning.class;
    }

    @Override
    public void write(SlaWarning v, DataOutputView out) throws IOException {
      out.writeUTF(v.connection());
      out.writeUTF(v.account());
      out.writeUTF(v.agreement());
      Io.writeWindow(v.billingPeriod(), out);
      Io.writeInstant(v.asOf(), out);
      Io.writeDecimal(v.availabilityPercent(), out);
      Io.writeDecimal(v.downtimeMinutes(), out);
      Io.writeDecimal(v.measuredMinutes(), out);
      Io.writeMoney(v.creditSoFar(), out);
      writeTier(v.breachedTier().orElse(null), out);
      writeTier(v.nextTier().orElse(null), out);
      out.writeBoolean(v.minutesToNextTier().isPresent());
      if (v.minutesToNextTier().isPresent()) {
        Io.writeDecimal(v.minutesToNextTier().get(), out);
      }
      out.writeBoolean(v.down());
      Io.writeNullableInstant(v.breachAt().orElse(null), out);
    }

    @Override
    public SlaWarning read(DataInputView in) throws IOException {
      SlaWarning.Builder b =
          SlaWarning.builder()
              .connection(in.readUTF())
              .account(in.readUTF())
              .agreement(in.readUTF())
              .billingPeriod(Io.readWindow(in))
              .asOf(Io.readInstant(in))
              .availabilityPercent(Io.readDecimal(in))
              .downtimeMinutes(Io.readDecimal(in))
              .measuredMinutes(Io.readDecimal(in))
              .creditSoFar(Io.readMoney(in));
      CreditTier breached = readTier(in);
      if (breached != null) {
        b.breachedTier(breached);
      }
      CreditTier next = readTier(in);
      if (next != null) {
        b.nextTier(next);
      }
      if (in.readBoolean()) {
        b.minutesToNextTier(Io.readDecimal(in));
      }
      b.down(in.readBoolean());
      Instant at = Io.readNullableInstant(in);
      if (at != null) {
        b.breachAt(at);
      }
      return b.build();
    }

    private static void writeTier(CreditTier t, DataOutputView out) throws IOException {
      out.writeBoolean(t != null);
      if (t != null) {
        Io.writeDecimal(t.belowPercent(), out);
        Io.writeDecimal(t.creditPercentOfMrr(), out);
      }
    }

    private static CreditTier readTier(DataInputView in) throws IOException {
      if (!in.readBoolean()) {
        return null;
      }
      BigDecimal below = Io.readDecimal(in);
      return CreditTier.of(below, Io.readDecimal(in));
    }
  }

  /** Skipped events. */
  public enum SkippedCodec implements Codec<SkippedEvent> {
    /** The codec. */
    INSTANCE;

    @Override
    public Class<SkippedEvent> type() {
      return SkippedEvent.class;
    }

    @Override
    public void write(SkippedEvent v, DataOutputView out) throws IOException {
      Io.writeEnum(v.reason(), out);
      Io.writeOptional(v.eventId(), out);
      Io.writeOptional(v.eventType(), out);
      Io.writeNullableInstant(v.eventTime().orElse(null), out);
      Io.writeOptional(v.record(), out);
      out.writeUTF(v.detail());
    }

    @Override
    public SkippedEvent read(DataInputView in) throws IOException {
      SkippedEvent.Builder b =
          SkippedEvent.builder().reason(Io.readEnum(SkippedEvent.Reason.class, in));
      Io.readOptional(in).ifPresent(b::eventId);
      Io.readOptional(in).ifPresent(b::eventType);
      Instant t = Io.readNullableInstant(in);
      if (t != null) {
        b.eventTime(t);
      }
      Io.readOptional(in).ifPresent(b::record);
      return b.detail(in.readUTF()).build();
    }
  }

  /** Inventories: elements with rules and supporters, connections, SLA terms. */
  public enum InventoryCodec implements Codec<Inventory> {
    /** The codec. */
    INSTANCE;

    @Override
    public Class<Inventory> type() {
      return Inventory.class;
    }

    @Override
    public void write(Inventory v, DataOutputView out) throws IOException {
      Topology t = v.topology();
      List<String> elements = t.elements();
      out.writeInt(elements.size());
      for (String id : elements) {
        out.writeUTF(id);
        Io.writeEnum(t.kind(id).orElseThrow(), out);
        out.writeUTF(Rules.encode(t.rule(id), id));
        Io.writeStrings(t.supportersOf(id), out);
      }
      out.writeInt(v.connections().size());
      for (Connection c : v.connections()) {
        Io.writeConnection(c, out);
      }
      out.writeInt(v.slaTerms().size());
      for (SlaTerms s : v.slaTerms()) {
        Io.writeTerms(s, out);
      }
    }

    @Override
    public Inventory read(DataInputView in) throws IOException {
      Topology.Builder b = Topology.builder();
      int n = in.readInt();
      List<String[]> edges = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String id = in.readUTF();
        ElementKind kind = Io.readEnum(ElementKind.class, in);
        CombinationRule rule = Rules.decode(in.readUTF());
        if (kind == ElementKind.RESOURCE) {
          b.resource(id);
        } else {
          b.service(id);
        }
        b.rule(id, rule);
        for (String s : Io.readStrings(in)) {
          edges.add(new String[] {s, id});
        }
      }
      for (String[] e : edges) {
        b.supports(e[0], e[1]);
      }
      int c = in.readInt();
      List<Connection> connections = new ArrayList<>(c);
      for (int i = 0; i < c; i++) {
        connections.add(Io.readConnection(in));
      }
      int s = in.readInt();
      List<SlaTerms> terms = new ArrayList<>(s);
      for (int i = 0; i < s; i++) {
        terms.add(Io.readTerms(in));
      }
      return Inventory.of(b.build(), connections, terms);
    }
  }
}
