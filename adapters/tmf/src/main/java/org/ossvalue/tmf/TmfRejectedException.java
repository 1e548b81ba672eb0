package org.ossvalue.tmf;

import java.util.List;

/**
 * Thrown by a strict reader when any record was rejected; lists every rejection, not just the
 * first. The full report (with warnings and counts) is in {@link #report()}.
 */
public final class TmfRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private static final int LISTED = 1000;

  private final transient ReadReport report;

  /** The exception for a read whose report has rejections (every one is listed). */
  public TmfRejectedException(ReadReport report) {
    super(message(report));
    this.report = report;
  }

  /** Every rejection. */
  public List<Rejection> rejections() {
    return report.rejections();
  }

  /** The whole report: files, rejections, warnings. */
  public ReadReport report() {
    return report;
  }

  private static String message(ReadReport report) {
    List<Rejection> all = report.rejections();
    StringBuilder sb =
        new StringBuilder()
            .append(all.size())
            .append(all.size() == 1 ? " record rejected:" : " records rejected:");
    for (int i = 0; i < all.size() && i < LISTED; i++) {
      sb.append("\n  ").append(all.get(i));
    }
    if (all.size() > LISTED) {
      sb.append("\n  … and ").append(all.size() - LISTED).append(" more (see rejections())");
    }
    return sb.toString();
  }
}
