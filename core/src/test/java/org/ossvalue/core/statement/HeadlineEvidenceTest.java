package org.ossvalue.core.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.fulfilment.Order;
import org.ossvalue.core.statement.HeadlineEvidence.Contributor;
import org.ossvalue.core.valuation.Explanation;

/**
 * Headline evidence merges: statements of disjoint sets of accounts, their evidence merged, explain
 * the headline exactly as the statement of all of them (QuickTheories; rerun with -DQT_SEED).
 */
class HeadlineEvidenceTest {

  @Test
  void statementsOfDisjointAccountsMergedExplainTheWholeHeadline() {
    qt().withExamples(40)
        .forAll(longs().all(), integers().between(2, 5))
        .checkAssert(
            (seed, parts) -> {
              StatementInputs whole = RandomOperator.inputs(seed);
              ValueStatement all = ValueStatement.assess(whole);
              List<HeadlineEvidence> evidence = new ArrayList<>();
              for (StatementInputs part : byAccount(whole, parts, new Random(seed))) {
                evidence.addAll(ValueStatement.assess(part).headlineEvidence());
              }
              Collections.shuffle(evidence, new Random(seed + 1));
              List<Explanation> merged =
                  HeadlineExplanations.of(evidence, StatementConfig.defaults());
              assertEquals(
                  all.explanations().toString(),
                  merged.toString(),
                  "seed " + seed + ", " + parts + " parts");
            });
  }

  @Test
  void theWholeStatementsExplanationsAreRenderedFromItsEvidence() {
    ValueStatement s = ValueStatement.assess(RandomOperator.inputs(7));
    assertEquals(
        s.explanations(),
        HeadlineExplanations.of(s.headlineEvidence(), StatementConfig.defaults()));
    assertTrue(
        s.explanations().stream().anyMatch(e -> e.inputs().size() > 1),
        "the operator names contributors: " + s.explanations());
    List<HeadlineEvidence> sorted = new ArrayList<>(s.headlineEvidence());
    Collections.shuffle(sorted, new Random(7));
    sorted.sort(HeadlineEvidence.ORDER);
    assertEquals(sorted, s.headlineEvidence(), "listed in HeadlineEvidence.ORDER");
  }

  @Test
  void mergingInAnyOrderKeepsTheLargestOfAll() {
    qt().withExamples(2_000)
        .forAll(longs().all(), integers().between(0, 40), integers().between(1, 6))
        .checkAssert(
            (seed, size, parts) -> {
              Random r = new Random(seed);
              List<Contributor> all = new ArrayList<>();
              for (int i = 0; i < size; i++) {
                all.add(randomContributor(r));
              }
              List<List<Contributor>> split = new ArrayList<>();
              for (int p = 0; p < parts; p++) {
                split.add(new ArrayList<>());
              }
              all.forEach(c -> split.get(r.nextInt(parts)).add(c));
              List<HeadlineEvidence> pieces = new ArrayList<>();
              for (List<Contributor> part : split) {
                pieces.add(evidence(part, part.size()));
              }
              Collections.shuffle(pieces, r);
              HeadlineEvidence merged = pieces.get(0);
              for (HeadlineEvidence e : pieces.subList(1, pieces.size())) {
                merged = r.nextBoolean() ? merged.merge(e) : e.merge(merged);
              }
              List<Contributor> sorted = new ArrayList<>(all);
              sorted.sort(Contributor.ORDER);
              String why = "seed " + seed;
              assertEquals(
                  sorted.subList(0, Math.min(HeadlineEvidence.NAMED, size)), merged.largest(), why);
              assertEquals((long) size, merged.contributors(), why);
              assertEquals(new BigDecimal(size), merged.amount(HeadlineExplanations.TOTAL), why);
              assertEquals(size * 2L, merged.count(HeadlineExplanations.ACTIVE), why);
              assertEquals(evidence(all, size), merged, why);
            });
  }

  @Test
  void theCollectorNamesTheSameLargestAndBuildsFewDetails() {
    qt().withExamples(2_000)
        .forAll(longs().all(), integers().between(0, 60))
        .checkAssert(
            (seed, size) -> {
              Random r = new Random(seed);
              List<Contributor> all = new ArrayList<>();
              ContributorCollector collector = new ContributorCollector();
              int[] built = new int[1];
              for (int i = 0; i < size; i++) {
                Contributor c = randomContributor(r);
                all.add(c);
                collector.add(
                    c.name(),
                    c.money(),
                    () -> {
                      built[0]++;
                      return c.detail();
                    },
                    c::records);
              }
              HeadlineEvidence collected =
                  collector.evidence(
                      HeadlineFigure.CONNECTED,
                      Optional.of("EUR"),
                      Map.of(HeadlineExplanations.TOTAL, new BigDecimal(size)),
                      Map.of(HeadlineExplanations.ACTIVE, size * 2L));
              assertEquals(evidence(all, size), collected, "seed " + seed);
              if (size > 3 * HeadlineEvidence.NAMED) {
                assertTrue(built[0] < size, "details built " + built[0] + " of " + size);
              }
            });
  }

  @Test
  void contributorsOfDifferentAmountsWithTheSameSizeAndNameHaveOneOrder() {
    Contributor minus = Contributor.of("c", Money.of("-5", "EUR"), "", List.of());
    Contributor plus = Contributor.of("c", Money.of("5", "EUR"), "", List.of());
    assertTrue(Contributor.ORDER.compare(minus, plus) < 0);
    assertTrue(Contributor.ORDER.compare(plus, minus) > 0);
  }

  @Test
  void mergeRefusesEvidenceOfAnotherFigureOrCurrency() {
    HeadlineEvidence eur = evidence(List.of(), 0);
    HeadlineEvidence gbp =
        HeadlineEvidence.of(
            HeadlineFigure.CONNECTED, Optional.of("GBP"), Map.of(), Map.of(), List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> eur.merge(gbp));
    assertEquals(
        "evidence merges within one figure and currency, was connected EUR with connected GBP",
        e.getMessage());
  }

  @Test
  void checksNameTheAttributeAndValue() {
    Contributor gbp = Contributor.of("c", Money.of("1", "GBP"), "", List.of());
    IllegalArgumentException currency =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                HeadlineEvidence.of(
                    HeadlineFigure.CONNECTED,
                    Optional.of("EUR"),
                    Map.of(),
                    Map.of(),
                    List.of(gbp)));
    assertTrue(
        currency.getMessage().startsWith("contributors of connected EUR must be in its currency"),
        currency.getMessage());
    IllegalArgumentException count =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                HeadlineEvidence.builder()
                    .figure(HeadlineFigure.CONNECTED)
                    .currency("GBP")
                    .addLargest(gbp)
                    .contributors(0)
                    .build());
    assertEquals("contributors must count at least the 1 largest, was 0", count.getMessage());
    Contributor small = Contributor.of("a", Money.of("1", "GBP"), "", List.of());
    Contributor large = Contributor.of("b", Money.of("2", "GBP"), "", List.of());
    IllegalArgumentException order =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                HeadlineEvidence.builder()
                    .figure(HeadlineFigure.CONNECTED)
                    .currency("GBP")
                    .addLargest(small, large)
                    .contributors(2)
                    .build());
    assertTrue(order.getMessage().startsWith("largest must be largest first"), order.getMessage());
  }

  /**
   * A EUR contributor of few names, amounts, details and records, so that ties on size, name and
   * amount are common and the detail and records must break them.
   */
  private static Contributor randomContributor(Random r) {
    return Contributor.of(
        "c" + r.nextInt(4),
        Money.of(BigDecimal.valueOf(r.nextInt(7) - 3, r.nextInt(2)), Money.currency("EUR")),
        r.nextBoolean() ? "" : "w" + r.nextInt(3),
        List.of("connection:" + r.nextInt(3)));
  }

  /** Evidence of connected EUR: total = number of contributors, active = twice that. */
  private static HeadlineEvidence evidence(List<Contributor> contributors, int size) {
    return HeadlineEvidence.of(
        HeadlineFigure.CONNECTED,
        Optional.of("EUR"),
        Map.of(HeadlineExplanations.TOTAL, new BigDecimal(size)),
        Map.of(HeadlineExplanations.ACTIVE, size * 2L),
        contributors);
  }

  /**
   * The inputs cut into disjoint sets of whole accounts, as Spark's units are: each part has its
   * accounts' connections, their orders, bills, bill lines and usage, and everything else whole.
   */
  private static List<StatementInputs> byAccount(StatementInputs in, int parts, Random r) {
    Map<String, Integer> partOf = new HashMap<>();
    for (Connection c : in.connections()) {
      partOf.computeIfAbsent(c.account(), a -> r.nextInt(parts));
    }
    List<StatementInputs> result = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      int part = p;
      Set<String> connections = new HashSet<>();
      List<Connection> mine = new ArrayList<>();
      for (Connection c : in.connections()) {
        if (partOf.get(c.account()) == part) {
          connections.add(c.id());
          mine.add(c);
        }
      }
      List<Order> orders = new ArrayList<>();
      for (Order o : in.orders()) {
        if (o.items().stream()
            .flatMap(i -> i.connection().stream())
            .anyMatch(connections::contains)) {
          orders.add(o);
        }
      }
      result.add(
          StatementInputs.builder()
              .from(in)
              .connections(mine)
              .orders(orders)
              .bills(
                  in.bills().stream()
                      .filter(b -> partOf.getOrDefault(b.account(), -1) == part)
                      .toList())
              .billLines(
                  in.billLines().stream()
                      .filter(l -> partOf.getOrDefault(l.account(), -1) == part)
                      .toList())
              .usage(in.usage().stream().filter(u -> connections.contains(u.connection())).toList())
              .build());
    }
    assertFalse(result.isEmpty());
    return result;
  }
}
