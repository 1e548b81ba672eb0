/**
 * Service-level agreement terms (TMF623 rules, TMF657 objectives) as data: targets, credit tiers
 * and caps.
 */
@NullMarked
@OssValueStyle
package org.ossvalue.core.sla;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
