package org.ossvalue.testkit.operator;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a TMF export is written: opens one output stream per file name (such as {@code
 * product.json}); the writer closes each stream when its file is complete.
 */
@FunctionalInterface
public interface TmfSink {

  /** Opens the stream for a file of the export. */
  OutputStream open(String fileName) throws IOException;
}
