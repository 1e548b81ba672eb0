package org.ossvalue.core.internal;

import java.lang.invoke.MethodHandles;
import java.time.Instant;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Impacts;

/**
 * How the impact engine and the valuation, in other packages, make and read {@link Impacts} backed
 * by an {@link ImpactTable}: only {@code org.ossvalue.core} can subclass {@code Impacts}, so it
 * registers its factory here when {@code Impacts} is initialised.
 *
 * <p>Not API.
 */
public final class Columnar {

  /** Makes and reads table-backed {@link Impacts}; implemented in {@code org.ossvalue.core}. */
  public interface ImpactsAccess {

    /** Impacts backed by a table, trusted to be ordered and free of overlaps. */
    Impacts impacts(Instant asOf, ImpactTable table, SortedSet<CauseRef> unresolvedCauses);

    /** The table behind impacts, or null when they were built another way. */
    @Nullable ImpactTable table(Impacts impacts);
  }

  private static volatile @Nullable ImpactsAccess impacts;

  private Columnar() {}

  /** Called once, by {@code Impacts}. */
  public static void register(ImpactsAccess access) {
    if (impacts != null || !access.getClass().getPackageName().equals("org.ossvalue.core")) {
      throw new IllegalStateException("only org.ossvalue.core registers, once");
    }
    impacts = access;
  }

  /** The registered access, initialising {@code Impacts} first if needed. */
  public static ImpactsAccess impacts() {
    ImpactsAccess access = impacts;
    if (access == null) {
      try {
        MethodHandles.lookup().ensureInitialized(Impacts.class);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      access = impacts;
      if (access == null) {
        throw new IllegalStateException("Impacts did not register its columnar access");
      }
    }
    return access;
  }
}
