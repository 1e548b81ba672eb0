package org.ossvalue.flink.internal;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.ossvalue.flink.Inventory;

/**
 * Turns each inventory into the unit models and routes that changed since the last one (run with
 * parallelism 1). After a restart it has forgotten the last inventory and sends the next one whole;
 * the receivers ignore what they already hold.
 */
public final class PartitionInventory extends RichFlatMapFunction<Inventory, InventoryUpdate> {

  private static final long serialVersionUID = 1L;

  private transient Partitioner partitioner;

  @Override
  public void open(OpenContext context) {
    partitioner = new Partitioner();
  }

  @Override
  public void flatMap(Inventory inventory, Collector<InventoryUpdate> out) {
    partitioner.updates(inventory).forEach(out::collect);
  }
}
