package org.ossvalue.core.valuation;

/** A figure that can say how it was derived. */
public interface Explainable {

  /** The formula, the inputs with their record ids, and the policy clause behind this figure. */
  Explanation explain();
}
