package org.ossvalue.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.ChargePeriod;
import org.ossvalue.core.ConnectionStatus;
import org.ossvalue.core.Money;
import org.ossvalue.core.Severity;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;
import org.ossvalue.testkit.internal.Catalog.Access;
import org.ossvalue.testkit.internal.Catalog.Offering;
import org.ossvalue.testkit.operator.OperatorSpec;

/**
 * The synthetic operator as pure functions: every domain, connection, alarm, ticket, problem,
 * order, usage record and bill is computed from the spec and its own index, so any of them can be
 * made alone, in any order, and the export can be streamed.
 *
 * <p>Shape: connections are grouped into aggregation regions (150 to 5,000 connections,
 * log-uniform), each with a shared aggregation router, an uplink group (a redundant pair of PE
 * routers, or three links of which two must work), a radio access service over four cell sites
 * (weighted mean) and line cards shared by 32 connections. Regions hold blocks of 16 connections of
 * one segment (residential, SMB, enterprise) split into accounts. A fixed connection's service
 * needs its CPE, its line card, the aggregation router and the uplink; 30 % of enterprise sites are
 * dual-homed (two legs, redundant), the second leg through the next region.
 */
public final class Model {

  static final long DOMAIN = 1;
  static final long BLOCK = 2;
  static final long ACCOUNT = 3;
  static final long PRODUCT = 4;
  static final long ALARM = 5;
  static final long TICKET = 6;
  static final long PROBLEM = 7;
  static final long ORDER = 8;
  static final long USAGE = 9;
  static final long BILL = 10;
  static final long LINE = 11;
  static final long EVENT = 12;

  static final int BLOCK_SIZE = 16;
  static final int PER_CARD = 32;
  static final int CELLS = 4;
  static final int MIN_DOMAIN = 150;
  static final int MAX_DOMAIN = 5_000;
  static final long ALARM_ID_BASE = 100_000_000L;

  private static final long DAY = 86_400L;

  final OperatorSpec spec;
  final long seed;
  final int n;
  final int alarmCount;
  final ZoneId zone;
  final Instant monthStart;
  final Instant monthEnd;
  final Instant asOf;
  final Instant activityEnd; // min(monthEnd, asOf)
  final int[] domainStart;
  final Currency[] currencies;
  final double[] currencyCumulative;
  final String yyyymm;

  /** The model of a spec; cheap (only the region layout is computed up front). */
  public Model(OperatorSpec spec) {
    this.spec = spec;
    this.seed = spec.seed();
    this.n = spec.connections();
    this.alarmCount = spec.alarms();
    this.zone = spec.zone();
    this.monthStart = spec.period().from();
    this.monthEnd = spec.period().to();
    this.asOf = spec.asOf();
    this.activityEnd = asOf.isBefore(monthEnd) ? asOf : monthEnd;
    List<Integer> starts = new ArrayList<>();
    int next = 0;
    for (int d = 0; next < n; d++) {
      starts.add(next);
      SplittableRandom r = Seeds.random(seed, DOMAIN, d);
      double log =
          StrictMath.log(MIN_DOMAIN)
              + r.nextDouble() * (StrictMath.log(MAX_DOMAIN) - StrictMath.log(MIN_DOMAIN));
      int size = (int) Math.round(StrictMath.exp(log));
      // Whole blocks only, so that no account spans two regions.
      size = Math.max(BLOCK_SIZE, size - size % BLOCK_SIZE);
      next += size;
    }
    starts.add(n);
    this.domainStart = starts.stream().mapToInt(Integer::intValue).toArray();
    this.currencies = spec.currencies().stream().map(Money::currency).toArray(Currency[]::new);
    this.currencyCumulative = new double[currencies.length];
    double total = 0;
    for (int k = 0; k < currencies.length; k++) {
      total += 1.0 / ((k + 1) * (k + 1));
      currencyCumulative[k] = total;
    }
    for (int k = 0; k < currencies.length; k++) {
      currencyCumulative[k] /= total;
    }
    this.yyyymm = spec.month().toString().replace("-", "");
  }

  /** The spec. */
  public OperatorSpec spec() {
    return spec;
  }

  // ================================================================== ids

  static String pad(long value, int width) {
    String s = Long.toString(value);
    if (s.length() >= width) {
      return s;
    }
    StringBuilder b = new StringBuilder(width);
    for (int k = s.length(); k < width; k++) {
      b.append('0');
    }
    return b.append(s).toString();
  }

  static String productId(int i) {
    return "P-" + pad(i, 8);
  }

  static String serviceId(int i) {
    return "S-" + pad(i, 8);
  }

  static String cpeId(int i) {
    return "R-CPE-" + pad(i, 8);
  }

  static String alarmId(int j) {
    return Long.toString(ALARM_ID_BASE + j);
  }

  // ================================================================== regions

  /** An aggregation region. */
  public record Domain(
      int index,
      int start,
      int end,
      Currency currency,
      boolean pairUplink,
      int cards,
      String code) {

    int size() {
      return end - start;
    }

    String agg() {
      return "R-AGG-" + code;
    }

    String uplinkService() {
      return "S-UPL-" + code;
    }

    String ranService() {
      return "S-RAN-" + code;
    }

    List<String> uplinkMembers() {
      return pairUplink
          ? List.of("R-PE-" + code + "-A", "R-PE-" + code + "-B")
          : List.of("R-LNK-" + code + "-1", "R-LNK-" + code + "-2", "R-LNK-" + code + "-3");
    }

    String cell(int c) {
      return "R-CELL-" + code + "-" + (c + 1);
    }

    String card(int k) {
      return "R-CARD-" + code + "-" + pad(k, 3);
    }
  }

  /** The number of regions. */
  public int domains() {
    return domainStart.length - 1;
  }

  /** Region d. */
  public Domain domain(int d) {
    SplittableRandom r = Seeds.random(seed, DOMAIN, d + 1_000_000L);
    double u = r.nextDouble();
    int c = 0;
    while (c < currencies.length - 1 && u >= currencyCumulative[c]) {
      c++;
    }
    int start = domainStart[d];
    int end = domainStart[d + 1];
    int cards = (end - start + PER_CARD - 1) / PER_CARD;
    return new Domain(d, start, end, currencies[c], d % 2 == 0, cards, pad(d, 5));
  }

  /** The region that holds connection i. */
  public int domainOf(int i) {
    int lo = 0;
    int hi = domainStart.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (domainStart[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  // ================================================================== accounts

  /** Connections [first, end) of one account, in one block of one segment. */
  public record Account(int first, int end, String segment) {
    String id() {
      return "BA-" + pad(first, 8);
    }

    String customer() {
      return "CU-" + pad(first, 8);
    }
  }

  /** The account of connection i. */
  public Account account(int i, Domain domain) {
    int blockStart = domain.start() + (i - domain.start()) / BLOCK_SIZE * BLOCK_SIZE;
    int blockEnd = Math.min(blockStart + BLOCK_SIZE, domain.end());
    double s = Seeds.random(seed, BLOCK, blockStart).nextDouble();
    String segment = s < 0.72 ? "residential" : s < 0.92 ? "smb" : "enterprise";
    SplittableRandom r = Seeds.random(seed, ACCOUNT, blockStart);
    int pos = blockStart;
    while (true) {
      int size =
          switch (segment) {
            case "residential" -> r.nextDouble() < 0.7 ? 1 : 2;
            case "smb" -> 2 + r.nextInt(3);
            default -> BLOCK_SIZE;
          };
      int end = Math.min(pos + size, blockEnd);
      if (i < end) {
        return new Account(pos, end, segment);
      }
      pos = end;
    }
  }

  /** Whether connection i is the first of its account. */
  public boolean isAccountStart(int i) {
    Domain d = domain(domainOf(i));
    return account(i, d).first() == i;
  }

  // ================================================================== connections

  /** One TMF637 product and what realises it. */
  public record Product(
      int index,
      String id,
      Domain domain,
      Account account,
      String customerName,
      Offering offering,
      Money price,
      ChargePeriod period,
      @Nullable Money install,
      @Nullable Money usageRate,
      ConnectionStatus status,
      @Nullable Instant orderDate,
      @Nullable Instant requested,
      @Nullable Instant start,
      @Nullable Instant termination,
      @Nullable String sla,
      boolean cpe,
      boolean dualHomed,
      int card) {

    String segment() {
      return account.segment();
    }

    Currency currency() {
      return domain.currency();
    }

    Money mrr() {
      return period.toMonthly(price);
    }

    boolean organization() {
      return !segment().equals("residential");
    }

    String serviceId() {
      return Model.serviceId(index);
    }
  }

  /** Connection i. */
  public Product product(int i) {
    Domain domain = domain(domainOf(i));
    return product(i, domain, account(i, domain));
  }

  /** Connection i, of a known region and account. */
  public Product product(int i, Domain domain, Account account) {
    SplittableRandom r = Seeds.random(seed, PRODUCT, i);
    String segment = account.segment();
    List<Offering> offerings = Catalog.offerings(segment);
    int total = offerings.stream().mapToInt(Offering::weight).sum();
    int pick = r.nextInt(total);
    Offering offering = offerings.get(0);
    for (Offering o : offerings) {
      if (pick < o.weight()) {
        offering = o;
        break;
      }
      pick -= o.weight();
    }
    double factor;
    if (segment.equals("enterprise")) {
      factor = Math.min(1.6, Math.max(0.6, Seeds.logNormal(r, 1.0, 0.2)));
    } else {
      factor = r.nextDouble() < 0.15 ? 0.8 : 1.0;
    }
    Currency currency = domain.currency();
    Money price = Catalog.price(offering.baseCents(), factor, currency);
    ChargePeriod period = offering.yearly() ? ChargePeriod.YEAR : ChargePeriod.MONTH;
    Money install =
        offering.installCents() > 0 ? Catalog.price(offering.installCents(), 1.0, currency) : null;
    Money usageRate =
        offering.usageCentsPerGb() > 0
            ? Catalog.price(offering.usageCentsPerGb(), 1.0, currency)
            : null;

    ConnectionStatus status = ConnectionStatus.ACTIVE;
    Instant orderDate;
    Instant start = null;
    Instant termination = null;
    long leadSeconds =
        (long)
            (offering.leadDays()
                * DAY
                * Math.min(4.0, Math.max(0.3, Seeds.logNormal(r, 1.0, 0.35))));
    double life = r.nextDouble();
    if (life < 0.02) {
      status = ConnectionStatus.PENDING_ACTIVE;
      orderDate = asOf.minusSeconds(DAY + r.nextLong(2L * offering.leadDays() * DAY));
    } else if (life < 0.045) {
      start = monthStart.plusSeconds(r.nextLong(seconds(monthStart, activityEnd)));
      orderDate = start.minusSeconds(leadSeconds);
    } else if (life < 0.075) {
      termination = monthStart.minusSeconds(DAY + r.nextLong(360 * DAY));
      start = termination.minusSeconds(30 * DAY + r.nextLong(3 * 365 * DAY));
      orderDate = start.minusSeconds(leadSeconds);
      status = ConnectionStatus.TERMINATED;
    } else {
      start = monthStart.minusSeconds(1 + r.nextLong(4 * 365 * DAY));
      orderDate = start.minusSeconds(leadSeconds);
      if (r.nextDouble() < 0.012) {
        termination = monthStart.plusSeconds(r.nextLong(seconds(monthStart, activityEnd)));
        status = ConnectionStatus.TERMINATED;
      }
    }
    orderDate = truncate(orderDate);
    start = start == null ? null : truncate(start);
    termination = termination == null ? null : truncate(termination);
    Instant requested = nextMidnight(orderDate.plusSeconds(offering.leadDays() * DAY));
    String sla = null;
    double s = r.nextDouble();
    if (segment.equals("enterprise")) {
      sla = s < 0.45 ? SlaCatalog.GOLD : s < 0.65 ? SlaCatalog.PLATINUM : null;
    } else if (segment.equals("smb") && s < 0.3) {
      sla = SlaCatalog.SILVER;
    }
    boolean cpe =
        offering.access() != Access.MOBILE
            && (segment.equals("enterprise") || r.nextDouble() < 0.9);
    boolean dual =
        segment.equals("enterprise") && offering.access() == Access.FIXED && r.nextDouble() < 0.3;
    String name =
        account.segment().equals("residential")
            ? Catalog.personName(Seeds.mix(seed + account.first()))
            : Catalog.companyName(Seeds.mix(seed + account.first()), currency);
    return new Product(
        i,
        productId(i),
        domain,
        account,
        name,
        offering,
        price,
        period,
        install,
        usageRate,
        status,
        orderDate,
        requested,
        start,
        termination,
        sla,
        cpe,
        dual,
        (i - domain.start()) / PER_CARD);
  }

  /** Where connection p's service is realised: its own services (one, or three if dual-homed). */
  public record ServiceNode(
      String id,
      String name,
      String category,
      @Nullable String rule,
      List<String> supportingServices,
      List<String> supportingResources) {}

  /** The services of connection p, the customer-facing one first. */
  public List<ServiceNode> services(Product p) {
    Domain d = p.domain();
    String id = p.serviceId();
    String name = p.offering().name() + " - " + p.customerName();
    if (p.offering().access() == Access.MOBILE) {
      return List.of(
          new ServiceNode(
              id, name, "CFS", null, List.of(d.ranService(), d.uplinkService()), List.of(d.agg())));
    }
    List<String> resources = new ArrayList<>(3);
    if (p.cpe()) {
      resources.add(cpeId(p.index()));
    }
    resources.add(d.card(p.card()));
    resources.add(d.agg());
    if (!p.dualHomed()) {
      return List.of(new ServiceNode(id, name, "CFS", null, List.of(d.uplinkService()), resources));
    }
    Domain other = domains() > 1 ? domain((d.index() + 1) % domains()) : d;
    int otherCard =
        other.index() == d.index() ? (p.card() + 1) % d.cards() : p.card() % other.cards();
    return List.of(
        new ServiceNode(id, name, "CFS", "redundant", List.of(id + "-A", id + "-B"), List.of()),
        new ServiceNode(
            id + "-A", name + " (leg A)", "RFS", null, List.of(d.uplinkService()), resources),
        new ServiceNode(
            id + "-B",
            name + " (leg B)",
            "RFS",
            null,
            List.of(other.uplinkService()),
            List.of(cpeId(p.index()) + "-B", other.card(otherCard), other.agg())));
  }

  /** The CPEs of connection p: none, one, or two when dual-homed. */
  public List<String> cpes(Product p) {
    if (!p.cpe()) {
      return List.of();
    }
    return p.dualHomed()
        ? List.of(cpeId(p.index()), cpeId(p.index()) + "-B")
        : List.of(cpeId(p.index()));
  }

  /** The shared services of a region. */
  public List<ServiceNode> domainServices(Domain d) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < CELLS; c++) {
      cells.add(d.cell(c));
    }
    return List.of(
        new ServiceNode(
            d.uplinkService(),
            "Uplink " + d.code(),
            "RFS",
            d.pairUplink() ? "redundant" : "atLeast:2",
            List.of(),
            d.uplinkMembers()),
        new ServiceNode(
            d.ranService(), "Radio access " + d.code(), "RFS", "weighted", List.of(), cells));
  }

  /** A shared resource of a region: id, category and name. */
  public record ResourceNode(String id, String category, String name) {}

  /** The shared resources of a region. */
  public List<ResourceNode> domainResources(Domain d) {
    List<ResourceNode> list = new ArrayList<>();
    list.add(new ResourceNode(d.agg(), "aggregationRouter", "Aggregation router " + d.code()));
    for (String m : d.uplinkMembers()) {
      list.add(
          new ResourceNode(
              m,
              d.pairUplink() ? "peRouter" : "uplink",
              (d.pairUplink() ? "PE router " : "Uplink ") + m.substring(m.lastIndexOf('-') + 1)));
    }
    for (int c = 0; c < CELLS; c++) {
      list.add(new ResourceNode(d.cell(c), "cellSite", "Cell site " + d.code() + "/" + (c + 1)));
    }
    for (int k = 0; k < d.cards(); k++) {
      list.add(new ResourceNode(d.card(k), "lineCard", "Line card " + d.code() + "/" + k));
    }
    return list;
  }

  /** The window connection p earns in within [from, to); null when none. */
  static @Nullable TimeWindow active(Product p, Instant from, Instant to) {
    if (p.start() == null) {
      return null;
    }
    Instant s = p.start().isAfter(from) ? p.start() : from;
    Instant e = p.termination() != null && p.termination().isBefore(to) ? p.termination() : to;
    return s.isBefore(e) ? TimeWindow.of(s, e) : null;
  }

  // ================================================================== alarms

  /** What an alarm hit. */
  enum Target {
    CPE,
    CFS,
    CARD,
    CELL,
    UPLINK_MEMBER,
    UPLINK_SERVICE,
    RAN_SERVICE,
    AGG;

    boolean network() {
      return this == UPLINK_MEMBER || this == UPLINK_SERVICE || this == AGG;
    }

    boolean service() {
      return this == CFS || this == UPLINK_SERVICE || this == RAN_SERVICE;
    }
  }

  /** One TMF642 alarm. */
  public record Alarm(
      int index,
      String id,
      String element,
      Target target,
      int connection,
      Domain domain,
      Severity severity,
      boolean planned,
      Instant raised,
      Instant reported,
      @Nullable Instant acked,
      @Nullable Instant cleared,
      String alarmType,
      String probableCause,
      String specificProblem) {

    /** The last change: clear, else acknowledgement, else the report. */
    Instant changed() {
      if (cleared != null) {
        return cleared;
      }
      return acked != null ? acked : reported;
    }
  }

  /** The number of alarms. */
  public int alarms() {
    return alarmCount;
  }

  /** The first instant alarms are raised at: a day before the month. */
  Instant alarmSpanStart() {
    return monthStart.minusSeconds(DAY);
  }

  /** The start of alarm j's time slot (alarms are spread evenly over the span, in index order). */
  Instant slotStart(int j) {
    long span = seconds(alarmSpanStart(), asOf);
    return alarmSpanStart().plusSeconds((long) (span * (double) j / alarmCount));
  }

  /** Alarm j. */
  public Alarm alarm(int j) {
    SplittableRandom r = Seeds.random(seed, ALARM, j);
    long span = seconds(alarmSpanStart(), asOf);
    double slot = span / (double) alarmCount;
    Instant raised = alarmSpanStart().plusSeconds((long) ((j + r.nextDouble()) * slot));
    boolean planned = r.nextDouble() < 0.05;
    boolean repeat = !planned && j > 0 && r.nextDouble() < 0.04;
    int c = r.nextInt(n);
    Domain d = domain(domainOf(c));
    Target target;
    String element;
    Alarm previous = repeat ? alarm(j - 1) : null;
    if (previous != null && !previous.planned()) {
      target = previous.target();
      element = previous.element();
      c = previous.connection();
      d = previous.domain();
      raised = previous.raised().plusSeconds(1 + r.nextInt(1_800));
    } else {
      double u = r.nextDouble();
      Product p = product(c, d, account(c, d));
      if (planned) {
        target =
            u < 0.15
                ? Target.AGG
                : u < 0.5 ? Target.UPLINK_MEMBER : u < 0.85 ? Target.CARD : Target.CELL;
        LocalDate day = raised.atZone(zone).toLocalDate();
        raised =
            day.atStartOfDay(zone)
                .toInstant()
                .plusSeconds(3_600L * r.nextInt(4) + 60L * r.nextInt(60));
      } else if (u < 0.5) {
        target = p.cpe() ? Target.CPE : Target.CFS;
      } else if (u < 0.64) {
        target = Target.CFS;
      } else if (u < 0.77) {
        target = Target.CARD;
      } else if (u < 0.87) {
        target = Target.CELL;
      } else if (u < 0.945) {
        target = Target.UPLINK_MEMBER;
      } else if (u < 0.955) {
        target = Target.UPLINK_SERVICE;
      } else if (u < 0.965) {
        target = Target.RAN_SERVICE;
      } else if (u < 0.969) {
        target = Target.AGG;
      } else {
        target = p.cpe() ? Target.CPE : Target.CFS;
      }
      element =
          switch (target) {
            case CPE -> cpeId(c);
            case CFS -> serviceId(c);
            case CARD -> d.card(p.card());
            case CELL -> d.cell(r.nextInt(CELLS));
            case UPLINK_MEMBER -> d.uplinkMembers().get(r.nextInt(d.uplinkMembers().size()));
            case UPLINK_SERVICE -> d.uplinkService();
            case RAN_SERVICE -> d.ranService();
            case AGG -> d.agg();
          };
    }
    if (!raised.isBefore(asOf)) {
      raised = asOf.minusSeconds(1 + r.nextInt(3_600));
    }
    raised = truncate(raised);
    Severity severity = planned ? Severity.CRITICAL : severity(target, r.nextDouble());
    long minutes;
    if (planned) {
      minutes = 60L + r.nextInt(241);
    } else {
      double median =
          target == Target.AGG ? 95 : target.network() ? 60 : target == Target.CARD ? 75 : 35;
      minutes = Math.min(7 * 24 * 60L, Math.max(2, Math.round(Seeds.logNormal(r, median, 1.2))));
    }
    Instant cleared = raised.plusSeconds(minutes * 60 + r.nextInt(60));
    if (!cleared.isBefore(asOf) || r.nextDouble() < 0.01) {
      cleared = null;
    }
    Instant reported = raised.plusSeconds(1 + r.nextInt(9));
    Instant acked = raised.plusSeconds(60L + r.nextInt(20 * 60));
    if ((cleared != null && !acked.isBefore(cleared)) || !acked.isBefore(asOf)) {
      acked = null;
    }
    String alarmType;
    String cause;
    String problem;
    if (planned) {
      alarmType = "communicationsAlarm";
      cause = "communicationsSubsystemFailure";
      problem = "Node reload during planned work CHG-" + (ALARM_ID_BASE + j);
    } else {
      switch (target) {
        case CPE -> {
          alarmType = "communicationsAlarm";
          cause = "lossOfSignal";
          problem = "Loss of signal on the customer premises equipment";
        }
        case CARD -> {
          alarmType = "equipmentAlarm";
          cause = "equipmentMalfunction";
          problem = "Line card failure";
        }
        case AGG -> {
          alarmType = "equipmentAlarm";
          cause = "powerProblem";
          problem = "Power supply input lost";
        }
        case CELL -> {
          alarmType = "communicationsAlarm";
          cause = "transmitterFailure";
          problem = "Cell site transmitter failure";
        }
        case UPLINK_MEMBER -> {
          alarmType = "communicationsAlarm";
          cause = "lossOfSignal";
          problem = "Uplink down";
        }
        default -> {
          alarmType = "qualityOfServiceAlarm";
          cause = "performanceDegraded";
          problem = "Service degraded";
        }
      }
    }
    return new Alarm(
        j,
        alarmId(j),
        element,
        target,
        c,
        d,
        severity,
        planned,
        raised,
        reported,
        acked,
        cleared,
        alarmType,
        cause,
        problem);
  }

  private static Severity severity(Target t, double u) {
    double[] p =
        t.network()
            ? new double[] {0.55, 0.75, 0.85, 0.95}
            : t == Target.CARD
                ? new double[] {0.45, 0.65, 0.8, 0.95}
                : new double[] {0.22, 0.37, 0.57, 0.9};
    if (u < p[0]) {
      return Severity.CRITICAL;
    }
    if (u < p[1]) {
      return Severity.MAJOR;
    }
    if (u < p[2]) {
      return Severity.MINOR;
    }
    return u < p[3] ? Severity.WARNING : Severity.INDETERMINATE;
  }

  // ================================================================== tickets and problems

  /** One status change of a ticket. */
  public record Status(String status, Instant at, String reason) {}

  /** One TMF621 trouble ticket, opened for an alarm. */
  public record Ticket(
      String id,
      Alarm alarm,
      Instant created,
      @Nullable Instant resolved,
      String status,
      List<Status> history,
      List<Related> related,
      String name,
      String severity,
      String priority) {}

  /** An entity a ticket names: its id, TMF {@code @referredType} and role. */
  public record Related(String id, String referredType, String role) {}

  /** The ticket opened for alarm a, if any. */
  public @Nullable Ticket ticket(Alarm a) {
    if (a.planned() || (a.severity() != Severity.CRITICAL && a.severity() != Severity.MAJOR)) {
      return null;
    }
    SplittableRandom r = Seeds.random(seed, TICKET, a.index());
    boolean edge = !a.target().network() && a.target() != Target.CARD;
    if (edge && r.nextDouble() >= 0.65) {
      return null;
    }
    double delay = edge ? Seeds.logNormal(r, 25, 0.6) : Seeds.logNormal(r, 8, 0.5);
    Instant created = a.raised().plusSeconds(60 + (long) (delay * 60));
    if (!created.isBefore(asOf)) {
      return null;
    }
    Instant resolved = null;
    if (a.cleared() != null) {
      Instant base = a.cleared().isAfter(created) ? a.cleared() : created.plusSeconds(300);
      resolved = base.plusSeconds(60L * r.nextInt(16) + r.nextInt(60));
      if (!resolved.isBefore(asOf)) {
        resolved = null;
      }
    }
    List<Status> history = new ArrayList<>();
    history.add(new Status("acknowledged", created, edge ? "Customer call" : "Opened by NOC"));
    Instant working = created.plusSeconds(60L + 60L * r.nextInt(10));
    if (working.isBefore(resolved != null ? resolved : asOf)) {
      history.add(new Status("inProgress", working, "Engineer assigned"));
    }
    String status = history.get(history.size() - 1).status();
    if (resolved != null) {
      history.add(new Status("resolved", resolved, "Service restored"));
      status = "resolved";
      Instant closed = resolved.plusSeconds(2 * 3_600L);
      if (closed.isBefore(asOf)) {
        history.add(new Status("closed", closed, "Customer confirmed"));
        status = "closed";
      }
    }
    List<Related> related = new ArrayList<>();
    related.add(new Related(productId(a.connection()), "Product", "affectedProduct"));
    if (a.target().service()) {
      related.add(new Related(a.element(), "Service", "affectedService"));
    } else if (edge) {
      related.add(new Related(serviceId(a.connection()), "Service", "affectedService"));
      related.add(new Related(a.element(), "Resource", "affectedResource"));
    } else {
      related.add(new Related(a.element(), "Resource", "affectedResource"));
    }
    related.add(new Related(a.id(), "Alarm", "causingAlarm"));
    boolean critical = a.severity() == Severity.CRITICAL;
    return new Ticket(
        "TT-" + a.id(),
        a,
        created,
        resolved,
        status,
        history,
        related,
        edge ? "Service interrupted at customer site" : "Network outage " + a.element(),
        critical ? "Critical" : "Major",
        critical ? "High" : "Medium");
  }

  /** One TMF656 service problem, opened for a network alarm. */
  public record Problem(
      String id,
      Alarm alarm,
      Instant created,
      @Nullable Instant resolved,
      String status,
      int priority,
      List<String> affectedServices,
      List<String> affectedResources,
      @Nullable String ticket) {}

  /** The service problem opened for alarm a, if any. */
  public @Nullable Problem problem(Alarm a) {
    if (a.planned() || a.severity() != Severity.CRITICAL) {
      return null;
    }
    SplittableRandom r = Seeds.random(seed, PROBLEM, a.index());
    double u = r.nextDouble();
    boolean open = a.target().network() ? u < 0.6 : a.target() == Target.CARD && u < 0.1;
    if (!open) {
      return null;
    }
    Instant created = a.raised().plusSeconds(300L + 60L * r.nextInt(16));
    if (!created.isBefore(asOf)) {
      return null;
    }
    Instant resolved = null;
    if (a.cleared() != null) {
      Instant base = a.cleared().isAfter(created) ? a.cleared() : created.plusSeconds(300);
      resolved = base.plusSeconds(60L * r.nextInt(11));
      if (!resolved.isBefore(asOf)) {
        resolved = null;
      }
    }
    Domain d = a.domain();
    List<String> services = new ArrayList<>();
    if (a.target() == Target.UPLINK_MEMBER || a.target() == Target.UPLINK_SERVICE) {
      services.add(d.uplinkService());
    }
    for (int i = d.start(); i < Math.min(d.end(), d.start() + 3); i++) {
      services.add(serviceId(i));
    }
    Ticket t = ticket(a);
    return new Problem(
        "SP-" + a.id(),
        a,
        created,
        resolved,
        resolved != null ? "closed" : "inProgress",
        a.target() == Target.CARD ? 2 : 1,
        services,
        a.target().service() ? List.of() : List.of(a.element()),
        t == null ? null : t.id());
  }

  // ================================================================== orders

  /** One TMF622 product order with one item. */
  public record OrderFacts(
      String id,
      Product product,
      String action,
      String state,
      Instant created,
      Instant requested,
      Instant expected,
      @Nullable Instant completion) {}

  /** The orders of connection p: its add order if recent or open, its delete order if ended. */
  public List<OrderFacts> orders(Product p) {
    List<OrderFacts> orders = new ArrayList<>(1);
    SplittableRandom r = Seeds.random(seed, ORDER, p.index());
    Instant recent = monthStart.minusSeconds(31 * DAY);
    if (p.status() == ConnectionStatus.PENDING_ACTIVE) {
      Instant expected =
          p.requested().isBefore(asOf)
              ? nextMidnight(asOf.plusSeconds(DAY * (1 + r.nextInt(20))))
              : p.requested();
      String state = r.nextDouble() < 0.15 ? "acknowledged" : "inProgress";
      orders.add(
          new OrderFacts(
              "ORD-" + pad(p.index(), 8),
              p,
              "add",
              state,
              p.orderDate(),
              p.requested(),
              expected,
              null));
    } else if (p.start() != null && !p.start().isBefore(recent)) {
      orders.add(
          new OrderFacts(
              "ORD-" + pad(p.index(), 8),
              p,
              "add",
              "completed",
              p.orderDate(),
              p.requested(),
              p.requested(),
              p.start()));
    }
    if (p.termination() != null && !p.termination().isBefore(monthStart)) {
      Instant created = truncate(p.termination().minusSeconds(DAY * (14 + r.nextInt(30))));
      orders.add(
          new OrderFacts(
              "ORD-" + pad(p.index(), 8) + "-D",
              p,
              "delete",
              "completed",
              created,
              p.termination(),
              p.termination(),
              p.termination()));
    }
    return orders;
  }

  // ================================================================== usage

  /** One TMF635 usage record (rejected ones carry no rated amount). */
  public record Usage(
      String id, Product product, Instant at, int gigabytes, @Nullable Money amount) {}

  /** The usage of connection p in the month (up to as-of). */
  public List<Usage> usage(Product p) {
    if (p.usageRate() == null) {
      return List.of();
    }
    TimeWindow w = active(p, monthStart, activityEnd);
    if (w == null) {
      return List.of();
    }
    SplittableRandom r = Seeds.random(seed, USAGE, p.index());
    int count = 1 + r.nextInt(5);
    List<Usage> list = new ArrayList<>(count + 1);
    long span = seconds(w.start(), w.end());
    for (int k = 1; k <= count; k++) {
      Instant at = truncate(w.start().plusSeconds(r.nextLong(Math.max(1, span))));
      int gb = 1 + r.nextInt(12);
      list.add(new Usage("U-" + pad(p.index(), 8) + "-" + k, p, at, gb, p.usageRate().times(gb)));
    }
    if (r.nextDouble() < 0.03) {
      Instant at = truncate(w.start().plusSeconds(r.nextLong(Math.max(1, span))));
      list.add(new Usage("U-" + pad(p.index(), 8) + "-" + (count + 1), p, at, 1, null));
    }
    return list;
  }

  // ================================================================== bills

  /** What kind of bill line. */
  enum LineKind {
    RECURRING,
    USAGE,
    CREDIT
  }

  /** One TMF678 applied customer billing rate. */
  public record Line(
      String id, Product product, LineKind kind, Money amount, TimeWindow coverage) {}

  /** One TMF678 customer bill with its lines. */
  public record BillFacts(
      String id, Account account, Currency currency, List<Line> lines, String state) {

    Money net() {
      Money sum = Money.zero(currency);
      for (Line l : lines) {
        sum = sum.plus(l.amount());
      }
      return sum;
    }
  }

  /** The month's bill of an account (its products given), if it has one. */
  public @Nullable BillFacts bill(Account account, List<Product> products) {
    SplittableRandom r = Seeds.random(seed, BILL, account.first());
    if (r.nextDouble() < 0.004) {
      return null; // not billed this month: not assessable
    }
    List<Line> lines = new ArrayList<>();
    boolean billable = false;
    for (Product p : products) {
      TimeWindow w = active(p, monthStart, monthEnd);
      if (w == null) {
        continue;
      }
      billable = true;
      SplittableRandom lr = Seeds.random(seed, LINE, p.index());
      Money expected =
          RevenueAtRiskStrategy.calendarAccurate().valueOf(p.mrr(), w, BigDecimal.ONE, zone);
      Money billed = expected.rounded();
      if (lr.nextDouble() < spec.leakageRate()) {
        billed =
            lr.nextDouble() < 0.6
                ? null
                : Money.of(
                    expected
                        .amount()
                        .multiply(new BigDecimal("0.9"))
                        .setScale(Money.minorUnitDigits(p.currency()), RoundingMode.HALF_EVEN),
                    p.currency());
      }
      String base = "ACBR-" + pad(p.index(), 8);
      if (billed != null) {
        lines.add(new Line(base + "-R", p, LineKind.RECURRING, billed, w));
      }
      Money usage = null;
      for (Usage u : usage(p)) {
        if (u.amount() != null) {
          usage = usage == null ? u.amount() : usage.plus(u.amount());
        }
      }
      if (usage != null) {
        lines.add(new Line(base + "-U", p, LineKind.USAGE, usage, w));
      }
      if (lr.nextDouble() < 0.005) {
        Money credit =
            Money.of(
                p.mrr()
                    .amount()
                    .multiply(BigDecimal.valueOf(5 + lr.nextInt(20)))
                    .movePointLeft(2)
                    .setScale(Money.minorUnitDigits(p.currency()), RoundingMode.HALF_EVEN)
                    .negate(),
                p.currency());
        lines.add(new Line(base + "-C", p, LineKind.CREDIT, credit, w));
      }
    }
    if (!billable) {
      return null;
    }
    return new BillFacts(
        "CB-" + pad(account.first(), 8) + "-" + yyyymm,
        account,
        products.get(0).currency(),
        lines,
        r.nextDouble() < 0.7 ? "settled" : "sent");
  }

  /** When bills are issued: six hours after the month. */
  Instant billDate() {
    return monthEnd.plusSeconds(6 * 3_600L);
  }

  // ================================================================== time helpers

  static long seconds(Instant from, Instant to) {
    return Math.max(1, Duration.between(from, to).toSeconds());
  }

  static Instant truncate(Instant t) {
    return Instant.ofEpochSecond(t.getEpochSecond());
  }

  Instant nextMidnight(Instant t) {
    LocalDate day = t.atZone(zone).toLocalDate().plusDays(1);
    return day.atStartOfDay(zone).toInstant();
  }
}
