package org.ossvalue.core.attribution;

/** Which end of a parameter's range an estimate uses. */
public enum Bound {
  /** Every parameter at its low value: the smallest credible figure. */
  LOW("low"),
  /** Every parameter at its central value: the figure to report. */
  CENTRAL("central"),
  /** Every parameter at its high value: the largest credible figure. */
  HIGH("high");

  private final String label;

  Bound(String label) {
    this.label = label;
  }

  /** {@code low}, {@code central} or {@code high}. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
