package org.ossvalue.tmf;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a TMF export directory holds, each named after its resource ({@code
 * product.json}, {@code alarm.ndjson}, {@code events.ndjson}, …).
 */
public enum TmfKind {
  /** TMF637 Product inventory: becomes connections. */
  PRODUCT("product", "TMF637 Product"),
  /** TMF638 Service inventory: topology nodes. */
  SERVICE("service", "TMF638 Service"),
  /** TMF639 Resource inventory: topology leaves. */
  RESOURCE("resource", "TMF639 Resource"),
  /** TMF642 Alarm: causes. */
  ALARM("alarm", "TMF642 Alarm"),
  /** TMF621 Trouble ticket. */
  TROUBLE_TICKET("troubleTicket", "TMF621 TroubleTicket"),
  /** TMF656 Service problem. */
  SERVICE_PROBLEM("serviceProblem", "TMF656 ServiceProblem"),
  /** TMF622 Product order. */
  PRODUCT_ORDER("productOrder", "TMF622 ProductOrder"),
  /** TMF623 SLAs or TMF657 service level specifications. */
  SLA("sla", "TMF623 SLA / TMF657 ServiceLevelSpecification"),
  /** TMF657 Service level objectives. */
  SERVICE_LEVEL_OBJECTIVE("serviceLevelObjective", "TMF657 ServiceLevelObjective"),
  /** TMF635 Usage. */
  USAGE("usage", "TMF635 Usage"),
  /** TMF678 Customer bill. */
  CUSTOMER_BILL("customerBill", "TMF678 CustomerBill"),
  /** TMF678 Applied customer billing rate (bill lines). */
  APPLIED_CUSTOMER_BILLING_RATE("appliedCustomerBillingRate", "TMF678 AppliedCustomerBillingRate"),
  /** Notification envelopes of any of the above ({@code eventId}, {@code eventType}, …). */
  EVENTS("events", "TMF notification events");

  private final String label;
  private final String description;

  TmfKind(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** The file base name, such as {@code troubleTicket}; also the {@code kind} in reports. */
  public String label() {
    return label;
  }

  /** The TM Forum API and resource, such as {@code TMF621 TroubleTicket}. */
  public String description() {
    return description;
  }

  /**
   * The kind a file name stands for: {@code <label>.json} (a JSON array), {@code <label>.ndjson} or
   * {@code <label>.jsonl} (one record per line), case-insensitively; {@code
   * serviceLevelSpecification} is read as {@link #SLA}. Empty for any other name.
   */
  public static Optional<TmfKind> ofFileName(String fileName) {
    int dot = fileName.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (!ext.equals("json") && !ext.equals("ndjson") && !ext.equals("jsonl")) {
      return Optional.empty();
    }
    String base = fileName.substring(0, dot);
    if (base.equalsIgnoreCase("serviceLevelSpecification")) {
      return Optional.of(SLA);
    }
    for (TmfKind kind : values()) {
      if (kind.label.equalsIgnoreCase(base)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Whether a file name says one record per line ({@code .ndjson} or {@code .jsonl}). */
  public static boolean isLineDelimited(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".ndjson") || lower.endsWith(".jsonl");
  }

  @Override
  public String toString() {
    return label;
  }
}
