/**
 * Revenue assurance: each billing account's expected recurring revenue (active connections × MRR,
 * pro-rata) against the recurring charge lines of its bills, with usage and credit lines recognised
 * apart.
 */
@NullMarked
@OssValueStyle
package org.ossvalue.core.valuation.leakage;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
