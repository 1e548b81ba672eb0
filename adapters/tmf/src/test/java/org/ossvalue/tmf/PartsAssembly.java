package org.ossvalue.tmf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ossvalue.core.Connection;
import org.ossvalue.core.topology.Topology;

/**
 * The whole-export steps of reading in parts, in plain Java: what a distributed reader (the Spark
 * adapter) does with joins and aggregations, written here to check {@link TmfParts} against {@link
 * TmfReader#readDirectory}. NDJSON files are cut into chunks of random length, each read on its
 * own.
 */
final class PartsAssembly {

  /** What the parts make of an export: the records by kind and the report. */
  record Result(Map<TmfKind, List<Object>> values, ReadReport report) {}

  private PartsAssembly() {}

  static Result read(TmfReader reader, Path dir, long seed) {
    TmfParts parts = reader.parts();
    Random random = new Random(seed);
    List<String> names = new ArrayList<>();
    Set<String> directories = new HashSet<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        names.add(p.getFileName().toString());
        if (Files.isDirectory(p)) {
          directories.add(p.getFileName().toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> order =
        TmfParts.readingOrder(names.stream().filter(n -> !directories.contains(n)).toList());
    List<Path> whole = new ArrayList<>();
    for (String n : order) {
      TmfKind kind = TmfKind.ofFileName(n).orElseThrow();
      if (kind == TmfKind.EVENTS) {
        throw new IllegalArgumentException("events are replayed over the whole export");
      }
      if (!TmfParts.readsInParts(kind)) {
        whole.add(dir.resolve(n));
      }
    }
    TmfDataset network = reader.readFiles(whole);
    Topology topology = network.topology();
    Set<String> slas = new HashSet<>();
    network.slaTerms().forEach(t -> slas.add(t.id()));
    boolean slaRead =
        order.stream().anyMatch(n -> TmfKind.ofFileName(n).orElseThrow() == TmfKind.SLA);

    // every record, file by file in reading order
    Map<String, List<TmfRecord>> byFile = new HashMap<>();
    Map<String, List<Warning>> fileWarnings = new HashMap<>();
    for (String n : order) {
      TmfKind kind = TmfKind.ofFileName(n).orElseThrow();
      if (!TmfParts.readsInParts(kind)) {
        continue;
      }
      List<TmfRecord> records = new ArrayList<>();
      byFile.put(n, records);
      try {
        byte[] bytes = Files.readAllBytes(dir.resolve(n));
        if (TmfKind.isLineDelimited(n)) {
          readInChunks(parts, n, kind, bytes, random, records);
          fileWarnings.put(
              n, records.isEmpty() ? List.of(TmfParts.emptyFile(n)) : List.<Warning>of());
        } else {
          try (InputStream in = new ByteArrayInputStream(bytes)) {
            fileWarnings.put(n, parts.readFile(in, n, kind, false, records::add));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    // the first accepted copy of every id, per kind
    Map<TmfKind, Map<String, TmfRecord>> kept = new HashMap<>();
    for (String n : order) {
      for (TmfRecord r : byFile.getOrDefault(n, List.of())) {
        if (r.outcome() == TmfRecord.Outcome.ACCEPTED) {
          kept.computeIfAbsent(r.kind(), k -> new HashMap<>()).putIfAbsent(r.id().get(), r);
        }
      }
    }

    List<Rejection> rejections = new ArrayList<>(network.report().rejections());
    List<Warning> warnings = new ArrayList<>(network.report().warnings());
    warnings.addAll(TmfParts.directoryWarnings(names, directories));
    Map<TmfKind, Map<String, List<Object>>> values = new HashMap<>();
    Map<String, FileReport> reports = new HashMap<>();
    network.report().files().forEach(f -> reports.put(f.file(), f));
    Set<String> connectionIds = new HashSet<>();
    for (TmfRecord r : kept.getOrDefault(TmfKind.PRODUCT, Map.of()).values()) {
      if (!r.values().isEmpty()) {
        connectionIds.add(r.id().get());
      }
    }
    for (String n : order) {
      if (!byFile.containsKey(n)) {
        continue;
      }
      long read = 0;
      long accepted = 0;
      long rejected = 0;
      long duplicates = 0;
      List<Warning> fileMessages = new ArrayList<>(fileWarnings.get(n));
      for (TmfRecord r : byFile.get(n)) {
        read++;
        TmfRecord first =
            r.id().isPresent() && r.outcome() != TmfRecord.Outcome.REJECTED
                ? kept.getOrDefault(r.kind(), Map.of()).get(r.id().get())
                : null;
        if (first != null && first != r && before(order, first.position(), r.position())) {
          duplicates++;
          fileMessages.add(TmfParts.duplicate(r.id().get(), r.position(), first.position()));
          continue;
        }
        if (r.outcome() != TmfRecord.Outcome.ACCEPTED) {
          rejected++;
          rejections.add(r.rejection().get());
          fileMessages.addAll(r.warnings());
          continue;
        }
        accepted++;
        fileMessages.addAll(r.warnings());
        List<Object> out = new ArrayList<>();
        for (Object v : r.values()) {
          if (v instanceof Connection c) {
            List<String> realizedBy = new ArrayList<>();
            for (TmfReference ref : r.references()) {
              if (topology.contains(ref.id())) {
                realizedBy.add(ref.id());
              } else {
                fileMessages.add(TmfParts.unresolved(ref, r.position(), r.id().get()));
              }
            }
            if (slaRead && r.sla().isPresent() && !slas.contains(r.sla().get().id())) {
              fileMessages.add(TmfParts.unresolved(r.sla().get(), r.position(), r.id().get()));
            }
            out.add(
                realizedBy.size() == c.realizedBy().size()
                    ? c
                    : Connection.builder().from(c).realizedBy(realizedBy).build());
          } else {
            if (v instanceof TmfAlarm a
                && !topology.contains(a.element())
                && !connectionIds.contains(a.element())) {
              fileMessages.add(
                  TmfParts.unresolved(r.references().get(0), r.position(), r.id().get()));
            }
            out.add(v);
          }
        }
        if (!out.isEmpty()) {
          values.computeIfAbsent(r.kind(), k -> new TreeMap<>()).put(r.id().get(), out);
        }
      }
      warnings.addAll(fileMessages);
      TmfKind kind = TmfKind.ofFileName(n).orElseThrow();
      reports.put(
          n,
          FileReport.builder()
              .file(n)
              .kind(kind)
              .read(read)
              .accepted(accepted)
              .rejected(rejected)
              .duplicates(duplicates)
              .warnings(fileMessages.size())
              .build());
    }
    List<FileReport> files = new ArrayList<>();
    for (String n : order) {
      files.add(reports.get(n));
    }
    Map<TmfKind, List<Object>> flat = new HashMap<>();
    values.forEach(
        (k, byId) ->
            byId.values().forEach(l -> flat.computeIfAbsent(k, x -> new ArrayList<>()).addAll(l)));
    return new Result(flat, TmfParts.report(files, rejections, warnings));
  }

  private static boolean before(List<String> order, TmfPosition a, TmfPosition b) {
    Comparator<TmfPosition> c =
        Comparator.<TmfPosition>comparingInt(p -> order.indexOf(p.file()))
            .thenComparingLong(p -> p.index().orElse(p.line().orElse(-1)));
    return c.compare(a, b) < 0;
  }

  /** Reads an NDJSON file in chunks of 1 to 4 lines, each chunk on its own. */
  private static void readInChunks(
      TmfParts parts, String name, TmfKind kind, byte[] bytes, Random random, List<TmfRecord> out)
      throws IOException {
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
    int n = lines.length;
    if (n > 0 && lines[n - 1].isEmpty()) {
      n--; // the newline that ends the last line
    }
    int i = 0;
    while (i < n) {
      int len = Math.min(n - i, 1 + random.nextInt(4));
      String chunk = String.join("\n", java.util.Arrays.copyOfRange(lines, i, i + len));
      try (InputStream in = new ByteArrayInputStream(chunk.getBytes(StandardCharsets.UTF_8))) {
        parts.readLines(in, name, kind, i + 1, out::add);
      }
      i += len;
    }
  }
}
