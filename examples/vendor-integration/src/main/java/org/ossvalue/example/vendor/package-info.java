/** A vendor's own strategy for ossvalue: Acme's severity mapping. */
@NullMarked
package org.ossvalue.example.vendor;

import org.jspecify.annotations.NullMarked;
