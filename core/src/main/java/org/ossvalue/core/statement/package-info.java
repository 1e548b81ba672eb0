/**
 * The OSS value statement and its figures. So far: availability weighted by revenue and by
 * connection, the first figures of the statement that issue 5 describes.
 */
@NullMarked
@OssValueStyle
package org.ossvalue.core.statement;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
