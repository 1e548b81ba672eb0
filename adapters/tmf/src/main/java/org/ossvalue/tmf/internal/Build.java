package org.ossvalue.tmf.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.ChargePeriod;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ConnectionStatus;
import org.ossvalue.core.CurrencyMismatchException;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.Severity;
import org.ossvalue.core.StatusChange;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.ChargeKind;
import org.ossvalue.core.billing.UsageRecord;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.fulfilment.OrderAction;
import org.ossvalue.core.fulfilment.OrderItem;
import org.ossvalue.core.fulfilment.OrderState;
import org.ossvalue.core.sla.CreditTier;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.tmf.TmfAlarm;

/**
 * Turns DTOs into core types, only through the core's builders and factories, so the core's
 * validation applies; every problem becomes an {@link Issue} naming the field. A method returns
 * null when the record has an error or lacks a field it needs.
 */
final class Build {

  private static final Pattern CREDIT =
      Pattern.compile(
          "\\s*serviceCredit\\s*:\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%\\s*MRR\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CAP =
      Pattern.compile(
          "\\s*serviceCreditCap\\s*:\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%\\s*MRR\\s*",
          Pattern.CASE_INSENSITIVE);

  private Build() {}

  static String f(Object base, String field) {
    String b = base.toString();
    return b.isEmpty() ? field : b + "." + field;
  }

  private static final java.util.concurrent.ConcurrentHashMap<String, Currency> CURRENCIES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The core's currency check ({@link Money#currency}), remembered per valid code. */
  static Currency currency(String code) {
    Currency c = CURRENCIES.get(code);
    if (c == null) {
      c = Money.currency(code);
      if (CURRENCIES.size() < 1000) {
        CURRENCIES.put(code, c);
      }
    }
    return c;
  }

  // ---------------------------------------------------------------- money and prices

  /** Money through the core's factory; a bad currency is an error when the amount is used. */
  static @Nullable Money money(Dto.@Nullable Money m, Issues is, boolean used) {
    if (m == null) {
      return null;
    }
    if (!used) {
      if (m.unit != null) {
        try {
          currency(m.unit);
        } catch (IllegalArgumentException e) {
          is.warn(f(m.path, "unit"), e.getMessage() + "; that amount is not used");
        }
      }
      return null;
    }
    if (m.value == null) {
      is.error(f(m.path, "value"), "must be present");
      return null;
    }
    if (m.unit == null) {
      if (used) {
        is.error(f(m.path, "unit"), "must be present (an ISO 4217 currency code)");
      }
      return null;
    }
    Currency currency;
    try {
      currency = currency(m.unit);
    } catch (IllegalArgumentException e) {
      if (used) {
        is.error(f(m.path, "unit"), e.getMessage());
      } else {
        is.warn(f(m.path, "unit"), e.getMessage() + "; that amount is not used");
      }
      return null;
    }
    return Money.of(m.value, currency);
  }

  /** The net amount of a price: dutyFreeAmount, else (flagged) taxIncludedAmount. */
  static @Nullable Money priceAmount(Dto.Price p, Issues is, boolean used) {
    String at = f(p.path, "price");
    if (p.dutyFree != null && p.dutyFree.value != null) {
      Money m = money(p.dutyFree, is, used);
      money(p.taxIncluded, is, false);
      return m;
    }
    if (p.taxIncluded != null && p.taxIncluded.value != null) {
      Money m = money(p.taxIncluded, is, used);
      if (m != null && used) {
        is.warn(
            f(at, "taxIncludedAmount"),
            "no dutyFreeAmount: the tax-included amount " + m + " is used as the net amount");
      }
      return m;
    }
    if (used) {
      is.error(at, "a recurring price needs price.dutyFreeAmount (or taxIncludedAmount)");
    }
    return null;
  }

  enum PriceKind {
    RECURRING,
    ONE_TIME,
    USAGE,
    OTHER,
    UNKNOWN
  }

  static PriceKind priceKind(Dto.Price p, Issues is, Settings s) {
    String raw = p.priceType;
    if (raw == null) {
      is.error(f(p.path, "priceType"), "must be present (recurring, oneTime, usage, …)");
      return PriceKind.UNKNOWN;
    }
    switch (raw) {
      case "recurring":
        return PriceKind.RECURRING;
      case "oneTime":
      case "nonRecurring":
        return PriceKind.ONE_TIME;
      case "usage":
        return PriceKind.USAGE;
      default:
        break;
    }
    String type = raw.trim();
    for (Map.Entry<String, String> alias : s.priceTypeAliases.entrySet()) {
      if (alias.getKey().equalsIgnoreCase(type)) {
        is.warn(
            f(p.path, "priceType"),
            "\""
                + raw
                + "\" read as \""
                + alias.getValue()
                + "\" by the alias rule "
                + alias.getKey()
                + " -> "
                + alias.getValue());
        type = alias.getValue();
        break;
      }
    }
    switch (type.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "")) {
      case "recurring":
        return PriceKind.RECURRING;
      case "onetime":
      case "nonrecurring":
        return PriceKind.ONE_TIME;
      case "usage":
        return PriceKind.USAGE;
      case "discount":
      case "allowance":
      case "penalty":
        return PriceKind.OTHER;
      default:
        is.warn(
            f(p.path, "priceType"),
            "unknown priceType " + Cursor.quote(raw) + ": not counted as recurring revenue");
        return PriceKind.UNKNOWN;
    }
  }

  private static final java.util.concurrent.ConcurrentHashMap<String, ChargePeriod> PERIODS =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.concurrent.ConcurrentHashMap<String, ConnectionStatus> STATUSES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The core's {@link ChargePeriod#parse}, remembered per valid label. */
  static ChargePeriod period(String label) {
    ChargePeriod p = PERIODS.get(label);
    if (p == null) {
      p = ChargePeriod.parse(label);
      if (PERIODS.size() < 1000) {
        PERIODS.put(label, p);
      }
    }
    return p;
  }

  private static final java.util.concurrent.ConcurrentHashMap<String, Severity> SEVERITIES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The core's {@link Severity#parse}, remembered per valid label. */
  static Severity severity(String label) {
    Severity sev = SEVERITIES.get(label);
    if (sev == null) {
      sev = Severity.parse(label);
      if (SEVERITIES.size() < 1000) {
        SEVERITIES.put(label, sev);
      }
    }
    return sev;
  }

  /** The core's {@link ConnectionStatus#parse}, remembered per valid label. */
  static ConnectionStatus status(String label) {
    ConnectionStatus st = STATUSES.get(label);
    if (st == null) {
      st = ConnectionStatus.parse(label);
      if (STATUSES.size() < 1000) {
        STATUSES.put(label, st);
      }
    }
    return st;
  }

  /** The recurring charges of a price list; the first charge's currency binds the others. */
  static List<RecurringCharge> recurringCharges(
      @Nullable List<Dto.Price> prices, Issues is, Settings s) {
    List<RecurringCharge> charges = new ArrayList<>(2);
    if (prices == null) {
      return charges;
    }
    Money total = null;
    Object firstPath = null;
    for (Dto.Price p : prices) {
      PriceKind kind = priceKind(p, is, s);
      if (kind != PriceKind.RECURRING) {
        priceAmount(p, is, false);
        continue;
      }
      Money amount = priceAmount(p, is, true);
      ChargePeriod period = null;
      if (p.period == null) {
        is.error(f(p.path, "recurringChargePeriod"), "must be present for a recurring price");
      } else {
        try {
          period = period(p.period);
        } catch (IllegalArgumentException e) {
          is.error(f(p.path, "recurringChargePeriod"), e.getMessage());
        }
      }
      if (amount == null || period == null) {
        continue;
      }
      Dto.Money used = p.dutyFree != null && p.dutyFree.value != null ? p.dutyFree : p.taxIncluded;
      RecurringCharge charge;
      try {
        RecurringCharge.Builder b = RecurringCharge.builder().amount(amount).period(period);
        if (p.name != null) {
          b.name(p.name);
        }
        charge = b.build();
      } catch (IllegalArgumentException e) {
        is.error(f(used.path, "value"), e.getMessage());
        continue;
      }
      try {
        total = total == null ? charge.monthly() : total.plus(charge.monthly());
      } catch (CurrencyMismatchException e) {
        is.error(
            f(used.path, "unit"),
            "a connection's recurring prices must share one currency: "
                + firstPath
                + " is in "
                + total.currency()
                + ", this one in "
                + amount.currency());
        continue;
      }
      if (firstPath == null) {
        firstPath = used.path;
      }
      charges.add(charge);
    }
    return charges;
  }

  /** Monthly recurring revenue of a price list, or null when it has none (or an error). */
  static @Nullable Money mrr(@Nullable List<Dto.Price> prices, Issues is, Settings s) {
    List<RecurringCharge> charges = recurringCharges(prices, is, s);
    Money total = null;
    for (RecurringCharge c : charges) {
      total = total == null ? c.monthly() : total.plus(c.monthly());
    }
    return total;
  }

  // ---------------------------------------------------------------- parties and ids

  static boolean isCustomer(Dto.Party p) {
    return (p.role != null
            && (p.role.trim().equalsIgnoreCase("customer")
                || p.role.trim().equalsIgnoreCase("owner")))
        || (p.referredType != null && p.referredType.trim().equalsIgnoreCase("Customer"));
  }

  static @Nullable String customer(@Nullable List<Dto.Party> parties) {
    if (parties != null) {
      for (Dto.Party p : parties) {
        if (p.id != null && isCustomer(p)) {
          return p.id;
        }
      }
    }
    return null;
  }

  static Set<String> refIds(@Nullable List<Dto.Ref> refs, Issues is) {
    Set<String> ids = new LinkedHashSet<>();
    if (refs != null) {
      for (Dto.Ref r : refs) {
        if (r.id == null || r.id.isBlank()) {
          is.warn(f(r.path, "id"), "a reference without an id is ignored");
        } else {
          ids.add(r.id);
        }
      }
    }
    return ids;
  }

  static @Nullable String charValue(@Nullable List<Dto.Char> chars, String name) {
    if (chars != null) {
      for (Dto.Char c : chars) {
        if (c.name != null && c.name.trim().equalsIgnoreCase(name)) {
          return c.value;
        }
      }
    }
    return null;
  }

  static Dto.@Nullable Char charEntry(@Nullable List<Dto.Char> chars, String name) {
    if (chars != null) {
      for (Dto.Char c : chars) {
        if (c.name != null && c.name.trim().equalsIgnoreCase(name)) {
          return c;
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- TMF637 → Connection

  static @Nullable Connection connection(
      String id, Dto.Product d, String base, Issues is, Settings s) {
    Connection.Builder b = Connection.builder().id(id);
    if (d.status == null) {
      if (!is.partial) {
        is.warn(
            f(base, "status"),
            "absent: recorded as active (what the connection earns follows startDate and"
                + " terminationDate)");
      }
    } else {
      try {
        b.status(status(d.status));
      } catch (IllegalArgumentException e) {
        is.error(f(base, "status"), e.getMessage());
      }
    }
    String customer = customer(d.parties);
    String account = d.billingAccount;
    if (account == null) {
      account = customer;
    }
    if (account == null && d.parties != null && !is.partial) {
      for (Dto.Party p : d.parties) {
        if (p.id != null) {
          account = p.id;
          is.warn(
              f(p.path, "id"),
              "no billingAccount and no customer or owner party: the account is taken from this"
                  + " party (role "
                  + p.role
                  + "), "
                  + p.id);
          break;
        }
      }
    }
    if (account == null) {
      is.missing(
          f(base, "billingAccount"),
          "must be present, or a relatedParty with role customer or owner, to name the paying"
              + " account");
    } else {
      b.account(account);
      if (customer != null && !customer.equals(account)) {
        b.customer(customer);
      }
    }
    if (d.offering != null) {
      b.offering(d.offering);
    }
    String segment = charValue(d.chars, "segment");
    if (segment != null) {
      b.segment(segment);
    }
    String sla = charValue(d.chars, "slaId");
    if (sla == null && d.agreements != null) {
      Set<String> ids = refIds(d.agreements, is);
      if (!ids.isEmpty()) {
        sla = ids.iterator().next();
        if (ids.size() > 1) {
          is.warn(
              d.agreements.get(0).path.toString(),
              "several agreements " + ids + ": the first, " + sla + ", is taken as the SLA");
        }
      }
    }
    if (sla != null) {
      b.sla(sla);
    }
    if (d.startDate != null) {
      b.activation(d.startDate);
    }
    if (d.terminationDate != null) {
      b.termination(d.terminationDate);
    }
    b.addAllRecurringCharges(recurringCharges(d.prices, is, s));
    b.addAllRealizedBy(refIds(d.realizingServices, is));
    b.addAllRealizedBy(refIds(d.realizingResources, is));
    if (is.hasErrors() || is.hasMissing()) {
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      String msg = String.valueOf(e.getMessage());
      is.error(f(base, msg.startsWith("termination") ? "terminationDate" : "productPrice"), msg);
      return null;
    }
  }

  // ---------------------------------------------------------------- TMF642 → TmfAlarm

  static @Nullable TmfAlarm alarm(String id, Dto.Alarm d, String base, Issues is) {
    TmfAlarm.Builder b = TmfAlarm.builder().id(id);
    if (d.element == null || d.element.isBlank()) {
      is.missing(f(base, "alarmedObject.id"), "must be present (the alarmed resource or service)");
    } else {
      b.element(d.element);
    }
    if (d.raised == null) {
      is.missing(f(base, "alarmRaisedTime"), "must be present");
    } else {
      b.raised(d.raised);
    }
    if (d.cleared != null) {
      b.cleared(d.cleared);
      if (d.raised != null && d.cleared.isBefore(d.raised)) {
        is.error(
            f(base, "alarmClearedTime"),
            "must not be before alarmRaisedTime "
                + d.raised
                + ", was "
                + d.cleared
                + " (compared as instants)");
      }
    }
    if (d.severity == null) {
      is.missing(f(base, "perceivedSeverity"), "must be present");
    } else if (Dto.Alarm.isCleared(d.severity)) {
      b.severity(Severity.INDETERMINATE).severityKnown(false);
      if (!is.partial) {
        is.warn(
            f(base, "perceivedSeverity"),
            "severity unknown: the only severity known for this alarm is \"cleared\"; valued as"
                + " indeterminate");
      }
    } else {
      try {
        b.severity(severity(d.severity));
      } catch (IllegalArgumentException e) {
        is.error(
            f(base, "perceivedSeverity"),
            "must be one of critical, major, minor, warning, indeterminate, cleared, was "
                + Cursor.quote(d.severity));
      }
    }
    if (d.planned != null && !d.planned.equals("InService")) {
      String p = d.planned.trim();
      if (p.equalsIgnoreCase("OutOfService")) {
        b.planned(true);
      } else if (!p.equalsIgnoreCase("InService")) {
        is.warn(
            f(base, "plannedOutageIndicator"),
            "must be InService or OutOfService, was " + Cursor.quote(d.planned) + "; not planned");
      }
    }
    if (d.state != null) {
      b.state(d.state);
    }
    if (d.ackState != null) {
      b.ackState(d.ackState);
    }
    if (d.changed != null) {
      b.changed(d.changed);
    }
    if (is.hasErrors() || is.hasMissing()) {
      return null;
    }
    try {
      TmfAlarm alarm = b.build();
      alarm.cause();
      return alarm;
    } catch (IllegalArgumentException e) {
      is.error(base, String.valueOf(e.getMessage()));
      return null;
    }
  }

  // ---------------------------------------------------------------- TMF621, TMF656

  static @Nullable Severity ticketSeverity(@Nullable String s) {
    if (s == null) {
      return null;
    }
    try {
      return Severity.parse(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static void history(
      @Nullable List<Dto.Status> list, Issues is, java.util.function.Consumer<StatusChange> to) {
    if (list == null) {
      return;
    }
    for (Dto.Status st : list) {
      if (st.status == null || st.at == null) {
        is.warn(st.path.toString(), "a status change needs status and a date; this one is ignored");
      } else {
        to.accept(
            st.reason == null
                ? StatusChange.of(st.status, st.at)
                : StatusChange.of(st.status, st.at, st.reason));
      }
    }
  }

  static @Nullable TroubleTicket ticket(String id, Dto.Ticket d, String base, Issues is) {
    TroubleTicket.Builder b = TroubleTicket.builder().id(id);
    if (d.created == null) {
      is.missing(f(base, "creationDate"), "must be present");
    } else {
      b.created(d.created);
    }
    if (d.status == null) {
      is.missing(f(base, "status"), "must be present");
    } else {
      b.status(d.status);
    }
    if (d.resolved != null) {
      b.resolved(d.resolved);
      if (d.created != null && d.resolved.isBefore(d.created)) {
        is.error(
            f(base, "resolutionDate"),
            "must not be before creationDate " + d.created + ", was " + d.resolved);
      }
    }
    Severity sev = ticketSeverity(d.severity);
    if (sev != null) {
      b.severity(sev);
    }
    if (d.priority != null) {
      b.priority(d.priority);
    }
    if (d.ticketType != null) {
      b.type(d.ticketType);
    }
    if (d.related != null) {
      for (Dto.Ref r : d.related) {
        if (r.id == null) {
          is.warn(f(r.path, "id"), "a related entity without an id is ignored");
          continue;
        }
        String t = r.referredType == null ? "" : r.referredType.toLowerCase(Locale.ROOT);
        if (t.contains("alarm")) {
          b.addAlarms(r.id);
        } else if ((t.contains("product") || t.contains("service") || t.contains("resource"))
            && !t.contains("order")
            && !t.contains("offering")
            && !t.contains("specification")
            && !t.contains("problem")) {
          b.addElements(r.id);
        }
      }
    }
    history(d.history, is, b::addHistory);
    if (is.hasErrors() || is.hasMissing()) {
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      is.error(f(base, "resolutionDate"), String.valueOf(e.getMessage()));
      return null;
    }
  }

  static @Nullable ServiceProblem problem(String id, Dto.Problem d, String base, Issues is) {
    ServiceProblem.Builder b = ServiceProblem.builder().id(id);
    Instant created = d.created;
    if (created == null) {
      String from = null;
      for (Object[] c :
          new Object[][] {
            {d.statusChanged, "statusChangeDate"},
            {d.lastUpdate, "lastUpdate"},
            {d.resolved, "resolutionDate"}
          }) {
        Instant i = (Instant) c[0];
        if (i != null && (created == null || i.isBefore(created))) {
          created = i;
          from = (String) c[1];
        }
      }
      if (created == null) {
        is.missing(f(base, "creationDate"), "must be present");
      } else if (!is.partial) {
        is.warn(
            f(base, "creationDate"),
            "absent: the problem is taken as opened at its earliest known date, "
                + from
                + " "
                + created);
      }
    }
    if (created != null) {
      b.created(created);
    }
    if (d.status == null) {
      is.missing(f(base, "status"), "must be present");
    } else {
      b.status(d.status);
    }
    if (d.resolved != null) {
      b.resolved(d.resolved);
      if (created != null && d.resolved.isBefore(created)) {
        is.error(
            f(base, "resolutionDate"),
            "must not be before creationDate " + created + ", was " + d.resolved);
      }
    }
    if (d.priority != null) {
      b.priority(d.priority);
    }
    b.addAllAffected(refIds(d.affectedServices, is));
    b.addAllAffected(refIds(d.affectedResources, is));
    b.addAllRootCause(refIds(d.rootCauseServices, is));
    b.addAllRootCause(refIds(d.rootCauseResources, is));
    b.addAllAlarms(refIds(d.alarms, is));
    b.addAllTickets(refIds(d.tickets, is));
    if (is.hasErrors() || is.hasMissing()) {
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      is.error(f(base, "resolutionDate"), String.valueOf(e.getMessage()));
      return null;
    }
  }

  // ---------------------------------------------------------------- TMF622

  static @Nullable Order order(String id, Dto.Order d, String base, Issues is, Settings s) {
    Order.Builder b = Order.builder().id(id);
    Instant created = d.orderDate != null ? d.orderDate : d.creationDate;
    if (created == null) {
      is.missing(f(base, "orderDate"), "must be present (v4 orderDate or v5 creationDate)");
    } else {
      b.created(created);
    }
    if (d.state == null) {
      is.missing(f(base, "state"), "must be present");
    } else {
      try {
        b.state(OrderState.parse(d.state));
      } catch (IllegalArgumentException e) {
        is.error(f(base, "state"), e.getMessage());
      }
    }
    if (d.requestedStart != null) {
      b.requestedStart(d.requestedStart);
    }
    if (d.requestedCompletion != null) {
      b.requestedCompletion(d.requestedCompletion);
    }
    if (d.expectedCompletion != null) {
      b.expectedCompletion(d.expectedCompletion);
    }
    if (d.completion != null) {
      b.completion(d.completion);
      if (created != null && d.completion.isBefore(created)) {
        is.error(
            f(base, "completionDate"),
            "must not be before the order date " + created + ", was " + d.completion);
      }
    }
    String account = d.billingAccount != null ? d.billingAccount : customer(d.parties);
    if (account != null) {
      b.account(account);
    }
    if (d.items != null) {
      for (Dto.Item it : d.items) {
        OrderItem.Builder ib = OrderItem.builder();
        boolean ok = true;
        if (it.id == null) {
          is.missing(f(it.path, "id"), "must be present");
          ok = false;
        } else {
          ib.id(it.id);
        }
        if (it.action == null) {
          is.missing(f(it.path, "action"), "must be present");
          ok = false;
        } else {
          try {
            ib.action(OrderAction.parse(it.action));
          } catch (IllegalArgumentException e) {
            is.error(f(it.path, "action"), e.getMessage());
            ok = false;
          }
        }
        if (it.state != null) {
          try {
            ib.state(OrderState.parse(it.state));
          } catch (IllegalArgumentException e) {
            is.error(f(it.path, "state"), e.getMessage());
            ok = false;
          }
        }
        if (it.productId != null) {
          ib.connection(it.productId);
        }
        if (it.offering != null) {
          ib.offering(it.offering);
        }
        Money mrr = mrr(it.prices, is, s);
        if (mrr != null) {
          ib.mrr(mrr);
        }
        if (ok && !is.hasErrors()) {
          b.addItems(ib.build());
        }
      }
    }
    if (is.hasErrors() || is.hasMissing()) {
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      is.error(f(base, "completionDate"), String.valueOf(e.getMessage()));
      return null;
    }
  }

  // ---------------------------------------------------------------- TMF635

  static @Nullable List<UsageRecord> usage(String id, Dto.Usage d, String base, Issues is) {
    List<UsageRecord> records = new ArrayList<>(1);
    boolean rejectedStatus = d.status != null && d.status.trim().equalsIgnoreCase("rejected");
    if (d.rated != null) {
      for (Dto.Rated r : d.rated) {
        Instant at = d.usageDate != null ? d.usageDate : r.ratingDate;
        if (r.productId == null) {
          is.error(
              f(r.path, "productRef.id"), "must be present (the product the usage is rated on)");
          continue;
        }
        Money amount = null;
        if (r.taxExcluded != null && r.taxExcluded.value != null) {
          amount = money(r.taxExcluded, is, !rejectedStatus);
          money(r.taxIncluded, is, false);
        } else if (r.taxIncluded != null && r.taxIncluded.value != null) {
          amount = money(r.taxIncluded, is, !rejectedStatus);
          if (amount != null && !rejectedStatus) {
            is.warn(
                f(r.path, "taxIncludedRatingAmount"),
                "no taxExcludedRatingAmount: the tax-included " + amount + " is used");
          }
        } else if (!rejectedStatus) {
          is.warn(r.path.toString(), "no rated amount: nothing is counted for this rated usage");
        }
        if (at == null) {
          is.missing(f(base, "usageDate"), "must be present");
          continue;
        }
        if (amount != null && !rejectedStatus) {
          records.add(
              UsageRecord.builder().id(id).connection(r.productId).at(at).amount(amount).build());
        }
      }
    }
    if (rejectedStatus) {
      is.warn(f(base, "status"), "usage with status rejected is excluded from usage revenue");
    } else if (!is.partial
        && (d.rated == null || d.rated.isEmpty())
        && d.status != null
        && (d.status.equalsIgnoreCase("rated")
            || d.status.equalsIgnoreCase("rerated")
            || d.status.equalsIgnoreCase("billed"))) {
      is.warn(
          f(base, "ratedProductUsage"), "absent on a " + d.status + " usage: nothing is counted");
    }
    if (is.hasErrors() || is.hasMissing()) {
      return null;
    }
    return records;
  }

  // ---------------------------------------------------------------- TMF678

  static @Nullable TimeWindow window(
      @Nullable Instant start, @Nullable Instant end, String field, Issues is) {
    if (start == null && end == null) {
      return null;
    }
    if (start == null || end == null) {
      is.warn(field, "needs startDateTime and endDateTime; ignored");
      return null;
    }
    if (end.isBefore(start)) {
      is.error(
          f(field, "endDateTime"), "must not be before startDateTime " + start + ", was " + end);
      return null;
    }
    return TimeWindow.of(start, end);
  }

  static @Nullable Bill bill(String id, Dto.Bill d, String base, Issues is) {
    Bill.Builder b = Bill.builder().id(id);
    if (d.billingAccount == null) {
      is.missing(f(base, "billingAccount.id"), "must be present");
    } else {
      b.account(d.billingAccount);
    }
    TimeWindow period = window(d.periodStart, d.periodEnd, f(base, "billingPeriod"), is);
    if (period != null) {
      b.billingPeriod(period);
    }
    if (d.billDate != null) {
      b.billDate(d.billDate);
    }
    Money net = money(d.taxExcluded, is, true);
    if (net != null) {
      b.taxExcluded(net);
    }
    if (d.state != null) {
      b.state(d.state);
    } else if (d.status != null) {
      b.state(d.status);
      is.warn(f(base, "status"), "not a TMF678 field: read as state " + Cursor.quote(d.status));
    }
    if (is.hasErrors() || is.hasMissing()) {
      return null;
    }
    return b.build();
  }

  static ChargeKind chargeKind(Dto.Rate d, String base, Issues is) {
    String field = d.rateType != null ? "appliedBillingRateType" : "type";
    String t = d.rateType != null ? d.rateType : d.type;
    if (t == null) {
      if (is.partial) {
        return ChargeKind.UNKNOWN;
      }
      is.warn(
          f(base, "appliedBillingRateType"),
          "absent (v5 appliedBillingRateType, v4 type): kind unknown, never counted as a recurring"
              + " charge");
      return ChargeKind.UNKNOWN;
    }
    switch (t.trim().toLowerCase(Locale.ROOT)) {
      case "appliedbillingcharge":
        return chargeOf(d, base, is);
      case "appliedbillingcredit":
        return ChargeKind.CREDIT;
      case "appliedpenaltycharge":
        return ChargeKind.PENALTY;
      default:
        is.warn(
            f(base, field),
            Cursor.quote(t)
                + " is not appliedBillingCharge, appliedBillingCredit or appliedPenaltyCharge: kind"
                + " unknown, never counted as a recurring charge");
        return ChargeKind.UNKNOWN;
    }
  }

  private static ChargeKind chargeOf(Dto.Rate d, String base, Issues is) {
    Dto.Char kind = charEntry(d.chars, "chargeKind");
    if (kind != null && kind.value != null) {
      switch (kind.value.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
        case "recurring":
        case "recurringcharge":
          return ChargeKind.RECURRING;
        case "onetime":
        case "onetimecharge":
        case "nonrecurring":
        case "nonrecurringcharge":
          return ChargeKind.ONE_TIME;
        case "usage":
        case "usagecharge":
          return ChargeKind.USAGE;
        default:
          is.warn(
              f(kind.path, "value"),
              "chargeKind must be recurringCharge, oneTimeCharge or usageCharge, was "
                  + Cursor.quote(kind.value)
                  + ": kind unknown");
          return ChargeKind.UNKNOWN;
      }
    }
    String name = d.name == null ? "" : d.name.toLowerCase(Locale.ROOT);
    if (name.contains("usage")) {
      return ChargeKind.USAGE;
    }
    for (String hint :
        new String[] {"one-time", "one time", "onetime", "installation", "setup", "set-up"}) {
      if (name.contains(hint)) {
        return ChargeKind.ONE_TIME;
      }
    }
    for (String hint :
        new String[] {
          "monthly",
          "recurring",
          "subscription",
          "rental",
          "annual",
          "yearly",
          "weekly",
          "quarterly"
        }) {
      if (name.contains(hint)) {
        return ChargeKind.RECURRING;
      }
    }
    is.warn(
        f(base, "characteristic"),
        "an appliedBillingCharge without a chargeKind characteristic or a name that tells"
            + " recurring, one-time or usage: kind unknown");
    return ChargeKind.UNKNOWN;
  }

  static @Nullable BillLine billLine(String id, Dto.Rate d, String base, Issues is) {
    BillLine.Builder b = BillLine.builder().id(id);
    if (d.billingAccount == null) {
      is.missing(f(base, "billingAccount.id"), "must be present");
    } else {
      b.account(d.billingAccount);
    }
    String billId = d.billId != null ? d.billId : d.customerBillId;
    if (billId != null) {
      b.bill(billId);
    }
    if (d.productId != null) {
      b.connection(d.productId);
    }
    b.kind(chargeKind(d, base, is));
    TimeWindow coverage = window(d.coverageStart, d.coverageEnd, f(base, "periodCoverage"), is);
    if (coverage != null) {
      b.coverage(coverage);
    }
    Money amount = null;
    if (d.taxExcluded != null && d.taxExcluded.value != null) {
      amount = money(d.taxExcluded, is, true);
      money(d.taxIncluded, is, false);
    } else if (d.taxIncluded != null && d.taxIncluded.value != null) {
      amount = money(d.taxIncluded, is, true);
      if (amount != null) {
        is.warn(
            f(base, "taxIncludedAmount"),
            "no taxExcludedAmount: the tax-included " + amount + " is used");
      }
    } else {
      is.missing(f(base, "taxExcludedAmount"), "must be present");
    }
    if (amount != null) {
      b.amount(amount);
    }
    if (is.hasErrors() || is.hasMissing()) {
      return null;
    }
    return b.build();
  }

  // ---------------------------------------------------------------- TMF623 / TMF657

  static @Nullable BigDecimal decimal(@Nullable String text, String field, Issues is) {
    if (text == null) {
      is.error(field, "must be present");
      return null;
    }
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      is.error(field, "must be a decimal number, was " + Cursor.quote(text));
      return null;
    }
  }

  static @Nullable Boolean bool(@Nullable String text, String field, Issues is) {
    if (text != null && text.trim().equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (text != null && text.trim().equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    is.error(field, "must be true or false, was " + (text == null ? "absent" : Cursor.quote(text)));
    return null;
  }

  static @Nullable CreditTier tier(
      BigDecimal below, @Nullable String action, String belowField, Issues is) {
    if (action == null) {
      return null;
    }
    Matcher m = CREDIT.matcher(action);
    if (!m.matches()) {
      return null;
    }
    try {
      return CreditTier.of(below, new BigDecimal(m.group(1)));
    } catch (IllegalArgumentException e) {
      is.error(belowField, e.getMessage());
      return null;
    }
  }

  /** TMF623 SLA from its rules. */
  static @Nullable SlaTerms sla623(String id, Dto.Sla d, String base, Issues is) {
    SlaTerms.Builder b = SlaTerms.builder().id(id);
    if (d.name != null) {
      b.name(d.name);
    }
    TimeWindow valid = window(d.validStart, d.validEnd, f(base, "validFor"), is);
    if (valid != null) {
      b.validFor(valid);
    }
    if (d.rules != null) {
      for (Dto.Rule r : d.rules) {
        String metric = r.metric == null ? "" : r.metric.trim();
        String cons = r.consequence == null ? "" : r.consequence.trim();
        if (metric.equalsIgnoreCase("serviceCreditCap")) {
          BigDecimal cap = decimal(r.referenceValue, f(r.path, "referenceValue"), is);
          if (cap != null) {
            b.capPercentOfMrr(cap);
          }
        } else if (metric.equalsIgnoreCase("plannedMaintenanceExcluded")) {
          Boolean ex = bool(r.referenceValue, f(r.path, "referenceValue"), is);
          if (ex != null) {
            b.plannedExcluded(ex);
          }
        } else if (CREDIT.matcher(cons).matches()) {
          BigDecimal below = decimal(r.referenceValue, f(r.path, "referenceValue"), is);
          if (below != null) {
            CreditTier t = tier(below, cons, f(r.path, "referenceValue"), is);
            if (t != null) {
              b.addTiers(t);
            }
          }
          if (r.operator != null
              && !r.operator.trim().equalsIgnoreCase(".ge")
              && !r.operator.trim().equalsIgnoreCase(".gt")) {
            is.warn(
                f(r.path, "operator"),
                "a credit tier is read as 'credit when availability falls below referenceValue';"
                    + " operator "
                    + Cursor.quote(r.operator)
                    + " is not .ge or .gt");
          }
        } else if (!cons.isEmpty() && !cons.equalsIgnoreCase("n/a")) {
          is.warn(
              f(r.path, "consequence"),
              "not understood: "
                  + Cursor.quote(cons)
                  + " (credit tiers are written serviceCredit:<n>%MRR); no tier read");
        }
      }
    }
    if (is.hasErrors() || is.hasMissing()) {
      return null;
    }
    return b.build();
  }

  /** TMF657 specification from its objectives. */
  static @Nullable SlaTerms sla657(
      String id, Dto.Sla d, String base, Map<String, Dto.Slo> objectives, Issues is) {
    SlaTerms.Builder b = SlaTerms.builder().id(id);
    if (d.name != null) {
      b.name(d.name);
    }
    TimeWindow valid = window(d.validStart, d.validEnd, f(base, "validFor"), is);
    if (valid != null) {
      b.validFor(valid);
    }
    if (d.objectives != null) {
      for (Dto.Ref r : d.objectives) {
        Dto.Slo o = r.id == null ? null : objectives.get(r.id);
        if (o == null) {
          is.warn(
              f(r.path, "id"),
              (r.id == null ? "absent" : r.id + " is not in serviceLevelObjective.json")
                  + ": that objective is not read");
          continue;
        }
        objective(o, f(r.path, "id"), b, is);
      }
    }
    if (is.hasErrors() || is.hasMissing()) {
      return null;
    }
    return b.build();
  }

  /** Adds one objective's tier, cap or planned rule to the terms. */
  static void objective(Dto.Slo o, String at, SlaTerms.Builder b, Issues is) {
    String param = o.parameter == null ? "" : o.parameter.trim();
    if (param.equalsIgnoreCase("serviceCreditCap")) {
      BigDecimal cap = decimal(o.target, at + " (" + o.id + ".conformanceTarget)", is);
      if (cap != null) {
        b.capPercentOfMrr(cap);
      }
      return;
    }
    if (param.equalsIgnoreCase("plannedMaintenanceExcluded")) {
      Boolean ex = bool(o.target, at + " (" + o.id + ".conformanceTarget)", is);
      if (ex != null) {
        b.plannedExcluded(ex);
      }
      return;
    }
    if (o.consequences == null) {
      return;
    }
    for (Dto.Char c : o.consequences) {
      if (c.value == null) {
        continue;
      }
      Matcher cap = CAP.matcher(c.value);
      if (cap.matches()) {
        b.capPercentOfMrr(new BigDecimal(cap.group(1)));
        continue;
      }
      if (!CREDIT.matcher(c.value).matches()) {
        if (!c.value.trim().isEmpty() && !c.value.trim().equalsIgnoreCase("n/a")) {
          is.warn(
              at,
              "objective "
                  + o.id
                  + " prescribedAction not understood: "
                  + Cursor.quote(c.value)
                  + " (credit tiers are written serviceCredit:<n>%MRR)");
        }
        continue;
      }
      BigDecimal below = decimal(o.target, at + " (" + o.id + ".conformanceTarget)", is);
      if (below != null) {
        CreditTier t = tier(below, c.value, at + " (" + o.id + ".conformanceTarget)", is);
        if (t != null) {
          b.addTiers(t);
        }
      }
    }
  }

  /** Checks a standalone TMF657 objective (its own record). */
  static boolean checkObjective(Dto.Slo o, String base, Issues is) {
    SlaTerms.Builder scratch = SlaTerms.builder().id(o.id == null ? "?" : o.id);
    objective(o, base.isEmpty() ? "conformanceTarget" : f(base, "conformanceTarget"), scratch, is);
    return !is.hasErrors();
  }

  // ---------------------------------------------------------------- topology rules

  static @Nullable CombinationRule rule(@Nullable List<Dto.Char> chars, Issues is) {
    Dto.Char c = charEntry(chars, "redundancyRule");
    if (c == null) {
      return null;
    }
    if (c.value == null) {
      is.error(f(c.path, "value"), "redundancyRule needs a value");
      return null;
    }
    try {
      return CombinationRule.parse(c.value);
    } catch (IllegalArgumentException e) {
      is.error(f(c.path, "value"), e.getMessage());
      return null;
    }
  }
}
