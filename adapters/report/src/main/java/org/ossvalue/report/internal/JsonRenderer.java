package org.ossvalue.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ossvalue.core.Money;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.statement.AmountLines;
import org.ossvalue.core.statement.AvailabilityFigure;
import org.ossvalue.core.statement.BreakdownRow;
import org.ossvalue.core.statement.CoalitionValue;
import org.ossvalue.core.statement.ConnectionAmount;
import org.ossvalue.core.statement.ConnectionLine;
import org.ossvalue.core.statement.CreditRow;
import org.ossvalue.core.statement.EnabledLines;
import org.ossvalue.core.statement.ExcludedEntry;
import org.ossvalue.core.statement.FulfilmentLines;
import org.ossvalue.core.statement.FunctionShare;
import org.ossvalue.core.statement.Gaps;
import org.ossvalue.core.statement.Headline;
import org.ossvalue.core.statement.ImpactLine;
import org.ossvalue.core.statement.LeakageItem;
import org.ossvalue.core.statement.LeakageLines;
import org.ossvalue.core.statement.LostLines;
import org.ossvalue.core.statement.OfferingInsight;
import org.ossvalue.core.statement.OrderLine;
import org.ossvalue.core.statement.Parameter;
import org.ossvalue.core.statement.RangeAmount;
import org.ossvalue.core.statement.RangeLines;
import org.ossvalue.core.statement.RiskLines;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.core.valuation.Explanation;
import org.ossvalue.report.StatementRenderer;

/**
 * The JSON contract of a value statement (docs/statement-json.md): the keys issue 6 fixes, in a
 * fixed order, then the rest of the statement. Money is always {@code {"currency", "value"}} with
 * the value a decimal string rounded half-even to the currency's minor unit; other decimals are
 * plain JSON numbers; optional keys are left out, never {@code null}.
 */
public enum JsonRenderer implements StatementRenderer {
  /** The one instance. */
  INSTANCE;

  /** Decimal places of percentages (availability). */
  static final int PERCENT_SCALE = 4;

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  @Override
  public void render(ValueStatement s, Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      write(s, g);
      g.writeRaw('\n');
    }
    out.flush();
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public String toString() {
    return "StatementRenderer.json()";
  }

  private static void write(ValueStatement s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("period");
    g.writeStringField("from", s.period().from().toString());
    g.writeStringField("to", s.period().to().toString());
    g.writeStringField("zone", s.period().zone().getId());
    g.writeEndObject();
    g.writeStringField("asOf", s.asOf().toString());
    headline(g, s.headline());
    g.writeArrayFieldStart("connections");
    for (ConnectionLine c : s.connections()) {
      connection(g, c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("impacts");
    for (ImpactLine i : s.impacts()) {
      impact(g, i);
    }
    g.writeEndArray();
    revenueAtRisk(g, s.revenueAtRisk());
    amountLines(g, "usageLost", s.usageLost());
    slaCredits(g, s);
    fulfilment(g, s.fulfilment());
    enabled(g, s.enabled());
    lost(g, s.lost());
    leakage(g, s.leakage());
    range(g, "churnExposure", s.churnExposure());
    range(g, "protectedRevenue", s.protectedRevenue());
    g.writeArrayFieldStart("attribution");
    for (FunctionShare f : s.attribution()) {
      g.writeStartObject();
      g.writeStringField("function", f.function());
      money(g, "money", f.money());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("attributionGame");
    for (CoalitionValue v : s.attributionGame()) {
      g.writeStartObject();
      g.writeArrayFieldStart("functions");
      for (String f : v.functions()) {
        g.writeString(f);
      }
      g.writeEndArray();
      money(g, "money", v.value());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("breakdowns");
    breakdown(g, "bySegment", s.breakdowns().bySegment());
    breakdown(g, "byOffering", s.breakdowns().byOffering());
    breakdown(g, "byAccount", s.breakdowns().byAccount());
    g.writeEndObject();
    g.writeArrayFieldStart("topImpacts");
    for (ImpactLine i : s.topImpacts()) {
      impact(g, i);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("productInsight");
    for (OfferingInsight o : s.productInsight()) {
      insight(g, o);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("parameters");
    for (Parameter p : s.parameters()) {
      g.writeStartObject();
      g.writeStringField("name", p.name());
      g.writeStringField("value", p.value());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("dataQuality");
    Json.dataQuality(g, s.dataQuality());
    g.writeArrayFieldStart("excluded");
    for (ExcludedEntry e : s.excluded()) {
      excluded(g, e);
    }
    g.writeEndArray();
    gaps(g, s.gaps());
    g.writeArrayFieldStart("explanations");
    for (Explanation e : s.explanations()) {
      explanation(g, e);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void headline(JsonGenerator g, Headline h) throws IOException {
    g.writeObjectFieldStart("headline");
    moneyList(g, "connected", h.connected());
    moneyList(g, "mrr", h.mrr());
    moneyList(g, "enabled", h.enabled());
    moneyList(g, "protected", h.protectedRevenue());
    moneyList(g, "atRisk", h.atRisk());
    moneyList(g, "plannedAtRisk", h.plannedAtRisk());
    moneyList(g, "lost", h.lost());
    moneyList(g, "credits", h.credits());
    moneyList(g, "usageLost", h.usageLost());
    moneyList(g, "delayed", h.delayed());
    moneyList(g, "leakage", h.leakage());
    moneyList(g, "churnExposure", h.churnExposure());
    availabilityList(g, "revenueWeightedAvailability", h.revenueWeightedAvailability());
    g.writeFieldName("connectionWeightedAvailability");
    availability(g, h.connectionWeightedAvailability());
    g.writeEndObject();
  }

  private static void connection(JsonGenerator g, ConnectionLine c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("account", c.account());
    optionalString(g, "customer", c.customer());
    optionalString(g, "offering", c.offering());
    optionalString(g, "segment", c.segment());
    g.writeStringField("status", c.status().label());
    optionalMoney(g, "mrr", c.mrr());
    optionalMoney(g, "contractedMrr", c.contractedMrr());
    optionalInstant(g, "activation", c.activation());
    optionalInstant(g, "termination", c.termination());
    if (c.active().isPresent()) {
      window(g, "active", c.active().get());
    }
    number(g, "activeMinutes", c.activeMinutes());
    optionalMoney(g, "connected", c.connected());
    g.writeBooleanField("activatedInPeriod", c.activatedInPeriod());
    number(g, "lostMinutesUnplanned", c.lostMinutesUnplanned());
    number(g, "lostMinutesPlanned", c.lostMinutesPlanned());
    optionalString(g, "sla", c.sla());
    g.writeEndObject();
  }

  private static void impact(JsonGenerator g, ImpactLine i) throws IOException {
    g.writeStartObject();
    g.writeStringField("connection", i.connection());
    g.writeStringField("start", i.start().toString());
    g.writeStringField("end", i.end().toString());
    number(g, "degradation", i.degradation());
    number(g, "minutes", i.minutes());
    g.writeBooleanField("planned", i.planned());
    strings(g, "causes", i.causes());
    optionalMoney(g, "mrr", i.mrr());
    optionalMoney(g, "revenueAtRisk", i.revenueAtRisk());
    optionalMoney(g, "usageLost", i.usageLost());
    g.writeEndObject();
  }

  private static void revenueAtRisk(JsonGenerator g, RiskLines r) throws IOException {
    g.writeObjectFieldStart("revenueAtRisk");
    moneyList(g, "totals", r.totals());
    moneyList(g, "plannedTotals", r.plannedTotals());
    byConnection(g, "byConnection", r.byConnection());
    byConnection(g, "plannedByConnection", r.plannedByConnection());
    g.writeEndObject();
  }

  private static void amountLines(JsonGenerator g, String name, AmountLines a) throws IOException {
    g.writeObjectFieldStart(name);
    moneyList(g, "totals", a.totals());
    byConnection(g, "byConnection", a.byConnection());
    g.writeEndObject();
  }

  private static void slaCredits(JsonGenerator g, ValueStatement s) throws IOException {
    g.writeObjectFieldStart("slaCredits");
    moneyList(g, "totals", s.slaCredits().totals());
    g.writeArrayFieldStart("byConnection");
    for (CreditRow c : s.slaCredits().byConnection()) {
      g.writeStartObject();
      g.writeStringField("connection", c.connection());
      g.writeStringField("agreement", c.agreement());
      window(g, "billingPeriod", c.billingPeriod());
      percent(g, "availability", c.availability());
      number(g, "downtimeMinutes", c.downtimeMinutes());
      number(g, "measuredMinutes", c.measuredMinutes());
      money(g, "money", c.money());
      g.writeBooleanField("breached", c.breached());
      g.writeBooleanField("provisional", c.provisional());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void fulfilment(JsonGenerator g, FulfilmentLines f) throws IOException {
    g.writeObjectFieldStart("fulfilment");
    g.writeArrayFieldStart("orders");
    for (OrderLine o : f.orders()) {
      g.writeStartObject();
      g.writeStringField("order", o.order());
      g.writeStringField("state", o.state());
      g.writeStringField("created", o.created().toString());
      optionalInstant(g, "completion", o.completion());
      optionalInstant(g, "requestedDate", o.requestedDate());
      optionalNumber(g, "leadTimeMinutes", o.leadTimeMinutes());
      optionalNumber(g, "ageMinutes", o.ageMinutes());
      optionalNumber(g, "offsetMinutes", o.offsetMinutes());
      optionalMoney(g, "pulledForward", o.pulledForward());
      optionalMoney(g, "delayed", o.delayed());
      optionalMoney(g, "capacityLost", o.capacityLost());
      optionalMoney(g, "pulledForwardInPeriod", o.pulledForwardInPeriod());
      optionalMoney(g, "delayedInPeriod", o.delayedInPeriod());
      optionalMoney(g, "capacityLostInPeriod", o.capacityLostInPeriod());
      optionalMoney(g, "activatedMrr", o.activatedMrr());
      optionalMoney(g, "forecastDelay", o.forecastDelay());
      strings(g, "notes", o.notes());
      g.writeEndObject();
    }
    g.writeEndArray();
    moneyList(g, "pulledForward", f.pulledForward());
    moneyList(g, "delayed", f.delayed());
    moneyList(g, "capacityLost", f.capacityLost());
    moneyList(g, "activatedMrr", f.activatedMrr());
    moneyList(g, "forecastDelay", f.forecastDelay());
    g.writeEndObject();
  }

  private static void enabled(JsonGenerator g, EnabledLines e) throws IOException {
    g.writeObjectFieldStart("enabled");
    moneyList(g, "activated", e.activated());
    moneyList(g, "pulledForward", e.pulledForward());
    moneyList(g, "includedInActivated", e.includedInActivated());
    moneyList(g, "total", e.total());
    moneyList(g, "activatedMrr", e.activatedMrr());
    byConnection(g, "byConnection", e.byConnection());
    g.writeEndObject();
  }

  private static void lost(JsonGenerator g, LostLines l) throws IOException {
    g.writeObjectFieldStart("lost");
    moneyList(g, "credits", l.credits());
    moneyList(g, "usageLost", l.usageLost());
    moneyList(g, "delayed", l.delayed());
    moneyList(g, "capacityLost", l.capacityLost());
    moneyList(g, "total", l.total());
    byConnection(g, "byConnection", l.byConnection());
    g.writeEndObject();
  }

  private static void leakage(JsonGenerator g, LeakageLines l) throws IOException {
    g.writeObjectFieldStart("leakage");
    leakageItems(g, "items", l.items());
    strings(g, "notAssessable", l.notAssessable());
    moneyList(g, "totals", l.totals());
    leakageItems(g, "overcharges", l.overcharges());
    moneyList(g, "overchargeTotals", l.overchargeTotals());
    moneyList(g, "notAssessableExpected", l.notAssessableExpected());
    moneyList(g, "usageRated", l.usageRated());
    moneyList(g, "usageBilled", l.usageBilled());
    g.writeEndObject();
  }

  private static void leakageItems(JsonGenerator g, String name, List<LeakageItem> items)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (LeakageItem i : items) {
      g.writeStartObject();
      g.writeStringField("account", i.account());
      optionalString(g, "connection", i.connection());
      g.writeStringField("kind", i.kind());
      money(g, "money", i.money());
      money(g, "expected", i.expected());
      money(g, "billed", i.billed());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void range(JsonGenerator g, String name, RangeLines r) throws IOException {
    g.writeObjectFieldStart(name);
    moneyList(g, "low", r.low());
    moneyList(g, "central", r.central());
    moneyList(g, "high", r.high());
    g.writeArrayFieldStart("byConnection");
    for (RangeAmount a : r.byConnection()) {
      g.writeStartObject();
      g.writeStringField("connection", a.connection());
      money(g, "low", a.low());
      money(g, "central", a.central());
      money(g, "high", a.high());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void breakdown(JsonGenerator g, String name, List<BreakdownRow> rows)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (BreakdownRow r : rows) {
      g.writeStartObject();
      optionalString(g, "key", r.key());
      g.writeNumberField("connections", r.connections());
      moneyList(g, "mrr", r.mrr());
      moneyList(g, "connected", r.connected());
      moneyList(g, "enabled", r.enabled());
      moneyList(g, "protected", r.protectedRevenue());
      moneyList(g, "atRisk", r.atRisk());
      moneyList(g, "plannedAtRisk", r.plannedAtRisk());
      moneyList(g, "lost", r.lost());
      moneyList(g, "credits", r.credits());
      moneyList(g, "usageLost", r.usageLost());
      moneyList(g, "delayed", r.delayed());
      moneyList(g, "leakage", r.leakage());
      moneyList(g, "churnExposure", r.churnExposure());
      availabilityList(g, "revenueWeightedAvailability", r.revenueWeightedAvailability());
      g.writeFieldName("connectionWeightedAvailability");
      availability(g, r.connectionWeightedAvailability());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void insight(JsonGenerator g, OfferingInsight o) throws IOException {
    g.writeStartObject();
    optionalString(g, "offering", o.offering());
    g.writeStringField("currency", o.currency());
    g.writeNumberField("impacts", o.impacts());
    number(g, "incidentMinutes", o.incidentMinutes());
    money(g, "atRisk", o.atRisk());
    money(g, "perIncidentHour", o.perIncidentMinute().times(SIXTY));
    g.writeEndObject();
  }

  private static void excluded(JsonGenerator g, ExcludedEntry e) throws IOException {
    g.writeStartObject();
    g.writeStringField("ledger", e.ledger());
    g.writeStringField("connection", e.connection());
    money(g, "money", e.money());
    g.writeStringField("rule", e.rule());
    g.writeStringField("reason", e.reason());
    strings(g, "records", e.records());
    strings(g, "countedIn", e.countedIn());
    g.writeEndObject();
  }

  private static void gaps(JsonGenerator g, Gaps gaps) throws IOException {
    g.writeObjectFieldStart("gaps");
    strings(g, "unresolvedCauses", gaps.unresolvedCauses());
    strings(g, "unvaluedConnections", gaps.unvaluedConnections());
    strings(g, "unknownAgreements", gaps.unknownAgreements());
    strings(g, "unplacedBillLines", gaps.unplacedBillLines());
    strings(g, "unknownFigures", gaps.unknownFigures());
    strings(g, "unusedUsage", gaps.unusedUsage());
    g.writeEndObject();
  }

  private static void explanation(JsonGenerator g, Explanation e) throws IOException {
    g.writeStartObject();
    g.writeStringField("figure", e.figure());
    g.writeStringField("result", e.result());
    g.writeStringField("formula", e.formula());
    g.writeArrayFieldStart("inputs");
    for (Explanation.Input i : e.inputs()) {
      g.writeStartObject();
      g.writeStringField("name", i.name());
      g.writeStringField("value", i.value());
      strings(g, "records", i.records());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("clause", e.clause());
    g.writeEndObject();
  }

  // ---- small pieces

  private static void availabilityList(
      JsonGenerator g, String name, List<AvailabilityFigure> figures) throws IOException {
    g.writeArrayFieldStart(name);
    for (AvailabilityFigure a : figures) {
      availability(g, a);
    }
    g.writeEndArray();
  }

  private static void availability(JsonGenerator g, AvailabilityFigure a) throws IOException {
    g.writeStartObject();
    optionalString(g, "currency", a.currency());
    percent(g, "unplanned", a.unplanned());
    percent(g, "includingPlanned", a.includingPlanned());
    number(g, "sold", a.sold());
    number(g, "lostUnplanned", a.lostUnplanned());
    number(g, "lostPlanned", a.lostPlanned());
    g.writeEndObject();
  }

  private static void byConnection(JsonGenerator g, String name, List<ConnectionAmount> amounts)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (ConnectionAmount a : amounts) {
      g.writeStartObject();
      g.writeStringField("connection", a.connection());
      money(g, "money", a.money());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void window(JsonGenerator g, String name, TimeWindow w) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("from", w.start().toString());
    g.writeStringField("to", w.end().toString());
    g.writeEndObject();
  }

  private static void moneyList(JsonGenerator g, String name, List<Money> amounts)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Money m : amounts) {
      Json.money(g, m);
    }
    g.writeEndArray();
  }

  private static void money(JsonGenerator g, String name, Money m) throws IOException {
    g.writeFieldName(name);
    Json.money(g, m);
  }

  private static void optionalMoney(JsonGenerator g, String name, Optional<Money> m)
      throws IOException {
    if (m.isPresent()) {
      money(g, name, m.get());
    }
  }

  private static void optionalString(JsonGenerator g, String name, Optional<String> s)
      throws IOException {
    if (s.isPresent()) {
      g.writeStringField(name, s.get());
    }
  }

  private static void optionalInstant(JsonGenerator g, String name, Optional<Instant> i)
      throws IOException {
    if (i.isPresent()) {
      g.writeStringField(name, i.get().toString());
    }
  }

  private static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(Json.plain(value));
  }

  /** A percentage with exactly {@value #PERCENT_SCALE} decimals, half-even: {@code 99.4848}. */
  private static void percent(JsonGenerator g, String name, BigDecimal percent) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(percent.setScale(PERCENT_SCALE, RoundingMode.HALF_EVEN));
  }

  private static void optionalNumber(JsonGenerator g, String name, Optional<BigDecimal> value)
      throws IOException {
    if (value.isPresent()) {
      number(g, name, value.get());
    }
  }

  private static void strings(JsonGenerator g, String name, Iterable<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
