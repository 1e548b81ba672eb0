/** The {@code ossvalue} command line: {@code ossvalue check --tmf DIR}. Not a library. */
@NullMarked
package org.ossvalue.cli;

import org.jspecify.annotations.NullMarked;
