package org.ossvalue.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ossvalue.core.attribution.NetCoRecords.t;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.NetCo;
import org.ossvalue.core.StatusChange;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.fulfilment.OrderAction;
import org.ossvalue.core.fulfilment.OrderItem;
import org.ossvalue.core.fulfilment.OrderState;

class JourneysTest {

  @Test
  void netCoIncidentJourneysFollowAlarmsProblemAndTicketInTimeOrder() {
    Journeys j =
        Journeys.fromIncidents(
            NetCoRecords.tickets(),
            NetCo.alarms(),
            NetCoRecords.problems(),
            NetCo.connections(),
            NetCo.AS_OF,
            JourneyConfig.defaults());
    assertEquals(
        List.of(
            // 7001 raised 02:10, SP-8001 02:20, ticket 02:35/02:41, 7008 raised 03:00;
            // restored 06:05, 3 h 55 after 02:10: within 4 h
            "ticket:TT-5001 faultManagement → problemManagement → incidentManagement →"
                + " faultManagement → success (450.00 EUR)",
            // no alarm linked; 65 minutes; P-1003 through SVC-2003
            "ticket:TT-5002 incidentManagement → success (780.00 EUR)",
            // open at as-of, 18,240 minutes after it was opened: an SLA breach
            "ticket:TT-5003 incidentManagement → failure (42.01 EUR)"),
        j.all().stream().map(Journey::toString).toList());
    assertEquals(3, j.read());
  }

  @Test
  void restoreTargetDecidesSuccess() {
    // 70 minutes: TT-5002 (65 min) still succeeds, TT-5001 (3 h 55 min) now breaches
    Journeys strict =
        Journeys.fromIncidents(
            NetCoRecords.tickets(),
            NetCo.alarms(),
            NetCoRecords.problems(),
            NetCo.connections(),
            NetCo.AS_OF,
            JourneyConfig.builder().restoreTarget(Duration.ofMinutes(70)).build());
    assertEquals(
        List.of(JourneyOutcome.FAILURE, JourneyOutcome.SUCCESS, JourneyOutcome.FAILURE),
        strict.all().stream().map(Journey::outcome).toList());
  }

  @Test
  void ticketStillWithinItsTargetAtAsOfIsExcludedNotGuessed() {
    Journeys j =
        Journeys.fromIncidents(
            NetCoRecords.tickets().subList(2, 3),
            NetCo.alarms(),
            List.of(),
            NetCo.connections(),
            t("2025-03-19T09:00:00Z"),
            JourneyConfig.defaults());
    assertEquals(List.of(), j.all());
    assertEquals(
        "[ticket:TT-5003: open at 2025-03-19T09:00:00Z, still within the restore target]",
        j.excluded().toString());
  }

  @Test
  void orderJourneysMapStatesToFunctionsAndExplainEveryExclusion() {
    List<Order> orders =
        List.of(
            order(
                    "PO-1",
                    OrderState.COMPLETED,
                    "acknowledged",
                    "design",
                    "capacityCheck",
                    "inProgress",
                    "completed")
                .addItems(item(OrderAction.ADD, "89.90"), item(OrderAction.ADD, "59.00"))
                .build(),
            order("PO-2", OrderState.FAILED, "acknowledged", "held", "waitingForCustomer", "failed")
                .addItems(item(OrderAction.ADD, "120.00"))
                .build(),
            order("PO-3", OrderState.IN_PROGRESS, "acknowledged", "inProgress").build(),
            order("PO-4", OrderState.CANCELLED, "acknowledged", "cancelled").build(),
            order("PO-5", OrderState.COMPLETED).build());
    Journeys j = Journeys.fromOrders(orders, JourneyConfig.defaults());
    assertEquals(
        List.of(
            "order:PO-1 fulfilment → serviceManagement → capacityManagement → fulfilment → success"
                + " (148.90 EUR)",
            "order:PO-2 fulfilment → capacityManagement → failure (120.00 EUR)"),
        j.all().stream().map(Journey::toString).toList());
    assertEquals(
        List.of(
            "order:PO-3: open (inProgress): no outcome yet",
            "order:PO-4: ended cancelled: neither success nor failure",
            "order:PO-5: no state history: the functions it passed through are unknown"),
        j.excluded().stream().map(Object::toString).toList());
    assertEquals("[order:PO-2: waitingForCustomer]", j.unmappedStatuses().toString());
    assertEquals(5, j.read());
  }

  @Test
  void operatorsOwnStatusNamesMapCaseInsensitively() {
    JourneyConfig config =
        JourneyConfig.builder()
            .putOrderSteps("NumberPortIn", OssFunction.of("numberPortability"))
            .putOrderSteps("Provisioning", OssFunction.FULFILMENT)
            .build();
    Journeys j =
        Journeys.fromOrders(
            List.of(order("PO-9", OrderState.COMPLETED, "numberportin", "provisioning").build()),
            config);
    assertEquals("order:PO-9 numberPortability → fulfilment → success", j.all().get(0).toString());
  }

  private static Order.Builder order(String id, OrderState state, String... statuses) {
    Order.Builder b = Order.builder().id(id).created(t("2025-01-06T09:00:00Z")).state(state);
    for (int i = 0; i < statuses.length; i++) {
      b.addHistory(StatusChange.of(statuses[i], t("2025-01-06T09:00:00Z").plusSeconds(3600L * i)));
    }
    return b;
  }

  private static OrderItem item(OrderAction action, String mrr) {
    return OrderItem.builder().id("1").action(action).mrr(Money.of(mrr, "EUR")).build();
  }
}
