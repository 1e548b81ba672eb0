/**
 * An example job: live revenue at risk from a TMF event file or a Kafka topic, with the inventory
 * read from a TMF export directory. See docs/streaming.md.
 */
@NullMarked
package org.ossvalue.flink.example;

import org.jspecify.annotations.NullMarked;
