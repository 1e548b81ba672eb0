package org.ossvalue.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Runs the {@code ossvalue} command in process with captured output, and reads what it wrote. */
final class Cli {

  /** "Now" for every test run: 2 April 2025, so the default period is March 2025. */
  static final Clock NOW = Clock.fixed(Instant.parse("2025-04-02T09:30:00Z"), ZoneOffset.UTC);

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private Cli() {}

  /** What a run gave: exit code, standard output, standard error. */
  record Run(int code, String out, String err) {

    /** Standard output as JSON. */
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + out, e);
      }
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- err:\n" + err + "\n--- out:\n" + abbreviate(out);
    }

    private static String abbreviate(String s) {
      return s.length() > 4_000 ? s.substring(0, 4_000) + "…" : s;
    }
  }

  /** Runs {@code ossvalue args} with {@link #NOW} and no terminal. */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), NOW, false);
    return new Run(code, out.toString(), err.toString());
  }

  /** A test resource directory or file, by name. */
  static Path resource(String name) {
    try {
      return Path.of(Cli.class.getResource("/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test resource " + name, e);
    }
  }

  /** Money arrays as {@code 111.42 EUR, 4.03 GBP}. */
  static String money(JsonNode amounts) {
    List<String> parts = new ArrayList<>();
    for (JsonNode m : amounts) {
      parts.add(amount(m));
    }
    return String.join(", ", parts);
  }

  /** One money object as {@code 111.42 EUR}. */
  static String amount(JsonNode m) {
    return m.get("value").asText() + " " + m.get("currency").asText();
  }

  /** {@code connection amount} of each element of a by-connection array. */
  static String byConnection(JsonNode rows, String field) {
    List<String> parts = new ArrayList<>();
    for (JsonNode r : rows) {
      parts.add(r.get("connection").asText() + " " + amount(r.get(field)));
    }
    return String.join(", ", parts);
  }
}
