package org.ossvalue.tmf.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The package-private records the streaming parser fills: only the fields ossvalue reads, each null
 * when absent (so an event payload that carries only what changed can be merged field by field).
 * Unknown fields are skipped. Nothing here is chosen by {@code @type}: it is read as data.
 */
final class Dto {

  private Dto() {}

  /** Keys a reference may carry; an object with any other key is an embedded value. */
  private static final Set<String> REF_KEYS =
      Set.of(
          "id",
          "href",
          "name",
          "@type",
          "@baseType",
          "@schemaLocation",
          "@referredType",
          "referredType",
          "value",
          "version",
          "role");

  /** The payload keys of the resources ossvalue reads. */
  static final Set<String> PAYLOAD_KEYS =
      Set.of(
          "product",
          "service",
          "resource",
          "alarm",
          "troubleTicket",
          "serviceProblem",
          "productOrder",
          "usage",
          "customerBill",
          "appliedCustomerBillingRate");

  // ---------------------------------------------------------------- shared shapes

  /** A reference {@code {id, @referredType, …}}. */
  static final class Ref {
    final Cursor.Mark path;
    @Nullable String id;
    @Nullable String referredType;
    @Nullable String role;

    Ref(Cursor.Mark path) {
      this.path = path;
    }
  }

  /** Money {@code {unit, value}}. */
  static final class Money {
    final Cursor.Mark path;
    @Nullable String unit;
    @Nullable BigDecimal value;

    Money(Cursor.Mark path) {
      this.path = path;
    }
  }

  /** A product price or order item price. */
  static final class Price {
    final Cursor.Mark path;
    @Nullable String priceType;
    @Nullable String period;
    @Nullable String name;
    @Nullable Money dutyFree;
    @Nullable Money taxIncluded;

    Price(Cursor.Mark path) {
      this.path = path;
    }
  }

  /** A characteristic {@code {name, value}} with a scalar value as text. */
  static final class Char {
    final Cursor.Mark path;
    @Nullable String name;
    @Nullable String value;

    Char(Cursor.Mark path) {
      this.path = path;
    }
  }

  /** A related party, v4 flat or v5 {@code partyOrPartyRole}. */
  static final class Party {
    final Cursor.Mark path;
    @Nullable String id;
    @Nullable String role;
    @Nullable String referredType;

    Party(Cursor.Mark path) {
      this.path = path;
    }
  }

  /** An informational relationship. */
  static final class Rel {
    final Cursor.Mark path;
    @Nullable String type;
    @Nullable String target;

    Rel(Cursor.Mark path) {
      this.path = path;
    }
  }

  /** A status history entry. */
  static final class Status {
    final Cursor.Mark path;
    @Nullable String status;
    @Nullable Instant at;
    @Nullable String reason;

    Status(Cursor.Mark path) {
      this.path = path;
    }
  }

  // ---------------------------------------------------------------- records

  /** TMF637 Product. */
  static final class Product {
    @Nullable String id;
    boolean idNull;
    @Nullable String status;
    @Nullable Instant startDate;
    @Nullable Instant terminationDate;
    @Nullable String offering;
    @Nullable String billingAccount;
    @Nullable List<Party> parties;
    @Nullable List<Price> prices;
    @Nullable List<Ref> realizingServices;
    @Nullable List<Ref> realizingResources;
    @Nullable List<Ref> agreements;
    @Nullable List<Char> chars;

    void merge(Product u) {
      if (u.status != null) status = u.status;
      if (u.startDate != null) startDate = u.startDate;
      if (u.terminationDate != null) terminationDate = u.terminationDate;
      if (u.offering != null) offering = u.offering;
      if (u.billingAccount != null) billingAccount = u.billingAccount;
      if (u.parties != null) parties = u.parties;
      if (u.prices != null) prices = u.prices;
      if (u.realizingServices != null) realizingServices = u.realizingServices;
      if (u.realizingResources != null) realizingResources = u.realizingResources;
      if (u.agreements != null) agreements = u.agreements;
      if (u.chars != null) chars = u.chars;
    }
  }

  /** TMF638 Service (also an embedded supporting service). */
  static final class Service {
    final Cursor.Mark path;
    boolean refOnly = true;
    @Nullable String id;
    boolean idNull;
    @Nullable String state;
    @Nullable List<Service> supportingServices;
    @Nullable List<Resource> supportingResources;
    @Nullable List<Rel> relationships;
    @Nullable List<Char> chars;

    Service(Cursor.Mark path) {
      this.path = path;
    }

    void merge(Service u) {
      if (u.state != null) state = u.state;
      if (u.supportingServices != null) supportingServices = u.supportingServices;
      if (u.supportingResources != null) supportingResources = u.supportingResources;
      if (u.relationships != null) relationships = u.relationships;
      if (u.chars != null) chars = u.chars;
    }
  }

  /** TMF639 Resource (also an embedded supporting resource). */
  static final class Resource {
    final Cursor.Mark path;
    boolean refOnly = true;
    @Nullable String id;
    boolean idNull;
    @Nullable List<Resource> supportingResources;
    @Nullable List<Rel> relationships;
    @Nullable List<Char> chars;

    Resource(Cursor.Mark path) {
      this.path = path;
    }

    void merge(Resource u) {
      if (u.supportingResources != null) supportingResources = u.supportingResources;
      if (u.relationships != null) relationships = u.relationships;
      if (u.chars != null) chars = u.chars;
    }
  }

  /** TMF642 Alarm. */
  static final class Alarm {
    @Nullable String id;
    boolean idNull;
    @Nullable String state;
    @Nullable String ackState;
    @Nullable String severity;
    @Nullable Instant raised;
    @Nullable Instant cleared;
    @Nullable Instant changed;
    @Nullable String element;
    @Nullable String planned;

    /** Merges a later update; a {@code cleared} severity never replaces a real one. */
    void merge(Alarm u) {
      if (u.state != null) state = u.state;
      if (u.ackState != null) ackState = u.ackState;
      if (u.severity != null && (severity == null || isCleared(severity))) severity = u.severity;
      if (u.raised != null) raised = u.raised;
      if (u.cleared != null) cleared = u.cleared;
      if (u.changed != null) changed = u.changed;
      if (u.element != null) element = u.element;
      if (u.planned != null) planned = u.planned;
    }

    static boolean isCleared(@Nullable String severity) {
      return severity != null
          && (severity.equals("cleared") || severity.trim().equalsIgnoreCase("cleared"));
    }
  }

  /** TMF621 TroubleTicket. */
  static final class Ticket {
    @Nullable String id;
    boolean idNull;
    @Nullable String status;
    @Nullable String severity;
    @Nullable String priority;
    @Nullable String ticketType;
    @Nullable Instant created;
    @Nullable Instant resolved;
    @Nullable List<Status> history;
    @Nullable String historyField;
    @Nullable List<Ref> related;

    void merge(Ticket u) {
      if (u.status != null) status = u.status;
      if (u.severity != null) severity = u.severity;
      if (u.priority != null) priority = u.priority;
      if (u.ticketType != null) ticketType = u.ticketType;
      if (u.created != null) created = u.created;
      if (u.resolved != null) resolved = u.resolved;
      if (u.history != null) {
        history = u.history;
        historyField = u.historyField;
      }
      if (u.related != null) related = u.related;
    }
  }

  /** TMF656 ServiceProblem. */
  static final class Problem {
    @Nullable String id;
    boolean idNull;
    @Nullable String status;
    @Nullable Integer priority;
    @Nullable Instant created;
    @Nullable Instant statusChanged;
    @Nullable Instant lastUpdate;
    @Nullable Instant resolved;
    @Nullable List<Ref> affectedServices;
    @Nullable List<Ref> affectedResources;
    @Nullable List<Ref> rootCauseServices;
    @Nullable List<Ref> rootCauseResources;
    @Nullable List<Ref> alarms;
    @Nullable List<Ref> tickets;

    void merge(Problem u) {
      if (u.status != null) status = u.status;
      if (u.priority != null) priority = u.priority;
      if (u.created != null) created = u.created;
      if (u.statusChanged != null) statusChanged = u.statusChanged;
      if (u.lastUpdate != null) lastUpdate = u.lastUpdate;
      if (u.resolved != null) resolved = u.resolved;
      if (u.affectedServices != null) affectedServices = u.affectedServices;
      if (u.affectedResources != null) affectedResources = u.affectedResources;
      if (u.rootCauseServices != null) rootCauseServices = u.rootCauseServices;
      if (u.rootCauseResources != null) rootCauseResources = u.rootCauseResources;
      if (u.alarms != null) alarms = u.alarms;
      if (u.tickets != null) tickets = u.tickets;
    }
  }

  /** TMF622 ProductOrder. */
  static final class Order {
    @Nullable String id;
    boolean idNull;
    @Nullable String state;
    @Nullable Instant orderDate;
    @Nullable Instant creationDate;
    @Nullable Instant requestedStart;
    @Nullable Instant requestedCompletion;
    @Nullable Instant expectedCompletion;
    @Nullable Instant completion;
    @Nullable String billingAccount;
    @Nullable List<Party> parties;
    @Nullable List<Item> items;

    void merge(Order u) {
      if (u.state != null) state = u.state;
      if (u.orderDate != null) orderDate = u.orderDate;
      if (u.creationDate != null) creationDate = u.creationDate;
      if (u.requestedStart != null) requestedStart = u.requestedStart;
      if (u.requestedCompletion != null) requestedCompletion = u.requestedCompletion;
      if (u.expectedCompletion != null) expectedCompletion = u.expectedCompletion;
      if (u.completion != null) completion = u.completion;
      if (u.billingAccount != null) billingAccount = u.billingAccount;
      if (u.parties != null) parties = u.parties;
      if (u.items != null) items = u.items;
    }
  }

  /** A product order item. */
  static final class Item {
    final Cursor.Mark path;
    @Nullable String id;
    @Nullable String action;
    @Nullable String state;
    @Nullable String productId;
    @Nullable String offering;
    @Nullable List<Price> prices;

    Item(Cursor.Mark path) {
      this.path = path;
    }
  }

  /** TMF635 Usage. */
  static final class Usage {
    @Nullable String id;
    boolean idNull;
    @Nullable String status;
    @Nullable Instant usageDate;
    @Nullable List<Rated> rated;

    void merge(Usage u) {
      if (u.status != null) status = u.status;
      if (u.usageDate != null) usageDate = u.usageDate;
      if (u.rated != null) rated = u.rated;
    }
  }

  /** A rated product usage. */
  static final class Rated {
    final Cursor.Mark path;
    @Nullable String productId;
    @Nullable Money taxExcluded;
    @Nullable Money taxIncluded;
    @Nullable Instant ratingDate;

    Rated(Cursor.Mark path) {
      this.path = path;
    }
  }

  /** TMF678 CustomerBill. */
  static final class Bill {
    @Nullable String id;
    boolean idNull;
    @Nullable String billingAccount;
    @Nullable Instant periodStart;
    @Nullable Instant periodEnd;
    @Nullable Instant billDate;
    @Nullable Money taxExcluded;
    @Nullable String state;
    @Nullable String status;

    void merge(Bill u) {
      if (u.billingAccount != null) billingAccount = u.billingAccount;
      if (u.periodStart != null) periodStart = u.periodStart;
      if (u.periodEnd != null) periodEnd = u.periodEnd;
      if (u.billDate != null) billDate = u.billDate;
      if (u.taxExcluded != null) taxExcluded = u.taxExcluded;
      if (u.state != null) state = u.state;
      if (u.status != null) status = u.status;
    }
  }

  /** TMF678 AppliedCustomerBillingRate. */
  static final class Rate {
    @Nullable String id;
    boolean idNull;
    @Nullable String type;
    @Nullable String rateType;
    @Nullable String name;
    @Nullable String billId;
    @Nullable String customerBillId;
    @Nullable String billingAccount;
    @Nullable String productId;
    @Nullable Instant coverageStart;
    @Nullable Instant coverageEnd;
    @Nullable Money taxExcluded;
    @Nullable Money taxIncluded;
    @Nullable List<Char> chars;

    void merge(Rate u) {
      if (u.type != null) type = u.type;
      if (u.rateType != null) rateType = u.rateType;
      if (u.name != null) name = u.name;
      if (u.billId != null) billId = u.billId;
      if (u.customerBillId != null) customerBillId = u.customerBillId;
      if (u.billingAccount != null) billingAccount = u.billingAccount;
      if (u.productId != null) productId = u.productId;
      if (u.coverageStart != null) coverageStart = u.coverageStart;
      if (u.coverageEnd != null) coverageEnd = u.coverageEnd;
      if (u.taxExcluded != null) taxExcluded = u.taxExcluded;
      if (u.taxIncluded != null) taxIncluded = u.taxIncluded;
      if (u.chars != null) chars = u.chars;
    }
  }

  /** TMF623 SLA or TMF657 ServiceLevelSpecification. */
  static final class Sla {
    @Nullable String id;
    boolean idNull;
    @Nullable String name;
    @Nullable Instant validStart;
    @Nullable Instant validEnd;
    @Nullable List<Rule> rules;
    @Nullable List<Ref> objectives;
  }

  /** A TMF623 rule. */
  static final class Rule {
    final Cursor.Mark path;
    @Nullable String id;
    @Nullable String metric;
    @Nullable String referenceValue;
    @Nullable String operator;
    @Nullable String consequence;

    Rule(Cursor.Mark path) {
      this.path = path;
    }
  }

  /** A TMF657 ServiceLevelObjective. */
  static final class Slo {
    @Nullable String id;
    boolean idNull;
    @Nullable String name;
    @Nullable String target;
    @Nullable String comparator;
    @Nullable String parameter;
    @Nullable List<Char> consequences;
  }

  /** A notification envelope; payloads by key ({@code alarm}, {@code product}, …). */
  static final class Event {
    @Nullable String eventId;
    @Nullable Instant eventTime;
    @Nullable Instant timeOccurred;
    @Nullable String eventType;
    boolean hasEvent;
    final Map<String, Object> payloads = new LinkedHashMap<>(2);
  }

  // ================================================================ parsing

  /** A reference: only its id is read (see {@link #typedRef} for the referred type and role). */
  static @Nullable Ref ref(Cursor c) throws IOException {
    Ref r = new Ref(c.mark());
    if (!c.beginObject()) {
      return null;
    }
    while (c.nextField()) {
      if (c.name().equals("id")) {
        r.id = c.stringOrInteger();
      } else {
        c.skip();
      }
    }
    return r;
  }

  /** A reference with its {@code @referredType} and {@code role}. */
  static @Nullable Ref typedRef(Cursor c) throws IOException {
    Ref r = new Ref(c.mark());
    if (!c.beginObject()) {
      return null;
    }
    while (c.nextField()) {
      switch (c.name()) {
        case "id":
          r.id = c.stringOrInteger();
          break;
        case "@referredType":
        case "referredType":
        case "@referredtype":
          r.referredType = c.string();
          break;
        case "role":
          r.role = c.string();
          break;
        default:
          c.skip();
      }
    }
    return r;
  }

  static @Nullable List<Ref> refs(Cursor c) throws IOException {
    if (!c.beginArray()) {
      return null;
    }
    List<Ref> list = new ArrayList<>(2);
    while (c.nextElement()) {
      Ref r = ref(c);
      if (r != null) {
        list.add(r);
      }
    }
    return list;
  }

  /** The {@code id} of a reference object, skipping the rest. */
  static @Nullable String refId(Cursor c) throws IOException {
    Ref r = ref(c);
    return r == null ? null : r.id;
  }

  static @Nullable Money money(Cursor c) throws IOException {
    Money m = new Money(c.mark());
    if (!c.beginObject()) {
      return null;
    }
    while (c.nextField()) {
      switch (c.name()) {
        case "unit":
          m.unit = c.string();
          break;
        case "value":
          m.value = c.decimal();
          break;
        default:
          c.skip();
      }
    }
    return m;
  }

  static @Nullable List<Price> prices(Cursor c) throws IOException {
    if (!c.beginArray()) {
      return null;
    }
    List<Price> list = new ArrayList<>(2);
    while (c.nextElement()) {
      Price p = new Price(c.mark());
      if (!c.beginObject()) {
        continue;
      }
      while (c.nextField()) {
        switch (c.name()) {
          case "priceType":
            p.priceType = c.string();
            break;
          case "recurringChargePeriod":
            p.period = c.string();
            break;
          case "name":
            p.name = c.string();
            break;
          case "price":
            if (c.beginObject()) {
              while (c.nextField()) {
                switch (c.name()) {
                  case "dutyFreeAmount":
                    p.dutyFree = money(c);
                    break;
                  case "taxIncludedAmount":
                    p.taxIncluded = money(c);
                    break;
                  default:
                    c.skip();
                }
              }
            }
            break;
          default:
            c.skip();
        }
      }
      list.add(p);
    }
    return list;
  }

  static @Nullable List<Char> chars(Cursor c, String valueKey) throws IOException {
    if (!c.beginArray()) {
      return null;
    }
    List<Char> list = new ArrayList<>(2);
    while (c.nextElement()) {
      Char ch = new Char(c.mark());
      if (!c.beginObject()) {
        continue;
      }
      while (c.nextField()) {
        String n = c.name();
        if (n.equals("name")) {
          ch.name = c.string();
        } else if (n.equals(valueKey)) {
          ch.value = c.scalarText();
        } else {
          c.skip();
        }
      }
      list.add(ch);
    }
    return list;
  }

  static @Nullable List<Party> parties(Cursor c) throws IOException {
    if (!c.beginArray()) {
      return null;
    }
    List<Party> list = new ArrayList<>(2);
    while (c.nextElement()) {
      Party p = new Party(c.mark());
      if (!c.beginObject()) {
        continue;
      }
      while (c.nextField()) {
        switch (c.name()) {
          case "id":
            p.id = c.stringOrInteger();
            break;
          case "role":
            p.role = c.string();
            break;
          case "@referredType":
          case "referredType":
            p.referredType = c.string();
            break;
          case "partyOrPartyRole":
            Ref inner = typedRef(c);
            if (inner != null) {
              if (inner.id != null) p.id = inner.id;
              if (inner.referredType != null) p.referredType = inner.referredType;
            }
            break;
          default:
            c.skip();
        }
      }
      list.add(p);
    }
    return list;
  }

  static @Nullable List<Rel> rels(Cursor c, String nestedKey) throws IOException {
    if (!c.beginArray()) {
      return null;
    }
    List<Rel> list = new ArrayList<>(2);
    while (c.nextElement()) {
      Rel r = new Rel(c.mark());
      if (!c.beginObject()) {
        continue;
      }
      String flat = null;
      String nested = null;
      while (c.nextField()) {
        String n = c.name();
        if (n.equals("relationshipType")) {
          r.type = c.string();
        } else if (n.equals(nestedKey)) {
          nested = refId(c);
        } else if (n.equals("id")) {
          flat = c.stringOrInteger();
        } else {
          c.skip();
        }
      }
      r.target = nested != null ? nested : flat;
      list.add(r);
    }
    return list;
  }

  static @Nullable List<Status> history(Cursor c) throws IOException {
    if (!c.beginArray()) {
      return null;
    }
    List<Status> list = new ArrayList<>(4);
    while (c.nextElement()) {
      Status s = new Status(c.mark());
      if (!c.beginObject()) {
        continue;
      }
      while (c.nextField()) {
        switch (c.name()) {
          case "status":
            s.status = c.string();
            break;
          case "changeDate":
          case "statusChangeDate":
            s.at = c.instant();
            break;
          case "changeReason":
          case "statusChangeReason":
            s.reason = c.string();
            break;
          default:
            c.skip();
        }
      }
      list.add(s);
    }
    return list;
  }

  static @Nullable Product product(Cursor c) throws IOException {
    Product d = new Product();
    if (!c.beginObject()) {
      return null;
    }
    while (c.nextField()) {
      switch (c.name()) {
        case "id":
          if (c.isNull()) {
            d.idNull = true;
          } else {
            d.id = c.string();
          }
          break;
        case "status":
          d.status = c.string();
          break;
        case "startDate":
          d.startDate = c.instant();
          break;
        case "terminationDate":
          d.terminationDate = c.instant();
          break;
        case "productOffering":
          d.offering = refId(c);
          break;
        case "billingAccount":
          d.billingAccount = refId(c);
          break;
        case "relatedParty":
          d.parties = parties(c);
          break;
        case "productPrice":
          d.prices = prices(c);
          break;
        case "realizingService":
          d.realizingServices = refs(c);
          break;
        case "realizingResource":
          d.realizingResources = refs(c);
          break;
        case "agreement":
        case "agreementItem":
          d.agreements = refs(c);
          break;
        case "productCharacteristic":
          d.chars = chars(c, "value");
          break;
        default:
          c.skip();
      }
    }
    return d;
  }

  static @Nullable Service service(Cursor c) throws IOException {
    Service d = new Service(c.mark());
    if (!c.beginObject()) {
      return null;
    }
    while (c.nextField()) {
      String n = c.name();
      if (!REF_KEYS.contains(n)) {
        d.refOnly = false;
      }
      switch (n) {
        case "id":
          if (c.isNull()) {
            d.idNull = true;
          } else {
            d.id = c.string();
          }
          break;
        case "state":
          d.state = c.string();
          break;
        case "supportingService":
          if (c.beginArray()) {
            d.supportingServices = new ArrayList<>(2);
            while (c.nextElement()) {
              Service s = service(c);
              if (s != null) {
                d.supportingServices.add(s);
              }
            }
          }
          break;
        case "supportingResource":
          d.supportingResources = resources(c);
          break;
        case "serviceRelationship":
          d.relationships = rels(c, "service");
          break;
        case "serviceCharacteristic":
          d.chars = chars(c, "value");
          break;
        default:
          c.skip();
      }
    }
    return d;
  }

  private static @Nullable List<Resource> resources(Cursor c) throws IOException {
    if (!c.beginArray()) {
      return null;
    }
    List<Resource> list = new ArrayList<>(2);
    while (c.nextElement()) {
      Resource r = resource(c);
      if (r != null) {
        list.add(r);
      }
    }
    return list;
  }

  static @Nullable Resource resource(Cursor c) throws IOException {
    Resource d = new Resource(c.mark());
    if (!c.beginObject()) {
      return null;
    }
    while (c.nextField()) {
      String n = c.name();
      if (!REF_KEYS.contains(n)) {
        d.refOnly = false;
      }
      switch (n) {
        case "id":
          if (c.isNull()) {
            d.idNull = true;
          } else {
            d.id = c.string();
          }
          break;
        case "supportingResource":
          d.supportingResources = resources(c);
          break;
        case "resourceRelationship":
          d.relationships = rels(c, "resource");
          break;
        case "resourceCharacteristic":
          d.chars = chars(c, "value");
          break;
        default:
          c.skip();
      }
    }
    return d;
  }

  static @Nullable Alarm alarm(Cursor c) throws IOException {
    Alarm d = new Alarm();
    if (!c.beginObject()) {
      return null;
    }
    while (c.nextField()) {
      switch (c.name()) {
        case "id":
          if (c.isNull()) {
            d.idNull = true;
          } else {
            d.id = c.stringOrInteger();
          }
          break;
        case "state":
          d.state = c.string();
          break;
        case "ackState":
          d.ackState = c.string();
          break;
        case "perceivedSeverity":
          d.severity = c.string();
          break;
        case "alarmRaisedTime":
          d.raised = c.instant();
          break;
        case "alarmClearedTime":
          d.cleared = c.instant();
          break;
        case "alarmChangedTime":
          d.changed = c.instant();
          break;
        case "alarmedObject":
          d.element = refId(c);
          break;
        case "plannedOutageIndicator":
          d.planned = c.string();
          break;
        default:
          c.skip();
      }
    }
    return d;
  }

  static @Nullable Ticket ticket(Cursor c) throws IOException {
    Ticket d = new Ticket();
    if (!c.beginObject()) {
      return null;
    }
    while (c.nextField()) {
      switch (c.name()) {
        case "id":
          if (c.isNull()) {
            d.idNull = true;
          } else {
            d.id = c.string();
          }
          break;
        case "status":
          d.status = c.string();
          break;
        case "severity":
          d.severity = c.string();
          break;
        case "priority":
          d.priority = c.scalarText();
          break;
        case "ticketType":
          d.ticketType = c.string();
          break;
        case "creationDate":
          d.created = c.instant();
          break;
        case "resolutionDate":
          d.resolved = c.instant();
          break;
        case "statusChange":
          d.history = history(c);
          d.historyField = "statusChange";
          break;
        case "statusChangeHistory":
          d.history = history(c);
          d.historyField = "statusChangeHistory";
          break;
        case "relatedEntity":
          d.related = relatedEntities(c);
          break;
        default:
          c.skip();
      }
    }
    return d;
  }

  private static @Nullable List<Ref> relatedEntities(Cursor c) throws IOException {
    if (!c.beginArray()) {
      return null;
    }
    List<Ref> list = new ArrayList<>(2);
    while (c.nextElement()) {
      Ref r = new Ref(c.mark());
      if (!c.beginObject()) {
        continue;
      }
      while (c.nextField()) {
        switch (c.name()) {
          case "id":
            r.id = c.stringOrInteger();
            break;
          case "@referredType":
          case "referredType":
            r.referredType = c.string();
            break;
          case "role":
            r.role = c.string();
            break;
          case "entity":
            Ref inner = typedRef(c);
            if (inner != null) {
              if (inner.id != null) r.id = inner.id;
              if (inner.referredType != null) r.referredType = inner.referredType;
            }
            break;
          default:
            c.skip();
        }
      }
      list.add(r);
    }
    return list;
  }

  static @Nullable Problem problem(Cursor c) throws IOException {
    Problem d = new Problem();
    if (!c.beginObject()) {
      return null;
    }
    while (c.nextField()) {
      switch (c.name()) {
        case "id":
          if (c.isNull()) {
            d.idNull = true;
          } else {
            d.id = c.string();
          }
          break;
        case "status":
          d.status = c.string();
          break;
        case "priority":
          d.priority = c.integer();
          break;
        case "creationDate":
          d.created = c.instant();
          break;
        case "statusChangeDate":
          d.statusChanged = c.instant();
          break;
        case "lastUpdate":
          d.lastUpdate = c.instant();
          break;
        case "resolutionDate":
          d.resolved = c.instant();
          break;
        case "affectedService":
          d.affectedServices = refs(c);
          break;
        case "affectedResource":
          d.affectedResources = refs(c);
          break;
        case "rootCauseService":
          d.rootCauseServices = refs(c);
          break;
        case "rootCauseResource":
          d.rootCauseResources = refs(c);
          break;
        case "underlyingAlarm":
          d.alarms = refs(c);
          break;
        case "troubleTicket":
          d.tickets = refs(c);
          break;
        default:
          c.skip();
      }
    }
    return d;
  }

  static @Nullable Order order(Cursor c) throws IOException {
    Order d = new Order();
    if (!c.beginObject()) {
      return null;
    }
    while (c.nextField()) {
      switch (c.name()) {
        case "id":
          if (c.isNull()) {
            d.idNull = true;
          } else {
            d.id = c.string();
          }
          break;
        case "state":
          d.state = c.string();
          break;
        case "orderDate":
          d.orderDate = c.instant();
          break;
        case "creationDate":
          d.creationDate = c.instant();
          break;
        case "requestedStartDate":
          d.requestedStart = c.instant();
          break;
        case "requestedCompletionDate":
          d.requestedCompletion = c.instant();
          break;
        case "expectedCompletionDate":
          d.expectedCompletion = c.instant();
          break;
        case "completionDate":
          d.completion = c.instant();
          break;
        case "billingAccount":
          d.billingAccount = refId(c);
          break;
        case "relatedParty":
          d.parties = parties(c);
          break;
        case "productOrderItem":
          d.items = items(c);
          break;
        default:
          c.skip();
      }
    }
    return d;
  }

  private static @Nullable List<Item> items(Cursor c) throws IOException {
    if (!c.beginArray()) {
      return null;
    }
    List<Item> list = new ArrayList<>(2);
    while (c.nextElement()) {
      Item it = new Item(c.mark());
      if (!c.beginObject()) {
        continue;
      }
      while (c.nextField()) {
        switch (c.name()) {
          case "id":
            it.id = c.stringOrInteger();
            break;
          case "action":
            it.action = c.string();
            break;
          case "state":
            it.state = c.string();
            break;
          case "product":
            it.productId = refId(c);
            break;
          case "productOffering":
            it.offering = refId(c);
            break;
          case "itemPrice":
            it.prices = prices(c);
            break;
          default:
            c.skip();
        }
      }
      list.add(it);
    }
    return list;
  }

  static @Nullable Usage usage(Cursor c) throws IOException {
    Usage d = new Usage();
    if (!c.beginObject()) {
      return null;
    }
    while (c.nextField()) {
      switch (c.name()) {
        case "id":
          if (c.isNull()) {
            d.idNull = true;
          } else {
            d.id = c.string();
          }
          break;
        case "status":
          d.status = c.string();
          break;
        case "usageDate":
          d.usageDate = c.instant();
          break;
        case "ratedProductUsage":
          if (c.beginArray()) {
            d.rated = new ArrayList<>(1);
            while (c.nextElement()) {
              Rated r = new Rated(c.mark());
              if (!c.beginObject()) {
                continue;
              }
              while (c.nextField()) {
                switch (c.name()) {
                  case "productRef":
                    r.productId = refId(c);
                    break;
                  case "taxExcludedRatingAmount":
                    r.taxExcluded = money(c);
                    break;
                  case "taxIncludedRatingAmount":
                    r.taxIncluded = money(c);
                    break;
                  case "ratingDate":
                    r.ratingDate = c.instant();
                    break;
                  default:
                    c.skip();
                }
              }
              d.rated.add(r);
            }
          }
          break;
        default:
          c.skip();
      }
    }
    return d;
  }

  static @Nullable Bill bill(Cursor c) throws IOException {
    Bill d = new Bill();
    if (!c.beginObject()) {
      return null;
    }
    while (c.nextField()) {
      switch (c.name()) {
        case "id":
          if (c.isNull()) {
            d.idNull = true;
          } else {
            d.id = c.string();
          }
          break;
        case "billingAccount":
          d.billingAccount = refId(c);
          break;
        case "billingPeriod":
          Instant[] period = period(c);
          if (period != null) {
            d.periodStart = period[0];
            d.periodEnd = period[1];
          }
          break;
        case "billDate":
          d.billDate = c.instant();
          break;
        case "taxExcludedAmount":
          d.taxExcluded = money(c);
          break;
        case "state":
          d.state = c.string();
          break;
        case "status":
          d.status = c.string();
          break;
        default:
          c.skip();
      }
    }
    return d;
  }

  static Instant @Nullable [] period(Cursor c) throws IOException {
    if (!c.beginObject()) {
      return null;
    }
    Instant[] p = new Instant[2];
    while (c.nextField()) {
      switch (c.name()) {
        case "startDateTime":
          p[0] = c.instant();
          break;
        case "endDateTime":
          p[1] = c.instant();
          break;
        default:
          c.skip();
      }
    }
    return p;
  }

  static @Nullable Rate rate(Cursor c) throws IOException {
    Rate d = new Rate();
    if (!c.beginObject()) {
      return null;
    }
    while (c.nextField()) {
      switch (c.name()) {
        case "id":
          if (c.isNull()) {
            d.idNull = true;
          } else {
            d.id = c.string();
          }
          break;
        case "type":
          d.type = c.string();
          break;
        case "appliedBillingRateType":
          d.rateType = c.string();
          break;
        case "name":
          d.name = c.string();
          break;
        case "bill":
          d.billId = refId(c);
          break;
        case "customerBill":
          d.customerBillId = refId(c);
          break;
        case "billingAccount":
          d.billingAccount = refId(c);
          break;
        case "product":
          d.productId = refId(c);
          break;
        case "periodCoverage":
          Instant[] period = period(c);
          if (period != null) {
            d.coverageStart = period[0];
            d.coverageEnd = period[1];
          }
          break;
        case "taxExcludedAmount":
          d.taxExcluded = money(c);
          break;
        case "taxIncludedAmount":
          d.taxIncluded = money(c);
          break;
        case "characteristic":
          d.chars = chars(c, "value");
          break;
        default:
          c.skip();
      }
    }
    return d;
  }

  static @Nullable Sla sla(Cursor c) throws IOException {
    Sla d = new Sla();
    if (!c.beginObject()) {
      return null;
    }
    while (c.nextField()) {
      switch (c.name()) {
        case "id":
          if (c.isNull()) {
            d.idNull = true;
          } else {
            d.id = c.string();
          }
          break;
        case "name":
          d.name = c.string();
          break;
        case "validFor":
        case "validityPeriod":
          Instant[] period = period(c);
          if (period != null) {
            d.validStart = period[0];
            d.validEnd = period[1];
          }
          break;
        case "rule":
          if (c.beginArray()) {
            d.rules = new ArrayList<>(4);
            while (c.nextElement()) {
              Rule r = new Rule(c.mark());
              if (!c.beginObject()) {
                continue;
              }
              while (c.nextField()) {
                switch (c.name()) {
                  case "id":
                    r.id = c.scalarText();
                    break;
                  case "metric":
                    r.metric = c.string();
                    break;
                  case "referenceValue":
                    r.referenceValue = c.scalarText();
                    break;
                  case "operator":
                    r.operator = c.string();
                    break;
                  case "consequence":
                    r.consequence = c.string();
                    break;
                  default:
                    c.skip();
                }
              }
              d.rules.add(r);
            }
          }
          break;
        case "relatedServiceLevelObjective":
          d.objectives = refs(c);
          break;
        default:
          c.skip();
      }
    }
    return d;
  }

  static @Nullable Slo slo(Cursor c) throws IOException {
    Slo d = new Slo();
    if (!c.beginObject()) {
      return null;
    }
    while (c.nextField()) {
      switch (c.name()) {
        case "id":
          if (c.isNull()) {
            d.idNull = true;
          } else {
            d.id = c.string();
          }
          break;
        case "name":
          d.name = c.string();
          break;
        case "conformanceTarget":
          d.target = c.scalarText();
          break;
        case "conformanceComparator":
          d.comparator = c.string();
          break;
        case "serviceLevelObjectiveParameter":
          if (c.beginObject()) {
            while (c.nextField()) {
              if (c.name().equals("name")) {
                d.parameter = c.string();
              } else {
                c.skip();
              }
            }
          }
          break;
        case "serviceLevelObjectiveConsequence":
          d.consequences = chars(c, "prescribedAction");
          break;
        default:
          c.skip();
      }
    }
    return d;
  }

  /** Parses a payload of a known resource key, or returns null for any other key (skipped). */
  static @Nullable Object payload(Cursor c, String key) throws IOException {
    switch (key) {
      case "product":
        return product(c);
      case "service":
        return service(c);
      case "resource":
        return resource(c);
      case "alarm":
        return alarm(c);
      case "troubleTicket":
        return ticket(c);
      case "serviceProblem":
        return problem(c);
      case "productOrder":
        return order(c);
      case "usage":
        return usage(c);
      case "customerBill":
        return bill(c);
      case "appliedCustomerBillingRate":
        return rate(c);
      default:
        c.skip();
        return null;
    }
  }

  static @Nullable Event event(Cursor c) throws IOException {
    Event d = new Event();
    if (!c.beginObject()) {
      return null;
    }
    while (c.nextField()) {
      switch (c.name()) {
        case "eventId":
          d.eventId = c.stringOrInteger();
          break;
        case "eventTime":
          d.eventTime = c.instant();
          break;
        case "timeOccurred":
        case "timeOcurred":
          d.timeOccurred = c.instant();
          break;
        case "eventType":
          d.eventType = c.string();
          break;
        case "event":
          d.hasEvent = true;
          if (c.beginObject()) {
            while (c.nextField()) {
              String key = c.name();
              if (!PAYLOAD_KEYS.contains(key)) {
                c.skip();
              } else if (c.token() == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                if (c.beginArray()) {
                  List<Object> batch = new ArrayList<>();
                  while (c.nextElement()) {
                    Object o = payload(c, key);
                    if (o != null) {
                      batch.add(o);
                    }
                  }
                  d.payloads.put(key, batch);
                }
              } else {
                Object o = payload(c, key);
                if (o != null) {
                  d.payloads.put(key, o);
                }
              }
            }
          }
          break;
        default:
          c.skip();
      }
    }
    return d;
  }
}
