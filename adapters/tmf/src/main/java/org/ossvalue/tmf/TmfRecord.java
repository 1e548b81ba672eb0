package org.ossvalue.tmf;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One record of an export read on its own ({@link TmfParts}): where it was, its id, whether it was
 * accepted, its core values, the rejection or warnings {@link TmfReader#readDirectory} would give
 * it, and the references only the whole export can check.
 */
@Value.Immutable
public abstract class TmfRecord {

  TmfRecord() {}

  /** What became of a record read on its own. */
  public enum Outcome {
    /** Accepted: in the dataset unless an earlier accepted copy of its id makes it a duplicate. */
    ACCEPTED,
    /**
     * Rejected after its id was read (a value that fails validation): a duplicate instead when an
     * earlier copy of its id was accepted, as {@link TmfReader#readDirectory} checks duplicates
     * first.
     */
    REJECTED_AFTER_ID,
    /** Rejected before an id was known (broken JSON, no id): always a rejection. */
    REJECTED
  }

  /** The record's kind (its file's). */
  public abstract TmfKind kind();

  /** Where the record is. */
  public abstract TmfPosition position();

  /** The record's id, when it has one. */
  public abstract Optional<String> id();

  /** What became of it. */
  public abstract Outcome outcome();

  /**
   * The core values of an accepted record (one {@code Connection}, {@link TmfAlarm}, {@code
   * TroubleTicket}, {@code ServiceProblem}, {@code Order}, {@code Bill} or {@code BillLine}; the
   * {@code UsageRecord}s of one usage); empty when rejected or when it could not be built (a
   * warning says why).
   */
  public abstract List<Object> values();

  /** Why the record was rejected, when it was. */
  public abstract Optional<Rejection> rejection();

  /** The warnings about the record, in the order {@link TmfReader#readDirectory} gives them. */
  public abstract List<Warning> warnings();

  /** The references to check against the whole export (realizing elements, alarmed object). */
  public abstract List<TmfReference> references();

  /** A product's SLA reference, checked when the export has an {@code sla} file. */
  public abstract Optional<TmfReference> sla();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TmfRecord}. */
  public static final class Builder extends ImmutableTmfRecord.Builder {}

  @Value.Check
  void check() {
    if ((outcome() == Outcome.ACCEPTED) == rejection().isPresent()) {
      throw new IllegalArgumentException(
          "rejection must be present exactly when the outcome is a rejection, outcome was "
              + outcome()
              + " and rejection "
              + rejection());
    }
    if (outcome() != Outcome.REJECTED && id().isEmpty()) {
      throw new IllegalArgumentException("id must be present when the outcome is " + outcome());
    }
  }

  @Override
  public String toString() {
    return position() + id().map(i -> " id=" + i).orElse("") + " " + outcome();
  }
}
