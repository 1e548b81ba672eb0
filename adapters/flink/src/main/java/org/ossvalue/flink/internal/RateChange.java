package org.ossvalue.flink.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.flink.LiveRevenueAtRisk;

/** One unit's new contribution to one live figure (dimension, key, currency, class). */
public final class RateChange {

  final LiveRevenueAtRisk.Dimension dimension;
  final String key;
  final String currency;
  final ImpactClass classification;
  final String unit;
  final BigDecimal perMinute;
  final Instant asOf;

  RateChange(
      LiveRevenueAtRisk.Dimension dimension,
      String key,
      String currency,
      ImpactClass classification,
      String unit,
      BigDecimal perMinute,
      Instant asOf) {
    this.dimension = dimension;
    this.key = key;
    this.currency = currency;
    this.classification = classification;
    this.unit = unit;
    this.perMinute = perMinute;
    this.asOf = asOf;
  }

  /** The figure this contributes to, as one string: the key to aggregate by. */
  public String figure() {
    return figure(dimension, key, currency, classification);
  }

  static String figure(
      LiveRevenueAtRisk.Dimension dimension,
      String key,
      String currency,
      ImpactClass classification) {
    return dimension.name()
        + '\u0000'
        + key
        + '\u0000'
        + currency
        + '\u0000'
        + classification.name();
  }

  /** Writes rate changes. */
  public enum CodecImpl implements Codec<RateChange> {
    /** The codec. */
    INSTANCE;

    @Override
    public Class<RateChange> type() {
      return RateChange.class;
    }

    @Override
    public void write(RateChange r, DataOutputView out) throws IOException {
      Io.writeEnum(r.dimension, out);
      out.writeUTF(r.key);
      out.writeUTF(r.currency);
      Io.writeEnum(r.classification, out);
      out.writeUTF(r.unit);
      Io.writeDecimal(r.perMinute, out);
      Io.writeInstant(r.asOf, out);
    }

    @Override
    public RateChange read(DataInputView in) throws IOException {
      return new RateChange(
          Io.readEnum(LiveRevenueAtRisk.Dimension.class, in),
          in.readUTF(),
          in.readUTF(),
          Io.readEnum(ImpactClass.class, in),
          in.readUTF(),
          Io.readDecimal(in),
          Io.readInstant(in));
    }
  }
}
