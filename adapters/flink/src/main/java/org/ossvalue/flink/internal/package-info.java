/**
 * The operators, state classes and serializers of the Flink adapter. Not API: a package named
 * {@code internal} may change without notice.
 */
@NullMarked
package org.ossvalue.flink.internal;

import org.jspecify.annotations.NullMarked;
