/**
 * The {@code ossvalue} command line: {@code ossvalue statement [--tmf DIR] …} (the value statement
 * of an export or of the bundled sample), {@code ossvalue check --tmf DIR}, {@code ossvalue
 * generate --out DIR}. Not a library.
 */
@NullMarked
package org.ossvalue.cli;

import org.jspecify.annotations.NullMarked;
