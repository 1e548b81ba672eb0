/** Implementations and helpers that are not API, whatever their visibility. */
@NullMarked
package org.ossvalue.core.internal;

import org.jspecify.annotations.NullMarked;
