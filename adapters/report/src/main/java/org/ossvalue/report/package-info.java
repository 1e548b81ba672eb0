/**
 * Writes a {@link org.ossvalue.core.statement.ValueStatement} in one format: JSON (a stable,
 * documented contract: docs/statement-json.md), text for people, CSV with one row per ledger entry,
 * or one self-contained HTML page with charts.
 *
 * <p>Start with {@link org.ossvalue.report.StatementRenderer}.
 */
@NullMarked
package org.ossvalue.report;

import org.jspecify.annotations.NullMarked;
