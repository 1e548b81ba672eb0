/**
 * QuickTheories adapters: the testkit's generators as {@code Gen<T>}, for {@code
 * qt().forAll(…).check(…)}.
 */
@NullMarked
package org.ossvalue.testkit.quicktheories;

import org.jspecify.annotations.NullMarked;
