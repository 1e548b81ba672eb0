/** JMH benchmarks of ossvalue strategies, each against a baseline in the same run. */
@NullMarked
package org.ossvalue.benchmarks;

import org.jspecify.annotations.NullMarked;
