/**
 * Fulfilment and capacity value from orders: lead time, revenue pulled forward by early completion,
 * revenue delayed by late completion or by orders still open, the forecast from expected completion
 * dates, MRR activated, and revenue delayed or lost for lack of capacity.
 */
@NullMarked
@OssValueStyle
package org.ossvalue.core.valuation.fulfilment;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
