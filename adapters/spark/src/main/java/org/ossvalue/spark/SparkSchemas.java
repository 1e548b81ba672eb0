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
 * amounts are any {@code DECIMAL} (documented as {@code DECIMAL(38,18)}), read exactly, never as
 * doubles; output amounts are {@code DECIMAL(38,20)} (the core divides to 20 places) plus, where a
 * figure may carry more digits, the exact decimal text ({@code amountExact}), which is what the
 * totals are summed from. Columns a schema marks nullable may be absent from an input: they are
 * added as nulls.
 */
public final class SparkSchemas {

  /** Input amounts: 20 integer digits, 18 decimals. */
  public static final DecimalType INPUT_DECIMAL = DataTypes.createDecimalType(38, 18);

  /** Output amounts: 18 integer digits, 20 decimals (the core's division scale). */
  public static final DecimalType OUTPUT_DECIMAL = DataTypes.createDecimalType(38, 20);

  /** An amount of one currency: {@code STRUCT<amount DECIMAL(38,18), currency STRING>}. */
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

  /**
   * Product orders (TMF622): {@code state} a TMF622 label; {@code items[].action} {@code add},
   * {@code modify}, {@code delete} or {@code noChange}; {@code items[].mrr} and {@code
   * previousMrr} monthly amounts from structured prices only.
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
          optional(
              "history",
              array(
                  struct(
                      required("status", StringType),
                      required("at", TimestampType),
                      optional("reason", StringType)))));

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
   * Service impacts: one row per window in which a connection was degraded by a constant {@code
   * degradation} (planned impacts carry what planned work added on top of unplanned degradation).
   */
  public static final StructType IMPACTS =
      struct(
          required("connection", StringType),
          required("start", TimestampType),
          required("end", TimestampType),
          required("degradation", OUTPUT_DECIMAL),
          required("classification", StringType),
          required("causes", array(StringType)),
          required("minutes", OUTPUT_DECIMAL));

  /**
   * Ledger entries, every ledger in one table ({@code ledger} is a {@code LedgerKind} label such as
   * {@code revenueAtRisk.unplanned}, {@code creditsOwed}, {@code leakage}): the amount, exact in
   * {@code amountExact}, the window it covers, the records behind it and its explanation.
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
          required("fullRefund", BooleanType),
          required("explanation", StringType));

  /** Entries the double-count guard excluded: the entry's columns, the rule and why. */
  public static final StructType EXCLUSIONS =
      LEDGER_ENTRIES
          .add(required("rule", StringType))
          .add(required("reason", StringType))
          .add(required("countedIn", array(StringType)));

  /** SLA assessments: one row per connection with an SLA and billing period. */
  public static final StructType SLA_CREDITS =
      struct(
          required("connection", StringType),
          required("agreement", StringType),
          required("billingPeriodStart", TimestampType),
          required("billingPeriodEnd", TimestampType),
          required("measuredMinutes", OUTPUT_DECIMAL),
          required("downtimeMinutes", OUTPUT_DECIMAL),
          required("availabilityPercent", OUTPUT_DECIMAL),
          optional("targetPercent", OUTPUT_DECIMAL),
          required("breached", BooleanType),
          required("currency", StringType),
          required("mrr", OUTPUT_DECIMAL),
          required("credit", OUTPUT_DECIMAL),
          required("creditExact", StringType),
          required("capped", BooleanType),
          required("consecutiveBreaches", DataTypes.IntegerType),
          required("terminationRight", BooleanType),
          required("provisional", BooleanType));

  /** Leakage findings: one row per connection expected or billed in an assessable account. */
  public static final StructType LEAKAGE_FINDINGS =
      struct(
          required("account", StringType),
          optional("connection", StringType),
          required("kind", StringType),
          required("currency", StringType),
          required("expected", OUTPUT_DECIMAL),
          required("billed", OUTPUT_DECIMAL),
          required("leakage", OUTPUT_DECIMAL),
          required("overcharge", OUTPUT_DECIMAL),
          required("lines", array(StringType)),
          required("bills", array(StringType)));

  /** Billing accounts of the period: whether each could be assessed (it has a bill). */
  public static final StructType LEAKAGE_ACCOUNTS =
      struct(
          required("account", StringType),
          required("assessable", BooleanType),
          required("bills", array(StringType)));

  /** Order timings: lead time, age, offset from the requested date, lateness at as-of. */
  public static final StructType ORDER_TIMINGS =
      struct(
          required("order", StringType),
          required("state", StringType),
          required("created", TimestampType),
          optional("completion", TimestampType),
          optional("requestedDate", TimestampType),
          optional("leadTimeMinutes", DataTypes.LongType),
          optional("ageMinutes", DataTypes.LongType),
          optional("offsetFromRequestedMinutes", DataTypes.LongType),
          required("lateAtAsOf", BooleanType));

  /** Fulfilment figures: one row per order item and kind of figure (amount null when unknown). */
  public static final StructType FULFILMENT_FIGURES =
      struct(
          required("order", StringType),
          required("item", StringType),
          required("action", StringType),
          optional("connection", StringType),
          required("kind", StringType),
          optional("currency", StringType),
          optional("amount", OUTPUT_DECIMAL),
          optional("amountExact", StringType),
          optional("windowStart", TimestampType),
          optional("windowEnd", TimestampType),
          required("informational", BooleanType),
          optional("unknownReason", StringType));

  /**
   * What could not be valued or placed, as data: {@code source} (such as {@code revenueAtRisk},
   * {@code sla}, {@code leakage}, {@code impacts}), the record id and the note.
   */
  public static final StructType NOTES =
      struct(
          required("source", StringType), required("id", StringType), required("note", StringType));

  /** Exact per-currency totals of each ledger; {@code rounded} half-even to the minor unit. */
  public static final StructType TOTALS =
      struct(
          required("ledger", StringType),
          required("currency", StringType),
          required("amount", OUTPUT_DECIMAL),
          required("amountExact", StringType),
          required("rounded", StringType));

  /**
   * Records the TMF JSON reader rejected or warned about: {@code file}, record {@code id} (when
   * known), {@code field} path, {@code reason}, and {@code severity} ({@code rejected} or {@code
   * warning}).
   */
  public static final StructType TMF_ISSUES =
      struct(
          required("file", StringType),
          optional("id", StringType),
          required("field", StringType),
          required("reason", StringType),
          required("severity", StringType));

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
