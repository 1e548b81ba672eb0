/** JMH benchmarks of ossvalue strategies, each against a baseline in the same run. */
package org.ossvalue.benchmarks;
