/**
 * Valuation strategies, their built-ins (static factories on each interface) and their results:
 * severity to degradation, revenue at risk, and the strategies later issues add.
 */
@NullMarked
@OssValueStyle
package org.ossvalue.core.valuation;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
