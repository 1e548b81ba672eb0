/** JMH benchmarks and the streaming memory check. Not published. */
@NullMarked
package org.ossvalue.benchmarks;

import org.jspecify.annotations.NullMarked;
