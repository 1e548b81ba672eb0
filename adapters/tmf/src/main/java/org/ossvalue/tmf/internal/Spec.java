package org.ossvalue.tmf.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ossvalue.tmf.TmfKind;

/**
 * What the reader needs to know about one kind of record: how to parse it, its id, how to merge an
 * update into it, and how to build (and so validate) its core value.
 */
abstract class Spec<D> {

  final TmfKind kind;
  final String key;

  Spec(TmfKind kind, String key) {
    this.kind = kind;
    this.key = key;
  }

  abstract @Nullable D parse(Cursor c) throws IOException;

  abstract @Nullable String id(D d);

  abstract boolean idNull(D d);

  /** A new, empty record with this id. */
  abstract D fresh(String id);

  /** Copies the fields the update carries into the record. */
  abstract void merge(D into, D update);

  /** Builds the core value; null when the record has an error or lacks a field it needs. */
  abstract @Nullable Object build(String id, D d, String base, Issues is, Context ctx);

  /** What a build may look up: settings and, for SLA specifications, the objectives. */
  static final class Context {
    final Settings settings;
    final Map<String, Dto.Slo> objectives;
    final boolean trial;

    Context(Settings settings, Map<String, Dto.Slo> objectives, boolean trial) {
      this.settings = settings;
      this.objectives = objectives;
      this.trial = trial;
    }
  }

  // ------------------------------------------------------------------ the kinds

  static final Spec<Dto.Product> PRODUCT =
      new Spec<>(TmfKind.PRODUCT, "product") {
        @Override
        Dto.@Nullable Product parse(Cursor c) throws IOException {
          return Dto.product(c);
        }

        @Override
        @Nullable String id(Dto.Product d) {
          return d.id;
        }

        @Override
        boolean idNull(Dto.Product d) {
          return d.idNull;
        }

        @Override
        Dto.Product fresh(String id) {
          Dto.Product d = new Dto.Product();
          d.id = id;
          return d;
        }

        @Override
        void merge(Dto.Product into, Dto.Product update) {
          into.merge(update);
        }

        @Override
        @Nullable Object build(String id, Dto.Product d, String base, Issues is, Context ctx) {
          return Build.connection(id, d, base, is, ctx.settings);
        }
      };

  static final Spec<Dto.Service> SERVICE =
      new Spec<>(TmfKind.SERVICE, "service") {
        @Override
        Dto.@Nullable Service parse(Cursor c) throws IOException {
          return Dto.service(c);
        }

        @Override
        @Nullable String id(Dto.Service d) {
          return d.id;
        }

        @Override
        boolean idNull(Dto.Service d) {
          return d.idNull;
        }

        @Override
        Dto.Service fresh(String id) {
          Dto.Service d = new Dto.Service(Cursor.Mark.ROOT);
          d.id = id;
          d.refOnly = false;
          return d;
        }

        @Override
        void merge(Dto.Service into, Dto.Service update) {
          into.merge(update);
        }

        @Override
        @Nullable Object build(String id, Dto.Service d, String base, Issues is, Context ctx) {
          checkService(d, is);
          return is.hasErrors() ? null : d;
        }
      };

  static void checkService(Dto.Service d, Issues is) {
    Build.rule(d.chars, is);
    if (d.supportingServices != null) {
      for (Dto.Service s : d.supportingServices) {
        if (!s.refOnly) {
          checkService(s, is);
        }
      }
    }
    if (d.supportingResources != null) {
      for (Dto.Resource r : d.supportingResources) {
        if (!r.refOnly) {
          checkResource(r, is);
        }
      }
    }
  }

  static void checkResource(Dto.Resource d, Issues is) {
    Build.rule(d.chars, is);
    if (d.supportingResources != null) {
      for (Dto.Resource r : d.supportingResources) {
        if (!r.refOnly) {
          checkResource(r, is);
        }
      }
    }
  }

  static final Spec<Dto.Resource> RESOURCE =
      new Spec<>(TmfKind.RESOURCE, "resource") {
        @Override
        Dto.@Nullable Resource parse(Cursor c) throws IOException {
          return Dto.resource(c);
        }

        @Override
        @Nullable String id(Dto.Resource d) {
          return d.id;
        }

        @Override
        boolean idNull(Dto.Resource d) {
          return d.idNull;
        }

        @Override
        Dto.Resource fresh(String id) {
          Dto.Resource d = new Dto.Resource(Cursor.Mark.ROOT);
          d.id = id;
          d.refOnly = false;
          return d;
        }

        @Override
        void merge(Dto.Resource into, Dto.Resource update) {
          into.merge(update);
        }

        @Override
        @Nullable Object build(String id, Dto.Resource d, String base, Issues is, Context ctx) {
          checkResource(d, is);
          return is.hasErrors() ? null : d;
        }
      };

  static final Spec<Dto.Alarm> ALARM =
      new Spec<>(TmfKind.ALARM, "alarm") {
        @Override
        Dto.@Nullable Alarm parse(Cursor c) throws IOException {
          return Dto.alarm(c);
        }

        @Override
        @Nullable String id(Dto.Alarm d) {
          return d.id;
        }

        @Override
        boolean idNull(Dto.Alarm d) {
          return d.idNull;
        }

        @Override
        Dto.Alarm fresh(String id) {
          Dto.Alarm d = new Dto.Alarm();
          d.id = id;
          return d;
        }

        @Override
        void merge(Dto.Alarm into, Dto.Alarm update) {
          into.merge(update);
        }

        @Override
        @Nullable Object build(String id, Dto.Alarm d, String base, Issues is, Context ctx) {
          return Build.alarm(id, d, base, is);
        }
      };

  static final Spec<Dto.Ticket> TICKET =
      new Spec<>(TmfKind.TROUBLE_TICKET, "troubleTicket") {
        @Override
        Dto.@Nullable Ticket parse(Cursor c) throws IOException {
          return Dto.ticket(c);
        }

        @Override
        @Nullable String id(Dto.Ticket d) {
          return d.id;
        }

        @Override
        boolean idNull(Dto.Ticket d) {
          return d.idNull;
        }

        @Override
        Dto.Ticket fresh(String id) {
          Dto.Ticket d = new Dto.Ticket();
          d.id = id;
          return d;
        }

        @Override
        void merge(Dto.Ticket into, Dto.Ticket update) {
          into.merge(update);
        }

        @Override
        @Nullable Object build(String id, Dto.Ticket d, String base, Issues is, Context ctx) {
          return Build.ticket(id, d, base, is);
        }
      };

  static final Spec<Dto.Problem> PROBLEM =
      new Spec<>(TmfKind.SERVICE_PROBLEM, "serviceProblem") {
        @Override
        Dto.@Nullable Problem parse(Cursor c) throws IOException {
          return Dto.problem(c);
        }

        @Override
        @Nullable String id(Dto.Problem d) {
          return d.id;
        }

        @Override
        boolean idNull(Dto.Problem d) {
          return d.idNull;
        }

        @Override
        Dto.Problem fresh(String id) {
          Dto.Problem d = new Dto.Problem();
          d.id = id;
          return d;
        }

        @Override
        void merge(Dto.Problem into, Dto.Problem update) {
          into.merge(update);
        }

        @Override
        @Nullable Object build(String id, Dto.Problem d, String base, Issues is, Context ctx) {
          return Build.problem(id, d, base, is);
        }
      };

  static final Spec<Dto.Order> ORDER =
      new Spec<>(TmfKind.PRODUCT_ORDER, "productOrder") {
        @Override
        Dto.@Nullable Order parse(Cursor c) throws IOException {
          return Dto.order(c);
        }

        @Override
        @Nullable String id(Dto.Order d) {
          return d.id;
        }

        @Override
        boolean idNull(Dto.Order d) {
          return d.idNull;
        }

        @Override
        Dto.Order fresh(String id) {
          Dto.Order d = new Dto.Order();
          d.id = id;
          return d;
        }

        @Override
        void merge(Dto.Order into, Dto.Order update) {
          into.merge(update);
        }

        @Override
        @Nullable Object build(String id, Dto.Order d, String base, Issues is, Context ctx) {
          return Build.order(id, d, base, is, ctx.settings);
        }
      };

  static final Spec<Dto.Usage> USAGE =
      new Spec<>(TmfKind.USAGE, "usage") {
        @Override
        Dto.@Nullable Usage parse(Cursor c) throws IOException {
          return Dto.usage(c);
        }

        @Override
        @Nullable String id(Dto.Usage d) {
          return d.id;
        }

        @Override
        boolean idNull(Dto.Usage d) {
          return d.idNull;
        }

        @Override
        Dto.Usage fresh(String id) {
          Dto.Usage d = new Dto.Usage();
          d.id = id;
          return d;
        }

        @Override
        void merge(Dto.Usage into, Dto.Usage update) {
          into.merge(update);
        }

        @Override
        @Nullable Object build(String id, Dto.Usage d, String base, Issues is, Context ctx) {
          return Build.usage(id, d, base, is);
        }
      };

  static final Spec<Dto.Bill> BILL =
      new Spec<>(TmfKind.CUSTOMER_BILL, "customerBill") {
        @Override
        Dto.@Nullable Bill parse(Cursor c) throws IOException {
          return Dto.bill(c);
        }

        @Override
        @Nullable String id(Dto.Bill d) {
          return d.id;
        }

        @Override
        boolean idNull(Dto.Bill d) {
          return d.idNull;
        }

        @Override
        Dto.Bill fresh(String id) {
          Dto.Bill d = new Dto.Bill();
          d.id = id;
          return d;
        }

        @Override
        void merge(Dto.Bill into, Dto.Bill update) {
          into.merge(update);
        }

        @Override
        @Nullable Object build(String id, Dto.Bill d, String base, Issues is, Context ctx) {
          return Build.bill(id, d, base, is);
        }
      };

  static final Spec<Dto.Rate> RATE =
      new Spec<>(TmfKind.APPLIED_CUSTOMER_BILLING_RATE, "appliedCustomerBillingRate") {
        @Override
        Dto.@Nullable Rate parse(Cursor c) throws IOException {
          return Dto.rate(c);
        }

        @Override
        @Nullable String id(Dto.Rate d) {
          return d.id;
        }

        @Override
        boolean idNull(Dto.Rate d) {
          return d.idNull;
        }

        @Override
        Dto.Rate fresh(String id) {
          Dto.Rate d = new Dto.Rate();
          d.id = id;
          return d;
        }

        @Override
        void merge(Dto.Rate into, Dto.Rate update) {
          into.merge(update);
        }

        @Override
        @Nullable Object build(String id, Dto.Rate d, String base, Issues is, Context ctx) {
          return Build.billLine(id, d, base, is);
        }
      };

  static final Spec<Dto.Sla> SLA =
      new Spec<>(TmfKind.SLA, "sla") {
        @Override
        Dto.@Nullable Sla parse(Cursor c) throws IOException {
          return Dto.sla(c);
        }

        @Override
        @Nullable String id(Dto.Sla d) {
          return d.id;
        }

        @Override
        boolean idNull(Dto.Sla d) {
          return d.idNull;
        }

        @Override
        Dto.Sla fresh(String id) {
          Dto.Sla d = new Dto.Sla();
          d.id = id;
          return d;
        }

        @Override
        void merge(Dto.Sla into, Dto.Sla update) {
          if (update.name != null) into.name = update.name;
          if (update.validStart != null) into.validStart = update.validStart;
          if (update.validEnd != null) into.validEnd = update.validEnd;
          if (update.rules != null) into.rules = update.rules;
          if (update.objectives != null) into.objectives = update.objectives;
        }

        @Override
        @Nullable Object build(String id, Dto.Sla d, String base, Issues is, Context ctx) {
          if (d.rules == null && d.objectives != null) {
            if (ctx.trial) {
              Build.window(d.validStart, d.validEnd, Build.f(base, "validFor"), is);
              return is.hasErrors() ? null : d;
            }
            return Build.sla657(id, d, base, ctx.objectives, is);
          }
          if (d.rules == null) {
            is.warn(
                Build.f(base, "rule"),
                "neither TMF623 rule[] nor TMF657 relatedServiceLevelObjective[]: no credit tiers");
          }
          return Build.sla623(id, d, base, is);
        }
      };

  static final Spec<Dto.Slo> SLO =
      new Spec<>(TmfKind.SERVICE_LEVEL_OBJECTIVE, "serviceLevelObjective") {
        @Override
        Dto.@Nullable Slo parse(Cursor c) throws IOException {
          return Dto.slo(c);
        }

        @Override
        @Nullable String id(Dto.Slo d) {
          return d.id;
        }

        @Override
        boolean idNull(Dto.Slo d) {
          return d.idNull;
        }

        @Override
        Dto.Slo fresh(String id) {
          Dto.Slo d = new Dto.Slo();
          d.id = id;
          return d;
        }

        @Override
        void merge(Dto.Slo into, Dto.Slo update) {
          if (update.name != null) into.name = update.name;
          if (update.target != null) into.target = update.target;
          if (update.comparator != null) into.comparator = update.comparator;
          if (update.parameter != null) into.parameter = update.parameter;
          if (update.consequences != null) into.consequences = update.consequences;
        }

        @Override
        @Nullable Object build(String id, Dto.Slo d, String base, Issues is, Context ctx) {
          return Build.checkObjective(d, base, is) ? d : null;
        }
      };

  /** Every kind of record file, in the order a directory is read. */
  static final List<Spec<?>> ALL =
      List.of(
          SLO, SLA, RESOURCE, SERVICE, PRODUCT, ALARM, TICKET, PROBLEM, ORDER, USAGE, BILL, RATE);

  /** The spec of a payload key in an event, such as {@code alarm}. */
  static @Nullable Spec<?> forKey(String key) {
    for (Spec<?> s : ALL) {
      if (s.key.equals(key)) {
        return s;
      }
    }
    return null;
  }

  /** The spec of a file kind. */
  static @Nullable Spec<?> forKind(TmfKind kind) {
    for (Spec<?> s : ALL) {
      if (s.kind == kind) {
        return s;
      }
    }
    return null;
  }
}
