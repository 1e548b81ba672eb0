/**
 * Reads TM Forum Open API exports (TMF637 products, TMF638/639 inventory, TMF642 alarms, TMF621
 * tickets, TMF656 problems, TMF622 orders, TMF635 usage, TMF678 bills, TMF623/657 SLAs and
 * notification events; v4 and v5 shapes) into the core types, naming every record it rejects.
 *
 * <p>Start with {@link org.ossvalue.tmf.TmfReader}.
 */
@NullMarked
@OssValueStyle
package org.ossvalue.tmf;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
