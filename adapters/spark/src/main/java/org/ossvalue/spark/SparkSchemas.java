package org.ossvalue.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The DataFrame schemas ossvalue-spark reads and writes, field for field the core's types (see
 * docs/spark.md for every column).
 *
 * <p>Conventions: instants are {@code TIMESTAMP} (UTC, microseconds); enumerations are their TM
 * Forum labels as strings ({@code pendingActive}, {@code critical}, {@code plannedWork}); input
 * amounts are any {@code DECIMAL} (documented as {@code DECIMAL(38,20)}: the core keeps 20 places,
 * so a yearly price turned monthly survives exactly), read exactly, never as doubles; output
 * amounts are {@code DECIMAL(38,20)} plus, where a figure may carry more digits, the exact decimal
 * text ({@code amountExact}), which is what the totals are summed from. Columns a schema marks
 * nullable may be absent from an input: they are added as nulls.
 */
public final class SparkSchemas {

  /** Input amounts: 18 integer digits, 20 decimals (the core's division scale). */
  public static final DecimalType INPUT_DECIMAL = DataTypes.createDecimalType(38, 20);

  /** Output amounts: 18 integer digits, 20 decimals (the core's division scale). */
  public static final DecimalType OUTPUT_DECIMAL = DataTypes.createDecimalType(38, 20);

  /** An amount of one currency: {@code STRUCT<amount DECIMAL(38,20), currency STRING>}. */
  public static final StructType MONEY =
      struct(required("amount", INPUT_DECIMAL), required("currency", StringType));

  /**
   * Connections (TMF637 products): {@code id}, {@code account} required; {@code status} a TMF637
   * label (null: active); {@code recurringCharges} with {@code period} a {@code
   * recurringChargePeriod} label ({@code month}, {@code year}, …); {@code usageRevenuePerMonth}
   * null to take it from the usage table; {@code realizedBy} the ids of the services or resources
   * that deliver it; {@code sla} the agreement id.
   */
  public static final StructType CONNECTIONS =
      struct(
          required("id", StringType),
          required("account", StringType),
          optional("customer", StringType),
          optional("offering", StringType),
          optional("segment", StringType),
          optional("status", StringType),
          optional("activation", TimestampType),
          optional("termination", TimestampType),
          optional(
              "recurringCharges",
              array(
                  struct(
                      required("amount", INPUT_DECIMAL),
                      required("currency", StringType),
                      required("period", StringType),
                      optional("name", StringType)))),
          optional("usageRevenuePerMonth", MONEY),
          optional("realizedBy", array(StringType)),
          optional("sla", StringType),
          optional("attributes", DataTypes.createMapType(StringType, StringType, false)));

  /**
   * Topology elements (TMF639 resources, TMF638 services): {@code kind} {@code resource} or {@code
   * service}; {@code rule} how it combines its supporters, in the {@code redundancyRule}
   * convention: {@code allRequired} (null), {@code redundant}, {@code atLeast:<k>}, {@code
   * weighted}; {@code weights} supporter id → weight for {@code weighted}.
   */
  public static final StructType ELEMENTS =
      struct(
          required("id", StringType),
          required("kind", StringType),
          optional("rule", StringType),
          optional("weights", DataTypes.createMapType(StringType, INPUT_DECIMAL, false)));

  /** Supports edges: {@code supported} needs {@code supporter}. */
  public static final StructType EDGES =
      struct(required("supporter", StringType), required("supported", StringType));

  /**
   * Causes (TMF642 alarms, tickets, problems, changes, planned work): {@code kind} {@code alarm},
   * {@code ticket}, {@code problem}, {@code change} or {@code plannedWork}; {@code element} the
   * resource, service or connection hit; {@code cleared} null while open; {@code severity} an X.733
   * label; {@code planned} null: only planned work is planned.
   */
  public static final StructType CAUSES =
      struct(
          required("kind", StringType),
          required("id", StringType),
          required("element", StringType),
          required("raised", TimestampType),
          optional("cleared", TimestampType),
          required("severity", StringType),
          optional("planned", BooleanType));

  /** A record's status history: the status entered, when, and why when recorded. */
  private static final ArrayType HISTORY =
      array(
          struct(
              required("status", StringType),
              required("at", TimestampType),
              optional("reason", StringType)));

  /**
   * Trouble tickets (TMF621): {@code elements} the resources, services or connections they name,
   * {@code alarms} the alarm ids they are for, {@code severity} an X.733 label, {@code history} the
   * status changes (they time detection and restoration).
   */
  public static final StructType TICKETS =
      struct(
          required("id", StringType),
          required("created", TimestampType),
          optional("resolved", TimestampType),
          required("status", StringType),
          optional("severity", StringType),
          optional("priority", StringType),
          optional("type", StringType),
          optional("elements", array(StringType)),
          optional("alarms", array(StringType)),
          optional("history", HISTORY));

  /**
   * Service problems (TMF656): {@code affected} and {@code rootCause} element ids, the {@code
   * alarms} and {@code tickets} they group, {@code history} their status changes.
   */
  public static final StructType PROBLEMS =
      struct(
          required("id", StringType),
          required("created", TimestampType),
          optional("resolved", TimestampType),
          required("status", StringType),
          optional("priority", DataTypes.IntegerType),
          optional("affected", array(StringType)),
          optional("rootCause", array(StringType)),
          optional("alarms", array(StringType)),
          optional("tickets", array(StringType)),
          optional("history", HISTORY));

  /**
   * Product orders (TMF622): {@code state} a TMF622 label; {@code items[].action} {@code add},
   * {@code modify}, {@code delete} or {@code noChange}; {@code items[].mrr} and {@code previousMrr}
   * monthly amounts from structured prices only.
   */
  public static final StructType ORDERS =
      struct(
          required("id", StringType),
          required("created", TimestampType),
          optional("requestedStart", TimestampType),
          optional("requestedCompletion", TimestampType),
          optional("expectedCompletion", TimestampType),
          optional("completion", TimestampType),
          required("state", StringType),
          optional("account", StringType),
          optional(
              "items",
              array(
                  struct(
                      required("id", StringType),
                      required("action", StringType),
                      optional("state", StringType),
                      optional("connection", StringType),
                      optional("offering", StringType),
                      optional("mrr", MONEY),
                      optional("previousMrr", MONEY),
                      optional("reason", StringType)))),
          optional("history", HISTORY));

  /** Customer bills (TMF678). */
  public static final StructType BILLS =
      struct(
          required("id", StringType),
          required("account", StringType),
          optional("billingPeriodStart", TimestampType),
          optional("billingPeriodEnd", TimestampType),
          optional("billDate", TimestampType),
          optional("taxExcluded", MONEY),
          optional("state", StringType));

  /**
   * Bill lines (TMF678 applied customer billing rates): {@code kind} {@code recurring}, {@code
   * oneTime}, {@code usage}, {@code credit}, {@code penalty} or {@code unknown}; {@code amount}
   * tax-excluded, negative for credits.
   */
  public static final StructType BILL_LINES =
      struct(
          required("id", StringType),
          required("account", StringType),
          optional("bill", StringType),
          optional("connection", StringType),
          required("kind", StringType),
          optional("coverageStart", TimestampType),
          optional("coverageEnd", TimestampType),
          required("amount", INPUT_DECIMAL),
          required("currency", StringType));

  /**
   * SLA terms (TMF623 rules, TMF657 objectives): credit tiers (below {@code belowPercent} %
   * availability, {@code creditPercentOfMrr} % of MRR; the worst breached tier applies), an
   * optional cap, whether planned work is excluded (null: it is).
   */
  public static final StructType SLA_TERMS =
      struct(
          required("id", StringType),
          optional("name", StringType),
          optional(
              "tiers",
              array(
                  struct(
                      required("belowPercent", INPUT_DECIMAL),
                      required("creditPercentOfMrr", INPUT_DECIMAL)))),
          optional("capPercentOfMrr", INPUT_DECIMAL),
          optional("plannedExcluded", BooleanType),
          optional("validFrom", TimestampType),
          optional("validTo", TimestampType));

  /** Rated usage (TMF635): one row per rated amount of one connection. */
  public static final StructType USAGE =
      struct(
          required("id", StringType),
          required("connection", StringType),
          required("at", TimestampType),
          required("amount", INPUT_DECIMAL),
          required("currency", StringType));

  // ------------------------------------------------------------------------------ outputs

  /**
   * An explanation: the figure, its result, the formula, the inputs and their records, the clause.
   */
  public static final StructType EXPLANATION =
      struct(
          required("figure", StringType),
          required("result", StringType),
          required("formula", StringType),
          required(
              "inputs",
              array(
                  struct(
                      required("name", StringType),
                      required("value", StringType),
                      required("records", array(StringType))))),
          required("clause", StringType));

  /**
   * Kept ledger entries, every ledger in one table ({@code ledger} is a {@code LedgerKind} label
   * such as {@code revenueAtRisk.unplanned}, {@code creditsOwed}, {@code leakage}): the amount
   * rounded half-even to 20 places in {@code amount} and exact in {@code amountExact} (what totals
   * are summed from), the window it covers, the records behind it, the churn range and how it was
   * derived.
   */
  public static final StructType LEDGER_ENTRIES =
      struct(
          required("ledger", StringType),
          required("connection", StringType),
          required("currency", StringType),
          required("amount", OUTPUT_DECIMAL),
          required("amountExact", StringType),
          optional("windowStart", TimestampType),
          optional("windowEnd", TimestampType),
          required("records", array(StringType)),
          optional("rangeLowExact", StringType),
          optional("rangeHighExact", StringType),
          required("fullRefund", BooleanType),
          required("explanation", EXPLANATION));

  /** Entries the double-count guard excluded: the entry's columns, the rule, why, where counted. */
  public static final StructType EXCLUSIONS =
      LEDGER_ENTRIES
          .add(required("rule", StringType))
          .add(required("reason", StringType))
          .add(required("countedIn", array(StringType)));

  /**
   * Impact windows inside the period (the statement's impact lines): a connection degraded by
   * {@code degradation} over [{@code start}, {@code end}), the causes, the connection's MRR and
   * what the window put at risk and lost in usage revenue (exact text).
   */
  public static final StructType IMPACT_LINES =
      struct(
          required("connection", StringType),
          required("start", TimestampType),
          required("end", TimestampType),
          required("degradation", StringType),
          required("minutes", StringType),
          required("planned", BooleanType),
          required("causes", array(StringType)),
          optional("mrr", StringType),
          optional("revenueAtRisk", StringType),
          optional("usageLost", StringType),
          optional("currency", StringType));

  /**
   * One row per connection: who it is and every figure the statement gives it, exact text in the
   * connection's currency (null where the statement has none), the lake form of the statement's
   * lines and of its breakdown by account ({@code groupBy("account")}).
   */
  public static final StructType CONNECTION_FIGURES =
      struct(
          required("id", StringType),
          required("account", StringType),
          optional("segment", StringType),
          optional("offering", StringType),
          required("status", StringType),
          optional("currency", StringType),
          optional("contractedMrr", StringType),
          optional("mrr", StringType),
          optional("connected", StringType),
          required("activeMinutes", StringType),
          required("lostMinutesUnplanned", StringType),
          required("lostMinutesPlanned", StringType),
          optional("enabled", StringType),
          optional("atRisk", StringType),
          optional("plannedAtRisk", StringType),
          optional("usageLost", StringType),
          optional("credits", StringType),
          optional("lost", StringType),
          optional("leakage", StringType),
          optional("churnExposure", StringType),
          optional("protected", StringType));

  /**
   * Exact per-currency figures of the statement: {@code figure} is a headline figure ({@code
   * headline.atRisk}) or a ledger ({@code ledger.creditsOwed}); {@code amount} rounded half-even to
   * 20 places, {@code amountExact} exact, {@code rounded} half-even to the minor unit.
   */
  public static final StructType TOTALS =
      struct(
          required("figure", StringType),
          required("currency", StringType),
          required("amount", OUTPUT_DECIMAL),
          required("amountExact", StringType),
          required("rounded", StringType));

  private SparkSchemas() {}

  static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  static StructField required(String name, DataType type) {
    return new StructField(name, type, false, Metadata.empty());
  }

  static StructField optional(String name, DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }

  static ArrayType array(DataType element) {
    return DataTypes.createArrayType(element, false);
  }
}
