/**
 * Implementation of ossvalue-spark: row mappings, the distributed plan and the functions that run
 * the core's strategies inside partitions. Not API (a package named {@code internal} never is).
 */
@NullMarked
package org.ossvalue.spark.internal;

import org.jspecify.annotations.NullMarked;
