package org.ossvalue.tmf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test resources and small exports written on the fly. */
final class Fixtures {

  private Fixtures() {}

  /** A directory under src/test/resources, from the test classpath. */
  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path netco() {
    return resource("fixtures-dev");
  }

  static Path officialV5() {
    return resource("official-v5");
  }

  /** An export directory with these files (name → content). */
  static Path export(Path tmp, Map<String, String> files) {
    try {
      Path dir = Files.createTempDirectory(tmp, "export");
      for (Map.Entry<String, String> f : files.entrySet()) {
        Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path export(Path tmp, String name, String content) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(name, content);
    return export(tmp, m);
  }

  /** Copies some files of a resource directory into a new export directory. */
  static Path copy(Path tmp, Path from, String... names) {
    try {
      Path dir = Files.createTempDirectory(tmp, "copy");
      for (String n : names) {
        Files.copy(from.resolve(n), dir.resolve(n));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A product record with the usual fields and one recurring price. */
  static String product(String id, String priceJson) {
    return "{\"id\":\""
        + id
        + "\",\"status\":\"active\",\"startDate\":\"2025-01-01T00:00:00Z\","
        + "\"billingAccount\":{\"id\":\"BA-1\"},"
        + "\"productPrice\":["
        + priceJson
        + "]}";
  }

  static String monthly(String value, String unit) {
    return "{\"priceType\":\"recurring\",\"recurringChargePeriod\":\"month\","
        + "\"price\":{\"dutyFreeAmount\":{\"unit\":\""
        + unit
        + "\",\"value\":"
        + value
        + "}}}";
  }
}
