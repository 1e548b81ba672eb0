/**
 * The renderers behind {@link org.ossvalue.report.StatementRenderer} and their helpers. Not API: a
 * package named {@code internal} may change in any release.
 */
@NullMarked
package org.ossvalue.report.internal;

import org.jspecify.annotations.NullMarked;
