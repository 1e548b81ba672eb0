package org.ossvalue.flink.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Cause;
import org.ossvalue.core.CauseKind;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.ChargePeriod;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ConnectionStatus;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.Severity;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.sla.CreditTier;
import org.ossvalue.core.sla.SlaTerms;

/** Field-by-field writing of the core types, compact and exact (BigDecimal as unscaled + scale). */
public final class Io {

  private Io() {}

  // ------------------------------------------------------------------ scalars

  /** An enum constant, by name (robust to reordering). */
  public static void writeEnum(Enum<?> e, DataOutputView out) throws IOException {
    out.writeUTF(e.name());
  }

  /** Reads an enum constant written by {@link #writeEnum}. */
  public static <E extends Enum<E>> E readEnum(Class<E> type, DataInputView in) throws IOException {
    return Enum.valueOf(type, in.readUTF());
  }

  /** A string that may be absent. */
  public static void writeNullable(@Nullable String s, DataOutputView out) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  /** Reads what {@link #writeNullable(String, DataOutputView)} wrote. */
  public static @Nullable String readNullable(DataInputView in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  /** An optional string. */
  public static void writeOptional(Optional<String> s, DataOutputView out) throws IOException {
    writeNullable(s.orElse(null), out);
  }

  /** Reads what {@link #writeOptional} wrote. */
  public static Optional<String> readOptional(DataInputView in) throws IOException {
    return Optional.ofNullable(readNullable(in));
  }

  /** An instant (seconds and nanoseconds). */
  public static void writeInstant(Instant i, DataOutputView out) throws IOException {
    out.writeLong(i.getEpochSecond());
    out.writeInt(i.getNano());
  }

  /** Reads an instant. */
  public static Instant readInstant(DataInputView in) throws IOException {
    long s = in.readLong();
    return Instant.ofEpochSecond(s, in.readInt());
  }

  /** An instant that may be absent. */
  public static void writeNullableInstant(@Nullable Instant i, DataOutputView out)
      throws IOException {
    out.writeBoolean(i != null);
    if (i != null) {
      writeInstant(i, out);
    }
  }

  /** Reads what {@link #writeNullableInstant} wrote. */
  public static @Nullable Instant readNullableInstant(DataInputView in) throws IOException {
    return in.readBoolean() ? readInstant(in) : null;
  }

  /** An exact decimal. */
  public static void writeDecimal(BigDecimal d, DataOutputView out) throws IOException {
    out.writeInt(d.scale());
    BigInteger unscaled = d.unscaledValue();
    if (unscaled.bitLength() < 63) {
      out.writeByte(0);
      out.writeLong(unscaled.longValue());
    } else {
      byte[] bytes = unscaled.toByteArray();
      out.writeByte(1);
      out.writeInt(bytes.length);
      out.write(bytes);
    }
  }

  /** Reads an exact decimal. */
  public static BigDecimal readDecimal(DataInputView in) throws IOException {
    int scale = in.readInt();
    if (in.readByte() == 0) {
      return BigDecimal.valueOf(in.readLong(), scale);
    }
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new BigDecimal(new BigInteger(bytes), scale);
  }

  /** Money: amount and currency code. */
  public static void writeMoney(Money m, DataOutputView out) throws IOException {
    writeDecimal(m.amount(), out);
    out.writeUTF(m.currency().getCurrencyCode());
  }

  /** Reads money. */
  public static Money readMoney(DataInputView in) throws IOException {
    BigDecimal amount = readDecimal(in);
    return Money.of(amount, Money.currency(in.readUTF()));
  }

  /** A list of strings. */
  public static void writeStrings(Collection<String> list, DataOutputView out) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      out.writeUTF(s);
    }
  }

  /** Reads a list of strings. */
  public static List<String> readStrings(DataInputView in) throws IOException {
    int n = in.readInt();
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(in.readUTF());
    }
    return list;
  }

  // ------------------------------------------------------------------ core values

  /** A time window. */
  public static void writeWindow(TimeWindow w, DataOutputView out) throws IOException {
    writeInstant(w.start(), out);
    writeInstant(w.end(), out);
  }

  /** Reads a time window. */
  public static TimeWindow readWindow(DataInputView in) throws IOException {
    Instant start = readInstant(in);
    return TimeWindow.of(start, readInstant(in));
  }

  /** A cause reference. */
  public static void writeRef(CauseRef r, DataOutputView out) throws IOException {
    Io.writeEnum(r.kind(), out);
    out.writeUTF(r.id());
  }

  /** Reads a cause reference. */
  public static CauseRef readRef(DataInputView in) throws IOException {
    CauseKind kind = Io.readEnum(CauseKind.class, in);
    return CauseRef.of(kind, in.readUTF());
  }

  /** A cause. */
  public static void writeCause(Cause c, DataOutputView out) throws IOException {
    Io.writeEnum(c.kind(), out);
    out.writeUTF(c.id());
    out.writeUTF(c.element());
    writeInstant(c.raised(), out);
    writeNullableInstant(c.cleared().orElse(null), out);
    Io.writeEnum(c.severity(), out);
    out.writeBoolean(c.planned());
  }

  /** Reads a cause. */
  public static Cause readCause(DataInputView in) throws IOException {
    Cause.Builder b =
        Cause.builder()
            .kind(Io.readEnum(CauseKind.class, in))
            .id(in.readUTF())
            .element(in.readUTF())
            .raised(readInstant(in));
    Instant cleared = readNullableInstant(in);
    if (cleared != null) {
      b.cleared(cleared);
    }
    return b.severity(Io.readEnum(Severity.class, in)).planned(in.readBoolean()).build();
  }

  /** A service impact. */
  public static void writeImpact(ServiceImpact s, DataOutputView out) throws IOException {
    out.writeUTF(s.connection());
    writeWindow(s.window(), out);
    writeDecimal(s.degradation(), out);
    out.writeInt(s.causes().size());
    for (CauseRef r : s.causes()) {
      writeRef(r, out);
    }
    Io.writeEnum(s.classification(), out);
  }

  /** Reads a service impact. */
  public static ServiceImpact readImpact(DataInputView in) throws IOException {
    ServiceImpact.Builder b =
        ServiceImpact.builder()
            .connection(in.readUTF())
            .window(readWindow(in))
            .degradation(readDecimal(in));
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      b.addCauses(readRef(in));
    }
    return b.classification(Io.readEnum(ImpactClass.class, in)).build();
  }

  /** A connection, every attribute. */
  public static void writeConnection(Connection c, DataOutputView out) throws IOException {
    out.writeUTF(c.id());
    out.writeUTF(c.account());
    writeOptional(c.customer(), out);
    writeOptional(c.offering(), out);
    writeOptional(c.segment(), out);
    Io.writeEnum(c.status(), out);
    writeNullableInstant(c.activation().orElse(null), out);
    writeNullableInstant(c.termination().orElse(null), out);
    out.writeInt(c.recurringCharges().size());
    for (RecurringCharge r : c.recurringCharges()) {
      writeMoney(r.amount(), out);
      Io.writeEnum(r.period(), out);
      writeOptional(r.name(), out);
    }
    out.writeBoolean(c.usageRevenuePerMonth().isPresent());
    if (c.usageRevenuePerMonth().isPresent()) {
      writeMoney(c.usageRevenuePerMonth().get(), out);
    }
    writeStrings(c.realizedBy(), out);
    writeOptional(c.sla(), out);
    out.writeInt(c.attributes().size());
    for (Map.Entry<String, String> e : c.attributes().entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
  }

  /** Reads a connection. */
  public static Connection readConnection(DataInputView in) throws IOException {
    Connection.Builder b = Connection.builder().id(in.readUTF()).account(in.readUTF());
    readOptional(in).ifPresent(b::customer);
    readOptional(in).ifPresent(b::offering);
    readOptional(in).ifPresent(b::segment);
    b.status(Io.readEnum(ConnectionStatus.class, in));
    Instant activation = readNullableInstant(in);
    if (activation != null) {
      b.activation(activation);
    }
    Instant termination = readNullableInstant(in);
    if (termination != null) {
      b.termination(termination);
    }
    int charges = in.readInt();
    for (int i = 0; i < charges; i++) {
      RecurringCharge.Builder r =
          RecurringCharge.builder()
              .amount(readMoney(in))
              .period(Io.readEnum(ChargePeriod.class, in));
      readOptional(in).ifPresent(r::name);
      b.addRecurringCharges(r.build());
    }
    if (in.readBoolean()) {
      b.usageRevenuePerMonth(readMoney(in));
    }
    b.addAllRealizedBy(readStrings(in));
    readOptional(in).ifPresent(b::sla);
    int attributes = in.readInt();
    for (int i = 0; i < attributes; i++) {
      b.putAttributes(in.readUTF(), in.readUTF());
    }
    return b.build();
  }

  /** SLA terms. */
  public static void writeTerms(SlaTerms t, DataOutputView out) throws IOException {
    out.writeUTF(t.id());
    writeOptional(t.name(), out);
    out.writeInt(t.tiers().size());
    for (CreditTier tier : t.tiers()) {
      writeDecimal(tier.belowPercent(), out);
      writeDecimal(tier.creditPercentOfMrr(), out);
    }
    out.writeBoolean(t.capPercentOfMrr().isPresent());
    if (t.capPercentOfMrr().isPresent()) {
      writeDecimal(t.capPercentOfMrr().get(), out);
    }
    out.writeBoolean(t.plannedExcluded());
    out.writeBoolean(t.validFor().isPresent());
    if (t.validFor().isPresent()) {
      writeWindow(t.validFor().get(), out);
    }
  }

  /** Reads SLA terms. */
  public static SlaTerms readTerms(DataInputView in) throws IOException {
    SlaTerms.Builder b = SlaTerms.builder().id(in.readUTF());
    readOptional(in).ifPresent(b::name);
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      BigDecimal below = readDecimal(in);
      b.addTiers(CreditTier.of(below, readDecimal(in)));
    }
    if (in.readBoolean()) {
      b.capPercentOfMrr(readDecimal(in));
    }
    b.plannedExcluded(in.readBoolean());
    if (in.readBoolean()) {
      b.validFor(readWindow(in));
    }
    return b.build();
  }
}
