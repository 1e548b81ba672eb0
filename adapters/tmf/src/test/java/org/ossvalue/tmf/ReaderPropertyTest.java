package org.ossvalue.tmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shuffling the records of any file, or writing a file as an array or as NDJSON, never changes what
 * the reader makes of an export.
 */
class ReaderPropertyTest {

  private static final JsonFactory JSON = new JsonFactory();

  @TempDir Path tmp;

  @Test
  void shufflingRecordsOrSwitchingArrayAndNdjsonNeverChangesTheResult() throws IOException {
    Path source = Fixtures.netco();
    String baseline = summary(TmfReader.lenient().readDirectory(source));
    List<Path> files;
    try (Stream<Path> s = Files.list(source)) {
      files =
          s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".ndjson"))
              .sorted()
              .toList();
    }
    qt().withExamples(12)
        .forAll(longs().all(), integers().between(0, (1 << files.size()) - 1))
        .checkAssert(
            (seed, ndjsonMask) -> {
              Path dir = rewrite(files, seed, ndjsonMask);
              String actual = summary(TmfReader.lenient().readDirectory(dir));
              if (!baseline.equals(actual)) {
                try {
                  Files.writeString(Path.of("target/baseline.txt"), baseline.replace(", ", ",\n"));
                  Files.writeString(Path.of("target/actual.txt"), actual.replace(", ", ",\n"));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
              assertEquals(baseline, actual);
            });
  }

  private Path rewrite(List<Path> files, long seed, int ndjsonMask) {
    try {
      Path dir = Files.createTempDirectory(tmp, "shuffled");
      Random random = new Random(seed);
      for (int i = 0; i < files.size(); i++) {
        Path f = files.get(i);
        String name = f.getFileName().toString();
        String base = name.substring(0, name.indexOf('.'));
        List<String> records = records(f);
        Collections.shuffle(records, random);
        boolean ndjson = (ndjsonMask & (1 << i)) != 0;
        String out =
            ndjson ? String.join("\n", records) + "\n" : "[" + String.join(",\n", records) + "]";
        Files.writeString(
            dir.resolve(base + (ndjson ? ".ndjson" : ".json")), out, StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> records(Path f) throws IOException {
    List<String> out = new ArrayList<>();
    try (JsonParser p = JSON.createParser(f.toFile())) {
      JsonToken t = p.nextToken();
      boolean array = t == JsonToken.START_ARRAY;
      if (array) {
        t = p.nextToken();
      }
      while (t != null && t != JsonToken.END_ARRAY) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
          g.copyCurrentStructure(p);
        }
        out.add(w.toString());
        t = p.nextToken();
      }
    }
    return out;
  }

  /** Everything the dataset says, independent of record order and file format. */
  static String summary(TmfDataset d) {
    StringBuilder sb = new StringBuilder();
    sb.append(d.connections()).append('\n');
    sb.append(d.alarms()).append('\n');
    sb.append(d.tickets())
        .append('\n')
        .append(d.problems())
        .append('\n')
        .append(d.orders())
        .append('\n');
    sb.append(new TreeSet<>(d.usage().stream().map(Object::toString).toList())).append('\n');
    sb.append(d.bills())
        .append('\n')
        .append(d.billLines())
        .append('\n')
        .append(d.slaTerms())
        .append('\n');
    for (String e : d.topology().elements().stream().sorted().toList()) {
      sb.append(e)
          .append(d.topology().kind(e).orElseThrow())
          .append(d.topology().rule(e))
          .append(new TreeSet<>(d.topology().supportersOf(e)))
          .append(';');
    }
    sb.append(new TreeSet<>(d.topology().relationships().stream().map(Object::toString).toList()));
    sb.append(d.events()).append('\n');
    for (FileReport f : d.report().files()) {
      String kind = f.kind().label();
      sb.append(kind)
          .append(f.read())
          .append('/')
          .append(f.accepted())
          .append('/')
          .append(f.rejected())
          .append('/')
          .append(f.duplicates())
          .append(';');
    }
    sb.append(
        new TreeSet<>(
            d.report().warnings().stream()
                .filter(w -> !w.reason().startsWith("unsupported file"))
                .map(
                    w ->
                        w.id().orElse("")
                            + " "
                            + w.field().orElse("")
                            + " "
                            + w.reason()
                                .replaceAll("(index|line) \\d+|[:\\[]\\d+\\]?|\\.n?d?json", ""))
                .toList()));
    return sb.toString();
  }
}
