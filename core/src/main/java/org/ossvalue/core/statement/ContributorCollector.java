package org.ossvalue.core.statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Supplier;
import org.ossvalue.core.Money;
import org.ossvalue.core.statement.HeadlineEvidence.Contributor;

/**
 * A headline figure's contributors, collected cheaply: every one is counted, but only those that
 * can be among the {@link HeadlineEvidence#NAMED} largest have their detail and records built (a
 * window's text for each of 100,000 ledger entries was most of the evidence's cost).
 */
final class ContributorCollector {

  /** {@link Contributor#ORDER}'s first keys: size descending, name, amount. */
  private static final Comparator<Pending> CHEAP =
      HeadlineEvidence.bySize(p -> p.money, p -> p.name);

  private static final class Pending {
    final String name;
    final Money money;
    final Supplier<String> detail;
    final Supplier<List<String>> records;

    Pending(String name, Money money, Supplier<String> detail, Supplier<List<String>> records) {
      this.name = name;
      this.money = money;
      this.detail = detail;
      this.records = records;
    }
  }

  private final List<Pending> all = new ArrayList<>();

  /** Adds a contributor; its detail and records are built only if it can be named. */
  ContributorCollector add(
      String name, Money money, Supplier<String> detail, Supplier<List<String>> records) {
    all.add(new Pending(name, money, detail, records));
    return this;
  }

  /** Adds every contributor of another collector. */
  ContributorCollector addAll(ContributorCollector other) {
    all.addAll(other.all);
    return this;
  }

  /** The figure's evidence: every contributor counted, the largest named. */
  HeadlineEvidence evidence(
      HeadlineFigure figure,
      Optional<String> currency,
      Map<String, BigDecimal> amounts,
      Map<String, Long> counts) {
    List<Contributor> candidates = new ArrayList<>();
    if (!all.isEmpty()) {
      // The NAMED-th largest by the cheap keys; everything not after it may be named (the full
      // order breaks ties on the cheap keys by detail and records).
      PriorityQueue<Pending> top = new PriorityQueue<>(CHEAP.reversed());
      for (Pending p : all) {
        top.add(p);
        if (top.size() > HeadlineEvidence.NAMED) {
          top.poll();
        }
      }
      Pending last = top.peek();
      for (Pending p : all) {
        if (CHEAP.compare(p, last) <= 0) {
          candidates.add(Contributor.of(p.name, p.money, p.detail.get(), p.records.get()));
        }
      }
    }
    return HeadlineEvidence.of(figure, currency, amounts, counts, candidates, all.size());
  }
}
