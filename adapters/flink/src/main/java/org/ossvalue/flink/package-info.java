/**
 * Live revenue at risk on Apache Flink: TMF alarm notification envelopes in, closed impacts, live
 * revenue at risk per minute and SLA breach warnings out, with the core's semantics.
 *
 * <p>Start with {@link org.ossvalue.flink.RevenueAtRiskStream}.
 */
@NullMarked
@OssValueStyle
package org.ossvalue.flink;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
