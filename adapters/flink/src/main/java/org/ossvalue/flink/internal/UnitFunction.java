package org.ossvalue.flink.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Cause;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.sla.CreditTier;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;
import org.ossvalue.core.valuation.sla.Availability;
import org.ossvalue.core.valuation.sla.SlaCase;
import org.ossvalue.core.valuation.sla.SlaCredit;
import org.ossvalue.core.valuation.sla.SlaPolicy;
import org.ossvalue.flink.ClosedImpact;
import org.ossvalue.flink.LiveRevenueAtRisk;
import org.ossvalue.flink.SkippedEvent;
import org.ossvalue.flink.SlaWarning;
import org.ossvalue.flink.StreamSettings;

/**
 * Keyed by topology unit: holds the unit's inventory and the causes on it, and at each watermark
 * step runs {@link UnitStep} (the core impact engine) to emit the impacts that closed, the live
 * revenue at risk per minute that changed and the SLA standing of the connections touched.
 */
public final class UnitFunction
    extends KeyedCoProcessFunction<String, CauseUpdate, InventoryUpdate, ClosedImpact> {

  private static final long serialVersionUID = 1L;
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int CACHE = 1024;

  private final StreamSettings settings;
  private transient ImpactEngine engine;
  private transient ZoneId zone;
  private transient Duration lateness;
  private transient ValueState<UnitModel> model;
  private transient MapState<String, CauseUpdate> causes;
  private transient ValueState<UnitMemo> memo;
  private transient Map<String, UnitModel.Compiled> compiled;
  private transient Counter late;

  /** A unit function with these settings. */
  public UnitFunction(StreamSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    engine = ImpactEngine.create(settings.severityMapping());
    zone = settings.zone();
    lateness = settings.allowedLateness();
    model =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>(
                    "model", CodecTypeInfo.of(UnitModel.CodecImpl.INSTANCE)));
    causes =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("causes", Types.STRING, Tags.CAUSE_UPDATE));
    memo =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>("memo", CodecTypeInfo.of(UnitMemo.CodecImpl.INSTANCE)));
    compiled =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, UnitModel.Compiled> eldest) {
            return size() > CACHE;
          }
        };
    late = getRuntimeContext().getMetricGroup().counter("ossvalue.late");
  }

  private UnitMemo memo() throws Exception {
    UnitMemo m = memo.value();
    return m == null ? new UnitMemo() : m;
  }

  // ------------------------------------------------------------------ causes

  @Override
  public void processElement1(CauseUpdate u, Context ctx, Collector<ClosedImpact> out)
      throws Exception {
    CauseUpdate held = causes.get(u.key);
    if (held != null && (held.seq > u.seq || (held.seq == u.seq && !u.migration))) {
      return; // stale or a copy
    }
    UnitMemo m = memo();
    Cause before = held == null ? null : held.cause;
    Instant effect = effect(before, u.cause);
    if (effect == null && !(held == null && u.cause != null)) {
      if (u.cause != null) {
        causes.put(u.key, u);
      }
      return; // nothing that counts changed
    }
    if (!u.migration && m.closed != null && effect != null && effect.isBefore(m.closed)) {
      late.inc();
      ctx.output(
          Tags.SKIPPED_TAG,
          SkippedEvent.builder()
              .reason(SkippedEvent.Reason.LATE)
              .eventId(u.eventId)
              .eventType(u.eventType)
              .eventTime(u.eventTime)
              .record(u.key)
              .detail(
                  "changes "
                      + u.key
                      + " from "
                      + effect
                      + ", before the closed horizon "
                      + m.closed
                      + " of "
                      + ctx.getCurrentKey()
                      + " (allowed lateness "
                      + lateness
                      + "): not applied")
              .build());
      return;
    }
    if (u.cause == null) {
      causes.remove(u.key);
    } else {
      causes.put(u.key, u);
    }
    m.dirty = true;
    memo.update(m);
    TimerService timers = ctx.timerService();
    if (timers.currentWatermark() == Long.MAX_VALUE) {
      // the input has ended, no timer fires any more: a cause that reaches its unit only now
      // (its element's inventory came after the end of a replay) is valued at once
      step(ctx.getCurrentKey(), Long.MAX_VALUE, timers, ctx::output, out);
      return;
    }
    long next = Times.plus(timers.currentWatermark(), 1);
    for (Cause c : new Cause[] {before, u.cause}) {
      if (c != null) {
        register(timers, c.raised(), next);
        c.cleared().ifPresent(x -> register(timers, x, next));
      }
    }
  }

  private void register(TimerService timers, Instant x, long notBefore) {
    // live: just after x, so that the step sees the state x starts
    timers.registerEventTimeTimer(Math.max(Times.afterMillis(x), notBefore));
    timers.registerEventTimeTimer(Math.max(Times.afterMillis(x.plus(lateness)), notBefore));
  }

  /** The earliest instant whose degradation the change from one version to the next can alter. */
  static @Nullable Instant effect(@Nullable Cause before, @Nullable Cause after) {
    if (before == null || after == null) {
      Cause c = before == null ? after : before;
      return c == null ? null : c.raised();
    }
    if (!before.element().equals(after.element())
        || before.severity() != after.severity()
        || before.planned() != after.planned()
        || before.kind() != after.kind()) {
      return min(before.raised(), after.raised());
    }
    Instant e = null;
    if (!before.raised().equals(after.raised())) {
      e = min(before.raised(), after.raised());
    }
    if (!before.cleared().equals(after.cleared())) {
      Instant c = min(before.cleared().orElse(Instant.MAX), after.cleared().orElse(Instant.MAX));
      e = e == null ? c : min(e, c);
    }
    return e;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  // ------------------------------------------------------------------ inventory

  @Override
  public void processElement2(InventoryUpdate inv, Context ctx, Collector<ClosedImpact> out)
      throws Exception {
    String key = ctx.getCurrentKey();
    UnitModel current = model.value();
    if (inv.model == null) {
      model.clear();
      compiled.remove(key);
      return;
    }
    if (current != null && current.hash == inv.model.hash) {
      return;
    }
    model.update(inv.model);
    compiled.remove(key);
    UnitMemo m = memo();
    m.dirty = true;
    memo.update(m);
    long w = ctx.timerService().currentWatermark();
    // a unit without causes and with nothing live has nothing to value; not stepping it also
    // leaves a new unit open for the causes the router held until its elements appeared
    boolean idle = causes.isEmpty() && m.contributions.isEmpty() && m.degraded.isEmpty();
    if (w > Long.MIN_VALUE && !idle) {
      step(key, w, ctx.timerService(), ctx::output, out);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<ClosedImpact> out)
      throws Exception {
    step(
        ctx.getCurrentKey(),
        ctx.timerService().currentWatermark(),
        ctx.timerService(),
        ctx::output,
        out);
  }

  /** Where side outputs go. */
  private interface Side {
    <X> void output(OutputTag<X> tag, X value);
  }

  // ------------------------------------------------------------------ the step

  private void step(
      String key, long watermark, TimerService timers, Side side, Collector<ClosedImpact> out)
      throws Exception {
    UnitModel m = model.value();
    if (m == null) {
      return;
    }
    UnitMemo memo = memo();
    Instant now;
    Instant horizon;
    if (watermark == Long.MAX_VALUE) {
      if (settings.endOfInput().isEmpty()) {
        return;
      }
      now = settings.endOfInput().get();
      horizon = now;
    } else {
      now = Instant.ofEpochMilli(watermark);
      horizon = now.minus(lateness);
    }
    if (memo.lastNow != null && now.isBefore(memo.lastNow)) {
      now = memo.lastNow;
    }
    if (memo.closed != null && horizon.isBefore(memo.closed)) {
      horizon = memo.closed;
    }
    if (!memo.dirty && now.equals(memo.lastNow) && horizon.equals(memo.closed)) {
      return;
    }
    UnitModel.Compiled unit = compiled.get(key);
    if (unit == null || unit.model != m) {
      unit = new UnitModel.Compiled(m);
      compiled.put(key, unit);
    }
    List<Cause> active = new ArrayList<>();
    java.util.Set<String> elements = new java.util.HashSet<>();
    for (CauseUpdate u : causes.values()) {
      if (u.cause != null) {
        active.add(u.cause);
        elements.add(u.cause.element());
      }
    }
    UnitModel.Scope scope = unit.scope(elements);
    UnitStep.Result r =
        UnitStep.run(
            engine,
            scope.topology,
            scope.connections,
            active,
            memo.floor,
            memo.closed,
            now,
            horizon,
            watermark == Long.MAX_VALUE,
            zone);

    TreeSet<String> touched = new TreeSet<>();
    TimeWindow month = ReportingPeriod.calendarMonthOf(now, zone);
    for (ServiceImpact p : r.closed) {
      Connection c = unit.connections.get(p.connection());
      ClosedImpact.Builder b = ClosedImpact.builder().impact(p).account(c.account());
      c.mrr()
          .ifPresent(
              mrr ->
                  b.revenueAtRisk(
                      RevenueAtRiskStrategy.calendarAccurate()
                          .valueOf(mrr, p.window(), p.degradation(), zone)));
      out.collect(b.build());
      touched.add(p.connection());
      if (c.sla().isPresent() && unit.policies.containsKey(c.sla().get())) {
        memo.slaPieces.computeIfAbsent(p.connection(), k -> new ArrayList<>()).add(p);
      }
    }

    // live state at now: the open pieces that reach it
    Map<String, Map<ImpactClass, ServiceImpact>> live = new TreeMap<>();
    for (ServiceImpact p : r.atNow) {
      live.computeIfAbsent(p.connection(), k -> new TreeMap<>()).put(p.classification(), p);
    }
    Map<String, BigDecimal> contributions = new TreeMap<>();
    BigDecimal monthSeconds = month.seconds();
    for (Map.Entry<String, Map<ImpactClass, ServiceImpact>> e : live.entrySet()) {
      Connection c = unit.connections.get(e.getKey());
      Optional<Money> mrr = c.mrr();
      if (mrr.isEmpty()) {
        continue;
      }
      String currency = mrr.get().currency().getCurrencyCode();
      for (ServiceImpact p : e.getValue().values()) {
        BigDecimal rate =
            mrr.get()
                .amount()
                .multiply(p.degradation())
                .multiply(SIXTY)
                .divide(monthSeconds, Money.DIVISION_SCALE, RoundingMode.HALF_EVEN);
        add(contributions, LiveRevenueAtRisk.Dimension.TOTAL, "", currency, p, rate);
        add(contributions, LiveRevenueAtRisk.Dimension.ACCOUNT, c.account(), currency, p, rate);
        for (CauseRef ref : p.causes()) {
          add(contributions, LiveRevenueAtRisk.Dimension.CAUSE, ref.toString(), currency, p, rate);
        }
      }
    }
    for (Map.Entry<String, BigDecimal> e : contributions.entrySet()) {
      BigDecimal old = memo.contributions.get(e.getKey());
      if (old == null || old.compareTo(e.getValue()) != 0) {
        side.output(Tags.RATE_TAG, rateChange(e.getKey(), key, e.getValue(), now));
      }
    }
    for (String k : memo.contributions.keySet()) {
      if (!contributions.containsKey(k)) {
        side.output(Tags.RATE_TAG, rateChange(k, key, BigDecimal.ZERO, now));
      }
    }
    memo.contributions.clear();
    memo.contributions.putAll(contributions);

    // SLA standing of every connection touched, degraded now or degraded before
    TreeSet<String> affected = new TreeSet<>(touched);
    affected.addAll(live.keySet());
    affected.addAll(memo.degraded);
    pruneSlaPieces(memo, month);
    for (String id : affected) {
      Connection c = unit.connections.get(id);
      if (c == null || c.sla().isEmpty() || c.mrr().isEmpty()) {
        continue;
      }
      SlaPolicy policy = unit.policies.get(c.sla().get());
      SlaTerms terms = unit.terms.get(c.sla().get());
      if (policy == null || terms == null) {
        continue;
      }
      // this billing period, and any earlier one whose impacts closed in this step
      TreeSet<TimeWindow> periods = new TreeSet<>();
      periods.add(period(policy, now));
      for (ServiceImpact p : r.closed) {
        if (p.connection().equals(id)) {
          periods.add(period(policy, p.window().start()));
        }
      }
      for (TimeWindow period : periods) {
        side.output(
            Tags.SLA_TAG,
            warning(
                c,
                policy,
                terms,
                period,
                memo.slaPieces.getOrDefault(id, List.of()),
                r.open,
                live,
                now));
      }
    }
    memo.degraded.clear();
    memo.degraded.addAll(live.keySet());

    // forget what can no longer matter
    List<String> drop = new ArrayList<>();
    for (Map.Entry<String, CauseUpdate> e : causes.entries()) {
      Cause c = e.getValue().cause;
      if (c != null && c.cleared().isPresent() && !c.cleared().get().isAfter(r.floor)) {
        drop.add(e.getKey());
      }
    }
    for (String k : drop) {
      causes.remove(k);
    }
    memo.floor = r.floor;
    memo.closed = horizon;
    memo.lastNow = now;
    memo.dirty = false;
    this.memo.update(memo);

    // wake up when something can change next
    if (watermark != Long.MAX_VALUE) {
      long after = Times.plus(watermark, 1);
      boolean any = false;
      boolean ongoing = false;
      Instant wm = Instant.ofEpochMilli(watermark);
      for (CauseUpdate u : causes.values()) {
        if (u.cause != null) {
          any = true;
          wake(timers, u.cause.raised(), watermark);
          u.cause.cleared().ifPresent(x -> wake(timers, x, watermark));
          ongoing |= u.cause.cleared().map(x -> x.isAfter(wm)).orElse(true);
        }
      }
      if (ongoing) {
        // a connection activated or terminated under an ongoing cause changes the live figures
        Instant change = scope.lifecycle.ceiling(wm);
        if (change != null) {
          wake(timers, change, watermark);
        }
      }
      for (ServiceImpact p : r.open) {
        any = true;
        if (p.window().end().isBefore(now)) {
          long t = Times.afterMillis(p.window().end().plus(lateness));
          if (t > watermark) {
            timers.registerEventTimeTimer(t);
          }
        }
      }
      if (any) {
        Instant boundary = month.end();
        timers.registerEventTimeTimer(Math.max(Times.ceilMillis(boundary), after));
        timers.registerEventTimeTimer(Math.max(Times.ceilMillis(boundary.plus(lateness)), after));
      }
    }
  }

  private void wake(TimerService timers, Instant x, long watermark) {
    long live = Times.afterMillis(x);
    if (live > watermark) {
      timers.registerEventTimeTimer(live);
    }
    long fin = Times.afterMillis(x.plus(lateness));
    if (fin > watermark) {
      timers.registerEventTimeTimer(fin);
    }
  }

  private static void add(
      Map<String, BigDecimal> contributions,
      LiveRevenueAtRisk.Dimension dimension,
      String key,
      String currency,
      ServiceImpact p,
      BigDecimal rate) {
    contributions.merge(
        RateChange.figure(dimension, key, currency, p.classification()), rate, BigDecimal::add);
  }

  private static RateChange rateChange(
      String figure, String unit, BigDecimal perMinute, Instant asOf) {
    String[] parts = figure.split("\u0000", -1);
    return new RateChange(
        LiveRevenueAtRisk.Dimension.valueOf(parts[0]),
        parts[1],
        parts[2],
        ImpactClass.valueOf(parts[3]),
        unit,
        perMinute,
        asOf);
  }

  private void pruneSlaPieces(UnitMemo memo, TimeWindow month) {
    Instant keepFrom = ReportingPeriod.calendarMonthOf(month.start().minusNanos(1), zone).start();
    memo.slaPieces
        .values()
        .forEach(list -> list.removeIf(p -> !p.window().end().isAfter(keepFrom)));
    memo.slaPieces.values().removeIf(List::isEmpty);
  }

  private TimeWindow period(SlaPolicy policy, Instant at) {
    return policy.billingPeriods(ReportingPeriod.of(at, at.plusNanos(1), zone)).get(0);
  }

  private SlaWarning warning(
      Connection c,
      SlaPolicy policy,
      SlaTerms terms,
      TimeWindow period,
      List<ServiceImpact> closedPieces,
      List<ServiceImpact> open,
      Map<String, Map<ImpactClass, ServiceImpact>> live,
      Instant current) {
    boolean ongoing = period.contains(current);
    Instant now = ongoing ? current : period.end();
    List<ServiceImpact> impacts = new ArrayList<>();
    for (ServiceImpact p : closedPieces) {
      if (p.window().overlaps(period)) {
        impacts.add(p);
      }
    }
    for (ServiceImpact p : open) {
      if (p.connection().equals(c.id()) && p.window().start().isBefore(now)) {
        ServiceImpact cut =
            p.window().end().isAfter(now)
                ? ServiceImpact.builder()
                    .from(p)
                    .window(TimeWindow.of(p.window().start(), now))
                    .build()
                : p;
        if (cut.window().overlaps(period)) {
          impacts.add(cut);
        }
      }
    }
    impacts.sort(null);
    SlaCredit credit =
        policy.assess(
            SlaCase.builder()
                .connection(c)
                .billingPeriod(period)
                .impacts(impacts)
                .asOf(now)
                .zone(zone)
                .build());
    Availability a = credit.availability();
    CreditTier breached = null;
    CreditTier next = null;
    for (CreditTier t : terms.tierList()) {
      if (a.isBelow(t.belowPercent())) {
        breached = t;
      } else if (next == null) {
        next = t;
      }
    }
    Map<ImpactClass, ServiceImpact> state = live.getOrDefault(c.id(), Map.of());
    BigDecimal d = BigDecimal.ZERO;
    if (state.containsKey(ImpactClass.UNPLANNED)) {
      d = d.add(state.get(ImpactClass.UNPLANNED).degradation());
    }
    if (!terms.plannedExcluded() && state.containsKey(ImpactClass.PLANNED)) {
      d = d.add(state.get(ImpactClass.PLANNED).degradation());
    }
    boolean down = ongoing && d.compareTo(BigDecimal.ONE) >= 0;
    SlaWarning.Builder w =
        SlaWarning.builder()
            .connection(c.id())
            .account(c.account())
            .agreement(terms.id())
            .billingPeriod(period)
            .asOf(now)
            .availabilityPercent(a.percent())
            .downtimeMinutes(a.downtimeMinutes())
            .measuredMinutes(a.measuredMinutes())
            .creditSoFar(credit.credit())
            .down(down);
    if (breached != null) {
      w.breachedTier(breached);
    }
    if (next != null) {
      BigDecimal budget =
          a.measuredMinutes()
              .multiply(HUNDRED.subtract(next.belowPercent()))
              .divide(HUNDRED, Money.DIVISION_SCALE, RoundingMode.HALF_EVEN);
      BigDecimal remaining = budget.subtract(a.downtimeMinutes()).max(BigDecimal.ZERO);
      w.nextTier(next).minutesToNextTier(remaining.stripTrailingZeros());
      if (down) {
        long nanos =
            remaining
                .multiply(BigDecimal.valueOf(60_000_000_000L))
                .setScale(0, RoundingMode.CEILING)
                .longValueExact();
        Instant at = now.plusNanos(nanos);
        if (at.isBefore(period.end())) {
          w.breachAt(at);
        }
      }
    }
    return w.build();
  }

  @Override
  public String toString() {
    return "UnitFunction" + Objects.toString(settings);
  }
}
