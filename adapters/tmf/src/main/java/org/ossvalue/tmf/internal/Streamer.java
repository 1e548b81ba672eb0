package org.ossvalue.tmf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.ossvalue.tmf.ReadReport;
import org.ossvalue.tmf.TmfKind;

/**
 * Reads one file record by record and hands every accepted record's core value to a consumer at
 * once: nothing is kept (not even ids, so duplicates are not detected), so memory does not grow
 * with the file. Rejections and warnings are collected. Not API.
 */
public final class Streamer {

  private Streamer() {}

  /** Streams a file of records of a kind (not events) into a consumer. */
  public static ReadReport stream(
      Settings settings,
      InputStream in,
      String fileName,
      TmfKind kind,
      boolean lineDelimited,
      Consumer<Object> sink) {
    Spec<?> spec = Spec.forKind(kind);
    if (spec == null) {
      throw new IllegalArgumentException(kind + " files cannot be streamed record by record");
    }
    Assembler sink0 = new Assembler(settings);
    Assembler.FileStat fs = new Assembler.FileStat(fileName, kind, 0);
    run(settings, in, lineDelimited, spec, fs, sink0, sink);
    return sink0.reportFor(fs);
  }

  private static <D> void run(
      Settings settings,
      InputStream in,
      boolean lineDelimited,
      Spec<D> spec,
      Assembler.FileStat fs,
      Assembler out,
      Consumer<Object> sink) {
    Spec.Context ctx = new Spec.Context(settings, Map.of(), false);
    RecordFile.read(
        settings,
        in,
        lineDelimited,
        new RecordFile.Visitor() {
          Issues issues = new Issues();

          @Override
          public @Nullable Object parse(Cursor c, RecordFile.Pos pos) throws IOException {
            issues = c.issues();
            return spec.parse(c);
          }

          @Override
          @SuppressWarnings("unchecked")
          public void accept(@Nullable Object parsed, RecordFile.Pos pos) {
            fs.read++;
            Assembler.Source src = new Assembler.Source(fs, fs.name, pos.index, pos.line);
            D d = (D) parsed;
            if (d == null || issues.hasErrors()) {
              fs.rejected++;
              out.rejectFrom(src, issues, d == null ? "must be a JSON object (one record)" : null);
              return;
            }
            String id = spec.id(d);
            src.id = id;
            if (spec.idNull(d) || id == null || id.isBlank()) {
              fs.rejected++;
              out.rejectField(src, "id", spec.idNull(d) ? "must not be null" : "must be present");
              return;
            }
            Issues is = new Issues();
            Object built = spec.build(id, d, "", is, ctx);
            out.warnFrom(src, is);
            if (built == null) {
              fs.rejected++;
              out.rejectFrom(src, is, null);
              return;
            }
            fs.accepted++;
            if (built instanceof List) {
              for (Object o : (List<?>) built) {
                sink.accept(o);
              }
            } else {
              sink.accept(built);
            }
          }

          @Override
          public void broken(RecordFile.Pos pos, String reason) {
            fs.read++;
            fs.rejected++;
            out.rejectField(new Assembler.Source(fs, fs.name, pos.index, pos.line), null, reason);
          }

          @Override
          public void fileWarning(String reason) {
            out.warn(new Assembler.Source(fs, fs.name, -1, -1), null, reason);
          }
        });
  }
}
