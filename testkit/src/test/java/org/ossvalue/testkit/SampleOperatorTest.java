package org.ossvalue.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ossvalue.tmf.TmfDataset;
import org.ossvalue.tmf.TmfReader;

/** The sample reads strictly and stays the same sample from release to release. */
class SampleOperatorTest {

  /**
   * The SHA-256 of the sample's files, in name order. If a change to the generator changes it, the
   * sample changed for every user: say so in the change, and update this digest on purpose.
   */
  private static final String DIGEST =
      "190c05ccb5916b8d4b0eee0e53e09c7ecb7cfa91e37527040c7083ca47746253";

  @Test
  void theSampleReadsStrictlyWithNoRejection() {
    TmfDataset sample = TmfReader.strict().readStreams(SampleOperator.streams());
    assertEquals(SampleOperator.CONNECTIONS, sample.connections().size());
    assertEquals(SampleOperator.operator().connections().toList(), sample.connections());
    assertTrue(sample.report().rejections().isEmpty());
  }

  @Test
  void theSampleIsTheSameByteForByte() throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(SampleOperator.files()).entrySet()) {
      sha.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sha.update(e.getValue());
    }
    assertEquals(DIGEST, HexFormat.of().formatHex(sha.digest()));
  }
}
