package org.ossvalue.flink.example;

import java.math.BigDecimal;
import java.util.Optional;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Money;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.flink.ClosedImpact;
import org.ossvalue.flink.LiveRevenueAtRisk;
import org.ossvalue.flink.SkippedEvent;
import org.ossvalue.flink.SlaWarning;

/** The outputs as one-line JSON objects (the schemas docs/streaming.md lists). */
final class Json {

  private Json() {}

  static String closed(ClosedImpact c) {
    ServiceImpact i = c.impact();
    StringBuilder causes = new StringBuilder("[");
    for (CauseRef r : i.causes()) {
      if (causes.length() > 1) {
        causes.append(',');
      }
      causes.append(str(r.toString()));
    }
    causes.append(']');
    return "{\"type\":\"closedImpact\",\"connection\":"
        + str(i.connection())
        + ",\"account\":"
        + str(c.account())
        + ",\"start\":"
        + str(i.window().start().toString())
        + ",\"end\":"
        + str(i.window().end().toString())
        + ",\"degradation\":"
        + i.degradation().toPlainString()
        + ",\"classification\":"
        + str(i.classification().label())
        + ",\"causes\":"
        + causes
        + ",\"revenueAtRisk\":"
        + money(c.revenueAtRisk())
        + "}";
  }

  static String live(LiveRevenueAtRisk l) {
    return "{\"type\":\"liveRevenueAtRisk\",\"dimension\":"
        + str(l.dimension().name().toLowerCase(java.util.Locale.ROOT))
        + ",\"key\":"
        + str(l.key())
        + ",\"classification\":"
        + str(l.classification().label())
        + ",\"perMinute\":"
        + money(Optional.of(l.perMinute()))
        + ",\"asOf\":"
        + str(l.asOf().toString())
        + "}";
  }

  static String sla(SlaWarning w) {
    return "{\"type\":\"slaWarning\",\"connection\":"
        + str(w.connection())
        + ",\"account\":"
        + str(w.account())
        + ",\"agreement\":"
        + str(w.agreement())
        + ",\"billingPeriodStart\":"
        + str(w.billingPeriod().start().toString())
        + ",\"asOf\":"
        + str(w.asOf().toString())
        + ",\"availabilityPercent\":"
        + w.availabilityPercent().setScale(4, java.math.RoundingMode.HALF_EVEN).toPlainString()
        + ",\"downtimeMinutes\":"
        + plain(w.downtimeMinutes())
        + ",\"creditSoFar\":"
        + money(Optional.of(w.creditSoFar()))
        + ",\"nextTierBelowPercent\":"
        + w.nextTier().map(t -> plain(t.belowPercent())).orElse("null")
        + ",\"minutesToNextTier\":"
        + w.minutesToNextTier().map(Json::plain).orElse("null")
        + ",\"down\":"
        + w.down()
        + ",\"breachAt\":"
        + w.breachAt().map(b -> str(b.toString())).orElse("null")
        + "}";
  }

  static String skipped(SkippedEvent s) {
    return "{\"type\":\"skippedEvent\",\"reason\":"
        + str(s.reason().name().toLowerCase(java.util.Locale.ROOT))
        + ",\"eventId\":"
        + s.eventId().map(Json::str).orElse("null")
        + ",\"eventType\":"
        + s.eventType().map(Json::str).orElse("null")
        + ",\"record\":"
        + s.record().map(Json::str).orElse("null")
        + ",\"detail\":"
        + str(s.detail())
        + "}";
  }

  private static String money(Optional<Money> m) {
    return m.map(
            v ->
                "{\"amount\":"
                    + str(v.amount().toPlainString())
                    + ",\"currency\":"
                    + str(v.currency().getCurrencyCode())
                    + "}")
        .orElse("null");
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  static String str(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
