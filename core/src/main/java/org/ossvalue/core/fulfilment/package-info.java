/**
 * Order-to-activation records (TMF622 product orders and their items): what fulfilment valuation
 * reads.
 */
@NullMarked
@OssValueStyle
package org.ossvalue.core.fulfilment;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
