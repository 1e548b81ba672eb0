package org.ossvalue.core.attribution;

import java.util.List;

/**
 * A named OSS function that earns a share of value: one of the standard set ({@link #FULFILMENT},
 * {@link #FAULT_MANAGEMENT}, …) or the operator's own ({@code
 * OssFunction.of("numberPortability")}).
 *
 * <p>Two functions are equal when their names are; names are case-sensitive and must not be blank.
 * A plain final class rather than a generated value, so that its constants never take part in a
 * class-initialisation cycle.
 */
public final class OssFunction implements Comparable<OssFunction> {

  /** Order fulfilment: order handling, provisioning and activation. */
  public static final OssFunction FULFILMENT = new OssFunction("fulfilment");

  /** Fault management: alarm collection, correlation, detection. */
  public static final OssFunction FAULT_MANAGEMENT = new OssFunction("faultManagement");

  /** Incident management: tickets, dispatch, restoration. */
  public static final OssFunction INCIDENT_MANAGEMENT = new OssFunction("incidentManagement");

  /** Problem management: root causes, so that faults do not recur. */
  public static final OssFunction PROBLEM_MANAGEMENT = new OssFunction("problemManagement");

  /** Change management: changes that do not cause incidents. */
  public static final OssFunction CHANGE_MANAGEMENT = new OssFunction("changeManagement");

  /** Capacity management: capacity checks and planning, so that orders are not held. */
  public static final OssFunction CAPACITY_MANAGEMENT = new OssFunction("capacityManagement");

  /** Service management: service design, inventory, service assurance views. */
  public static final OssFunction SERVICE_MANAGEMENT = new OssFunction("serviceManagement");

  private static final List<OssFunction> STANDARD =
      List.of(
          FULFILMENT,
          FAULT_MANAGEMENT,
          INCIDENT_MANAGEMENT,
          PROBLEM_MANAGEMENT,
          CHANGE_MANAGEMENT,
          CAPACITY_MANAGEMENT,
          SERVICE_MANAGEMENT);

  private final String name;

  private OssFunction(String name) {
    this.name = name;
  }

  /**
   * The function with this name; a standard name gives the standard constant: {@code
   * OssFunction.of("faultManagement") == OssFunction.FAULT_MANAGEMENT}.
   */
  public static OssFunction of(String name) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, was \"" + name + "\"");
    }
    for (OssFunction f : STANDARD) {
      if (f.name.equals(name)) {
        return f;
      }
    }
    return new OssFunction(name);
  }

  /**
   * The standard set, in this order: fulfilment, faultManagement, incidentManagement,
   * problemManagement, changeManagement, capacityManagement, serviceManagement.
   */
  public static List<OssFunction> standard() {
    return STANDARD;
  }

  /** The name, such as {@code faultManagement}. */
  public String name() {
    return name;
  }

  /** Orders by name. */
  @Override
  public int compareTo(OssFunction that) {
    return name.compareTo(that.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OssFunction that && that.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The name. */
  @Override
  public String toString() {
    return name;
  }
}
