package org.ossvalue.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Progress of a long run on standard error: nothing for the first {@code after} (two seconds on the
 * command line), then one line rewritten in place twice a second ({@code ossvalue statement:
 * computing the statement… 3.5 s}), cleared when the run ends. Silent unless standard error is a
 * terminal, so pipes, files and tests never see it.
 */
final class Progress implements AutoCloseable {

  /** When the command line starts showing progress. */
  static final Duration DEFAULT_AFTER = Duration.ofSeconds(2);

  private final PrintWriter err;
  private final String command;
  private final long started = System.nanoTime();
  private final @Nullable ScheduledExecutorService timer;
  private final @Nullable ScheduledFuture<?> ticks;
  private volatile String stage = "starting";
  private int width;
  private boolean shown;
  private boolean closed;

  private Progress(PrintWriter err, String command, Duration after, Duration every) {
    this.err = err;
    this.command = command;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "ossvalue-progress");
              t.setDaemon(true);
              return t;
            });
    this.ticks =
        timer.scheduleAtFixedRate(
            this::tick, after.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Progress on {@code err} when {@code terminal}; otherwise a no-op. */
  static Progress start(PrintWriter err, String command, boolean terminal) {
    return start(err, command, terminal, DEFAULT_AFTER, Duration.ofMillis(500));
  }

  /** The same with chosen delays (tests). */
  static Progress start(
      PrintWriter err, String command, boolean terminal, Duration after, Duration every) {
    return terminal ? new Progress(err, command, after, every) : new Progress();
  }

  /** A no-op. */
  private Progress() {
    this.err = new PrintWriter(java.io.Writer.nullWriter());
    this.command = "";
    this.timer = null;
    this.ticks = null;
  }

  /** What the run is doing now, such as {@code reading the export}. */
  void stage(String what) {
    this.stage = what;
  }

  private synchronized void tick() {
    double seconds = (System.nanoTime() - started) / 1e9;
    String line = String.format(Locale.ROOT, "%s: %s… %.1f s", command, stage, seconds);
    err.print("\r" + pad(line));
    err.flush();
    width = Math.max(width, line.length());
    shown = true;
  }

  private String pad(String line) {
    return line.length() >= width ? line : line + " ".repeat(width - line.length());
  }

  /**
   * Whether progress may be shown: a console is attached (on JDK 22 and newer, where {@code
   * System.console()} is never null, only when it is a terminal).
   */
  static boolean terminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Object isTerminal = java.io.Console.class.getMethod("isTerminal").invoke(console);
      return Boolean.TRUE.equals(isTerminal);
    } catch (NoSuchMethodException e) {
      return true; // JDK 17 to 21: a console is a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** Stops, and clears the line if one was shown; later calls do nothing. */
  @Override
  public void close() {
    stop();
  }

  /** Stops, and clears the line if one was shown, before something else is written. */
  void stop() {
    if (timer == null || ticks == null) {
      return;
    }
    ticks.cancel(false);
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (shown && !closed) {
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
      }
      closed = true;
    }
  }
}
