package org.ossvalue.flink;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.sla.CreditTier;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.Topology;

/**
 * A small seeded operator and its alarm notifications over two months (March and April 2025):
 * shared aggregation nodes (two regions share a core router, so they form one unit), redundant PE
 * pairs, an at-least-2-of-3 radio service, EUR and GBP connections, connections activated or
 * terminated mid-period, SLA terms; alarms of every severity, planned work, alarms spanning the
 * month end and alarms still open at the end; envelopes delivered out of order (within 20 minutes)
 * with 5 % duplicates.
 */
final class Generated {

  static final Instant START = Instant.parse("2025-03-01T00:00:00Z");
  static final Instant END = Instant.parse("2025-05-01T00:00:00Z");
  static final Duration DISORDER = Duration.ofMinutes(20);
  static final org.ossvalue.core.TimeWindow PERIOD = org.ossvalue.core.TimeWindow.of(START, END);

  final Inventory inventory;
  final List<String> envelopes;
  final List<String> resources = new ArrayList<>();

  private Generated(Inventory inventory, List<String> envelopes) {
    this.inventory = inventory;
    this.envelopes = envelopes;
  }

  static Generated of(long seed, int regions, int perRegion, int alarms) {
    Random rnd = new Random(seed);
    Topology.Builder t = Topology.builder();
    List<Connection> connections = new ArrayList<>();
    List<String> elements = new ArrayList<>();
    t.resource("CORE-A");
    elements.add("CORE-A");
    for (int r = 0; r < regions; r++) {
      String agg = "AGG-" + r;
      t.resource(agg);
      elements.add(agg);
      if (r < 2) {
        t.supports("CORE-A", agg); // regions 0 and 1 share the core: one unit
      }
      t.resource("PE-" + r + "-1").resource("PE-" + r + "-2");
      elements.add("PE-" + r + "-1");
      elements.add("PE-" + r + "-2");
      t.service("SVC-PE-" + r, CombinationRule.redundant(), "PE-" + r + "-1", "PE-" + r + "-2");
      for (int k = 1; k <= 3; k++) {
        t.resource("CELL-" + r + "-" + k);
        elements.add("CELL-" + r + "-" + k);
      }
      t.service(
          "SVC-MOB-" + r,
          CombinationRule.atLeast(2),
          "CELL-" + r + "-1",
          "CELL-" + r + "-2",
          "CELL-" + r + "-3");
      String currency = r % 4 == 3 ? "GBP" : "EUR";
      for (int i = 0; i < perRegion; i++) {
        String ont = "ONT-" + r + "-" + i;
        t.resource(ont);
        elements.add(ont);
        String svc;
        if (i % 7 == 0) {
          svc = "SVC-MOB-" + r;
        } else if (i % 5 == 0) {
          svc = "SVC-ENT-" + r + "-" + i;
          t.service(svc, "SVC-PE-" + r, ont);
        } else {
          svc = "SVC-ACC-" + r + "-" + i;
          t.service(svc, agg, ont);
        }
        Connection.Builder c =
            Connection.builder()
                .id("C-" + r + "-" + i)
                .account("ACC-" + (r * 3 + i % 3))
                .addRealizedBy(svc)
                .addRecurringCharges(
                    RecurringCharge.monthly(
                        Money.of(
                            BigDecimal.valueOf(1000 + rnd.nextInt(200_000), 2),
                            Money.currency(currency))));
        c.activation(
            i % 9 == 4 ? Instant.parse("2025-03-10T00:00:00Z") : START.minus(Duration.ofDays(90)));
        if (i % 11 == 6) {
          c.termination(Instant.parse("2025-04-05T12:00:00Z"));
        }
        if (i % 4 == 1) {
          c.sla("SLA-GOLD");
        }
        connections.add(c.build());
      }
    }
    SlaTerms gold =
        SlaTerms.builder()
            .id("SLA-GOLD")
            .addTiers(
                CreditTier.of("99.95", "10"),
                CreditTier.of("99.5", "25"),
                CreditTier.of("99", "50"))
            .capPercentOfMrr(new BigDecimal("50"))
            .build();
    Inventory inventory = Inventory.of(t.build(), connections, List.of(gold));

    String[] severities = {"critical", "critical", "major", "minor", "warning"};
    long span = Duration.between(START, END).toSeconds();
    List<Object[]> out = new ArrayList<>(); // {delivery instant, line}
    int eventNo = 0;
    for (int a = 0; a < alarms; a++) {
      String id = String.valueOf(10_000 + a);
      String element = elements.get(rnd.nextInt(elements.size()));
      Instant raised = START.plusSeconds(rnd.nextInt((int) span));
      long minutes = 1 + (long) Math.floor(Math.pow(rnd.nextDouble(), 3) * 4 * 24 * 60);
      Instant cleared = raised.plus(Duration.ofMinutes(minutes)).plusSeconds(rnd.nextInt(60));
      boolean open = rnd.nextInt(10) == 0 || !cleared.isBefore(END.minusSeconds(120));
      boolean planned = rnd.nextInt(10) == 0;
      String severity = severities[rnd.nextInt(severities.length)];
      Instant createAt = raised.plusSeconds(rnd.nextInt(60));
      String create =
          "{\"eventId\":\"G-"
              + (eventNo++)
              + "\",\"eventTime\":\""
              + createAt
              + "\",\"eventType\":\"AlarmCreateEvent\",\"event\":{\"alarm\":{\"id\":"
              + id
              + ",\"state\":\"raised\",\"ackState\":\"unacknowledged\",\"alarmType\":\"equipmentAlarm\","
              + "\"perceivedSeverity\":\""
              + severity
              + "\",\"probableCause\":\"lossOfSignal\",\"sourceSystemId\":\"EMS\","
              + "\"alarmedObject\":{\"id\":\""
              + element
              + "\"},\"alarmRaisedTime\":\""
              + raised
              + "\""
              + (planned ? ",\"plannedOutageIndicator\":\"OutOfService\"" : "")
              + "}}}";
      out.add(new Object[] {createAt, create});
      if (rnd.nextInt(3) == 0) {
        Instant ackAt = createAt.plusSeconds(60 + rnd.nextInt(600));
        String ack =
            "{\"eventId\":\"G-"
                + (eventNo++)
                + "\",\"eventTime\":\""
                + ackAt
                + "\",\"eventType\":\"AlarmAttributeValueChangeEvent\",\"fieldPath\":\"ackState\","
                + "\"event\":{\"alarm\":{\"id\":\""
                + id
                + "\",\"state\":\"updated\",\"ackState\":\"acknowledged\",\"alarmChangedTime\":\""
                + ackAt
                + "\"}}}";
        if (ackAt.isBefore(END)) {
          out.add(new Object[] {ackAt, ack});
        }
      }
      if (!open) {
        Instant clearAt = cleared.plusSeconds(rnd.nextInt(60));
        String clear =
            "{\"eventId\":\"G-"
                + (eventNo++)
                + "\",\"eventTime\":\""
                + clearAt
                + "\",\"eventType\":\"AlarmStateChangeEvent\",\"event\":{\"alarm\":{\"id\":"
                + id
                + ",\"state\":\"cleared\",\"perceivedSeverity\":\"cleared\",\"alarmClearedTime\":\""
                + cleared
                + "\"}}}";
        out.add(new Object[] {clearAt, clear});
      }
    }
    // delivery: out of order by up to DISORDER, 5 % delivered twice
    List<Object[]> delivered = new ArrayList<>();
    for (Object[] e : out) {
      Instant at = (Instant) e[0];
      delivered.add(new Object[] {at.plusSeconds(rnd.nextInt((int) DISORDER.toSeconds())), e[1]});
      if (rnd.nextInt(20) == 0) {
        delivered.add(new Object[] {at.plusSeconds(rnd.nextInt((int) DISORDER.toSeconds())), e[1]});
      }
    }
    delivered.sort(Comparator.comparing(e -> (Instant) e[0]));
    List<String> lines = new ArrayList<>();
    delivered.forEach(e -> lines.add((String) e[1]));
    return new Generated(inventory, lines);
  }
}
