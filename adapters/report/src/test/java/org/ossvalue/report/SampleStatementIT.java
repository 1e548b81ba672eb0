package org.ossvalue.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The testkit's sample operator (4,000 connections) through every renderer: the JSON contract holds
 * at more than toy size, and the CSV reconciles. An integration test because stating the sample
 * takes most of a minute on a busy machine; it shares the statement with {@link HtmlInChromiumIT}
 * (same JVM under failsafe).
 */
class SampleStatementIT {

  @Test
  void everyContractKeyIsPresentAndMoneyIsAlwaysWellFormed() {
    JsonNode root = JsonContractTest.json(Sample.STATEMENT);
    JsonContractTest.CONTRACT.forEach(p -> JsonContractTest.assertPresent(root, p));
    JsonContractTest.ADDITIONS.forEach(p -> JsonContractTest.assertPresent(root, p));
    assertTrue(root.get("connections").size() >= 4_000, "connections");
    assertTrue(JsonContractTest.assertMoneyAndNoNulls(root, "") > 10_000, "money objects");
  }

  @Test
  void theCsvHasOneRowPerLedgerEntry() {
    List<List<String>> rows =
        CsvRendererTest.parse(NetCo.render(StatementRenderer.csv(), Sample.STATEMENT));
    assertEquals(Sample.STATEMENT.ledgers().entries().size() + 1, rows.size());
  }

  @Test
  void theTextStaysReadableAtOperatorSize() {
    String text = NetCo.render(StatementRenderer.text(), Sample.STATEMENT);
    assertTrue(text.lines().count() < 600, "lines: " + text.lines().count());
  }
}
