/**
 * What users' tests need from ossvalue: {@link org.ossvalue.testkit.SampleOperator} (the bundled
 * sample operator), a seeded synthetic operator ({@link org.ossvalue.testkit.operator}), generators
 * for the core types ({@link org.ossvalue.testkit.generators}, with QuickTheories adapters in
 * {@link org.ossvalue.testkit.quicktheories}) and contract tests for custom strategies ({@link
 * org.ossvalue.testkit.contract}).
 */
@NullMarked
@OssValueStyle
package org.ossvalue.testkit;

import org.jspecify.annotations.NullMarked;
import org.ossvalue.core.internal.OssValueStyle;
