package org.ossvalue.benchmarks.workload;

import java.time.YearMonth;
import java.time.ZoneOffset;
import org.ossvalue.core.ReportingPeriod;

/**
 * What to generate: a seed, the number of connections and of alarm events, and the month they fall
 * in. Everything else (services, resources, fan-out, durations) follows from these.
 *
 * @param seed the seed every generated value is a pure function of
 * @param connections the number of connections N
 * @param alarms the number of alarm events in the month (N/10 by default)
 * @param month the month of alarms; the as-of instant is its end
 */
public record WorkloadSpec(long seed, int connections, int alarms, YearMonth month) {

  /** The default seed of the published figures. */
  public static final long DEFAULT_SEED = 20250301L;

  /** The month of the published figures. */
  public static final YearMonth DEFAULT_MONTH = YearMonth.of(2025, 3);

  /** N connections and N/10 alarms in March 2025, default seed. */
  public static WorkloadSpec of(int connections) {
    return new WorkloadSpec(
        DEFAULT_SEED, connections, Math.max(1, connections / 10), DEFAULT_MONTH);
  }

  /** A size such as {@code 10k}, {@code 1M} or {@code 100000}. */
  public static int parseSize(String size) {
    String s = size.trim();
    char last = Character.toUpperCase(s.charAt(s.length() - 1));
    int factor = last == 'K' ? 1_000 : last == 'M' ? 1_000_000 : 1;
    String digits = factor == 1 ? s : s.substring(0, s.length() - 1);
    return Math.multiplyExact(Integer.parseInt(digits), factor);
  }

  /** The reporting period: the month, UTC. */
  public ReportingPeriod period() {
    return ReportingPeriod.month(month, ZoneOffset.UTC);
  }
}
