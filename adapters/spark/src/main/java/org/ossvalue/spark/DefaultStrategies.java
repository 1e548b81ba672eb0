package org.ossvalue.spark;

/** The core's default strategies. */
enum DefaultStrategies implements Strategies {
  INSTANCE;

  @Override
  public String toString() {
    return "Strategies.defaults()";
  }
}
