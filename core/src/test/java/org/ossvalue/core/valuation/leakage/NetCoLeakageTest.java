package org.ossvalue.core.valuation.leakage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.NetCo;
import org.ossvalue.core.NetCoRecords;
import org.ossvalue.core.valuation.LedgerEntry;

/** Reproduces fixtures-dev README section 7 (usage, bills and leakage, March 2025). */
class NetCoLeakageTest {

  private final LeakageReport report =
      LeakageCheck.defaults()
          .assess(
              NetCo.connections(),
              NetCoRecords.bills(),
              NetCoRecords.billLines(),
              NetCoRecords.usage(),
              NetCo.MARCH);

  @Test
  void p1006Leaks59EurConnectedButNotBilled() {
    assertEquals(MoneyTotals.of(Money.of("59.00", "EUR")), report.leakage());
    List<LeakageFinding> leaks =
        report.findings().stream().filter(f -> f.kind().isLeak()).collect(Collectors.toList());
    assertEquals(1, leaks.size());
    assertEquals("P-1006", leaks.get(0).connection().orElseThrow());
    assertEquals(FindingKind.CONNECTED_NOT_BILLED, leaks.get(0).kind());
    assertEquals("59.00 EUR leaking", leaks.get(0).explain().result());
  }

  @Test
  void ba001IsBilledExactlyAsInventoryExpects() {
    AccountLeakage ba001 = report.account("BA-001").orElseThrow();
    assertTrue(ba001.assessable());
    assertTrue(ba001.leakage().isEmpty());
    assertEquals(
        List.of(FindingKind.MATCHED, FindingKind.MATCHED),
        ba001.findings().stream().map(LeakageFinding::kind).collect(Collectors.toList()));
    assertEquals(MoneyTotals.of(Money.of("770.00", "EUR")), ba001.expected());
  }

  @Test
  void accountsWithoutABillAreNotAssessableNeverLeaking() {
    assertEquals(Set.of("BA-002", "BA-004", "BA-005", "BA-006"), report.notAssessable());
    for (String account : report.notAssessable()) {
      AccountLeakage a = report.account(account).orElseThrow();
      assertTrue(a.findings().isEmpty(), account);
      assertTrue(a.leakage().isEmpty(), account);
    }
    assertEquals(
        MoneyTotals.of(Money.of("1350.00", "GBP")),
        report.account("BA-006").orElseThrow().expected(),
        "expected revenue is still shown");
  }

  @Test
  void p1005UsageIsRecognisedOnItsOwnNotNetted() {
    AccountLeakage ba003 = report.account("BA-003").orElseThrow();
    assertEquals(MoneyTotals.of(Money.of("12.50", "EUR")), ba003.usageBilled());
    assertEquals("ACBR-6002-2", ba003.usageLines().get(0).id());
    assertEquals(MoneyTotals.of(Money.of("12.50", "EUR")), report.usageRated());
    assertEquals(
        FindingKind.MATCHED,
        ba003.findings().stream()
            .filter(f -> f.connection().orElseThrow().equals("P-1005"))
            .findFirst()
            .orElseThrow()
            .kind(),
        "89.90 recurring billed; the 12.50 usage line is not counted as recurring");
  }

  @Test
  void theTerminatedConnectionIsExpectedProRataButItsAccountHasNoBill() {
    AccountLeakage ba004 = report.account("BA-004").orElseThrow();
    assertEquals(Money.of("54.19", "EUR"), ba004.expected().get("EUR").rounded(), "120 x 14/31");
  }

  @Test
  void aLeakExplainsItselfAndReachesTheLeakageLedger() {
    List<LedgerEntry> entries = report.ledgerEntries();
    assertEquals(1, entries.size());
    LedgerEntry p1006 = entries.get(0);
    assertEquals("P-1006", p1006.connection());
    assertTrue(
        p1006.records().contains("bill:CB-6002") || p1006.records().contains("account:BA-003"));
    String text = p1006.explain().toString();
    assertTrue(text.contains("expected - billed = 59.00 EUR - 0.00 EUR = 59.00 EUR"), text);
  }
}
