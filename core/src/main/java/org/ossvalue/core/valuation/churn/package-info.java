/**
 * Churn exposure: customer lifetime value per connection, the churn uplift its service exposure
 * causes, the expected revenue lost as a low/central/high range, and calibration of the uplift from
 * the operator's own history.
 *
 * <p>Money stays exact ({@link java.math.BigDecimal}). Hazards, decay weights and probabilities are
 * dimensionless and need {@code exp}/{@code log}: they are computed in {@code double} and converted
 * to {@code BigDecimal} rounded half-even to {@value
 * org.ossvalue.core.valuation.churn.ChurnParameters#PROBABILITY_SCALE} decimal places before they
 * multiply any amount.
 */
@NullMarked
@OssValueStyle
package org.ossvalue.core.valuation.churn;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
