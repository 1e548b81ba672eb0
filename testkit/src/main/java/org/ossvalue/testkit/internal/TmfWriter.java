package org.ossvalue.testkit.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.ChargePeriod;
import org.ossvalue.core.ConnectionStatus;
import org.ossvalue.core.Money;
import org.ossvalue.testkit.internal.Catalog.Access;
import org.ossvalue.testkit.internal.Model.Account;
import org.ossvalue.testkit.internal.Model.Alarm;
import org.ossvalue.testkit.internal.Model.BillFacts;
import org.ossvalue.testkit.internal.Model.Domain;
import org.ossvalue.testkit.internal.Model.Line;
import org.ossvalue.testkit.internal.Model.LineKind;
import org.ossvalue.testkit.internal.Model.OrderFacts;
import org.ossvalue.testkit.internal.Model.Problem;
import org.ossvalue.testkit.internal.Model.Product;
import org.ossvalue.testkit.internal.Model.Related;
import org.ossvalue.testkit.internal.Model.ResourceNode;
import org.ossvalue.testkit.internal.Model.ServiceNode;
import org.ossvalue.testkit.internal.Model.Status;
import org.ossvalue.testkit.internal.Model.Ticket;
import org.ossvalue.testkit.internal.Model.Usage;
import org.ossvalue.testkit.operator.EventMode;
import org.ossvalue.testkit.operator.TmfLayout;
import org.ossvalue.testkit.operator.TmfSink;
import org.ossvalue.testkit.operator.TmfVersion;
import org.ossvalue.testkit.operator.WriteOptions;
import org.ossvalue.testkit.operator.WriteSummary;

/**
 * Writes the model as a TM Forum export with Jackson's streaming generator, one pass over the
 * connections (products, services, resources, orders, usage, bills and their lines at once) and one
 * over the alarms (alarms, tickets, problems, events); nothing but the current record and a bounded
 * window of pending events is held.
 */
public final class TmfWriter {

  static final String HREF = "https://oss.example/tmf-api/";

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private final Model m;
  private final WriteOptions options;
  private final boolean v5;
  private final ZoneId zone;

  /** A writer of the model with these options. */
  public TmfWriter(Model m, WriteOptions options) {
    this.m = m;
    this.options = options;
    this.v5 = options.version() == TmfVersion.V5;
    this.zone = m.zone;
  }

  /** Writes every file of the export to the sink. */
  public WriteSummary write(TmfSink sink) {
    WriteSummary.Builder summary = WriteSummary.builder();
    try {
      connectionPass(sink, summary);
      alarmPass(sink, summary);
      slaFiles(sink, summary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return summary.build();
  }

  // ================================================================== files

  /** One output file: a generator over a counting stream. */
  static final class Out implements AutoCloseable {
    final String name;
    final Counting counting;
    final JsonGenerator g;
    final boolean lines;
    long records;

    Out(TmfSink sink, String name, boolean lines) throws IOException {
      this.name = name;
      this.lines = lines;
      this.counting = new Counting(sink.open(name));
      this.g = JSON.createGenerator(counting, JsonEncoding.UTF8);
      g.setPrettyPrinter(lines ? new MinimalPrettyPrinter("\n") : new ArrayLines());
      if (!lines) {
        g.writeStartArray();
      }
    }

    JsonGenerator next() {
      records++;
      return g;
    }

    WriteSummary.FileSummary finish() throws IOException {
      if (!lines) {
        g.writeEndArray();
      }
      g.writeRaw('\n');
      g.close();
      return WriteSummary.FileSummary.of(name, records, counting.count);
    }

    @Override
    public void close() throws IOException {
      if (!g.isClosed()) {
        g.close();
      }
    }
  }

  private Out open(TmfSink sink, String kind) throws IOException {
    return new Out(sink, kind + options.extension(), options.layout() == TmfLayout.NDJSON);
  }

  /** Counts bytes. */
  static final class Counting extends FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }

  /** Arrays: one element per line. */
  static final class ArrayLines extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    private static boolean top(JsonGenerator g) {
      return g.getOutputContext().getParent() != null && g.getOutputContext().getParent().inRoot();
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      g.writeRaw(top(g) ? "[\n" : "[");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(top(g) ? ",\n" : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
      g.writeRaw(top(g) && nrOfValues > 0 ? "\n]" : "]");
    }
  }

  // ================================================================== pass 1: connections

  private void connectionPass(TmfSink sink, WriteSummary.Builder summary) throws IOException {
    try (Out products = open(sink, "product");
        Out services = open(sink, "service");
        Out resources = open(sink, "resource");
        Out orders = open(sink, "productOrder");
        Out usage = open(sink, "usage");
        Out bills = open(sink, "customerBill");
        Out lines = open(sink, "appliedCustomerBillingRate")) {
      for (int d = 0; d < m.domains(); d++) {
        Domain domain = m.domain(d);
        for (ResourceNode r : m.domainResources(domain)) {
          resource(
              resources.next(),
              r.id(),
              r.category(),
              r.name(),
              Instant.parse("2019-05-02T00:00:00Z"));
        }
        for (ServiceNode s : m.domainServices(domain)) {
          service(services.next(), s, null, Instant.parse("2019-05-02T00:00:00Z"), "active");
        }
        int i = domain.start();
        while (i < domain.end()) {
          Account account = m.account(i, domain);
          List<Product> group = new ArrayList<>(account.end() - account.first());
          for (int k = account.first(); k < account.end(); k++) {
            Product p = m.product(k, domain, account);
            group.add(p);
            product(products.next(), p);
            String state =
                p.status() == ConnectionStatus.PENDING_ACTIVE
                    ? "reserved"
                    : p.status() == ConnectionStatus.TERMINATED
                            && p.termination() != null
                            && !p.termination().isAfter(m.asOf)
                        ? "terminated"
                        : "active";
            Instant since = p.start() != null ? p.start() : p.orderDate();
            for (ServiceNode s : m.services(p)) {
              service(services.next(), s, p, since, state);
            }
            for (String cpe : m.cpes(p)) {
              resource(
                  resources.next(),
                  cpe,
                  p.offering().access() == Access.VOICE ? "voiceGateway" : "ont",
                  "CPE " + p.customerName(),
                  since);
            }
            for (OrderFacts o : m.orders(p)) {
              order(orders.next(), o);
            }
            for (Usage u : m.usage(p)) {
              usage(usage.next(), u);
            }
          }
          BillFacts bill = m.bill(account, group);
          if (bill != null) {
            bill(bills.next(), bill, group.get(0));
            for (Line l : bill.lines()) {
              line(lines.next(), bill, l);
            }
          }
          i = account.end();
        }
      }
      for (Out o : List.of(products, services, resources, orders, usage, bills, lines)) {
        summary.addFiles(o.finish());
      }
    }
  }

  static String chargeName(Product p) {
    return p.period() == ChargePeriod.YEAR ? "Annual fee" : "Monthly fee";
  }

  private void product(JsonGenerator g, Product p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id());
    g.writeStringField("href", HREF + "productInventory/v4/product/" + p.id());
    g.writeStringField("name", p.offering().name());
    g.writeStringField("description", p.offering().name() + " for " + p.customerName());
    g.writeBooleanField("isBundle", false);
    g.writeBooleanField("isCustomerVisible", true);
    g.writeStringField("status", p.status().label());
    if (v5) {
      time(g, "creationDate", p.orderDate());
    }
    time(g, "orderDate", p.orderDate());
    if (p.start() != null) {
      time(g, "startDate", p.start());
    }
    if (p.termination() != null) {
      time(g, "terminationDate", p.termination());
    }
    g.writeObjectFieldStart("productOffering");
    g.writeStringField("id", p.offering().id());
    g.writeStringField(
        "href", HREF + "productCatalogManagement/v4/productOffering/" + p.offering().id());
    g.writeStringField("name", p.offering().name());
    g.writeStringField("@referredType", "ProductOffering");
    if (v5) {
      g.writeStringField("@type", "ProductOfferingRef");
    }
    g.writeEndObject();
    g.writeArrayFieldStart("productCharacteristic");
    characteristic(g, "segment", p.segment());
    if (p.offering().bandwidthMbps() > 0) {
      g.writeStartObject();
      g.writeStringField("name", "bandwidthMbps");
      g.writeStringField("valueType", "number");
      g.writeNumberField("value", p.offering().bandwidthMbps());
      if (v5) {
        g.writeStringField("@type", "NumberCharacteristic");
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("productPrice");
    price(g, chargeName(p), "recurring", p.period().label(), null, p.price());
    if (p.install() != null) {
      price(g, "Installation", "oneTime", null, null, p.install());
    }
    if (p.usageRate() != null) {
      price(g, "Data beyond bundle", "usage", null, "GB", p.usageRate());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("realizingService");
    ref(g, p.serviceId(), "serviceInventory/v4/service/", "Service", "ServiceRef");
    g.writeEndArray();
    g.writeArrayFieldStart("relatedParty");
    party(
        g,
        p.account().customer(),
        p.customerName(),
        "customer",
        p.organization() ? "Organization" : "Individual",
        "RelatedPartyOrPartyRole");
    g.writeEndArray();
    g.writeObjectFieldStart("billingAccount");
    g.writeStringField("id", p.account().id());
    g.writeStringField("href", HREF + "accountManagement/v4/billingAccount/" + p.account().id());
    g.writeStringField("@referredType", "BillingAccount");
    if (v5) {
      g.writeStringField("@type", "BillingAccountRef");
    }
    g.writeEndObject();
    if (p.sla() != null) {
      g.writeArrayFieldStart(v5 ? "agreementItem" : "agreement");
      g.writeStartObject();
      g.writeStringField("id", p.sla());
      g.writeStringField("href", HREF + "slaManagement/v2/sla/" + p.sla());
      g.writeStringField("@referredType", "ServiceLevelAgreement");
      if (v5) {
        g.writeStringField("@type", "AgreementItemRef");
      }
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeStringField("@type", "Product");
    g.writeEndObject();
  }

  private void price(
      JsonGenerator g,
      String name,
      String type,
      @Nullable String period,
      @Nullable String unit,
      Money amount)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeStringField("priceType", type);
    if (period != null) {
      g.writeStringField("recurringChargePeriod", period);
    }
    if (unit != null) {
      g.writeStringField("unitOfMeasure", unit);
    }
    g.writeObjectFieldStart("price");
    g.writeFieldName("taxRate");
    g.writeNumber(Catalog.taxRate(amount.currency()));
    money(g, "dutyFreeAmount", amount);
    money(g, "taxIncludedAmount", Catalog.withTax(amount));
    if (v5) {
      g.writeStringField("@type", "Price");
    }
    g.writeEndObject();
    g.writeStringField("@type", "ProductPrice");
    g.writeEndObject();
  }

  private void service(
      JsonGenerator g, ServiceNode s, @Nullable Product p, Instant since, String state)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("href", HREF + "serviceInventory/v4/service/" + s.id());
    g.writeStringField("name", s.name());
    g.writeStringField("category", s.category());
    g.writeStringField("state", state);
    if (v5) {
      g.writeStringField(
          "operatingStatus",
          state.equals("active") ? "running" : state.equals("reserved") ? "pending" : "stopped");
    }
    g.writeBooleanField("isServiceEnabled", state.equals("active"));
    time(g, "startDate", since);
    g.writeObjectFieldStart("serviceSpecification");
    String spec = s.category().equals("CFS") ? "SS-" + s.category() : "SS-RFS";
    g.writeStringField("id", spec);
    g.writeStringField("href", HREF + "serviceCatalogManagement/v4/serviceSpecification/" + spec);
    g.writeStringField("@referredType", "ServiceSpecification");
    if (v5) {
      g.writeStringField("@type", "ServiceSpecificationRef");
    }
    g.writeEndObject();
    if (s.rule() != null) {
      g.writeArrayFieldStart("serviceCharacteristic");
      characteristic(g, "redundancyRule", s.rule());
      g.writeEndArray();
    }
    if (!s.supportingServices().isEmpty()) {
      g.writeArrayFieldStart("supportingService");
      for (String id : s.supportingServices()) {
        ref(g, id, "serviceInventory/v4/service/", "Service", "ServiceRef");
      }
      g.writeEndArray();
    }
    if (!s.supportingResources().isEmpty()) {
      g.writeArrayFieldStart("supportingResource");
      for (String id : s.supportingResources()) {
        ref(g, id, "resourceInventoryManagement/v4/resource/", "PhysicalResource", "ResourceRef");
      }
      g.writeEndArray();
    }
    if (p != null && s.category().equals("CFS")) {
      g.writeArrayFieldStart("relatedParty");
      party(
          g,
          p.account().customer(),
          p.customerName(),
          "customer",
          p.organization() ? "Organization" : "Individual",
          "RelatedPartyRefOrPartyRoleRef");
      g.writeEndArray();
    }
    g.writeStringField("@type", "Service");
    g.writeEndObject();
  }

  private void resource(JsonGenerator g, String id, String category, String name, Instant since)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeStringField("href", HREF + "resourceInventoryManagement/v4/resource/" + id);
    g.writeStringField("name", name);
    g.writeStringField("category", category);
    if (v5) {
      g.writeStringField("operationalState", "enabled");
      g.writeStringField("administrativeState", "unlocked");
      g.writeStringField("usageState", "busy");
    } else {
      g.writeStringField("resourceStatus", "available");
      g.writeStringField("operationalState", "enable");
      g.writeStringField("administrativeState", "unlocked");
      g.writeStringField("usageState", "busy");
    }
    time(g, "startOperatingDate", since);
    g.writeStringField("@type", "PhysicalResource");
    g.writeStringField("@baseType", "Resource");
    g.writeEndObject();
  }

  private void order(JsonGenerator g, OrderFacts o) throws IOException {
    Product p = o.product();
    g.writeStartObject();
    g.writeStringField("id", o.id());
    g.writeStringField("href", HREF + "productOrderingManagement/v4/productOrder/" + o.id());
    g.writeStringField("category", p.organization() ? "B2B" : "B2C");
    g.writeStringField(
        "description",
        (o.action().equals("add") ? "New " : "Cease ")
            + p.offering().name()
            + " for "
            + p.customerName());
    g.writeStringField("state", o.state());
    time(g, v5 ? "creationDate" : "orderDate", o.created());
    time(g, "requestedStartDate", o.requested());
    time(g, "requestedCompletionDate", o.requested());
    time(g, "expectedCompletionDate", o.expected());
    if (o.completion() != null) {
      time(g, "completionDate", o.completion());
    }
    g.writeArrayFieldStart("relatedParty");
    party(
        g,
        p.account().customer(),
        p.customerName(),
        "customer",
        p.organization() ? "Organization" : "Individual",
        "RelatedPartyRefOrPartyRoleRef");
    g.writeEndArray();
    g.writeObjectFieldStart("billingAccount");
    g.writeStringField("id", p.account().id());
    g.writeStringField("@referredType", "BillingAccount");
    if (v5) {
      g.writeStringField("@type", "BillingAccountRef");
    }
    g.writeEndObject();
    g.writeArrayFieldStart("productOrderItem");
    g.writeStartObject();
    g.writeStringField("id", "1");
    g.writeNumberField("quantity", 1);
    g.writeStringField("action", o.action());
    g.writeStringField("state", o.state());
    g.writeObjectFieldStart("productOffering");
    g.writeStringField("id", p.offering().id());
    g.writeStringField("name", p.offering().name());
    g.writeStringField("@referredType", "ProductOffering");
    if (v5) {
      g.writeStringField("@type", "ProductOfferingRef");
    }
    g.writeEndObject();
    g.writeObjectFieldStart("product");
    g.writeStringField("id", p.id());
    g.writeStringField("href", HREF + "productInventory/v4/product/" + p.id());
    g.writeStringField("@referredType", "Product");
    if (v5) {
      g.writeStringField("@type", "ProductRef");
    }
    g.writeEndObject();
    g.writeArrayFieldStart("itemPrice");
    g.writeStartObject();
    g.writeStringField("priceType", "recurring");
    g.writeStringField("recurringChargePeriod", p.period().label());
    g.writeObjectFieldStart("price");
    money(g, "dutyFreeAmount", p.price());
    money(g, "taxIncludedAmount", Catalog.withTax(p.price()));
    g.writeEndObject();
    if (v5) {
      g.writeStringField("@type", "OrderPrice");
    }
    g.writeEndObject();
    g.writeEndArray();
    g.writeStringField("@type", "ProductOrderItem");
    g.writeEndObject();
    g.writeEndArray();
    g.writeStringField("@type", "ProductOrder");
    g.writeEndObject();
  }

  private void usage(JsonGenerator g, Usage u) throws IOException {
    Product p = u.product();
    g.writeStartObject();
    g.writeStringField("id", u.id());
    g.writeStringField("href", HREF + "usageManagement/v4/usage/" + u.id());
    time(g, "usageDate", u.at());
    g.writeStringField("usageType", "data");
    g.writeStringField("description", "Data volume beyond bundle");
    g.writeStringField("status", u.amount() == null ? "rejected" : "rated");
    g.writeArrayFieldStart("usageCharacteristic");
    g.writeStartObject();
    g.writeStringField("name", "volume");
    g.writeStringField("valueType", "number");
    g.writeNumberField("value", u.gigabytes());
    g.writeEndObject();
    characteristic(g, "volumeUnit", "GB");
    g.writeEndArray();
    g.writeArrayFieldStart("relatedParty");
    party(
        g,
        p.account().customer(),
        p.customerName(),
        "customer",
        p.organization() ? "Organization" : "Individual",
        "RelatedPartyRefOrPartyRoleRef");
    g.writeEndArray();
    if (u.amount() != null) {
      g.writeArrayFieldStart("ratedProductUsage");
      g.writeStartObject();
      time(g, "ratingDate", u.at());
      g.writeStringField("usageRatingTag", "non included usage");
      g.writeBooleanField("isBilled", true);
      money(g, "taxExcludedRatingAmount", u.amount());
      money(g, "taxIncludedRatingAmount", Catalog.withTax(u.amount()));
      g.writeObjectFieldStart("productRef");
      g.writeStringField("id", p.id());
      g.writeStringField("@referredType", "Product");
      if (v5) {
        g.writeStringField("@type", "ProductRef");
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeStringField("@type", "Usage");
    g.writeEndObject();
  }

  private void bill(JsonGenerator g, BillFacts b, Product first) throws IOException {
    Money net = b.net();
    Money gross = Catalog.withTax(net);
    g.writeStartObject();
    g.writeStringField("id", b.id());
    g.writeStringField("href", HREF + "customerBillManagement/v4/customerBill/" + b.id());
    g.writeStringField("billNo", b.id().substring(3));
    g.writeStringField("category", "normal");
    g.writeStringField("runType", "onCycle");
    g.writeStringField("state", b.state());
    time(g, "billDate", m.billDate());
    g.writeObjectFieldStart("billingPeriod");
    time(g, "startDateTime", m.monthStart);
    time(g, "endDateTime", m.monthEnd);
    g.writeEndObject();
    g.writeObjectFieldStart("billingAccount");
    g.writeStringField("id", b.account().id());
    g.writeStringField("@referredType", "BillingAccount");
    if (v5) {
      g.writeStringField("@type", "BillingAccountRef");
    }
    g.writeEndObject();
    money(g, "taxExcludedAmount", net);
    money(g, "taxIncludedAmount", gross);
    money(g, "amountDue", gross);
    money(g, "remainingAmount", b.state().equals("settled") ? Money.zero(net.currency()) : gross);
    g.writeArrayFieldStart("relatedParty");
    party(
        g,
        b.account().customer(),
        first.customerName(),
        "customer",
        first.organization() ? "Organization" : "Individual",
        "RelatedPartyRefOrPartyRoleRef");
    g.writeEndArray();
    g.writeStringField("@type", "CustomerBill");
    g.writeEndObject();
  }

  private void line(JsonGenerator g, BillFacts b, Line l) throws IOException {
    Product p = l.product();
    g.writeStartObject();
    g.writeStringField("id", l.id());
    g.writeStringField(
        "href", HREF + "customerBillManagement/v4/appliedCustomerBillingRate/" + l.id());
    g.writeStringField(
        "name",
        switch (l.kind()) {
          case RECURRING ->
              p.offering().name() + " " + chargeName(p).toLowerCase(java.util.Locale.ROOT);
          case USAGE -> "Data usage beyond bundle";
          case CREDIT -> "Goodwill credit";
        });
    g.writeStringField(
        v5 ? "appliedBillingRateType" : "type",
        l.kind() == LineKind.CREDIT ? "appliedBillingCredit" : "appliedBillingCharge");
    time(g, "date", m.billDate());
    g.writeBooleanField("isBilled", true);
    g.writeObjectFieldStart("bill");
    g.writeStringField("id", b.id());
    g.writeStringField("@referredType", "CustomerBill");
    if (v5) {
      g.writeStringField("@type", "BillRef");
    }
    g.writeEndObject();
    g.writeObjectFieldStart("billingAccount");
    g.writeStringField("id", b.account().id());
    g.writeStringField("@referredType", "BillingAccount");
    if (v5) {
      g.writeStringField("@type", "BillingAccountRef");
    }
    g.writeEndObject();
    g.writeObjectFieldStart("product");
    g.writeStringField("id", p.id());
    g.writeStringField("@referredType", "Product");
    if (v5) {
      g.writeStringField("@type", "ProductRef");
    }
    g.writeEndObject();
    g.writeObjectFieldStart("periodCoverage");
    time(g, "startDateTime", l.coverage().start());
    time(g, "endDateTime", l.coverage().end());
    g.writeEndObject();
    money(g, "taxExcludedAmount", l.amount());
    money(g, "taxIncludedAmount", Catalog.withTax(l.amount()));
    if (l.kind() != LineKind.CREDIT) {
      g.writeArrayFieldStart("characteristic");
      characteristic(
          g, "chargeKind", l.kind() == LineKind.RECURRING ? "recurringCharge" : "usageCharge");
      g.writeEndArray();
    }
    g.writeStringField("@type", "AppliedCustomerBillingRate");
    g.writeEndObject();
  }

  // ================================================================== pass 2: alarms

  private void alarmPass(TmfSink sink, WriteSummary.Builder summary) throws IOException {
    Out events = options.events() == EventMode.NONE ? null : new Out(sink, "events.ndjson", true);
    try (Out alarms = open(sink, "alarm");
        Out tickets = open(sink, "troubleTicket");
        Out problems = open(sink, "serviceProblem")) {
      EventStream stream = events == null ? null : new EventStream(m, options, this, events);
      for (int j = 0; j < m.alarms(); j++) {
        Alarm a = m.alarm(j);
        alarm(alarms.next(), a);
        Ticket t = m.ticket(a);
        if (t != null) {
          ticket(tickets.next(), t);
        }
        Problem p = m.problem(a);
        if (p != null) {
          problem(problems.next(), p);
        }
        if (stream != null) {
          stream.add(j, a, t, p);
        }
      }
      summary.addFiles(alarms.finish(), tickets.finish(), problems.finish());
      if (stream != null) {
        stream.finish();
        summary.addFiles(events.finish());
      }
    } finally {
      if (events != null) {
        events.close();
      }
    }
  }

  void alarmId(JsonGenerator g, Alarm a) throws IOException {
    if (v5) {
      g.writeStringField("id", a.id());
    } else {
      g.writeNumberField("id", Long.parseLong(a.id()));
    }
  }

  void alarmedObject(JsonGenerator g, Alarm a) throws IOException {
    String type = a.target().service() ? "Service" : "PhysicalResource";
    g.writeStringField("alarmedObjectType", type);
    g.writeObjectFieldStart("alarmedObject");
    g.writeStringField("id", a.element());
    g.writeStringField(
        "href",
        HREF
            + (a.target().service()
                ? "serviceInventory/v4/service/"
                : "resourceInventoryManagement/v4/resource/")
            + a.element());
    if (v5) {
      g.writeStringField("@referredType", a.target().service() ? "Service" : "Resource");
      g.writeStringField("@type", "AlarmedObjectRef");
    } else {
      g.writeStringField("@type", "AlarmedObject");
    }
    g.writeEndObject();
  }

  /** The alarm's fields as raised (shared by the record and its create event). */
  void alarmRaise(JsonGenerator g, Alarm a) throws IOException {
    g.writeStringField("href", HREF + "alarm/v4/alarm/" + a.id());
    g.writeStringField("externalAlarmId", "EMS-" + a.id());
    g.writeStringField("alarmType", a.alarmType());
    g.writeStringField("perceivedSeverity", a.severity().label());
    g.writeStringField("probableCause", a.probableCause());
    g.writeStringField("specificProblem", a.specificProblem());
    alarmedObject(g, a);
    time(g, "alarmRaisedTime", a.raised());
    time(g, "alarmReportingTime", a.reported());
    g.writeStringField("sourceSystemId", "EMS-" + a.domain().code());
    g.writeStringField("reportingSystemId", "FM-UMBRELLA");
    g.writeBooleanField("serviceAffecting", true);
    g.writeStringField("plannedOutageIndicator", a.planned() ? "OutOfService" : "InService");
  }

  private void alarm(JsonGenerator g, Alarm a) throws IOException {
    g.writeStartObject();
    alarmId(g, a);
    g.writeStringField("state", a.cleared() != null ? "cleared" : "raised");
    g.writeStringField("ackState", a.acked() != null ? "acknowledged" : "unacknowledged");
    alarmRaise(g, a);
    if (a.cleared() != null) {
      time(g, "alarmClearedTime", a.cleared());
      g.writeStringField("clearSystemId", "EMS-" + a.domain().code());
    }
    time(g, "alarmChangedTime", a.changed());
    if (a.acked() != null) {
      g.writeStringField("ackSystemId", "FM-UMBRELLA");
      g.writeStringField("ackUserId", "noc.operator." + (1 + a.index() % 24));
    }
    g.writeStringField("@type", "Alarm");
    g.writeEndObject();
  }

  /** The ticket's fields as created (shared by the record and its create event). */
  void ticketCreate(JsonGenerator g, Ticket t) throws IOException {
    g.writeStringField("id", t.id());
    g.writeStringField("href", HREF + "troubleTicket/v4/troubleTicket/" + t.id());
    g.writeStringField("name", t.name());
    g.writeStringField(
        "description", t.alarm().specificProblem() + " (" + t.alarm().element() + ")");
    g.writeStringField("ticketType", "incident");
    g.writeStringField("severity", t.severity());
    g.writeStringField("priority", t.priority());
    time(g, "creationDate", t.created());
  }

  private void ticket(JsonGenerator g, Ticket t) throws IOException {
    g.writeStartObject();
    ticketCreate(g, t);
    g.writeStringField("status", t.status());
    if (t.resolved() != null) {
      time(g, "resolutionDate", t.resolved());
    }
    Status last = t.history().get(t.history().size() - 1);
    time(g, "statusChangeDate", last.at());
    time(g, "lastUpdate", last.at());
    g.writeArrayFieldStart(v5 ? "statusChangeHistory" : "statusChange");
    for (Status s : t.history()) {
      g.writeStartObject();
      g.writeStringField("status", s.status());
      time(g, v5 ? "statusChangeDate" : "changeDate", s.at());
      g.writeStringField(v5 ? "statusChangeReason" : "changeReason", s.reason());
      if (v5) {
        g.writeStringField("@type", "StatusChange");
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("relatedEntity");
    for (Related r : t.related()) {
      g.writeStartObject();
      if (v5) {
        g.writeStringField("role", r.role());
        g.writeObjectFieldStart("entity");
        g.writeStringField("id", r.id());
        g.writeStringField("@referredType", r.referredType());
        g.writeStringField("@type", "EntityRef");
        g.writeEndObject();
        g.writeStringField("@type", "RelatedEntity");
      } else {
        g.writeStringField("id", r.id());
        g.writeStringField("role", r.role());
        g.writeStringField("@referredType", r.referredType());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("@type", "TroubleTicket");
    g.writeEndObject();
  }

  /** The problem's fields as created (shared by the record and its create event). */
  void problemCreate(JsonGenerator g, Problem p) throws IOException {
    g.writeStringField("id", p.id());
    g.writeStringField("href", HREF + "serviceProblemManagement/v4/serviceProblem/" + p.id());
    g.writeStringField("name", "Outage of " + p.alarm().element());
    g.writeStringField("description", p.alarm().specificProblem() + " on " + p.alarm().element());
    g.writeStringField("category", "system.originated");
    g.writeNumberField("priority", p.priority());
    g.writeStringField("reason", p.alarm().probableCause());
    time(g, "creationDate", p.created());
    g.writeObjectFieldStart("originatorParty");
    if (v5) {
      g.writeStringField("role", "originator");
      g.writeObjectFieldStart("partyOrPartyRole");
      g.writeStringField("id", "ORG-NOC");
      g.writeStringField("name", "Network operations centre");
      g.writeStringField("@referredType", "Organization");
      g.writeStringField("@type", "PartyRef");
      g.writeEndObject();
      g.writeStringField("@type", "RelatedPartyRefOrPartyRoleRef");
    } else {
      g.writeStringField("id", "ORG-NOC");
      g.writeStringField("name", "Network operations centre");
      g.writeStringField("role", "originator");
      g.writeStringField("@referredType", "Organization");
    }
    g.writeEndObject();
  }

  private void problem(JsonGenerator g, Problem p) throws IOException {
    g.writeStartObject();
    problemCreate(g, p);
    g.writeStringField("status", p.status());
    if (p.resolved() != null) {
      time(g, "resolutionDate", p.resolved());
    }
    time(g, "statusChangeDate", p.resolved() != null ? p.resolved() : p.created());
    g.writeNumberField("affectedNumberOfServices", p.affectedServices().size());
    g.writeArrayFieldStart("affectedService");
    for (String s : p.affectedServices()) {
      ref(g, s, "serviceInventory/v4/service/", "Service", "ServiceRef");
    }
    g.writeEndArray();
    if (!p.affectedResources().isEmpty()) {
      g.writeArrayFieldStart("affectedResource");
      for (String r : p.affectedResources()) {
        ref(g, r, "resourceInventoryManagement/v4/resource/", "PhysicalResource", "ResourceRef");
      }
      g.writeEndArray();
    }
    boolean service = p.alarm().target().service();
    g.writeArrayFieldStart(service ? "rootCauseService" : "rootCauseResource");
    if (service) {
      ref(g, p.alarm().element(), "serviceInventory/v4/service/", "Service", "ServiceRef");
    } else {
      ref(
          g,
          p.alarm().element(),
          "resourceInventoryManagement/v4/resource/",
          "PhysicalResource",
          "ResourceRef");
    }
    g.writeEndArray();
    g.writeArrayFieldStart("underlyingAlarm");
    g.writeStartObject();
    g.writeStringField("id", p.alarm().id());
    g.writeStringField("href", HREF + "alarm/v4/alarm/" + p.alarm().id());
    g.writeStringField("@referredType", "Alarm");
    if (v5) {
      g.writeStringField("@type", "ResourceAlarmRef");
    }
    g.writeEndObject();
    g.writeEndArray();
    if (p.ticket() != null) {
      g.writeArrayFieldStart("troubleTicket");
      ref(g, p.ticket(), "troubleTicket/v4/troubleTicket/", "TroubleTicket", "TroubleTicketRef");
      g.writeEndArray();
    }
    g.writeStringField("@type", "ServiceProblem");
    g.writeEndObject();
  }

  // ================================================================== SLAs

  private void slaFiles(TmfSink sink, WriteSummary.Builder summary) throws IOException {
    try (Out slas = open(sink, "sla");
        Out objectives = open(sink, "serviceLevelObjective")) {
      for (SlaCatalog.Sla623 s : SlaCatalog.SLA623) {
        JsonGenerator g = slas.next();
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("href", HREF + "slaManagement/v2/sla/" + s.id());
        g.writeStringField("name", s.name());
        g.writeStringField("description", s.description());
        g.writeStringField("version", "1.0");
        validFor(g);
        g.writeStringField("state", "OPEN_RUNNING");
        g.writeBooleanField("approved", true);
        g.writeArrayFieldStart("relatedParty");
        g.writeStartObject();
        g.writeStringField("id", "ORG-OPERATOR");
        g.writeStringField("name", "Synthetic operator");
        g.writeStringField("role", "SLAProvider");
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("rule");
        for (SlaCatalog.Rule r : s.rules()) {
          g.writeStartObject();
          g.writeStringField("id", r.id());
          g.writeStringField("metric", r.metric());
          g.writeStringField("unit", r.unit());
          g.writeStringField("referenceValue", r.referenceValue());
          g.writeStringField("operator", r.operator());
          g.writeStringField("tolerance", "0");
          g.writeStringField("consequence", r.consequence());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      JsonGenerator g = slas.next();
      g.writeStartObject();
      g.writeStringField("id", SlaCatalog.PLATINUM);
      g.writeStringField(
          "href",
          HREF + "serviceQualityManagement/v4/serviceLevelSpecification/" + SlaCatalog.PLATINUM);
      g.writeStringField("name", SlaCatalog.PLATINUM_NAME);
      g.writeStringField(
          "description", "TMF657 specification: credits and cap as service level objectives.");
      validFor(g);
      g.writeArrayFieldStart("relatedServiceLevelObjective");
      for (SlaCatalog.Objective o : SlaCatalog.PLATINUM_OBJECTIVES) {
        ref(
            g,
            o.id(),
            "serviceQualityManagement/v4/serviceLevelObjective/",
            "ServiceLevelObjective",
            "ServiceLevelObjectiveRef");
      }
      g.writeEndArray();
      g.writeStringField("@type", "ServiceLevelSpecification");
      g.writeEndObject();
      for (SlaCatalog.Objective o : SlaCatalog.PLATINUM_OBJECTIVES) {
        JsonGenerator og = objectives.next();
        og.writeStartObject();
        og.writeStringField("id", o.id());
        og.writeStringField(
            "href", HREF + "serviceQualityManagement/v4/serviceLevelObjective/" + o.id());
        og.writeStringField("name", o.name());
        og.writeStringField("conformanceTarget", o.target());
        og.writeStringField("conformanceComparator", o.comparator());
        og.writeObjectFieldStart("conformancePeriod");
        og.writeStringField("amount", "1");
        og.writeStringField("units", "month");
        og.writeEndObject();
        og.writeObjectFieldStart("serviceLevelObjectiveParameter");
        og.writeStringField("name", o.parameter());
        og.writeStringField("parameterType", o.parameter().equals("availability") ? "KQI" : "term");
        og.writeEndObject();
        og.writeArrayFieldStart("serviceLevelObjectiveConsequence");
        og.writeStartObject();
        og.writeStringField("prescribedAction", o.action());
        og.writeEndObject();
        og.writeEndArray();
        og.writeStringField("@type", "ServiceLevelObjective");
        og.writeEndObject();
      }
      summary.addFiles(slas.finish(), objectives.finish());
    }
  }

  private void validFor(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("validFor");
    time(g, "startDateTime", SlaCatalog.VALID_FROM);
    time(g, "endDateTime", SlaCatalog.VALID_TO);
    g.writeEndObject();
  }

  // ================================================================== helpers

  void ref(JsonGenerator g, String id, String path, String referredType, String v5Type)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeStringField("href", HREF + path + id);
    g.writeStringField("@referredType", referredType);
    if (v5) {
      g.writeStringField("@type", v5Type);
    }
    g.writeEndObject();
  }

  private void party(
      JsonGenerator g, String id, String name, String role, String referredType, String v5Type)
      throws IOException {
    g.writeStartObject();
    if (v5) {
      g.writeStringField("role", role);
      g.writeObjectFieldStart("partyOrPartyRole");
      g.writeStringField("id", id);
      g.writeStringField("href", HREF + "partyManagement/v4/organization/" + id);
      g.writeStringField("name", name);
      g.writeStringField("@referredType", referredType);
      g.writeStringField("@type", "PartyRef");
      g.writeEndObject();
      g.writeStringField("@type", v5Type);
    } else {
      g.writeStringField("id", id);
      g.writeStringField("href", HREF + "partyManagement/v4/organization/" + id);
      g.writeStringField("name", name);
      g.writeStringField("role", role);
      g.writeStringField("@referredType", referredType);
    }
    g.writeEndObject();
  }

  private void characteristic(JsonGenerator g, String name, String value) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeStringField("valueType", "string");
    g.writeStringField("value", value);
    if (v5) {
      g.writeStringField("@type", "StringCharacteristic");
    }
    g.writeEndObject();
  }

  static void money(JsonGenerator g, String field, Money money) throws IOException {
    int digits = Money.minorUnitDigits(money.currency());
    BigDecimal amount =
        money.amount().scale() <= digits ? money.amount().setScale(digits) : money.amount();
    g.writeObjectFieldStart(field);
    g.writeStringField("unit", money.currency().getCurrencyCode());
    g.writeFieldName("value");
    g.writeNumber(amount);
    g.writeEndObject();
  }

  void time(JsonGenerator g, String field, Instant t) throws IOException {
    g.writeStringField(field, format(t, zone));
  }

  /**
   * An instant as RFC 3339 at the zone's offset, to the second: {@code 2025-03-04T03:10:00+01:00}.
   */
  static String format(Instant t, ZoneId zone) {
    ZoneOffset offset = zone.getRules().getOffset(t);
    LocalDateTime l = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, offset);
    StringBuilder b = new StringBuilder(25);
    int year = l.getYear();
    if (year < 1000) {
      b.append(year < 10 ? "000" : year < 100 ? "00" : "0");
    }
    b.append(year).append('-');
    two(b, l.getMonthValue()).append('-');
    two(b, l.getDayOfMonth()).append('T');
    two(b, l.getHour()).append(':');
    two(b, l.getMinute()).append(':');
    two(b, l.getSecond());
    int total = offset.getTotalSeconds();
    if (total == 0) {
      return b.append('Z').toString();
    }
    b.append(total < 0 ? '-' : '+');
    int abs = Math.abs(total);
    two(b, abs / 3600).append(':');
    two(b, abs / 60 % 60);
    return b.toString();
  }

  private static StringBuilder two(StringBuilder b, int v) {
    if (v < 10) {
      b.append('0');
    }
    return b.append(v);
  }

  boolean v5() {
    return v5;
  }
}
