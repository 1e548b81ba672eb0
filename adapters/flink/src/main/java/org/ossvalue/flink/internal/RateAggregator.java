package org.ossvalue.flink.internal;

import java.math.BigDecimal;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.ossvalue.core.Money;
import org.ossvalue.flink.LiveRevenueAtRisk;

/**
 * Keyed by live figure: sums the units' contributions exactly and emits the figure whenever it
 * changes.
 */
public final class RateAggregator
    extends KeyedProcessFunction<String, RateChange, LiveRevenueAtRisk> {

  private static final long serialVersionUID = 1L;

  private transient MapState<String, BigDecimal> byUnit;
  private transient ValueState<BigDecimal> total;

  @Override
  public void open(OpenContext context) {
    byUnit =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("byUnit", Types.STRING, Types.BIG_DEC));
    total = getRuntimeContext().getState(new ValueStateDescriptor<>("total", Types.BIG_DEC));
  }

  @Override
  public void processElement(RateChange r, Context ctx, Collector<LiveRevenueAtRisk> out)
      throws Exception {
    BigDecimal old = byUnit.get(r.unit);
    BigDecimal sum = total.value() == null ? BigDecimal.ZERO : total.value();
    BigDecimal next = sum.subtract(old == null ? BigDecimal.ZERO : old).add(r.perMinute);
    if (r.perMinute.signum() == 0) {
      byUnit.remove(r.unit);
    } else {
      byUnit.put(r.unit, r.perMinute);
    }
    total.update(next);
    if (next.compareTo(sum) != 0 || old == null) {
      out.collect(
          LiveRevenueAtRisk.builder()
              .dimension(r.dimension)
              .key(r.key)
              .classification(r.classification)
              .perMinute(Money.of(next, Money.currency(r.currency)))
              .asOf(r.asOf)
              .build());
    }
  }
}
