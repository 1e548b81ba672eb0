package org.ossvalue.tmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.billing.BillLine;
import org.ossvalue.core.billing.ChargeKind;

/**
 * The official TM Forum v5 examples (official-examples/README.md) read leniently with the judgement
 * that README gives: every top-level file accepted (one record kept per distinct id, later copies
 * counted as duplicates naming both indexes), event #15 rejected as unknown, event #4 (a product
 * array under ProductCreateEvent) rejected clearly, the rest of events.ndjson accepted.
 */
class OfficialExamplesTest {

  private final TmfDataset v5 = TmfReader.lenient().readDirectory(Fixtures.officialV5());

  @Test
  void everyFileIsReadWithCountsThatReconcile() {
    Map<String, List<Long>> expected = new TreeMap<>();
    // read, accepted, rejected, duplicates (distinct ids from the README's table)
    expected.put("product.json", List.of(5L, 2L, 0L, 3L));
    expected.put("service.json", List.of(7L, 2L, 0L, 5L));
    expected.put("resource.json", List.of(6L, 2L, 0L, 4L));
    expected.put("alarm.json", List.of(6L, 2L, 0L, 4L));
    expected.put("troubleTicket.json", List.of(7L, 2L, 0L, 5L));
    expected.put("serviceProblem.json", List.of(7L, 3L, 0L, 4L));
    expected.put("productOrder.json", List.of(8L, 3L, 0L, 5L));
    expected.put("customerBill.json", List.of(4L, 2L, 0L, 2L));
    expected.put("appliedCustomerBillingRate.json", List.of(3L, 2L, 0L, 1L));
    expected.put("events.ndjson", List.of(61L, 33L, 2L, 26L));
    Map<String, List<Long>> actual = new TreeMap<>();
    for (FileReport f : v5.report().files()) {
      actual.put(f.file(), List.of(f.read(), f.accepted(), f.rejected(), f.duplicates()));
    }
    assertEquals(expected, actual);
  }

  @Test
  void onlyEvent15AndTheBatchEvent4AreRejected() {
    List<Rejection> rs = v5.report().rejections();
    assertEquals(2, rs.size(), rs.toString());
    Rejection batch = rs.get(0);
    assertEquals(5, batch.line().getAsLong(), "#4 is line 5");
    assertEquals("event.product", batch.field().orElseThrow());
    assertTrue(batch.reason().contains("array"));
    Rejection unknown = rs.get(1);
    assertEquals(16, unknown.line().getAsLong(), "#15 is line 16");
    assertEquals("eventType", unknown.field().orElseThrow());
    assertTrue(unknown.reason().contains("CXJAD"));
  }

  @Test
  void duplicatesNameBothIndexesAndTheFirstIsKept() {
    List<Warning> dups =
        v5.report().warnings("product.json").stream()
            .filter(w -> w.reason().startsWith("duplicate id"))
            .toList();
    assertEquals(3, dups.size());
    for (Warning w : dups) {
      assertEquals("g265-tf85", w.id().orElseThrow());
      assertTrue(w.reason().contains("product.json[0] is kept"), w.reason());
      assertTrue(w.reason().contains("index " + w.index().getAsLong()), w.reason());
    }
  }

  @Test
  void misspeltRecurringAndTaxIncludedPriceAreWarnedNotRejected() {
    Money mrr = v5.connection("g265-tf86").orElseThrow().mrr().orElseThrow();
    assertEquals(Money.of("29.99", "EUR"), mrr);
    List<String> fields =
        v5.report().warnings("product.json").stream()
            .filter(w -> w.id().orElse("").equals("g265-tf86"))
            .map(w -> w.field().orElse(""))
            .toList();
    assertTrue(fields.contains("productPrice[0].priceType"), fields.toString());
    assertTrue(fields.contains("productPrice[0].price.taxIncludedAmount"), fields.toString());
  }

  @Test
  void billingRatesWithoutAKnownRateTypeAreUnknownNotRecurring() {
    Map<String, ChargeKind> kinds = new TreeMap<>();
    for (BillLine l : v5.billLines()) {
      kinds.put(l.id(), l.kind());
    }
    assertEquals(Map.of("ACBR-123", ChargeKind.UNKNOWN, "ACBR-124", ChargeKind.UNKNOWN), kinds);
    assertEquals("CB-123", v5.billLines().get(1).bill().orElseThrow(), "v4 customerBill alias");
  }

  @Test
  void sparseCustomerBillsAreAcceptedWithoutInferringZero() {
    assertEquals(2, v5.bills().size());
    assertTrue(v5.bills().stream().allMatch(b -> b.taxExcluded().isEmpty()));
    assertTrue(v5.bills().stream().allMatch(b -> b.billingPeriod().isEmpty()));
  }

  @Test
  void theEutMoneyUnitIsWarnedForThatPrice() {
    assertTrue(
        v5.report().warnings("events.ndjson").stream()
            .anyMatch(
                w ->
                    w.line().getAsLong() == 43
                        && w.field().orElse("").endsWith("taxIncludedAmount.unit")
                        && w.reason().contains("EUT")),
        v5.report().warnings("events.ndjson").toString());
  }

  @Test
  void partialAndOtherFoldersAreNotRead() {
    assertTrue(v5.report().warnings().stream().anyMatch(w -> w.file().equals("partial/")));
    assertTrue(v5.report().warnings().stream().anyMatch(w -> w.file().equals("other/")));
  }
}
