package org.ossvalue.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

/**
 * Generates realistic TMF637 products and TMF642 alarms (v4 shapes, like the NetCo fixtures) from a
 * fixed seed: the same bytes on every run.
 */
public final class TmfData {

  private static final String[] SEGMENTS = {"enterprise", "smb", "residential"};
  private static final String[] SEVERITIES = {"critical", "major", "minor", "warning"};
  private static final String[] CURRENCIES = {"EUR", "GBP", "USD"};
  private static final Instant BASE = Instant.parse("2025-03-01T00:00:00Z");

  private TmfData() {}

  /** One product as JSON. */
  public static String product(long i, Random r) {
    String currency = CURRENCIES[(int) (i % CURRENCIES.length)];
    int cents = 1000 + r.nextInt(200_000);
    String mrr = (cents / 100) + "." + String.format("%02d", cents % 100);
    return "{\"id\":\"P-"
        + i
        + "\",\"href\":\"https://oss.example/tmf-api/productInventory/v4/product/P-"
        + i
        + "\",\"name\":\"Business Fibre "
        + (100 * (1 + r.nextInt(10)))
        + "M\",\"description\":\"Generated product "
        + i
        + " for the throughput benchmark\",\"isBundle\":false,\"isCustomerVisible\":true,"
        + "\"status\":\"active\",\"orderDate\":\""
        + BASE.minusSeconds(86_400L * (30 + r.nextInt(900)))
        + "\",\"startDate\":\""
        + BASE.minusSeconds(86_400L * (1 + r.nextInt(29)))
        + "\",\"productOffering\":{\"id\":\"PO-"
        + r.nextInt(200)
        + "\",\"href\":\"https://oss.example/tmf-api/productCatalogManagement/v4/productOffering/PO\","
        + "\"name\":\"Offer\",\"@referredType\":\"ProductOffering\"},"
        + "\"productCharacteristic\":[{\"name\":\"segment\",\"valueType\":\"string\",\"value\":\""
        + SEGMENTS[r.nextInt(SEGMENTS.length)]
        + "\"},{\"name\":\"bandwidthMbps\",\"valueType\":\"number\",\"value\":1000}],"
        + "\"productPrice\":[{\"name\":\"Monthly fee\",\"priceType\":\"recurring\","
        + "\"recurringChargePeriod\":\"month\",\"price\":{\"taxRate\":19,\"dutyFreeAmount\":{\"unit\":\""
        + currency
        + "\",\"value\":"
        + mrr
        + "},\"taxIncludedAmount\":{\"unit\":\""
        + currency
        + "\",\"value\":"
        + mrr
        + "}},\"@type\":\"ProductPrice\"},{\"name\":\"Installation\",\"priceType\":\"oneTime\","
        + "\"price\":{\"taxRate\":19,\"dutyFreeAmount\":{\"unit\":\""
        + currency
        + "\",\"value\":300.00}},\"@type\":\"ProductPrice\"}],"
        + "\"realizingService\":[{\"id\":\"SVC-"
        + i
        + "\",\"href\":\"https://oss.example/tmf-api/serviceInventory/v4/service/SVC\","
        + "\"@referredType\":\"Service\"}],\"relatedParty\":[{\"id\":\"CUST-"
        + r.nextInt(100_000)
        + "\",\"name\":\"Customer\",\"role\":\"customer\",\"@referredType\":\"Organization\"}],"
        + "\"billingAccount\":{\"id\":\"BA-"
        + r.nextInt(100_000)
        + "\",\"@referredType\":\"BillingAccount\"},\"agreement\":[{\"id\":\"SLA-900"
        + r.nextInt(3)
        + "\",\"@referredType\":\"ServiceLevelAgreement\"}],\"@type\":\"Product\"}";
  }

  /** One alarm as JSON (v4: integer id). */
  public static String alarm(long i, Random r) {
    Instant raised = BASE.plusSeconds(r.nextInt(30 * 86_400));
    boolean cleared = r.nextInt(4) != 0;
    return "{\"id\":"
        + (100_000 + i)
        + ",\"href\":\"https://oss.example/tmf-api/alarm/v4/alarm/"
        + (100_000 + i)
        + "\",\"externalAlarmId\":\"EMS-"
        + r.nextInt(1_000_000)
        + "\",\"state\":\""
        + (cleared ? "cleared" : "raised")
        + "\",\"ackState\":\"acknowledged\",\"alarmType\":\"communicationsAlarm\","
        + "\"perceivedSeverity\":\""
        + SEVERITIES[r.nextInt(SEVERITIES.length)]
        + "\",\"probableCause\":\"lossOfSignal\",\"specificProblem\":\"Port down on element "
        + r.nextInt(10_000)
        + "\",\"alarmedObjectType\":\"PhysicalResource\",\"alarmedObject\":{\"id\":\"RES-"
        + r.nextInt(50_000)
        + "\",\"href\":\"https://oss.example/tmf-api/resourceInventoryManagement/v4/resource/RES\","
        + "\"@type\":\"AlarmedObject\"},\"alarmRaisedTime\":\""
        + raised
        + "\",\"alarmReportingTime\":\""
        + raised.plusSeconds(5)
        + "\",\"sourceSystemId\":\"EMS-NORTH\",\"reportingSystemId\":\"FM-UMBRELLA\","
        + "\"serviceAffecting\":true,"
        + (cleared
            ? "\"alarmClearedTime\":\"" + raised.plusSeconds(60 + r.nextInt(20_000)) + "\","
            : "")
        + "\"plannedOutageIndicator\":\""
        + (r.nextInt(20) == 0 ? "OutOfService" : "InService")
        + "\",\"@type\":\"Alarm\"}";
  }

  /** Writes records of a kind as a JSON array (or NDJSON) until at least {@code bytes}. */
  public static long write(OutputStream out, String kind, long bytes, boolean ndjson, long seed)
      throws IOException {
    Random r = new Random(seed);
    long written = 0;
    long i = 0;
    try (OutputStream o = new BufferedOutputStream(out, 1 << 16)) {
      if (!ndjson) {
        o.write('[');
        written++;
      }
      while (written < bytes) {
        String rec = kind.equals("alarm") ? alarm(i, r) : product(i, r);
        byte[] b = rec.getBytes(StandardCharsets.UTF_8);
        if (!ndjson && i > 0) {
          o.write(',');
          written++;
        }
        o.write(b);
        written += b.length;
        if (ndjson) {
          o.write('\n');
          written++;
        }
        i++;
      }
      if (!ndjson) {
        o.write(']');
      }
    }
    return i;
  }
}
