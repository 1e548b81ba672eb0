package org.ossvalue.testkit.operator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ossvalue.tmf.TmfDataset;
import org.ossvalue.tmf.TmfReader;

/** Same spec, same bytes and the same objects; any size from 10 reads back strictly. */
class DeterminismTest {

  private static final WriteOptions MESSY =
      WriteOptions.builder()
          .version(TmfVersion.V5)
          .events(EventMode.AT_LEAST_ONCE_UNORDERED)
          .build();

  @Test
  void theSameSpecWritesTheSameBytes() {
    OperatorSpec spec = OperatorSpec.of(99, 800);
    Map<String, byte[]> a = SyntheticOperator.of(spec).writeTmf(MESSY);
    Map<String, byte[]> b = SyntheticOperator.of(OperatorSpec.of(99, 800)).writeTmf(MESSY);
    assertEquals(a.keySet(), b.keySet());
    a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
  }

  @Test
  void anotherSeedWritesAnotherOperator() {
    byte[] a = SyntheticOperator.of(1, 200).writeTmf(WriteOptions.defaults()).get("product.json");
    byte[] b = SyntheticOperator.of(2, 200).writeTmf(WriteOptions.defaults()).get("product.json");
    assertFalse(Arrays.equals(a, b));
  }

  @Test
  void aConnectionMadeAloneEqualsTheSameConnectionStreamed() {
    SyntheticOperator op = SyntheticOperator.of(5, 1_000);
    List<org.ossvalue.core.Connection> all = op.connections().toList();
    for (int i : new int[] {999, 0, 517, 16, 15}) {
      assertEquals(all.get(i), op.connection(i));
    }
  }

  @Test
  void anySizeFromTenReadsBackStrictlyWithTheSameConnections() {
    qt().withExamples(12)
        .forAll(longs().all(), integers().between(10, 400))
        .checkAssert(
            (seed, size) -> {
              SyntheticOperator op = SyntheticOperator.of(seed, size);
              TmfDataset read = TmfReader.strict().readStreams(streams(op.writeTmf(MESSY)));
              assertEquals(op.connections().toList(), read.connections());
              assertEquals(op.causes().toList(), read.causes());
              assertEquals(op.data().orders(), read.orders());
            });
  }

  @Test
  void specsOutsideTheRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> OperatorSpec.of(1, 9));
    assertThrows(IllegalArgumentException.class, () -> OperatorSpec.of(1, 10_000_001));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OperatorSpec.builder().seed(1).connections(10).currencies(List.of("eur")).build());
    assertTrue(e.getMessage().contains("eur"), e.getMessage());
  }

  static Map<String, InputStream> streams(Map<String, byte[]> files) {
    Map<String, InputStream> streams = new LinkedHashMap<>();
    files.forEach((k, v) -> streams.put(k, new ByteArrayInputStream(v)));
    return streams;
  }
}
