/**
 * Separate ledgers per kind of money (revenue at risk, usage lost, credits owed, churn exposure,
 * pulled forward, delayed, capacity lost, leakage), each per currency, and the guard that keeps the
 * same money out of two of them, with what it excluded and why.
 */
@NullMarked
@OssValueStyle
package org.ossvalue.core.valuation.ledger;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
