/**
 * Assurance records beyond alarms (TMF621 trouble tickets, TMF656 service problems): incident
 * timelines.
 */
@NullMarked
@OssValueStyle
package org.ossvalue.core.assurance;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
