package org.ossvalue.flink.internal;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.OutputTag;
import org.ossvalue.flink.ClosedImpact;
import org.ossvalue.flink.Inventory;
import org.ossvalue.flink.LiveRevenueAtRisk;
import org.ossvalue.flink.SkippedEvent;
import org.ossvalue.flink.SlaWarning;
import org.ossvalue.tmf.TmfEvent;

/** Type information and side-output tags of the job. */
public final class Tags {

  private Tags() {}

  /** TMF events. */
  public static final TypeInformation<TmfEvent> EVENT = CodecTypeInfo.of(EventCodec.INSTANCE);

  /** Cause updates. */
  public static final TypeInformation<CauseUpdate> CAUSE_UPDATE =
      CodecTypeInfo.of(CauseUpdate.CodecImpl.INSTANCE);

  /** Inventory updates. */
  public static final TypeInformation<InventoryUpdate> INVENTORY_UPDATE =
      CodecTypeInfo.of(InventoryUpdate.CodecImpl.INSTANCE);

  /** Inventories. */
  public static final TypeInformation<Inventory> INVENTORY =
      CodecTypeInfo.of(OutputCodecs.InventoryCodec.INSTANCE);

  /** Rate changes. */
  public static final TypeInformation<RateChange> RATE_CHANGE =
      CodecTypeInfo.of(RateChange.CodecImpl.INSTANCE);

  /** Closed impacts. */
  public static final TypeInformation<ClosedImpact> CLOSED_IMPACT =
      CodecTypeInfo.of(OutputCodecs.ClosedImpactCodec.INSTANCE);

  /** Live figures. */
  public static final TypeInformation<LiveRevenueAtRisk> LIVE =
      CodecTypeInfo.of(OutputCodecs.LiveCodec.INSTANCE);

  /** SLA warnings. */
  public static final TypeInformation<SlaWarning> SLA_WARNING =
      CodecTypeInfo.of(OutputCodecs.SlaWarningCodec.INSTANCE);

  /** Skipped events. */
  public static final TypeInformation<SkippedEvent> SKIPPED =
      CodecTypeInfo.of(OutputCodecs.SkippedCodec.INSTANCE);

  /** Where skipped events go. */
  public static final OutputTag<SkippedEvent> SKIPPED_TAG = new OutputTag<>("skipped", SKIPPED);

  /** Where rate changes go. */
  public static final OutputTag<RateChange> RATE_TAG = new OutputTag<>("rates", RATE_CHANGE);

  /** Where SLA warnings go. */
  public static final OutputTag<SlaWarning> SLA_TAG = new OutputTag<>("sla", SLA_WARNING);
}
