package org.ossvalue.testkit.operator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.billing.Bill;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.UsageRecord;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.testkit.internal.CoreMapping;
import org.ossvalue.testkit.internal.Model;
import org.ossvalue.testkit.internal.TmfWriter;

/**
 * A seeded synthetic operator: customers by segment (residential, SMB, enterprise) in regions that
 * bill in their own currency, offerings with realistic monthly recurring revenue, products
 * activated and terminated over time, a topology with shared aggregation routers, redundant PE
 * pairs, 2-of-3 uplink groups, weighted radio access and dual-homed enterprise sites, alarms with
 * realistic severities and durations (some planned, some overlapping, some open at as-of), the
 * tickets and problems opened for them, orders with lead times (early, late, open), three SLAs
 * (TMF623 rules and a TMF657 specification), usage, and bills with a small leakage rate.
 *
 * <pre>{@code
 * SyntheticOperator op = SyntheticOperator.of(OperatorSpec.of(42, 5_000));
 * op.writeTmf(Path.of("export"), WriteOptions.of(TmfVersion.V5, TmfLayout.NDJSON));
 * List<Connection> connections = op.connections().toList();   // the same records, as core objects
 * }</pre>
 *
 * <p>Every record is a pure function of the spec and its index: the same spec gives the same
 * export, byte for byte, and the same core objects, whatever the order they are asked for in.
 * Writing streams (memory does not grow with the size); {@link #data()} and {@link #topology()}
 * hold everything in memory and suit small operators. Immutable and thread-safe.
 */
public final class SyntheticOperator {

  private final OperatorSpec spec;
  private final Model model;

  private SyntheticOperator(OperatorSpec spec) {
    this.spec = spec;
    this.model = new Model(spec);
  }

  /** The operator a spec describes. */
  public static SyntheticOperator of(OperatorSpec spec) {
    return new SyntheticOperator(Objects.requireNonNull(spec, "spec"));
  }

  /** The operator of this seed and size, with the defaults of {@link OperatorSpec}. */
  public static SyntheticOperator of(long seed, int connections) {
    return of(OperatorSpec.of(seed, connections));
  }

  /** The spec. */
  public OperatorSpec spec() {
    return spec;
  }

  /** The generated month, in the spec's zone. */
  public ReportingPeriod period() {
    return spec.period();
  }

  /** The instant the export is taken. */
  public Instant asOf() {
    return spec.asOf();
  }

  // ------------------------------------------------------------------ core objects

  /** The connections in id order, made one at a time. */
  public Stream<Connection> connections() {
    return IntStream.range(0, spec.connections())
        .mapToObj(i -> CoreMapping.connection(model.product(i)));
  }

  /** Connection i (0-based), made alone. */
  public Connection connection(int index) {
    Objects.checkIndex(index, spec.connections());
    return CoreMapping.connection(model.product(index));
  }

  /** The whole topology, in memory. */
  public Topology topology() {
    Topology.Builder t = Topology.builder();
    for (int d = 0; d < model.domains(); d++) {
      Model.Domain domain = model.domain(d);
      CoreMapping.addDomain(model, domain, t);
      for (int i = domain.start(); i < domain.end(); i++) {
        CoreMapping.addProduct(model, model.product(i), t);
      }
    }
    return t.build();
  }

  /** The alarms as causes, in id order (which is raise-slot order). */
  public Stream<Cause> causes() {
    return alarms().map(CoreMapping::cause);
  }

  /** The trouble tickets, in id order. */
  public Stream<TroubleTicket> tickets() {
    return alarms().map(model::ticket).filter(Objects::nonNull).map(CoreMapping::ticket);
  }

  /** The service problems, in id order. */
  public Stream<ServiceProblem> problems() {
    return alarms().map(model::problem).filter(Objects::nonNull).map(CoreMapping::problem);
  }

  /** The product orders, in id order. */
  public Stream<Order> orders() {
    return products().flatMap(p -> model.orders(p).stream()).map(CoreMapping::order);
  }

  /** The rated usage, in id order (rejected usage records give none). */
  public Stream<UsageRecord> usage() {
    return products().flatMap(p -> CoreMapping.usage(model.usage(p)).stream());
  }

  /** The month's bills, in id order. */
  public Stream<Bill> bills() {
    return billFacts().map(b -> CoreMapping.bill(model, b));
  }

  /** The month's bill lines, bill by bill. */
  public Stream<BillLine> billLines() {
    return billFacts().flatMap(b -> b.lines().stream().map(l -> CoreMapping.line(b, l)));
  }

  /** The SLA terms, by id. */
  public List<SlaTerms> slaTerms() {
    return CoreMapping.slaTerms();
  }

  /**
   * Everything as core objects in memory, each list sorted by id as {@code ossvalue-tmf} sorts what
   * it reads: for small operators.
   */
  public OperatorData data() {
    return OperatorData.builder()
        .period(period())
        .asOf(asOf())
        .connections(connections().toList())
        .topology(topology())
        .causes(causes().toList())
        .tickets(tickets().toList())
        .problems(problems().toList())
        .orders(sorted(orders(), Order::id))
        .usage(sorted(usage(), UsageRecord::id))
        .bills(sorted(bills(), Bill::id))
        .billLines(sorted(billLines(), BillLine::id))
        .slaTerms(sorted(slaTerms().stream(), SlaTerms::id))
        .build();
  }

  // ------------------------------------------------------------------ TMF export

  /** Writes the export into a directory (created if needed), one file per resource. */
  public WriteSummary writeTmf(Path dir, WriteOptions options) {
    Objects.requireNonNull(dir, "dir");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return writeTmf(
        name -> new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 16),
        options);
  }

  /** Writes the export to a sink that opens one stream per file name. */
  public WriteSummary writeTmf(TmfSink sink, WriteOptions options) {
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(options, "options");
    return new TmfWriter(model, options).write(sink);
  }

  /**
   * Writes the export into memory: file name to content. For small operators (the CLI's sample, a
   * test): read it back with {@code TmfReader.readStreams}.
   */
  public java.util.Map<String, byte[]> writeTmf(WriteOptions options) {
    java.util.Map<String, java.io.ByteArrayOutputStream> streams = new java.util.LinkedHashMap<>();
    writeTmf(
        (TmfSink)
            name -> {
              java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
              streams.put(name, b);
              return b;
            },
        options);
    java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    streams.forEach((k, v) -> files.put(k, v.toByteArray()));
    return files;
  }

  // ------------------------------------------------------------------ helpers

  private Stream<Model.Alarm> alarms() {
    return IntStream.range(0, model.alarms()).mapToObj(model::alarm);
  }

  private Stream<Model.Product> products() {
    return IntStream.range(0, spec.connections()).mapToObj(model::product);
  }

  private Stream<Model.BillFacts> billFacts() {
    List<Model.BillFacts> none = List.of();
    return IntStream.range(0, spec.connections())
        .filter(i -> model.isAccountStart(i))
        .mapToObj(
            i -> {
              Model.Domain d = model.domain(model.domainOf(i));
              Model.Account a = model.account(i, d);
              List<Model.Product> group = new ArrayList<>(a.end() - a.first());
              for (int k = a.first(); k < a.end(); k++) {
                group.add(model.product(k, d, a));
              }
              Model.BillFacts b = model.bill(a, group);
              return b == null ? none : List.of(b);
            })
        .flatMap(List::stream);
  }

  private static <T> List<T> sorted(Stream<T> items, Function<T, String> id) {
    return items.sorted(Comparator.comparing(id)).toList();
  }

  @Override
  public String toString() {
    return "SyntheticOperator{" + spec + "}";
  }
}
