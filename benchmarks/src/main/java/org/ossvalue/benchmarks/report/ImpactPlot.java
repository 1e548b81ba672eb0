package org.ossvalue.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.ossvalue.benchmarks.workload.WorkloadSpec;

/**
 * Draws time against size (log-log) for every contender of {@code ImpactBenchmark} from JMH JSON
 * results, and prints the table with ratios: {@code java -cp benchmarks/target/benchmarks.jar
 * org.ossvalue.benchmarks.report.ImpactPlot docs/impact-scaling.png impact.json [more.json]}.
 * Headless Java2D, so no plotting library is needed.
 */
public final class ImpactPlot {

  private static final Color[] COLORS = {
    new Color(0x1f77b4),
    new Color(0x2ca02c),
    new Color(0xd62728),
    new Color(0xff7f0e),
    new Color(0x9467bd)
  };

  private ImpactPlot() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ImpactPlot out.png results.json [more.json ...]");
      System.exit(2);
    }
    System.setProperty("java.awt.headless", "true");
    // contender -> size (connections) -> [score ms, error ms]
    Map<String, TreeMap<Integer, double[]>> series = new TreeMap<>();
    for (int i = 1; i < args.length; i++) {
      read(Path.of(args[i]), series);
    }
    printTable(series);
    BufferedImage image = draw(series);
    ImageIO.write(image, "png", Path.of(args[0]).toFile());
    System.out.println("wrote " + args[0]);
  }

  @SuppressWarnings("unchecked")
  private static void read(Path file, Map<String, TreeMap<Integer, double[]>> series)
      throws IOException {
    List<Object> results =
        (List<Object>) Json.parse(Files.readString(file, StandardCharsets.UTF_8));
    for (Object o : results) {
      Map<String, Object> r = (Map<String, Object>) o;
      String benchmark = (String) r.get("benchmark");
      if (!benchmark.contains("ImpactBenchmark.")) {
        continue;
      }
      String contender = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      Map<String, Object> params = (Map<String, Object>) r.get("params");
      int size = WorkloadSpec.parseSize((String) params.get("size"));
      Map<String, Object> metric = (Map<String, Object>) r.get("primaryMetric");
      double score = ((Double) metric.get("score")) * toMillis((String) metric.get("scoreUnit"));
      Object err = metric.get("scoreError");
      double error =
          err instanceof Double && !((Double) err).isNaN()
              ? (Double) err * toMillis((String) metric.get("scoreUnit"))
              : 0;
      series
          .computeIfAbsent(contender, k -> new TreeMap<>())
          .put(size, new double[] {score, error});
    }
  }

  private static double toMillis(String unit) {
    return switch (unit) {
      case "s/op" -> 1000;
      case "ms/op" -> 1;
      case "us/op" -> 0.001;
      default -> throw new IllegalArgumentException("unit " + unit);
    };
  }

  private static void printTable(Map<String, TreeMap<Integer, double[]>> series) {
    TreeMap<Integer, Boolean> sizes = new TreeMap<>();
    series.values().forEach(m -> m.keySet().forEach(s -> sizes.put(s, true)));
    StringBuilder header = new StringBuilder("| contender |");
    StringBuilder rule = new StringBuilder("|---|");
    for (int size : sizes.keySet()) {
      header.append(' ').append(label(size)).append(" |");
      rule.append("---:|");
    }
    System.out.println(header);
    System.out.println(rule);
    // ratios against the faster ossvalue variant at each size
    TreeMap<Integer, double[]> reference = new TreeMap<>();
    for (String name : new String[] {"ossvalue", "ossvalueParallel"}) {
      series
          .getOrDefault(name, new TreeMap<>())
          .forEach(
              (size, v) -> {
                double[] best = reference.get(size);
                if (best == null || v[0] < best[0]) {
                  reference.put(size, v);
                }
              });
    }
    for (Map.Entry<String, TreeMap<Integer, double[]>> e : series.entrySet()) {
      StringBuilder row = new StringBuilder("| " + e.getKey() + " |");
      for (int size : sizes.keySet()) {
        double[] v = e.getValue().get(size);
        if (v == null) {
          row.append(" — |");
          continue;
        }
        row.append(String.format(Locale.ROOT, " %,.0f ± %,.0f ms", v[0], v[1]));
        if (reference.containsKey(size)) {
          row.append(String.format(Locale.ROOT, " (%.1f×)", v[0] / reference.get(size)[0]));
        }
        row.append(" |");
      }
      System.out.println(row);
    }
  }

  private static String label(int size) {
    return size >= 1_000_000 && size % 1_000_000 == 0
        ? size / 1_000_000 + "M"
        : size >= 1_000 && size % 1_000 == 0 ? size / 1_000 + "k" : Integer.toString(size);
  }

  private static BufferedImage draw(Map<String, TreeMap<Integer, double[]>> series) {
    int width = 900;
    int height = 600;
    int left = 90;
    int right = 220;
    int top = 50;
    int bottom = 70;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);

    double minX = Double.MAX_VALUE;
    double maxX = 0;
    double minY = Double.MAX_VALUE;
    double maxY = 0;
    for (TreeMap<Integer, double[]> s : series.values()) {
      for (Map.Entry<Integer, double[]> p : s.entrySet()) {
        minX = Math.min(minX, p.getKey());
        maxX = Math.max(maxX, p.getKey());
        minY = Math.min(minY, p.getValue()[0]);
        maxY = Math.max(maxY, p.getValue()[0]);
      }
    }
    double x0 = Math.floor(Math.log10(minX));
    double x1 = Math.ceil(Math.log10(maxX));
    if (x1 == x0) {
      x1 = x0 + 1;
    }
    double y0 = Math.floor(Math.log10(minY));
    double y1 = Math.ceil(Math.log10(maxY));
    if (y1 == y0) {
      y1 = y0 + 1;
    }
    int plotW = width - left - right;
    int plotH = height - top - bottom;
    Axis ax = new Axis(left, top, plotW, plotH, x0, x1, y0, y1);

    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    for (double e = y0; e <= y1; e++) {
      int y = ax.y(Math.pow(10, e));
      g.setColor(new Color(0xdddddd));
      g.drawLine(left, y, left + plotW, y);
      g.setColor(Color.DARK_GRAY);
      String text = millis(Math.pow(10, e));
      g.drawString(text, left - 10 - g.getFontMetrics().stringWidth(text), y + 5);
    }
    for (double e = x0; e <= x1; e++) {
      int x = ax.x(Math.pow(10, e));
      g.setColor(new Color(0xdddddd));
      g.drawLine(x, top, x, top + plotH);
      g.setColor(Color.DARK_GRAY);
      String text = label((int) Math.round(Math.pow(10, e)));
      g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, top + plotH + 20);
    }
    g.setColor(Color.BLACK);
    g.drawRect(left, top, plotW, plotH);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(
        "Impacts + revenue at risk + availability: time per analysis (log-log)", left, top - 20);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.drawString(
        "connections (alarms = connections / 10)", left + plotW / 2 - 120, top + plotH + 45);
    Graphics2D rotated = (Graphics2D) g.create();
    rotated.rotate(-Math.PI / 2);
    rotated.drawString("time per analysis", -(top + plotH / 2 + 50), 25);
    rotated.dispose();

    int index = 0;
    int legendY = top + 10;
    for (Map.Entry<String, TreeMap<Integer, double[]>> s : series.entrySet()) {
      Color color = COLORS[index++ % COLORS.length];
      g.setColor(color);
      g.setStroke(new BasicStroke(2.5f));
      List<int[]> points = new ArrayList<>();
      for (Map.Entry<Integer, double[]> p : s.getValue().entrySet()) {
        points.add(new int[] {ax.x(p.getKey()), ax.y(p.getValue()[0])});
      }
      for (int i = 1; i < points.size(); i++) {
        g.draw(
            new Line2D.Double(
                points.get(i - 1)[0], points.get(i - 1)[1], points.get(i)[0], points.get(i)[1]));
      }
      for (int[] p : points) {
        g.fillOval(p[0] - 5, p[1] - 5, 10, 10);
      }
      g.fillRect(left + plotW + 20, legendY, 24, 4);
      g.setColor(Color.BLACK);
      g.drawString(s.getKey(), left + plotW + 52, legendY + 7);
      legendY += 24;
    }
    g.dispose();
    return image;
  }

  private static String millis(double ms) {
    if (ms >= 1000) {
      return String.format(Locale.ROOT, "%.0f s", ms / 1000);
    }
    return ms >= 1
        ? String.format(Locale.ROOT, "%.0f ms", ms)
        : String.format(Locale.ROOT, "%.2g ms", ms);
  }

  private record Axis(
      int left, int top, int width, int height, double x0, double x1, double y0, double y1) {
    int x(double value) {
      return left + (int) Math.round((Math.log10(value) - x0) / (x1 - x0) * width);
    }

    int y(double value) {
      return top + height - (int) Math.round((Math.log10(value) - y0) / (y1 - y0) * height);
    }
  }
}
