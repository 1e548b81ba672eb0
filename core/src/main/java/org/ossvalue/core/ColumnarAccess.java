package org.ossvalue.core;

import java.time.Instant;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.internal.Columnar;
import org.ossvalue.core.internal.ImpactTable;

/** Makes and reads table-backed {@link Impacts} for the engine and the valuation. */
final class ColumnarAccess implements Columnar.ImpactsAccess {

  @Override
  public Impacts impacts(Instant asOf, ImpactTable table, SortedSet<CauseRef> unresolvedCauses) {
    return new ColumnarImpacts(asOf, table, unresolvedCauses);
  }

  @Override
  public @Nullable ImpactTable table(Impacts impacts) {
    return impacts instanceof ColumnarImpacts c ? c.table : null;
  }
}
