/** The synthetic operator's model and TMF writer. Not API, whatever its visibility. */
@NullMarked
package org.ossvalue.testkit.internal;

import org.jspecify.annotations.NullMarked;
