package org.rasd.app;

import java.io.PrintStream;
import org.rasd.ingest.IngestStats;
import org.rasd.ingest.InputTotals;

/** A one-line progress bar on stderr, redrawn a few times a second while a run goes on. */
final class ProgressBar implements AutoCloseable {

  private static final long REDRAW_MILLIS = 200;
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final IngestStats stats;
  private final InputTotals totals;
  private final Thread redrawer;
  private int shownWidth;
  private boolean closed;

  private ProgressBar(PrintStream err, IngestStats stats, InputTotals totals) {
    this.err = err;
    this.stats = stats;
    this.totals = totals;
    this.redrawer = new Thread(this::redrawUntilClosed, "rasd-progress");
    redrawer.setDaemon(true);
  }

  static ProgressBar start(PrintStream err, IngestStats stats, InputTotals totals) {
    ProgressBar bar = new ProgressBar(err, stats, totals);
    bar.redrawer.start();
    return bar;
  }

  /** Prints a message line without mixing it into the bar. */
  synchronized void printAbove(String line) {
    clear();
    err.println(line);
    draw();
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      redrawer.interrupt();
      clear();
      err.flush();
    }
  }

  private void redrawUntilClosed() {
    try {
      while (true) {
        Thread.sleep(REDRAW_MILLIS);
        synchronized (this) {
          if (closed) {
            return;
          }
          draw();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void draw() {
    if (closed) {
      return;
    }
    double done =
        totals.bytes() > 0
            ? (double) stats.bytes() / totals.bytes()
            : totals.files() > 0 ? (double) stats.files() / totals.files() : 0;
    done = Math.min(1, done);
    int filled = (int) Math.round(done * WIDTH);
    String line =
        String.format(
            "[%s%s] %3d%%  %,d/%,d files  %s/%s MB  %,d docs  %,d failures",
            "=".repeat(filled),
            " ".repeat(WIDTH - filled),
            Math.round(done * 100),
            stats.files(),
            totals.files(),
            Summary.megabytes(stats.bytes()),
            Summary.megabytes(totals.bytes()),
            stats.documents(),
            stats.failures());
    err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
    err.flush();
    shownWidth = line.length();
  }

  private void clear() {
    if (shownWidth > 0) {
      err.print("\r" + " ".repeat(shownWidth) + "\r");
      shownWidth = 0;
    }
  }
}
