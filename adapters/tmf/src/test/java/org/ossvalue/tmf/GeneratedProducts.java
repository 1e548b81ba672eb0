package org.ossvalue.tmf;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An NDJSON stream of generated TMF637 products, produced lazily (nothing is held but the current
 * line), deterministic for a count.
 */
final class GeneratedProducts extends InputStream {

  private final long count;
  private long next;
  private byte[] line = new byte[0];
  private int pos;

  GeneratedProducts(long count) {
    this.count = count;
  }

  static String product(long i) {
    return "{\"id\":\"P-"
        + i
        + "\",\"status\":\"active\",\"startDate\":\"2024-01-01T00:00:00Z\",\"name\":\"Business Fibre "
        + (i % 1000)
        + "\",\"description\":\"Generated product number "
        + i
        + " for the streaming memory check\",\"productOffering\":{\"id\":\"PO-"
        + (i % 50)
        + "\",\"name\":\"Offer\"},\"productCharacteristic\":[{\"name\":\"segment\",\"valueType\":\"string\",\"value\":\"smb\"},"
        + "{\"name\":\"bandwidthMbps\",\"valueType\":\"number\",\"value\":1000}],\"productPrice\":[{\"name\":\"Monthly fee\","
        + "\"priceType\":\"recurring\",\"recurringChargePeriod\":\"month\",\"price\":{\"taxRate\":19,\"dutyFreeAmount\":{\"unit\":\"EUR\",\"value\":"
        + (10 + i % 500)
        + ".50},\"taxIncludedAmount\":{\"unit\":\"EUR\",\"value\":99.99}}}],\"realizingService\":[{\"id\":\"SVC-"
        + i
        + "\",\"@referredType\":\"Service\"}],\"relatedParty\":[{\"id\":\"CUST-"
        + (i % 10000)
        + "\",\"role\":\"customer\",\"@referredType\":\"Organization\"}],\"billingAccount\":{\"id\":\"BA-"
        + (i % 10000)
        + "\"},\"@type\":\"Product\"}\n";
  }

  private boolean fill() {
    if (pos < line.length) {
      return true;
    }
    if (next >= count) {
      return false;
    }
    line = product(next++).getBytes(StandardCharsets.UTF_8);
    pos = 0;
    return true;
  }

  @Override
  public int read() {
    return fill() ? line[pos++] & 0xff : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    while (n < len && fill()) {
      int k = Math.min(len - n, line.length - pos);
      System.arraycopy(line, pos, b, off + n, k);
      pos += k;
      n += k;
    }
    return n == 0 ? -1 : n;
  }
}
