package org.ossvalue.core.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyTest {

  @Test
  void cycleIsRejectedNamingItsMembersInEdgeOrder() {
    TopologyCycleException e =
        assertThrows(
            TopologyCycleException.class,
            () ->
                Topology.builder()
                    .resource("R1")
                    .service("A", "R1", "C")
                    .service("B", "A")
                    .service("C", "B")
                    .build());
    assertEquals(List.of("A", "B", "C"), rotateToFirst(e.members(), "A"));
    assertEquals(true, e.getMessage().startsWith("supports edges must not form a cycle, was "));
  }

  @Test
  void selfLoopIsACycleOfOne() {
    TopologyCycleException e =
        assertThrows(
            TopologyCycleException.class,
            () -> Topology.builder().service("S").supports("S", "S").build());
    assertEquals(List.of("S"), e.members());
    assertEquals(
        "supports edges must not form a cycle, was S -> S (an element supporting itself)",
        e.getMessage());
  }

  @Test
  void informationalRelationshipsMayLoop() {
    Topology t =
        Topology.builder()
            .service("A")
            .service("B")
            .relates("A", "B", "reliesOn")
            .relates("B", "A", "reliesOn")
            .build();
    assertEquals(2, t.relationships().size());
    assertEquals(List.of(), t.dependentsOf("A"));
  }

  @Test
  void edgesMustNameDeclaredElementsAndIdsAreUniqueAcrossKinds() {
    assertEquals(
        "supports edge R9 -> S names an undeclared element R9",
        assertThrows(
                IllegalArgumentException.class, () -> Topology.builder().service("S", "R9").build())
            .getMessage());
    assertEquals(
        "element ids must be unique across resources and services, was X as resource and service",
        assertThrows(
                IllegalArgumentException.class, () -> Topology.builder().resource("X").service("X"))
            .getMessage());
  }

  @Test
  void redundancyRuleNamesParse() {
    assertEquals(CombinationRule.redundant(), CombinationRule.parse("redundant"));
    assertEquals(CombinationRule.atLeast(2), CombinationRule.parse("atLeast:2"));
    assertEquals("CombinationRule.atLeast(2)", CombinationRule.parse("atLeast:2").toString());
    assertEquals(
        "redundancyRule must be allRequired, redundant, atLeast:<k> or weighted, was mostly",
        assertThrows(IllegalArgumentException.class, () -> CombinationRule.parse("mostly"))
            .getMessage());
  }

  private static List<String> rotateToFirst(List<String> cycle, String first) {
    int i = cycle.indexOf(first);
    List<String> rotated = new java.util.ArrayList<>(cycle.subList(i, cycle.size()));
    rotated.addAll(cycle.subList(0, i));
    return rotated;
  }
}
