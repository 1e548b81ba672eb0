/**
 * Generators for the core types that any test framework can use: each {@link
 * org.ossvalue.testkit.generators.Generator} is a pure function of a seed.
 */
@NullMarked
package org.ossvalue.testkit.generators;

import org.jspecify.annotations.NullMarked;
