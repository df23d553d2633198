package org.vfit.fit.analysis;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs work units on a fixed number of threads of this JVM. The caller's thread only collects: it
 * receives results as they complete and hands them to {@code onResult}, so checkpoint writes and
 * progress output happen on one thread and need no locking.
 */
public final class LocalRunner implements WorkRunner {

  private final int threads;

  public LocalRunner(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
  }

  @Override
  public <T extends Serializable, R extends Serializable> List<R> map(
      List<T> units, WorkFunction<T, R> work, Consumer<? super R> onResult) {
    List<R> out = new ArrayList<>(units.size());
    if (threads == 1 || units.size() <= 1) {
      for (T u : units) {
        R r = work.apply(u);
        onResult.accept(r);
        out.add(r);
      }
      return out;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, units.size()),
            r -> {
              Thread t = new Thread(r, "vfit-worker");
              t.setDaemon(true);
              return t;
            });
    try {
      CompletionService<Indexed<R>> done = new ExecutorCompletionService<>(pool);
      for (int k = 0; k < units.size(); k++) {
        int index = k;
        T unit = units.get(k);
        done.submit(() -> new Indexed<>(index, work.apply(unit)));
      }
      List<R> slots = new ArrayList<>(units.size());
      for (int k = 0; k < units.size(); k++) {
        slots.add(null);
      }
      for (int k = 0; k < units.size(); k++) {
        Future<Indexed<R>> f = done.take();
        Indexed<R> r = f.get();
        slots.set(r.index, r.value);
        onResult.accept(r.value);
      }
      return slots;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("work unit failed: " + c, c);
    } finally {
      pool.shutdownNow();
    }
  }

  private record Indexed<R>(int index, R value) {}

  @Override
  public int parallelism() {
    return threads;
  }

  @Override
  public String description() {
    return threads == 1 ? "1 thread" : threads + " threads";
  }

  @Override
  public void close() {}
}
