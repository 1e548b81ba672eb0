package org.ossvalue.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.statement.StatementInputs;
import org.ossvalue.core.statement.ValueStatement;

/** The renderer API: names, media types, determinism, and what happens to the writer. */
class StatementRendererTest {

  private static final Map<String, StatementRenderer> BY_NAME =
      Map.of(
          "json", StatementRenderer.json(),
          "text", StatementRenderer.text(),
          "csv", StatementRenderer.csv(),
          "html", StatementRenderer.html());

  @Test
  void forFormatGivesTheBuiltInOfEachName() {
    BY_NAME.forEach((name, r) -> assertSame(r, StatementRenderer.forFormat(name), name));
  }

  @Test
  void mediaTypesAreThoseOfTheFormats() {
    assertEquals("application/json", StatementRenderer.json().mediaType());
    assertEquals("text/plain", StatementRenderer.text().mediaType());
    assertEquals("text/csv", StatementRenderer.csv().mediaType());
    assertEquals("text/html", StatementRenderer.html().mediaType());
  }

  @Test
  void anUnknownFormatIsRefusedNamingTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StatementRenderer.forFormat("xml"));
    assertEquals("format must be one of json, text, csv, html, was \"xml\"", e.getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> StatementRenderer.forFormat("JSON"))
            .getMessage()
            .contains("\"JSON\""));
    assertThrows(IllegalArgumentException.class, () -> StatementRenderer.forFormat(""));
  }

  @Test
  void toStringReadsLikeTheCallThatMadeIt() {
    BY_NAME.forEach(
        (name, r) -> assertEquals("StatementRenderer." + name + "()", r.toString(), name));
  }

  @Test
  void theSameStatementGivesTheSameCharactersWhateverTheOrderOfTheRecords() {
    StatementInputs in = NetCo.inputs(NetCo.DATASET);
    ValueStatement reversed =
        ValueStatement.assess(
            StatementInputs.builder()
                .from(in)
                .connections(reverse(in.connections()))
                .causes(reverse(in.causes()))
                .tickets(reverse(in.tickets()))
                .orders(reverse(in.orders()))
                .billLines(reverse(in.billLines()))
                .usage(reverse(in.usage()))
                .build());
    BY_NAME.forEach(
        (name, r) ->
            assertEquals(
                NetCo.render(r, NetCo.STATEMENT), NetCo.render(r, reversed), name + " differs"));
  }

  @Test
  void everyRendererFlushesAndNeverClosesTheWriter() throws IOException {
    for (StatementRenderer r : BY_NAME.values()) {
      Tracking out = new Tracking();
      r.render(NetCo.STATEMENT, out);
      assertTrue(out.flushed, r + " did not flush");
      assertTrue(!out.closed, r + " closed the writer");
      assertTrue(out.toString().length() > 500, r.toString());
    }
  }

  @Test
  void everyRendererWritesAStatementOfNothing() {
    ValueStatement empty = Statements.empty();
    BY_NAME.forEach((name, r) -> assertTrue(!NetCo.render(r, empty).isEmpty(), name));
  }

  @Test
  void aFailingWriterSurfacesItsIoException() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    for (StatementRenderer r : BY_NAME.values()) {
      IOException e = assertThrows(IOException.class, () -> r.render(NetCo.STATEMENT, broken));
      assertEquals("disk full", e.getMessage(), r.toString());
    }
  }

  private static <T> List<T> reverse(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  /** A writer that remembers whether it was flushed or closed. */
  private static final class Tracking extends StringWriter {
    boolean flushed;
    boolean closed;

    @Override
    public void flush() {
      flushed = true;
      super.flush();
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}
