/**
 * SLA availability and credits as a policy engine: how downtime is measured per connection and
 * billing period ({@link org.ossvalue.core.valuation.sla.AvailabilityConfig}), which credit rules
 * apply ({@link org.ossvalue.core.valuation.sla.CreditRule}), capped and with a chronic-failure
 * clause ({@link org.ossvalue.core.valuation.sla.SlaPolicyConfig}), and the engine that applies
 * each connection's policy ({@link org.ossvalue.core.valuation.sla.SlaEngine}).
 */
@NullMarked
@OssValueStyle
package org.ossvalue.core.valuation.sla;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
