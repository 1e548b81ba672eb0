/**
 * Contract tests (JUnit 5 base classes) that an operator's own strategies extend to show they keep
 * the invariants the built-ins keep, as micrometer's compatibility kit does for registries: {@link
 * org.ossvalue.testkit.contract.SeverityMappingContract}, {@link
 * org.ossvalue.testkit.contract.CombinationRuleContract}, {@link
 * org.ossvalue.testkit.contract.RevenueAtRiskStrategyContract}, {@link
 * org.ossvalue.testkit.contract.SlaPolicyContract}, {@link
 * org.ossvalue.testkit.contract.AttributionStrategyContract}.
 */
@NullMarked
package org.ossvalue.testkit.contract;

import org.jspecify.annotations.NullMarked;
