/**
 * The types a user touches first: {@link org.ossvalue.core.Money}, {@link
 * org.ossvalue.core.Connection}, {@link org.ossvalue.core.Cause}, {@link
 * org.ossvalue.core.ServiceImpact} and their time and money helpers.
 */
@NullMarked
@OssValueStyle
package org.ossvalue.core;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
