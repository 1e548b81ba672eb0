package org.ossvalue.flink.internal;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.ossvalue.flink.Inventory;

/**
 * The inventory stream carries no event time: once the first inventory has gone through, it
 * declares itself at the end of time, so that it never holds back the watermark of the operators it
 * joins. Without it an unbounded inventory source (one that re-reads the export) would stop event
 * time, and nothing would close. Until the first inventory it holds event time back: no alarm is
 * judged unplaceable, and no unit closes, before there is an inventory to place it in.
 */
public final class InventoryTime implements WatermarkGenerator<Inventory> {

  private boolean emitted;

  private InventoryTime() {}

  /**
   * The strategy: no timestamps of its own, the end-of-time watermark after the first inventory.
   */
  public static WatermarkStrategy<Inventory> strategy() {
    return WatermarkStrategy.forGenerator(ctx -> new InventoryTime());
  }

  @Override
  public void onEvent(Inventory event, long timestamp, WatermarkOutput output) {
    // Flink forwards the inventory before calling this: the watermark follows it
    if (!emitted) {
      emitted = true;
      output.emitWatermark(new Watermark(Long.MAX_VALUE));
    }
  }

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {
    // nothing: before the first inventory, event time waits for it
  }
}
