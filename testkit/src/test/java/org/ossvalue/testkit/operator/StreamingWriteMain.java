package org.ossvalue.testkit.operator;

import java.io.OutputStream;

/** Writes an operator of N connections to a counting null sink; run in a small heap. */
public final class StreamingWriteMain {

  private StreamingWriteMain() {}

  /** Args: connections. Prints {@code records=… bytes=…}. */
  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    WriteSummary s =
        SyntheticOperator.of(OperatorSpec.of(3, n))
            .writeTmf(
                (TmfSink) name -> OutputStream.nullOutputStream(),
                WriteOptions.builder().events(EventMode.AT_LEAST_ONCE_UNORDERED).build());
    System.out.println("records=" + s.records() + " bytes=" + s.bytes());
  }
}
