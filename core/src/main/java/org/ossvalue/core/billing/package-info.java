/**
 * Billed and rated revenue (TMF678 bills and their charge lines, TMF635 usage): what revenue
 * assurance compares.
 */
@NullMarked
@OssValueStyle
package org.ossvalue.core.billing;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
