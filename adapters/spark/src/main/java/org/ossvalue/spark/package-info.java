/** Runs ossvalue's strategies over a whole customer base on Apache Spark. */
@NullMarked
package org.ossvalue.spark;

import org.jspecify.annotations.NullMarked;
