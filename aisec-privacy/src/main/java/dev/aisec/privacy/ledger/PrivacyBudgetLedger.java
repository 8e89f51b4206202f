package dev.aisec.privacy.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable privacy budget ledger: a budget per dataset (and optionally per principal within a dataset), with atomic
 * reserve / commit / refund and one-step spend. It is never overspent under any number of threads or processes: every
 * operation holds an in-JVM lock (keyed on the file's identity, so every name of one file shares it) and an exclusive
 * {@link FileChannel#lock() file lock}, replays the journal, checks the budget and appends one record, which is forced
 * to disk ({@code fsync}) before the call returns, so a spend is granted only once it is durable.
 *
 * <p><b>Integrity.</b> The file is an append-only JSON Lines journal. Every record carries {@code seq}, {@code prev}
 * (the previous record's MAC) and {@code mac} = HMAC-SHA-256 under the {@link LedgerKey} of the previous MAC, a newline
 * and the record text without its mac field; the first record also names the key's {@link LedgerKey#id() id}. Editing,
 * reordering, inserting or deleting any record breaks the chain, and someone without the key cannot forge a new one:
 * the ledger then refuses to grant anything ({@link LedgerTamperedException}). Removing the newest records would leave
 * a valid shorter chain: each append therefore also records the new record's seq and MAC in {@code <ledger>.head}
 * beside the ledger (owner-only permissions), and a ledger with fewer records than its head names, or another record
 * at that seq, is refused (delete the head file after deliberately restoring an older copy). The key is
 * either given ({@link #open(Path, LedgerKey)}) or kept in a key file ({@link #open(Path)}: {@code <ledger>.key} next
 * to the ledger, created with owner-only permissions together with the ledger; a ledger with records whose key file is
 * missing or readable by others is refused with {@link LedgerKeyException}).
 *
 * <p>Ledgers written before the key was introduced (records with an unkeyed SHA-256 {@code hash} field) are refused
 * with a {@link LedgerException} that says so; {@link #migrateUnkeyed()} verifies their old chain and rewrites them
 * under the key.
 *
 * <p><b>Principals.</b> A dataset without per-principal budgets treats principals as labels: every spend is bounded by
 * the dataset's total only. Once a dataset declares any per-principal budget ({@link #initPrincipal}), every spend and
 * reservation must name a principal that has one: its own, or the dataset's default per-principal budget declared for
 * the principal {@value #EVERY_PRINCIPAL} (which each other principal gets separately). A principal without either,
 * and a spend that names no principal, is refused with {@link PrivacyBudgetExceededException} (remaining zero).
 *
 * <p>A crash during an append can only leave an incomplete last line (no trailing newline): replay ignores it and the
 * next write truncates it; no record that was acknowledged is lost. Open reservations count as spent until committed or
 * refunded (a crashed client can only make the ledger more conservative). Thread-safe; instances for the same file may
 * be used from many threads and processes.
 */
public final class PrivacyBudgetLedger {
  /** The principal name that declares a dataset's default per-principal budget in {@link #initPrincipal}. */
  public static final String EVERY_PRINCIPAL = "*";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = LoggerFactory.getLogger(PrivacyBudgetLedger.class);
  private static final String GENESIS = "0".repeat(64);
  /** In-JVM locks by file identity (the file key: device and inode where available), else by real path. */
  private static final Map<Object, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();
  private static final String MAC_PREFIX = ",\"mac\":\"";
  private static final String LEGACY_HASH_PREFIX = ",\"hash\":\"";

  private final Path file;
  private final LedgerKey key;

  private PrivacyBudgetLedger(Path file, LedgerKey key) {
    this.file = file;
    this.key = key;
  }

  /**
   * Opens (without creating) the ledger stored at {@code file}, keyed by the key file {@code <ledger>.key} beside the
   * ledger's real path (created with owner-only permissions by the first {@link #init}). The file is created by the
   * first {@link #init}.
   */
  public static PrivacyBudgetLedger open(Path file) {
    return new PrivacyBudgetLedger(absolute(file), null);
  }

  /** Opens (without creating) the ledger stored at {@code file}, keyed by {@code key}. */
  public static PrivacyBudgetLedger open(Path file, LedgerKey key) {
    if (key == null) {
      throw new IllegalArgumentException("key must not be null");
    }
    return new PrivacyBudgetLedger(absolute(file), key);
  }

  private static Path absolute(Path file) {
    if (file == null) {
      throw new IllegalArgumentException("file must not be null");
    }
    // not normalize(): 'link/../x' names link's target's sibling, not './x'; the real path is resolved per operation
    return file.toAbsolutePath();
  }

  /** The key file {@link #open(Path)} uses for a ledger whose real path is {@code ledgerRealPath}. */
  public static Path defaultKeyFile(Path ledgerRealPath) {
    return ledgerRealPath.resolveSibling(ledgerRealPath.getFileName() + ".key");
  }

  /** The ledger file as given to {@code open} (absolute). */
  public Path file() {
    return file;
  }

  /** A granted reservation; pass it to {@link #commit} or {@link #refund}. */
  public record Reservation(String id, String dataset, String principal, Budget amount, long seq) {}

  /** Budget state of a dataset (or of one principal within it). */
  public record Status(String dataset, String principal, Budget total, Budget spent, Budget reserved,
      Budget remaining, long records) {}

  /** Result of {@link #verify()}. */
  public record Verification(boolean valid, long records, boolean tornTail, String problem) {}

  /** Declares the total budget of a dataset. Fails if the dataset already has one. */
  public void init(String dataset, Budget total) {
    requireName("dataset", dataset);
    total.requireValid();
    mutate(state -> {
      if (state.datasets.containsKey(dataset)) {
        throw new IllegalStateException("dataset '" + dataset + "' already has a budget in " + file);
      }
      return record("init", dataset, null, total, null, null);
    });
  }

  /**
   * Declares a per-principal budget inside a dataset (a principal may never spend more than this; what it spent before
   * still counts). {@value #EVERY_PRINCIPAL} declares the default budget every principal without its own gets (each
   * separately). Once a dataset has any per-principal budget, principals without one, and spends naming no principal,
   * are refused.
   */
  public void initPrincipal(String dataset, String principal, Budget total) {
    requireName("dataset", dataset);
    requireName("principal", principal);
    total.requireValid();
    mutate(state -> {
      DatasetState d = state.dataset(dataset, file);
      boolean exists = EVERY_PRINCIPAL.equals(principal) ? d.defaultCap != null
          : d.principals.containsKey(principal) && d.principals.get(principal).total != null;
      if (exists) {
        throw new IllegalStateException("principal '" + principal + "' already has a budget for '" + dataset + "'");
      }
      return record("init-principal", dataset, principal, total, null, null);
    });
  }

  /** Reserves {@code amount}; throws {@link PrivacyBudgetExceededException} (nothing reserved) if it does not fit. */
  public Reservation reserve(String dataset, String principal, Budget amount, String label) {
    requireLabel(label);
    String id = "r-" + UUID.randomUUID();
    long seq = mutate(state -> {
      checkFits(state, dataset, principal, amount);
      return record("reserve", dataset, principal, amount, id, label);
    });
    return new Reservation(id, dataset, principal, amount, seq);
  }

  /** Turns a reservation into a spend. */
  public void commit(Reservation r) {
    settle(r, "commit");
  }

  /** Releases a reservation without spending it. */
  public void refund(Reservation r) {
    settle(r, "refund");
  }

  private void settle(Reservation r, String op) {
    if (r == null) {
      throw new IllegalArgumentException("reservation must not be null");
    }
    mutate(state -> {
      DatasetState d = state.dataset(r.dataset(), file);
      if (!d.open.containsKey(r.id())) {
        throw new IllegalStateException("reservation " + r.id() + " is not open");
      }
      String holder = d.openPrincipal.get(r.id());
      if (!Objects.equals(holder, r.principal())) {
        // Reservation is a plain record: a copy naming another principal used to move the charge to that principal
        throw new IllegalStateException("reservation " + r.id() + " was not made for principal " + r.principal());
      }
      // the journal's own amount and principal, whatever the caller's copy says
      return record(op, r.dataset(), holder, d.open.get(r.id()), r.id(), null);
    });
  }

  /** Spends {@code amount} in one durable step, or throws {@link PrivacyBudgetExceededException} with nothing spent. */
  public long spend(String dataset, String principal, Budget amount, String label) {
    requireLabel(label);
    return mutate(state -> {
      checkFits(state, dataset, principal, amount);
      return record("spend", dataset, principal, amount, null, label);
    });
  }

  /** Current status of a dataset. */
  public Status status(String dataset) {
    return status(dataset, null);
  }

  /**
   * Current status of a dataset, or of a principal's budget inside it when {@code principal} is non-null (its own
   * budget, else the dataset's default per-principal budget).
   */
  public Status status(String dataset, String principal) {
    return withLock(false, (channel, replay) -> {
      requireVerified(replay, "");
      DatasetState d = replay.state.dataset(dataset, file);
      Budget total = d.total;
      Budget spent = d.spent;
      Budget reserved = d.reserved;
      if (principal != null) {
        PrincipalState p = d.principals.get(principal);
        Budget cap = d.capOf(principal);
        if (cap == null) {
          throw new IllegalArgumentException("principal '" + principal + "' has no budget in '" + dataset + "'");
        }
        total = cap;
        spent = p == null ? Budget.ZERO : p.spent;
        reserved = p == null ? Budget.ZERO : p.reserved;
      }
      return new Status(dataset, principal, total, spent, reserved, total.minusFloored(spent.plus(reserved)),
          replay.records);
    });
  }

  /** Replays and checks the whole MAC chain. Never throws for a corrupt file; reports it. */
  public Verification verify() {
    if (!Files.exists(file)) {
      return new Verification(false, 0, false, "no ledger at " + file);
    }
    return withLock(false, (channel, replay) -> new Verification(replay.problem == null, replay.records,
        replay.tornTail, replay.problem));
  }

  /**
   * Rewrites a ledger of the unkeyed format (SHA-256 {@code hash} chain, written before ledgers were keyed) under this
   * ledger's key, after verifying its old chain; returns the number of records rewritten (0 when the ledger is already
   * keyed). The old file is first copied to {@code <ledger>.unkeyed-backup} (which must not exist). The old chain
   * carried no secret, so migrating trusts whatever the file held; migrate only a ledger you have reason to trust.
   */
  public long migrateUnkeyed() {
    if (!Files.exists(file)) {
      throw new LedgerException("no ledger at " + file + " to migrate"); // a write would create an empty one
    }
    return withLock(true, (channel, replay) -> {
      if (!replay.legacy) {
        requireVerified(replay, "");
        return 0L;
      }
      Replay old = replayLegacy(channel);
      if (old.problem != null) {
        throw new LedgerTamperedException("unkeyed ledger " + file + " does not verify, refusing to migrate: "
            + old.problem);
      }
      Path real = file.toRealPath();
      Path backup = real.resolveSibling(real.getFileName() + ".unkeyed-backup");
      byte[] bytes = readAll(channel);
      byte[] good = java.util.Arrays.copyOf(bytes, (int) old.goodLength);
      if (Files.exists(backup, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        // an earlier run stopped after writing the backup (the ledger is still unkeyed): reuse a backup that holds
        // exactly the ledger's records; never overwrite one that holds anything else
        byte[] had = Files.size(backup) == good.length ? Files.readAllBytes(backup) : null;
        if (had == null || !java.util.Arrays.equals(had, good)) {
          throw new LedgerException("cannot migrate ledger " + file + ": " + backup.getFileName() + " already exists"
              + " and differs from the ledger; move it away and run the migration again");
        }
      } else {
        try (FileChannel b = FileChannel.open(backup, java.util.Set.of(StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE), ownerOnlyAttributes(real.getParent()))) {
          ByteBuffer buf = ByteBuffer.wrap(good);
          while (buf.hasRemaining()) {
            b.write(buf);
          }
          b.force(true);
        }
      }
      LedgerKey k = keyFor(real, true);
      StringBuilder out = new StringBuilder(bytes.length + bytes.length / 4);
      String prev = GENESIS;
      int start = 0;
      long n = 0;
      for (int i = 0; i < old.goodLength; i++) {
        if (bytes[i] != '\n') {
          continue;
        }
        String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
        start = i + 1;
        ObjectNode rec = (ObjectNode) JSON.readTree(line.substring(0, line.lastIndexOf(LEGACY_HASH_PREFIX)) + "}");
        rec.put("prev", prev);
        if (rec.path("seq").asLong() == 1) {
          rec.put("key", k.id());
        }
        String text = JSON.writeValueAsString(rec);
        String mac = k.mac(prev, text);
        out.append(text, 0, text.length() - 1).append(MAC_PREFIX).append(mac).append("\"}\n");
        prev = mac;
        n++;
      }
      // the rewritten ledger replaces the old one in one atomic move: rewriting in place could stop half way (crash,
      // full disk) and leave a shorter chain that verifies, losing the spends after it
      Path tmp = Files.createTempFile(real.getParent(), ".aisec-migrate-", ".tmp",
          ownerOnlyAttributes(real.getParent()));
      try {
        try (FileChannel t = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
          writeAt(t, out.toString(), 0);
          t.force(true);
        }
        Files.move(tmp, real, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      syncDirectory(real.getParent());
      if (n > 0) {
        writeHead(real, n, prev);
      }
      return n;
    });
  }

  private void checkFits(LedgerState state, String dataset, String principal, Budget amount) {
    requireName("dataset", dataset);
    if (principal != null) {
      requireName("principal", principal);
      if (EVERY_PRINCIPAL.equals(principal)) {
        throw new IllegalArgumentException("principal '" + EVERY_PRINCIPAL + "' names the default per-principal"
            + " budget; it cannot spend");
      }
    }
    amount.requireValid();
    DatasetState d = state.dataset(dataset, file);
    Budget used = d.spent.plus(d.reserved);
    if (!used.plus(amount).fitsWithin(d.total)) {
      throw new PrivacyBudgetExceededException("dataset '" + dataset + "'", d.total.minusFloored(used), amount);
    }
    if (!d.hasPrincipalBudgets()) {
      return; // principals are labels only: the dataset total is every principal's cap
    }
    if (principal == null) {
      throw new PrivacyBudgetExceededException("a spend naming no principal on dataset '" + dataset + "' (it has"
          + " per-principal budgets: name the principal)", Budget.ZERO, amount);
    }
    Budget cap = d.capOf(principal);
    if (cap == null) {
      throw new PrivacyBudgetExceededException("principal '" + principal + "' on dataset '" + dataset + "' (no budget"
          + " declared for it and no default per-principal budget '" + EVERY_PRINCIPAL + "')", Budget.ZERO, amount);
    }
    PrincipalState p = d.principals.get(principal);
    Budget pu = p == null ? Budget.ZERO : p.spent.plus(p.reserved);
    if (!pu.plus(amount).fitsWithin(cap)) {
      throw new PrivacyBudgetExceededException("principal '" + principal + "' on dataset '" + dataset + "'",
          cap.minusFloored(pu), amount);
    }
  }

  private static ObjectNode record(String op, String dataset, String principal, Budget amount, String id,
      String label) {
    ObjectNode n = JSON.createObjectNode();
    n.put("op", op);
    n.put("dataset", dataset);
    if (principal != null) {
      n.put("principal", principal);
    }
    n.put("epsilon", amount.epsilon().toString());
    n.put("delta", amount.delta().toString());
    if (id != null) {
      n.put("id", id);
    }
    if (label != null) {
      // (review19) never cut between the two halves of a pair: a lone half is journaled as '?'
      int cut = label.length() <= 500 ? label.length()
          : Character.isHighSurrogate(label.charAt(499)) ? 499 : 500;
      n.put("label", label.substring(0, cut));
    }
    n.put("time", Instant.now().toString());
    return n;
  }

  // ---------------------------------------------------------------- journal I/O

  private void requireVerified(Replay replay, String what) {
    if (replay.problem == null) {
      return;
    }
    String msg = "ledger " + file + " does not verify" + what + ": " + replay.problem;
    if (replay.legacy) {
      throw new LedgerException(msg);
    }
    throw new LedgerTamperedException(msg);
  }

  private long mutate(Function<LedgerState, ObjectNode> decide) {
    return withLock(true, (channel, replay) -> {
      requireVerified(replay, ", refusing to write");
      ObjectNode body = decide.apply(replay.state);
      long seq = replay.records + 1;
      ObjectNode full = JSON.createObjectNode();
      full.put("seq", seq);
      full.put("prev", replay.lastMac);
      if (seq == 1) {
        full.put("key", replay.key().id());
      }
      full.setAll(body);
      String text;
      try {
        text = JSON.writeValueAsString(full);
      } catch (IOException e) {
        throw new LedgerException("cannot encode ledger record", e);
      }
      String mac = replay.key().mac(replay.lastMac, text);
      String line = text.substring(0, text.length() - 1) + MAC_PREFIX + mac + "\"}\n";
      try {
        if (replay.tornTail) {
          channel.truncate(replay.goodLength);
        }
        writeAt(channel, line, replay.goodLength);
        channel.force(true);
      } catch (IOException e) {
        throw new LedgerException("cannot append to ledger " + file + ": " + e.getMessage(), e);
      }
      try {
        writeHead(replay.real, seq, mac);
      } catch (IOException e) {
        // the record is durable and granted (throwing now would make a caller retry and spend twice); only the
        // truncation check lags until an append manages to write the head, so say so rather than stay silent
        LOG.warn("privacy ledger {}: its head file could not be written ({}); removal of the newest records goes"
            + " undetected until a later append writes it", file, e.getClass().getSimpleName());
      }
      return seq;
    });
  }

  private static void writeAt(FileChannel channel, String text, long pos) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    while (buf.hasRemaining()) {
      pos += channel.write(buf, pos);
    }
  }

  private interface LockedAction<T> {
    T run(FileChannel channel, Replay replay) throws IOException;
  }

  /**
   * The file's real path: every name of one file (relative, absolute, through symlinked directories or a symlink to
   * the file, with '..' resolved by the file system) maps to one path, on which the in-JVM lock is keyed. A write
   * first creates the file (an empty file is an empty ledger), so even a ledger opened before it existed resolves.
   */
  private Path realPath(boolean write) throws IOException {
    if (write && !Files.exists(file)) {
      Path parent = file.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      // CREATE (not CREATE_NEW) follows a symlink to a file that does not exist yet and creates its target; owner-only
      // permissions (rw-------) from the moment it appears, where the file system has POSIX permissions
      try (FileChannel c = FileChannel.open(file, java.util.Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE),
          ownerOnlyAttributes(parent == null ? file.toAbsolutePath().getParent() : parent))) {
        c.force(true);
      }
      syncDirectory(file.toRealPath().getParent());
    }
    if (!Files.exists(file)) {
      throw new LedgerException("no ledger at " + file + " (run init first)");
    }
    return file.toRealPath();
  }

  /** {@code rw-------} as a creation attribute when {@code dir}'s file system has POSIX permissions, else none. */
  private static java.nio.file.attribute.FileAttribute<?>[] ownerOnlyAttributes(Path dir) {
    if (dir != null && Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
      return new java.nio.file.attribute.FileAttribute<?>[] {java.nio.file.attribute.PosixFilePermissions
          .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))};
    }
    return new java.nio.file.attribute.FileAttribute<?>[0];
  }

  private <T> T withLock(boolean write, LockedAction<T> action) {
    Path real;
    try {
      real = realPath(write);
    } catch (IOException e) {
      throw new LedgerException("cannot open ledger " + file + ": " + e.getClass().getSimpleName(), e);
    }
    while (true) {
      Object k = lockKey(real);
      ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(k, x -> new ReentrantLock());
      jvmLock.lock();
      try (FileChannel channel = FileChannel.open(real, StandardOpenOption.READ, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        if (!k.equals(lockKey(real))) {
          // the file was replaced while this thread or process waited (migrateUnkeyed, here or in another process,
          // moves a new file into place): the channel may hold the old file, and writing it would lose the new one's
          // records or replace them with a second migration of the old ones. Lock the file now in place
          continue;
        }
        Replay replay = replay(channel, real, write);
        return action.run(channel, replay);
      } catch (IOException e) {
        throw new LedgerException("ledger I/O error on " + file + ": " + e.getClass().getSimpleName(), e);
      } finally {
        jvmLock.unlock();
      }
    }
  }

  /**
   * The file's identity for the in-JVM lock: hard links to one file have different real paths, and the JDK refuses a
   * second {@link FileChannel#lock()} on one file within a JVM ({@code OverlappingFileLockException}), so the lock is
   * keyed on the file key (device and inode) where the file system has one, else on the real path.
   */
  private static Object lockKey(Path real) {
    try {
      Object k = Files.readAttributes(real, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
      return k != null ? k : real;
    } catch (IOException e) {
      return real;
    }
  }

  /** The key: the one given, or the key file beside the ledger (created only for a write to an empty ledger). */
  private LedgerKey keyFor(Path real, boolean mayCreate) {
    if (key != null) {
      return key;
    }
    Path keyFile = defaultKeyFile(real);
    if (mayCreate) {
      return LedgerKey.loadOrCreate(keyFile);
    }
    if (!Files.exists(keyFile)) {
      throw new LedgerKeyException("ledger " + file + " holds records but its key file " + keyFile + " is missing;"
          + " the ledger cannot be verified (restore the key file, or open it with its key)");
    }
    return LedgerKey.fromFile(keyFile);
  }

  private static void syncDirectory(Path dir) {
    if (dir == null) {
      return;
    }
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // not supported on every platform; the file itself was forced
    }
  }

  private final class Replay {
    final LedgerState state = new LedgerState();
    final Path real;
    final boolean mayCreateKey;
    LedgerKey key;
    long records;
    String lastMac = GENESIS;
    long goodLength;
    boolean tornTail;
    boolean legacy;
    String problem;

    Replay(Path real, boolean mayCreateKey) {
      this.real = real;
      this.mayCreateKey = mayCreateKey;
    }

    /** The key, loaded on first use: a legacy or empty ledger is reported without one. */
    LedgerKey key() {
      if (key == null) {
        key = keyFor(real, mayCreateKey);
      }
      return key;
    }
  }

  private static byte[] readAll(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size > Integer.MAX_VALUE - 16) {
      throw new LedgerException("ledger too large: " + size + " bytes");
    }
    ByteBuffer buf = ByteBuffer.allocate((int) size);
    long pos = 0;
    while (buf.hasRemaining()) {
      int n = channel.read(buf, pos);
      if (n < 0) {
        break;
      }
      pos += n;
    }
    return buf.array();
  }

  private Replay replay(FileChannel channel, Path real, boolean write) throws IOException {
    byte[] bytes = readAll(channel);
    boolean noRecord = true;
    for (byte b : bytes) {
      if (b == '\n') {
        noRecord = false;
        break;
      }
    }
    // a key file is created only together with the ledger's first record, never to check existing records
    Replay r = new Replay(real, write && noRecord);
    Head head;
    try {
      head = readHead(real);
    } catch (LedgerTamperedException e) {
      // reported by verify(), refused by every other operation
      r.problem = "its head file " + printable(headFile(real).getFileName().toString()) + " is malformed (not"
          + " 'seq mac'); if a crash damaged it, delete it (the MAC chain is still checked; only removal of the newest"
          + " records goes undetected until the next write writes a new head)";
      return r;
    }
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != '\n') {
        continue;
      }
      String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
      long lineNo = r.records + 1;
      if (lineNo == 1 && isLegacy(line)) {
        r.legacy = true;
        r.problem = "it is in the unkeyed format (SHA-256 hash chain) of aisec ledgers before 27 Nov 2026, which"
            + " anyone who can edit the file can rewrite; migrate it with PrivacyBudgetLedger.migrateUnkeyed() or"
            + " 'aisec dp ledger migrate --file " + printable(file.toString()) + "'";
        return r;
      }
      String problem = apply(r, line, lineNo);
      if (problem != null) {
        r.problem = "record " + lineNo + ": " + printable(problem);
        return r;
      }
      if (head != null && lineNo == head.seq() && !head.mac().equals(r.lastMac)) {
        r.problem = "record " + lineNo + " is not the one the head file " + headFile(real).getFileName()
            + " names (records were replaced)";
        return r;
      }
      start = i + 1;
      r.goodLength = start;
    }
    if (start < bytes.length) {
      r.tornTail = true; // incomplete last write: ignored, truncated by the next append
    }
    if (head != null && r.records < head.seq()) {
      r.problem = "the ledger holds " + r.records + " records but its head file " + headFile(real).getFileName()
          + " names record " + head.seq() + ": records were removed from the end (or the ledger was restored from"
          + " an older copy; if so, delete the head file)";
    }
    return r;
  }

  /** The last record's seq and MAC, kept beside the ledger so that removing the newest records is detected. */
  private record Head(long seq, String mac) {}

  /** {@code <ledger>.head} beside the ledger's real path. */
  static Path headFile(Path real) {
    return real.resolveSibling(real.getFileName() + ".head");
  }

  private static Head readHead(Path real) {
    Path f = headFile(real);
    if (!Files.exists(f)) {
      return null;
    }
    String text;
    try (java.io.InputStream in = Files.newInputStream(f)) {
      text = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
    } catch (IOException e) {
      throw new LedgerException("cannot read ledger head file " + f + " (" + e.getClass().getSimpleName() + ")", e);
    }
    int sp = text.indexOf(' ');
    try {
      long seq = Long.parseLong(text.substring(0, Math.max(sp, 0)));
      String mac = text.substring(sp + 1);
      if (seq < 1 || mac.length() != 64 || !mac.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        throw new NumberFormatException();
      }
      return new Head(seq, mac);
    } catch (NumberFormatException e) {
      throw new LedgerTamperedException("ledger head file " + f + " is malformed");
    }
  }

  /**
   * Records the head after a durable append (under the file lock): written under a temporary name with owner-only
   * permissions where available, then moved into place. A crash before the move leaves an older head, which still
   * verifies (a head may lag the ledger, never lead it).
   */
  private static void writeHead(Path real, long seq, String mac) throws IOException {
    Path f = headFile(real);
    Path dir = f.getParent();
    boolean posix = Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null;
    Path tmp = posix ? Files.createTempFile(dir, ".aisec-head-", ".tmp",
        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")))
        : Files.createTempFile(dir, ".aisec-head-", ".tmp");
    try {
      try (FileChannel t = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        writeAt(t, seq + " " + mac + "\n", 0);
        t.force(true); // durable before the move: a crash must not leave an empty head that refuses the ledger
      }
      Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      syncDirectory(dir);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static boolean isLegacy(String line) {
    int h = line.lastIndexOf(LEGACY_HASH_PREFIX);
    return h >= 0 && line.endsWith("\"}") && line.length() - h == LEGACY_HASH_PREFIX.length() + 64 + 2
        && !line.contains(MAC_PREFIX);
  }

  private String apply(Replay r, String line, long lineNo) {
    int h = line.lastIndexOf(MAC_PREFIX);
    if (h < 0 || !line.endsWith("\"}") || line.length() - h != MAC_PREFIX.length() + 64 + 2) {
      return "missing or malformed mac";
    }
    String text = line.substring(0, h) + "}";
    String claimed = line.substring(h + MAC_PREFIX.length(), line.length() - 2);
    LedgerKey k = r.key();
    if (!k.verifies(r.lastMac, text, claimed)) {
      if (lineNo == 1) {
        String kid = keyIdOf(text);
        if (kid != null && !kid.equals(k.id())) {
          return "written with another key (key id " + kid + ", this key's id " + k.id() + ")";
        }
      }
      return "MAC mismatch (record altered, reordered, inserted or removed, or the wrong key)";
    }
    return applyChecked(r, text, claimed, lineNo);
  }

  /**
   * Applies a record whose MAC (or legacy hash) has been checked: its sequence number and back link must continue the
   * chain, then its operation is replayed. Returns the problem, or null when the record was applied.
   */
  private String applyChecked(Replay r, String text, String claimed, long lineNo) {
    JsonNode n;
    try {
      n = JSON.readTree(text);
    } catch (IOException e) {
      return "invalid JSON";
    }
    if (n == null || !n.isObject() || n.path("seq").asLong(-1) != lineNo
        || !r.lastMac.equals(n.path("prev").asText())) {
      return "sequence or chain link broken";
    }
    try {
      r.state.apply(n, file);
    } catch (RuntimeException e) {
      return "invalid record: " + e.getMessage();
    }
    r.lastMac = claimed;
    r.records = lineNo;
    return null;
  }

  private static String keyIdOf(String text) {
    try {
      JsonNode n = JSON.readTree(text);
      return n != null && n.path("key").isTextual() ? n.get("key").asText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Replays an unkeyed (legacy) ledger, checking its SHA-256 chain; for {@link #migrateUnkeyed()} only. */
  private Replay replayLegacy(FileChannel channel) throws IOException {
    byte[] bytes = readAll(channel);
    Replay r = new Replay(null, false);
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != '\n') {
        continue;
      }
      String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
      long lineNo = r.records + 1;
      String problem = applyLegacy(r, line, lineNo);
      if (problem != null) {
        r.problem = "record " + lineNo + ": " + printable(problem);
        return r;
      }
      start = i + 1;
      r.goodLength = start;
    }
    r.tornTail = start < bytes.length;
    return r;
  }

  private String applyLegacy(Replay r, String line, long lineNo) {
    if (!isLegacy(line)) {
      return "missing or malformed hash";
    }
    int h = line.lastIndexOf(LEGACY_HASH_PREFIX);
    String text = line.substring(0, h) + "}";
    String claimed = line.substring(h + LEGACY_HASH_PREFIX.length(), line.length() - 2);
    if (!sha256(r.lastMac, text).equals(claimed)) {
      return "hash mismatch (record altered, reordered or removed)";
    }
    return applyChecked(r, text, claimed, lineNo);
  }

  /**
   * The text with control characters replaced by '?': problems can quote journal values (an unknown op, a bad
   * number), and the CLI prints them to terminals, where a forged record's escaped control sequences would act.
   */
  private static String printable(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), 300));
    for (int i = 0; i < s.length() && b.length() < 300; i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c);
    }
    return b.toString();
  }

  /** The unkeyed chain hash of ledgers before the key (read by {@link #migrateUnkeyed()} only). */
  static String sha256(String prev, String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(prev.getBytes(StandardCharsets.US_ASCII));
      md.update((byte) '\n');
      md.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A label (optional, any length; the first 500 characters are journaled) must be valid Unicode: a lone surrogate is
   * written as '?' in the UTF-8 journal, so the replayed label would not be the caller's (review19).
   */
  private static void requireLabel(String label) {
    if (label == null) {
      return;
    }
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < label.length() && Character.isLowSurrogate(label.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("label must be valid Unicode text (it holds an unpaired surrogate at "
            + i + ")");
      }
    }
  }

  private static void requireName(String field, String v) {
    if (v == null || v.isBlank() || v.length() > 200) {
      throw new IllegalArgumentException(field + " must be a non-blank name of at most 200 characters");
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1));
      if (paired) {
        i++;
      } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
        // a lone surrogate is journaled as '?' (UTF-8): the replayed name would differ from the caller's, and the
        // caller's name would escape its own budget
        throw new IllegalArgumentException(field + " must be valid Unicode text without control characters");
      }
    }
  }

  // ---------------------------------------------------------------- replayed state

  /** What one principal spent and reserved; {@code total} is its own budget, null when it has none. */
  private static final class PrincipalState {
    Budget total;
    Budget spent = Budget.ZERO;
    Budget reserved = Budget.ZERO;
  }

  private static final class DatasetState {
    Budget total = Budget.ZERO;
    Budget spent = Budget.ZERO;
    Budget reserved = Budget.ZERO;
    /** The default per-principal budget (declared for {@value PrivacyBudgetLedger#EVERY_PRINCIPAL}), or null. */
    Budget defaultCap;
    boolean anyOwnCap;
    /** Every principal that spent, reserved or has a budget: spending before a budget is declared still counts. */
    final Map<String, PrincipalState> principals = new LinkedHashMap<>();
    final Map<String, Budget> open = new LinkedHashMap<>();
    final Map<String, String> openPrincipal = new LinkedHashMap<>();

    boolean hasPrincipalBudgets() {
      return anyOwnCap || defaultCap != null;
    }

    /** The principal's own budget, else the default per-principal budget, else null. */
    Budget capOf(String principal) {
      PrincipalState p = principals.get(principal);
      return p != null && p.total != null ? p.total : defaultCap;
    }

    PrincipalState principal(String name) {
      return principals.computeIfAbsent(name, k -> new PrincipalState());
    }
  }

  private static final class LedgerState {
    final Map<String, DatasetState> datasets = new LinkedHashMap<>();

    DatasetState dataset(String name, Path file) {
      DatasetState d = datasets.get(name);
      if (d == null) {
        throw new IllegalArgumentException("dataset '" + name + "' has no budget in " + file + " (run init first)");
      }
      return d;
    }

    void apply(JsonNode n, Path file) {
      String op = n.path("op").asText();
      String ds = n.path("dataset").asText();
      String principal = n.hasNonNull("principal") ? n.get("principal").asText() : null;
      Budget amount = new Budget(new BigDecimal(n.path("epsilon").asText()), new BigDecimal(n.path("delta").asText()));
      switch (op) {
        case "init":
          if (datasets.containsKey(ds)) {
            throw new IllegalStateException("duplicate init");
          }
          DatasetState d = new DatasetState();
          d.total = amount;
          datasets.put(ds, d);
          return;
        case "init-principal": {
          DatasetState dd = dataset(ds, file);
          if (principal == null) {
            throw new IllegalStateException("nameless init-principal");
          }
          if (EVERY_PRINCIPAL.equals(principal)) {
            if (dd.defaultCap != null) {
              throw new IllegalStateException("duplicate default init-principal");
            }
            dd.defaultCap = amount;
            return;
          }
          PrincipalState p = dd.principal(principal);
          if (p.total != null) {
            throw new IllegalStateException("duplicate init-principal"); // would reset the budget
          }
          p.total = amount;
          dd.anyOwnCap = true;
          return;
        }
        default:
          break;
      }
      DatasetState d = dataset(ds, file);
      PrincipalState p = principal == null ? null : d.principal(principal);
      String id = n.path("id").asText(null);
      switch (op) {
        case "spend":
          d.spent = d.spent.plus(amount);
          if (p != null) {
            p.spent = p.spent.plus(amount);
          }
          break;
        case "reserve":
          if (id == null || d.open.containsKey(id)) {
            throw new IllegalStateException("reserve without a fresh id");
          }
          d.reserved = d.reserved.plus(amount);
          d.open.put(id, amount);
          d.openPrincipal.put(id, principal);
          if (p != null) {
            p.reserved = p.reserved.plus(amount);
          }
          break;
        case "commit":
        case "refund": {
          Budget held = d.open.remove(id);
          if (held == null) {
            throw new IllegalStateException("settles unknown reservation " + id);
          }
          String holder = d.openPrincipal.remove(id);
          p = holder == null ? null : d.principals.get(holder); // the reserving principal is charged
          d.reserved = d.reserved.minusFloored(held);
          if (p != null) {
            p.reserved = p.reserved.minusFloored(held);
          }
          if (op.equals("commit")) {
            d.spent = d.spent.plus(held);
            if (p != null) {
              p.spent = p.spent.plus(held);
            }
          }
          break;
        }
        default:
          throw new IllegalStateException("unknown op '" + op + "'");
      }
    }
  }

  /** Datasets declared in the ledger, in order. */
  public List<String> datasets() {
    return withLock(false, (channel, replay) -> {
      requireVerified(replay, "");
      return new ArrayList<>(replay.state.datasets.keySet());
    });
  }
}
