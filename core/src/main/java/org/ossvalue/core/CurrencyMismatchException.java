package org.ossvalue.core;

/** Thrown when arithmetic or comparison would mix two currencies. */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  CurrencyMismatchException(String operation, Money left, Money right) {
    super(
        "cannot "
            + operation
            + " "
            + left
            + " and "
            + right
            + ": currencies differ ("
            + left.currency().getCurrencyCode()
            + " vs "
            + right.currency().getCurrencyCode()
            + "); convert explicitly first");
  }
}
