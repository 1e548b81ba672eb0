package org.ossvalue.report.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ossvalue.core.Money;
import org.ossvalue.core.statement.DataQuality;

/**
 * The JSON pieces the statement shares with {@code ossvalue check}: the generator setup (two-space
 * indentation, plain decimals), money, and the data-quality object. Not API.
 */
public final class Json {

  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /**
   * A pretty-printing generator over {@code out} that does not close it: two-space indentation,
   * {@code "key" : value}, decimals never in exponent notation.
   */
  public static JsonGenerator generator(Writer out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    return FACTORY
        .createGenerator(out)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .setPrettyPrinter(pretty);
  }

  /**
   * Money as the contract writes it everywhere: {@code {"currency" : "EUR", "value" : "123.45"}},
   * the value a decimal string rounded half-even to the currency's minor unit, with exactly that
   * many decimals.
   */
  public static void money(JsonGenerator g, Money m) throws IOException {
    g.writeStartObject();
    g.writeStringField("currency", m.currency().getCurrencyCode());
    g.writeStringField("value", value(m));
    g.writeEndObject();
  }

  /** The contract's money value: {@code 111.424690…} EUR gives {@code "111.42"}. */
  public static String value(Money m) {
    return m.roundedAmount().toPlainString();
  }

  /** A decimal without trailing zeros and never with a negative scale: {@code 230}, not 2.3E+2. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
  }

  /**
   * The data-quality object of {@code ossvalue check} and of the statement's {@code dataQuality}:
   * {@code files[]} with their counts, then {@code rejected[]} and {@code warnings[]}, whose {@code
   * index}, {@code line}, {@code id} and {@code field} are left out when absent.
   */
  public static void dataQuality(JsonGenerator g, DataQuality q) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("files");
    for (DataQuality.FileCount f : q.files()) {
      g.writeStartObject();
      g.writeStringField("file", f.file());
      g.writeStringField("kind", f.kind());
      g.writeNumberField("read", f.read());
      g.writeNumberField("accepted", f.accepted());
      g.writeNumberField("rejected", f.rejected());
      g.writeNumberField("duplicates", f.duplicates());
      g.writeNumberField("warnings", f.warnings());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rejected");
    for (DataQuality.Issue i : q.rejected()) {
      issue(g, i);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("warnings");
    for (DataQuality.Issue i : q.warnings()) {
      issue(g, i);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes a data-quality object alone, as {@code ossvalue check --format json} prints it, with a
   * final newline; flushes {@code out} and does not close it.
   */
  public static void writeDataQuality(DataQuality q, Writer out) throws IOException {
    try (JsonGenerator g = generator(out)) {
      dataQuality(g, q);
      g.writeRaw('\n');
    }
    out.flush();
  }

  private static void issue(JsonGenerator g, DataQuality.Issue i) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", i.file());
    if (i.index().isPresent()) {
      g.writeNumberField("index", i.index().getAsLong());
    }
    if (i.line().isPresent()) {
      g.writeNumberField("line", i.line().getAsLong());
    }
    if (i.id().isPresent()) {
      g.writeStringField("id", i.id().get());
    }
    if (i.field().isPresent()) {
      g.writeStringField("field", i.field().get());
    }
    g.writeStringField("reason", i.reason());
    g.writeEndObject();
  }
}
