package org.ossvalue.report.internal;

import java.io.IOException;
import java.io.Writer;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.report.StatementRenderer;

/** One self-contained HTML page: a first version with the text statement, escaped. */
public enum HtmlRenderer implements StatementRenderer {
  /** The one instance. */
  INSTANCE;

  @Override
  public void render(ValueStatement statement, Writer out) throws IOException {
    java.io.StringWriter text = new java.io.StringWriter();
    TextRenderer.INSTANCE.render(statement, text);
    out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.write("<title>OSS value statement</title></head><body><pre>");
    out.write(Html.escape(text.toString()));
    out.write("</pre></body></html>\n");
    out.flush();
  }

  @Override
  public String mediaType() {
    return "text/html";
  }

  @Override
  public String toString() {
    return "StatementRenderer.html()";
  }
}
