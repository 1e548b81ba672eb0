/**
 * The network as ossvalue sees it: resources and services that support each other and the
 * connections sold on top, the rules by which a node combines its supporters' degradation, and the
 * engine that propagates causes to per-connection impacts.
 */
@NullMarked
@OssValueStyle
package org.ossvalue.core.topology;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
