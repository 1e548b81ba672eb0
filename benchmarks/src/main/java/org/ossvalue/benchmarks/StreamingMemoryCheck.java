package org.ossvalue.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.ossvalue.tmf.FileReport;
import org.ossvalue.tmf.ReadReport;
import org.ossvalue.tmf.TmfKind;
import org.ossvalue.tmf.TmfReader;

/**
 * Writes a multi-gigabyte NDJSON file of generated TMF637 products and streams it through the
 * adapter; run it with a small heap to show that memory does not grow with the file:
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar \
 *     org.ossvalue.benchmarks.StreamingMemoryCheck 3 [file]
 * </pre>
 *
 * <p>The first argument is the size in GB (default 3); the optional second a path for the file
 * (default: a temporary file, deleted afterwards). Prints records, bytes, seconds, MB/s and the
 * peak heap used.
 */
public final class StreamingMemoryCheck {

  private StreamingMemoryCheck() {}

  /** Runs the check. */
  public static void main(String[] args) throws IOException {
    double gigabytes = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    Path file =
        args.length > 1 ? Path.of(args[1]) : Files.createTempFile("ossvalue-products", ".ndjson");
    boolean temporary = args.length <= 1;
    try {
      long records;
      try (OutputStream out = Files.newOutputStream(file)) {
        records = TmfData.write(out, "product", (long) (gigabytes * 1e9), true, 42L);
      }
      long size = Files.size(file);
      AtomicLong seen = new AtomicLong();
      long start = System.nanoTime();
      ReadReport report;
      try (InputStream in = Files.newInputStream(file)) {
        report =
            TmfReader.lenient().stream(
                in, "product.ndjson", TmfKind.PRODUCT, true, c -> seen.incrementAndGet());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      FileReport f = report.files().get(0);
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.printf(
          Locale.ROOT,
          "file %s: %,d bytes, %,d records written%n"
              + "read %,d, accepted %,d, rejected %,d in %.1f s (%.1f MB/s)%n"
              + "max heap %,d MB, peak heap used %,d MB%n",
          file,
          size,
          records,
          f.read(),
          f.accepted(),
          f.rejected(),
          seconds,
          size / 1e6 / seconds,
          Runtime.getRuntime().maxMemory() >> 20,
          peak >> 20);
      if (f.accepted() != records || seen.get() != records) {
        throw new IllegalStateException("expected " + records + " records, got " + f);
      }
    } finally {
      if (temporary) {
        Files.deleteIfExists(file);
      }
    }
  }
}
