package org.ossvalue.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AttributionValuesTest {

  @Test
  void functionsAreEqualByNameAndStandardNamesGiveTheConstants() {
    new EqualsTester()
        .addEqualityGroup(OssFunction.of("numberPortability"), OssFunction.of("numberPortability"))
        .addEqualityGroup(OssFunction.FAULT_MANAGEMENT, OssFunction.of("faultManagement"))
        .addEqualityGroup(OssFunction.of("FaultManagement"))
        .testEquals();
    assertSame(OssFunction.CAPACITY_MANAGEMENT, OssFunction.of("capacityManagement"));
    assertEquals(
        "[fulfilment, faultManagement, incidentManagement, problemManagement, changeManagement,"
            + " capacityManagement, serviceManagement]",
        OssFunction.standard().toString());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OssFunction.of(" "));
    assertEquals("name must not be blank, was \" \"", e.getMessage());
  }

  @Test
  void parameterRangesIgnoreTrailingZeros() {
    new EqualsTester()
        .addEqualityGroup(
            ParameterRange.of("1.50", "2.0", "3"), ParameterRange.of("1.5", "2", "3.00"))
        .addEqualityGroup(ParameterRange.exactly(BigDecimal.ONE))
        .testEquals();
    assertEquals(new BigDecimal("3"), ParameterRange.of("1", "2", "3").at(Bound.HIGH));
  }

  @Test
  void factoriesRefuseNulls() {
    NullPointerTester t = new NullPointerTester();
    t.testAllPublicStaticMethods(OssFunction.class);
    t.testAllPublicStaticMethods(ParameterRange.class);
    t.testAllPublicStaticMethods(JourneyModel.class);
  }

  @Test
  void gameRefusesDuplicateAndMissingPlayers() {
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Game.of(
                    java.util.List.of(OssFunction.FULFILMENT, OssFunction.FULFILMENT),
                    s -> BigDecimal.ZERO));
    assertEquals("players must name each function once, was fulfilment twice", twice.getMessage());
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () -> Game.of(java.util.List.of(), s -> BigDecimal.ZERO));
    assertEquals("players must name at least one function, was []", none.getMessage());
  }
}
