package org.ossvalue.core.valuation.fulfilment;

/** Which comparison feeds the pulled-forward and delayed ledgers (both are always reported). */
public enum FulfilmentBasis {
  /** Against the customer's requested date (the default). */
  REQUESTED_DATE,
  /** Against the offering's baseline lead time. */
  BASELINE
}
