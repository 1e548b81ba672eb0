/**
 * The {@code ossvalue} command line: {@code ossvalue check --tmf DIR}, {@code ossvalue generate
 * --out DIR}. Not a library.
 */
@NullMarked
package org.ossvalue.cli;

import org.jspecify.annotations.NullMarked;
