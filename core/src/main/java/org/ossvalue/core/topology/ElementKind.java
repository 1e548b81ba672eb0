package org.ossvalue.core.topology;

/** What a topology node is. */
public enum ElementKind {
  /** A TMF639 resource: equipment, a port, a logical resource such as an MSISDN. */
  RESOURCE("resource"),
  /** A TMF638 service: customer-facing or resource-facing. */
  SERVICE("service");

  private final String label;

  ElementKind(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
