package org.vfit.oscillation.earth;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.CRC32;
import org.vfit.oscillation.MatterLayer;
import org.vfit.oscillation.PhysicalConstants;

/**
 * Keeps filled night-regeneration blocks on disk between runs, so that a second run of the same
 * analysis finds its tables ready (filling them is most of a cold solar fit).
 *
 * <p>Where: {@code $VFIT_CACHE_DIR} (or the system property {@code vfit.cache.dir}), else {@code
 * $XDG_CACHE_HOME/vfit}, else {@code ~/.cache/vfit}. Off with {@code VFIT_CACHE=off} (or {@code
 * -Dvfit.cache=off}); the test suites run with it off, so no test depends on a warm cache.
 *
 * <p>Safety: a file is named by, and holds, a SHA-256 of every input of the table — the Earth
 * model's shells, the slab length, the exposure's bins and weights, the table's grid, and the
 * bytecode of the classes that compute it (so any change to the physics code invalidates old files)
 * — and ends with a CRC-32 of its contents; a file whose key, layout or checksum does not match is
 * ignored and rewritten. Writes go to a temporary file in the same folder, moved atomically over
 * the old one under an exclusive file lock, after merging the blocks already there: concurrent runs
 * never see a half-written file and do not lose each other's blocks. The cache is written when the
 * JVM exits (and on {@link #flush()}); an unwritable folder costs the speed-up, never a result.
 */
public final class NightTableCache {
  private static final byte[] MAGIC =
      "vfit night-regeneration table v1\n".getBytes(StandardCharsets.UTF_8);
  private static final List<Entry> ENTRIES = new CopyOnWriteArrayList<>();
  private static volatile Optional<Path> override;
  private static volatile boolean hookInstalled;
  private static volatile String codeFingerprint;

  private NightTableCache() {}

  /**
   * Sets the cache folder for this JVM ({@code null}: no disk cache), overriding the environment.
   */
  public static void configure(Path directoryOrNull) {
    override = Optional.ofNullable(directoryOrNull);
  }

  /** Back to the environment's choice, forgetting every table registered so far (for tests). */
  static synchronized void reset() {
    override = null;
    ENTRIES.clear();
  }

  /** The cache folder in use, if the disk cache is on. */
  public static Optional<Path> directory() {
    Optional<Path> o = override;
    if (o != null) {
      return o;
    }
    String off = firstNonBlank(System.getProperty("vfit.cache"), System.getenv("VFIT_CACHE"));
    if (off != null
        && List.of("off", "false", "0", "no", "none").contains(off.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String dir =
        firstNonBlank(System.getProperty("vfit.cache.dir"), System.getenv("VFIT_CACHE_DIR"));
    if (dir != null) {
      return Optional.of(Path.of(dir));
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Optional.of(Path.of(xdg, "vfit"));
    }
    String home = System.getProperty("user.home");
    return home == null ? Optional.empty() : Optional.of(Path.of(home, ".cache", "vfit"));
  }

  private static String firstNonBlank(String a, String b) {
    if (a != null && !a.isBlank()) return a.trim();
    if (b != null && !b.isBlank()) return b.trim();
    return null;
  }

  /** Writes every table with blocks not yet on disk. Best effort: I/O errors are reported once. */
  public static synchronized void flush() {
    for (Entry e : ENTRIES) {
      e.write();
    }
  }

  /** The cache entry of a new table, or null when the disk cache is off. */
  static Entry entry(NightRegenerationTables family, NadirExposure exposure) {
    Optional<Path> dir = directory();
    if (dir.isEmpty()) {
      return null;
    }
    byte[] key = key(family, exposure);
    Entry e = new Entry(dir.get(), key);
    ENTRIES.add(e);
    installHook();
    return e;
  }

  private static synchronized void installHook() {
    if (!hookInstalled) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(NightTableCache::flush, "vfit-night-table-cache"));
      hookInstalled = true;
    }
  }

  /** SHA-256 of everything the table's values depend on. */
  static byte[] key(NightRegenerationTables family, NadirExposure exposure) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.write(MAGIC);
      out.writeUTF(fingerprint());
      for (EarthModel.Shell s : family.earth().shells()) {
        out.writeUTF(s.name());
        out.writeDouble(s.innerKm());
        out.writeDouble(s.outerKm());
        for (double c : s.coefficients()) out.writeDouble(c);
        out.writeDouble(s.electronFraction());
      }
      out.writeDouble(family.maxSlabKm());
      out.writeInt(exposure.bins());
      for (int i = 0; i <= exposure.bins(); i++) out.writeDouble(exposure.binEdgeCosNadir(i));
      for (int i = 0; i < exposure.bins(); i++) out.writeDouble(exposure.nightWeight(i));
      out.writeInt(NightRegenerationTable.NX);
      out.writeInt(NightRegenerationTable.NT);
      out.writeInt(NightRegenerationTable.BLOCK);
      out.writeDouble(NightRegenerationTable.LOG_X_MIN);
      out.writeDouble(NightRegenerationTable.LOG_X_MAX);
      for (double c : NightRegenerationTable.C13SQ) out.writeDouble(c);
      out.flush();
      return md.digest(bytes.toByteArray());
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot hash the night-table inputs", e);
    }
  }

  /** SHA-256 over the bytecode of the classes that compute a table's values. */
  static String fingerprint() {
    String f = codeFingerprint;
    if (f != null) {
      return f;
    }
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Class<?> c :
          List.of(
              EarthRegeneration.class,
              EarthChord.class,
              EarthModel.class,
              EarthModel.Shell.class,
              NightRegenerationTable.class,
              NightRegenerationTables.class,
              MatterLayer.class,
              PhysicalConstants.class)) {
        String resource = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = c.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IOException("no bytecode for " + c.getName());
          }
          md.update(in.readAllBytes());
        }
      }
      f = HexFormat.of().formatHex(md.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      // Without the bytecode a file cannot be tied to this code: a key nobody else has.
      f = "unfingerprinted-" + System.nanoTime();
    }
    codeFingerprint = f;
    return f;
  }

  /** One table's file. */
  static final class Entry {
    private final Path file;
    private final Path lock;
    private final byte[] key;
    private NightRegenerationTable table;
    private volatile boolean dirty;
    private boolean warned;

    Entry(Path dir, byte[] key) {
      String name = "night-" + HexFormat.of().formatHex(key, 0, 12);
      this.file = dir.resolve(name + ".bin");
      this.lock = dir.resolve(name + ".lock");
      this.key = key;
    }

    Path file() {
      return file;
    }

    void markDirty() {
      dirty = true;
    }

    /** Restores the blocks on disk into a new table (nothing if the file is absent or invalid). */
    void load(NightRegenerationTable t) {
      this.table = t;
      Map<Integer, double[]> blocks = read(file, key);
      for (Map.Entry<Integer, double[]> b : blocks.entrySet()) {
        t.restore(b.getKey(), b.getValue());
      }
    }

    synchronized void write() {
      NightRegenerationTable t = table;
      if (!dirty || t == null) {
        return;
      }
      dirty = false;
      try {
        Files.createDirectories(file.getParent());
        try (FileChannel ch =
                FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock ignored = ch.lock()) {
          // Blocks another run wrote meanwhile: the same pure values, so merge them in.
          for (Map.Entry<Integer, double[]> b : read(file, key).entrySet()) {
            if (!t.isFilled(b.getKey())) {
              t.restore(b.getKey(), b.getValue());
            }
          }
          byte[] content = encode(t, key);
          Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
          try {
            Files.write(tmp, content);
            Files.move(
                tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          } finally {
            Files.deleteIfExists(tmp);
          }
        }
      } catch (IOException | RuntimeException e) {
        if (!warned) {
          warned = true;
          System.err.println(
              "vfit: night-regeneration cache not written to " + file + " (" + e + ")");
        }
      }
    }
  }

  /** File contents: magic, key, layout, filled blocks (index and values), CRC-32 of all that. */
  static byte[] encode(NightRegenerationTable t, byte[] key) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write(MAGIC);
    out.write(key);
    out.writeInt(NightRegenerationTable.BLOCKS);
    out.writeInt(NightRegenerationTable.BLOCK);
    int n = 0;
    for (int b = 0; b < NightRegenerationTable.BLOCKS; b++) if (t.isFilled(b)) n++;
    out.writeInt(n);
    for (int b = 0; b < NightRegenerationTable.BLOCKS; b++) {
      if (!t.isFilled(b)) continue;
      out.writeInt(b);
      for (double v : t.blockValues(b)) out.writeDouble(v);
    }
    out.flush();
    CRC32 crc = new CRC32();
    crc.update(bytes.toByteArray());
    out.writeLong(crc.getValue());
    out.flush();
    return bytes.toByteArray();
  }

  /** The blocks of a valid file for this key; empty if absent, foreign, corrupt or truncated. */
  static Map<Integer, double[]> read(Path file, byte[] key) {
    Map<Integer, double[]> out = new HashMap<>();
    byte[] all;
    try {
      if (!Files.isRegularFile(file)) return out;
      all = Files.readAllBytes(file);
    } catch (IOException e) {
      return out;
    }
    if (all.length < MAGIC.length + key.length + 20) return out;
    CRC32 crc = new CRC32();
    crc.update(all, 0, all.length - 8);
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(all))) {
      byte[] magic = in.readNBytes(MAGIC.length);
      byte[] k = in.readNBytes(key.length);
      if (!java.util.Arrays.equals(magic, MAGIC) || !java.util.Arrays.equals(k, key)) return out;
      if (in.readInt() != NightRegenerationTable.BLOCKS
          || in.readInt() != NightRegenerationTable.BLOCK) return out;
      int n = in.readInt();
      if (n < 0 || n > NightRegenerationTable.BLOCKS) return out;
      Map<Integer, double[]> blocks = new HashMap<>();
      for (int i = 0; i < n; i++) {
        int b = in.readInt();
        if (b < 0 || b >= NightRegenerationTable.BLOCKS) return out;
        double[] v =
            new double[NightRegenerationTable.blockEnd(b) - NightRegenerationTable.blockStart(b)];
        for (int j = 0; j < v.length; j++) {
          v[j] = in.readDouble();
          if (!Double.isFinite(v[j])) return out;
        }
        blocks.put(b, v);
      }
      if (in.readLong() != crc.getValue() || in.available() != 0) return out;
      return blocks;
    } catch (IOException e) {
      return out;
    }
  }
}
