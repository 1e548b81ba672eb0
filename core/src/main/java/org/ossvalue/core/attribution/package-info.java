/**
 * Attribution of money to OSS functions: who earned which part of a pool.
 *
 * <p>Contributors are {@link org.ossvalue.core.attribution.OssFunction OSS functions}. A {@link
 * org.ossvalue.core.attribution.Game cooperative game} gives the value v(S) each coalition of
 * functions produces; an {@link org.ossvalue.core.attribution.AttributionStrategy} (equal,
 * proportional, Shapley exact or Monte Carlo, removal effect) turns it into a {@link
 * org.ossvalue.core.RevenueAttribution} whose shares sum to the pool exactly. Games come from the
 * caller, from order and incident {@link org.ossvalue.core.attribution.JourneyModel journeys} (an
 * absorbing Markov chain) or from the {@link org.ossvalue.core.attribution.CounterfactualModel
 * counterfactual} of protected revenue.
 */
@NullMarked
@OssValueStyle
package org.ossvalue.core.attribution;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
