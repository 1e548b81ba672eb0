/**
 * A seeded synthetic operator of any size from 10 to 10 million connections: {@link
 * org.ossvalue.testkit.operator.SyntheticOperator} hands back core objects directly and writes the
 * same operator as a TM Forum export (v4 or v5 shapes, JSON arrays or NDJSON, optional notification
 * events), streaming, identical for the same {@link org.ossvalue.testkit.operator.OperatorSpec}.
 */
@NullMarked
@OssValueStyle
package org.ossvalue.testkit.operator;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
