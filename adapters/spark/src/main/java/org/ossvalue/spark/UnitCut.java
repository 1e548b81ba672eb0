package org.ossvalue.spark;

/**
 * How {@link SparkStatement} groups billing accounts into units of work. Either way every figure is
 * the same (a unit carries everything its accounts' figures read); what changes is how often the
 * shared parts of the network — aggregation routers, uplinks and the causes, tickets and problems
 * on them — are copied into units, and how much planning the cut costs.
 */
public enum UnitCut {

  /**
   * Accounts by hash: no planning beyond the upstream closure, but every unit holds the shared
   * elements of nearly every region, so shared causes are copied into nearly every unit. The
   * default: cheapest for a few partitions.
   */
  BY_ACCOUNT,

  /**
   * Accounts by where their connections hang in the network: the accounts under one anchor (the
   * highest element above them holding at most half a unit's share of the base) share a unit,
   * anchors packed into units largest first. A few more planning jobs (one per level of the
   * supports graph), and shared causes copied once per anchor's unit rather than into every unit:
   * for thousands of partitions on a cluster.
   */
  BY_NETWORK
}
