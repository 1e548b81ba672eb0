/**
 * Jackson setup, the streaming record parser and the package-private DTOs of the TMF adapter. Not
 * API: a package named {@code internal} may change without notice.
 */
@NullMarked
package org.ossvalue.tmf.internal;

import org.jspecify.annotations.NullMarked;
