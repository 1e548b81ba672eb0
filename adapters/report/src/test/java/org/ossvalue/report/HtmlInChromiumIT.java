package org.ossvalue.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the NetCo HTML statement in headless Chromium (Debian's {@code chromium}; CI installs it)
 * and checks that it rendered: the page's own check, written into {@code <body data-render-check>}
 * after load, says every chart has a non-zero size and no script error, console error or blocked
 * fetch occurred; Chromium's log shows no console message; a screenshot is written to {@code
 * target/statement-report/netco.png}. Skipped, not failed, when chromium is not on the PATH.
 */
class HtmlInChromiumIT {

  private static final Path OUT = Path.of("target", "statement-report");
  private static final Pattern CHECK = Pattern.compile("<body[^>]*data-render-check=\"([^\"]*)\"");
  private static final long TIMEOUT_SECONDS = 120;

  private static Path chromium;

  /** Per test, so that a machine without chromium reports each test as skipped. */
  @BeforeEach
  void findChromium() {
    Optional<Path> found = onPath("chromium");
    Assumptions.assumeTrue(
        found.isPresent(), "chromium is not on the PATH: apt-get install -y chromium");
    chromium = found.get();
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : Pattern.compile(Pattern.quote(File.pathSeparator)).split(path, -1)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** What one Chromium run printed. */
  private record Run(int code, String out, String err) {}

  private static Run chromium(Path profile, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(chromium.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile,
            "--enable-logging=stderr",
            "--v=0"));
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile(profile.getParent(), "chromium", ".out");
    Path stderr = Files.createTempFile(profile.getParent(), "chromium", ".err");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
    }
    return new Run(
        p.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  private static String renderCheck(Run run) {
    Matcher m = CHECK.matcher(run.out());
    assertTrue(m.find(), "no data-render-check in the DOM: the page's script did not run\n" + run);
    return m.group(1);
  }

  private static String consoleLines(Run run) {
    return run.err().lines().filter(l -> l.contains(":CONSOLE")).collect(Collectors.joining("\n"));
  }

  @Test
  void theNetCoStatementRendersItsChartsWithoutErrorsAndIsScreenshot(@TempDir Path tmp)
      throws Exception {
    Files.createDirectories(OUT);
    Path html = OUT.resolve("netco.html");
    Files.writeString(
        html, NetCo.render(StatementRenderer.html(), NetCo.STATEMENT), StandardCharsets.UTF_8);
    String url = html.toAbsolutePath().toUri().toString();

    Run dom = chromium(tmp.resolve("profile-dom"), "--dump-dom", url);
    assertEquals(0, dom.code(), dom.err());
    // two waterfalls and two attribution charts (EUR, GBP), availability, top impacts
    assertEquals("ok charts=6", renderCheck(dom));
    assertEquals("", consoleLines(dom), "console messages");
    for (String chart :
        List.of(
            "waterfall-EUR",
            "waterfall-GBP",
            "attribution-EUR",
            "attribution-GBP",
            "availability",
            "top-impacts")) {
      assertTrue(dom.out().contains("data-chart=\"" + chart + "\""), chart);
    }

    Path png = OUT.resolve("netco.png").toAbsolutePath();
    Files.deleteIfExists(png);
    Run shot =
        chromium(
            tmp.resolve("profile-shot"),
            "--screenshot=" + png,
            "--window-size=1280,2000",
            "--hide-scrollbars",
            url);
    assertEquals(0, shot.code(), shot.err());
    assertTrue(Files.size(png) > 20_000, "screenshot too small: " + Files.size(png) + " bytes");
  }

  @Test
  void theSampleOperatorsStatementRendersToo(@TempDir Path tmp) throws Exception {
    Files.createDirectories(OUT);
    Path html = OUT.resolve("sample.html");
    Files.writeString(
        html, NetCo.render(StatementRenderer.html(), Sample.STATEMENT), StandardCharsets.UTF_8);
    String url = html.toAbsolutePath().toUri().toString();

    Run dom = chromium(tmp.resolve("profile-dom"), "--dump-dom", url);
    assertEquals(0, dom.code(), dom.err());
    long currencies = Sample.STATEMENT.headline().connected().size();
    long attributed =
        Sample.STATEMENT.attribution().stream().map(f -> f.money().currency()).distinct().count();
    // a waterfall per currency, an attribution chart per currency with a protected pool
    // (otherwise a sentence says nothing was protected), availability, top impacts
    assertEquals("ok charts=" + (currencies + attributed + 2), renderCheck(dom));
    assertEquals("", consoleLines(dom), "console messages");

    Path png = OUT.resolve("sample.png").toAbsolutePath();
    Files.deleteIfExists(png);
    Run shot =
        chromium(
            tmp.resolve("profile-shot"),
            "--screenshot=" + png,
            "--window-size=1280,2000",
            "--hide-scrollbars",
            url);
    assertEquals(0, shot.code(), shot.err());
    assertTrue(Files.size(png) > 20_000, "screenshot too small: " + Files.size(png) + " bytes");
  }

  @Test
  void theChecksCatchAScriptErrorAConsoleErrorAndAnEmptyChart(@TempDir Path tmp) throws Exception {
    Files.createDirectories(OUT);
    String page = NetCo.render(StatementRenderer.html(), NetCo.STATEMENT);
    String broken =
        page.replace(
            "</main>",
            "<svg data-chart=\"empty\" width=\"0\" height=\"0\"></svg>"
                + "<script>console.error('bad thing');throw new Error('boom');</script></main>");
    Path html = OUT.resolve("broken.html");
    Files.writeString(html, broken, StandardCharsets.UTF_8);

    Run dom =
        chromium(tmp.resolve("profile"), "--dump-dom", html.toAbsolutePath().toUri().toString());
    String check = renderCheck(dom);
    assertTrue(check.startsWith("failed: "), check);
    assertTrue(check.contains("boom"), check);
    assertTrue(check.contains("console.error bad thing"), check);
    assertTrue(check.contains("empty chart empty"), check);
    assertTrue(consoleLines(dom).contains("boom"), dom.err());
  }

  @Test
  void aPageThatFetchesIsBlockedAndReported(@TempDir Path tmp) throws IOException, Exception {
    Files.createDirectories(OUT);
    String page = NetCo.render(StatementRenderer.html(), NetCo.STATEMENT);
    String fetching =
        page.replace("</main>", "<img src=\"http://127.0.0.1:9/pixel.png\" alt=\"\"></main>");
    Path html = OUT.resolve("fetching.html");
    Files.writeString(html, fetching, StandardCharsets.UTF_8);

    Run dom =
        chromium(tmp.resolve("profile"), "--dump-dom", html.toAbsolutePath().toUri().toString());
    String check = renderCheck(dom);
    assertTrue(check.contains("blocked http://127.0.0.1:9/pixel.png"), check);
  }
}
