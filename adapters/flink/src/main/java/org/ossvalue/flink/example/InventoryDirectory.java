package org.ossvalue.flink.example;

import java.nio.file.Path;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.ossvalue.flink.Inventory;
import org.ossvalue.tmf.TmfReader;

/**
 * Reads a TMF export directory (product, service, resource and SLA files) into an inventory each
 * time it is asked: the inventory source polls it, and the job ships only the units that changed.
 * The directory must be readable where the source runs.
 */
final class InventoryDirectory implements GeneratorFunction<Long, Inventory> {

  private static final long serialVersionUID = 1L;

  private final String directory;

  InventoryDirectory(String directory) {
    this.directory = directory;
  }

  @Override
  public Inventory map(Long poll) {
    return Inventory.of(TmfReader.lenient().readDirectory(Path.of(directory)));
  }
}
