package org.ossvalue.tmf;

import java.util.concurrent.atomic.AtomicLong;

/** Streams N generated products through the reader and prints "accepted=N rejected=M". */
public final class StreamingMain {

  private StreamingMain() {}

  public static void main(String[] args) {
    long count = Long.parseLong(args[0]);
    AtomicLong seen = new AtomicLong();
    ReadReport report =
        TmfReader.lenient().stream(
            new GeneratedProducts(count),
            "product.ndjson",
            TmfKind.PRODUCT,
            true,
            c -> seen.incrementAndGet());
    FileReport f = report.files().get(0);
    System.out.println(
        "accepted=" + f.accepted() + " rejected=" + f.rejected() + " seen=" + seen.get());
  }
}
