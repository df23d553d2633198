package org.vfit.fit.tests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The file a toy study appends its results to, so that a killed run resumes where it stopped.
 *
 * <p>JSON lines: the first line describes the study (format, seed, terms, hypotheses, the point the
 * toys are drawn at, the observed χ²_PG); each further line is one toy. A line is written with a
 * single write and forced to disk before the next, so a kill can at worst leave one unterminated
 * line at the end, which is dropped on reopening. Doubles are written in their shortest round-trip
 * form, so resumed numbers are the same bits as fresh ones. The file is locked while open, so two
 * runs cannot append to it at once.
 */
public final class ToyCheckpoint implements Closeable {

  /** Identifies the format in the header line. */
  public static final String FORMAT = "vfit-toys/1";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final Map<Long, ToyOutcome> done = new TreeMap<>();

  private ToyCheckpoint(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Opens (or creates) a checkpoint for the study described by {@code header}.
   *
   * @throws IllegalArgumentException if the file belongs to another study, is malformed, or is in
   *     use by another run (each with the file and line named)
   * @throws UncheckedIOException if it cannot be read or written
   */
  public static ToyCheckpoint open(Path file, ObjectNode header) {
    FileChannel ch = null;
    try {
      ch =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new IllegalArgumentException("checkpoint " + file + " is in use by another toy run");
      }
      ToyCheckpoint c = new ToyCheckpoint(file, ch, lock);
      c.load(header);
      return c;
    } catch (IOException e) {
      closeQuietly(ch);
      throw new UncheckedIOException("checkpoint " + file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(ch);
      throw e;
    }
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // Already failing; the first error is the one to report.
      }
    }
  }

  private void load(ObjectNode header) throws IOException {
    long size = channel.size();
    ByteBuffer all = ByteBuffer.allocate((int) Math.min(size, Integer.MAX_VALUE));
    channel.position(0);
    while (all.hasRemaining() && channel.read(all) >= 0) {
      // read to the end
    }
    String text = new String(all.array(), 0, all.position(), StandardCharsets.UTF_8);
    int end = text.lastIndexOf('\n') + 1;
    if (end < text.length()) {
      // A kill during the last write: drop the partial line.
      channel.truncate(end);
      text = text.substring(0, end);
    }
    channel.position(channel.size());
    if (text.isEmpty()) {
      append(JSON.writeValueAsString(header));
      return;
    }
    String[] lines = text.split("\n");
    JsonNode found = parse(lines[0], 1);
    // Compared as read back from text, so that number types (int or long, say) match.
    checkHeader(JSON.readTree(JSON.writeValueAsString(header)), found);
    for (int i = 1; i < lines.length; i++) {
      ToyOutcome o = outcome(parse(lines[i], i + 1), i + 1);
      ToyOutcome before = done.putIfAbsent(o.index(), o);
      if (before != null && !before.equals(o)) {
        throw new IllegalArgumentException(
            "checkpoint "
                + file
                + " line "
                + (i + 1)
                + ": toy "
                + o.index()
                + " recorded twice with different results");
      }
    }
  }

  private JsonNode parse(String line, int number) {
    try {
      return JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "checkpoint " + file + " line " + number + ": not JSON (" + e.getOriginalMessage() + ")");
    }
  }

  private void checkHeader(JsonNode expected, JsonNode found) {
    Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode f = found.get(e.getKey());
      if (!e.getValue().equals(f)) {
        throw new IllegalArgumentException(
            "checkpoint "
                + file
                + " was written for another toy study: "
                + e.getKey()
                + " is "
                + (f == null ? "missing" : f)
                + " there, "
                + e.getValue()
                + " now (use a new checkpoint file)");
      }
    }
  }

  private ToyOutcome outcome(JsonNode n, int number) {
    String[] fields = {"toy", "chi2H0", "chi2H1", "validH0", "validH1", "nfcn"};
    for (String f : fields) {
      if (n.get(f) == null) {
        throw new IllegalArgumentException(
            "checkpoint " + file + " line " + number + ": no field '" + f + "'");
      }
    }
    long index = n.get("toy").asLong(-1);
    if (index < 0) {
      throw new IllegalArgumentException(
          "checkpoint " + file + " line " + number + ": bad toy index " + n.get("toy"));
    }
    return new ToyOutcome(
        index,
        number(n.get("chi2H0")),
        number(n.get("chi2H1")),
        n.get("validH0").asBoolean(),
        n.get("validH1").asBoolean(),
        n.get("nfcn").asLong());
  }

  /** A double, with NaN and infinities (written as strings by Jackson) read back. */
  private static double number(JsonNode n) {
    return n.isNumber() ? n.doubleValue() : Double.parseDouble(n.asText());
  }

  /** Toys already recorded, by index. */
  public Map<Long, ToyOutcome> done() {
    return Collections.unmodifiableMap(done);
  }

  /** Appends one toy and forces it to disk. Not thread-safe: call from one thread. */
  public void record(ToyOutcome o) {
    ObjectNode n = JSON.createObjectNode();
    n.put("toy", o.index());
    n.put("chi2H0", o.chi2H0());
    n.put("chi2H1", o.chi2H1());
    n.put("validH0", o.validH0());
    n.put("validH1", o.validH1());
    n.put("nfcn", o.nfcn());
    try {
      append(JSON.writeValueAsString(n));
    } catch (IOException e) {
      throw new UncheckedIOException("checkpoint " + file + ": " + e.getMessage(), e);
    }
    done.putIfAbsent(o.index(), o);
  }

  private void append(String line) throws IOException {
    ByteBuffer b = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
    while (b.hasRemaining()) {
      channel.write(b);
    }
    channel.force(false);
  }

  /** A header node with fields in a fixed order. */
  static ObjectNode header(
      long seed,
      String terms,
      String h0,
      String h1,
      double[] generation,
      double observed,
      int dof) {
    ObjectNode h = JSON.createObjectNode();
    h.put("format", FORMAT);
    h.put("seed", seed);
    h.put("terms", terms);
    h.put("h0", h0);
    h.put("h1", h1);
    ArrayNode g = h.putArray("generation");
    for (double v : generation) {
      g.add(v);
    }
    h.put("observedChi2Pg", observed);
    h.put("dof", dof);
    return h;
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("checkpoint " + file + ": " + e.getMessage(), e);
    }
  }
}
