package dev.aisec.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.Hashing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tamper-evident JSON Lines audit log. Each record is one line of ASCII JSON holding a sequence number
 * {@code seq}, the event fields, {@code prev} (hex SHA-256 of the previous line, 64 zeros for the first) and, when a
 * key is configured, {@code hmac} (hex HMAC-SHA-256 of the line up to that field). Editing, deleting, reordering or
 * truncating a record breaks the chain at that point; {@link AuditLogVerifier} names the first broken record.
 *
 * <p>Appends are serialised within the process and across processes (an exclusive file lock is held for each
 * append, and the chain head is re-read when another writer appended meanwhile). Records are forced to disk per the
 * {@link FsyncPolicy}. When opened on a log whose last line is torn (a crash mid-write), or when a torn tail appears
 * while it is open (another writer died mid-write, or an own write failed half way), the torn bytes are cut off and a
 * {@code recovery} record noting how many bytes were lost is appended, so the log verifies again and the loss stays
 * visible.
 *
 * <p>A sink that finds, before an append, that complete records it had seen are gone (the log was cut or replaced by a
 * shorter one while it was open) appends a {@code truncation} record with the missing bytes and records before going
 * on, so that cut does not vanish into a chain that verifies. Cuts made while no sink has the log open are not seen
 * this way. A log deleted or moved away while open (a rotation) is noticed at the next append: the sink opens the path
 * again, starting a new chain whose first record, {@code reopened}, names the reason and the last record it wrote
 * before, instead of writing on into a file nobody reads (or that no longer exists).
 *
 * <p>Note that a hash chain alone cannot reveal that the newest records were removed; keep the head hash that
 * {@link AuditLogVerifier} reports somewhere else and pass it to {@link AuditLogVerifier#verify(Path, byte[], String)},
 * and use the HMAC key so nobody without it can re-forge the chain.
 */
public final class JsonLinesAuditSink implements AuditSink {

  static final String GENESIS = "0".repeat(64);
  /** One lock per file within this JVM: file locks guard against other processes only. */
  private static final java.util.concurrent.ConcurrentHashMap<Path, Object> JVM_LOCKS =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final Logger LOG = LoggerFactory.getLogger(JsonLinesAuditSink.class);

  private final Path file;
  private FileChannel channel;
  /** The identity (device and inode where the platform has one) of the file {@link #channel} has open, or null. */
  private Object fileKey;
  private final byte[] hmacKey;
  private final FsyncPolicy fsync;
  private final Object jvmLock;
  private String prevHash;
  private long nextSeq;
  private long knownSize;
  private int unforced;
  private boolean closed;

  private JsonLinesAuditSink(Path file, byte[] hmacKey, FsyncPolicy fsync) {
    this.file = file;
    this.hmacKey = hmacKey == null ? null : hmacKey.clone();
    this.fsync = fsync;
    try {
      this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new AuditException("cannot open audit log " + file + " (" + e.getClass().getSimpleName() + ")", e);
    }
    try {
      // keyed on the real path of the file just opened: every name of it (symlinks, '..', relative) shares the lock;
      // two channels of one JVM locking one file together would fail with OverlappingFileLockException
      this.jvmLock = JVM_LOCKS.computeIfAbsent(file.toRealPath(), k -> new Object());
      this.fileKey = identity(file);
      synchronized (jvmLock) {
        openLocked();
      }
    } catch (IOException e) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // the open failed already
      }
      throw new AuditException("cannot open audit log " + file + " (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private void openLocked() throws IOException {
    try (FileLock lock = channel.lock()) {
      recoverTornTail(refreshHead());
    }
  }

  /** Appends a {@code recovery} record when {@code torn} bytes were cut off; call with the locks held. */
  private void recoverTornTail(int torn) throws IOException {
    if (torn > 0) {
      LOG.warn("audit log {} had a torn last record ({} bytes); cut off and recorded", file, torn);
      ObjectNode n = AuditJson.MAPPER.createObjectNode();
      n.put("time", Instant.now().toString());
      n.put("event", "recovery");
      n.put("tornBytes", torn);
      appendLocked(n);
    }
  }

  /** Appends a {@code truncation} record (call with the locks held). */
  private void recordTruncation(long missingBytes, long missingRecords) throws IOException {
    LOG.error("audit log {} lost {} bytes ({} records) of complete records while open; recorded", file, missingBytes,
        missingRecords);
    ObjectNode n = AuditJson.MAPPER.createObjectNode();
    n.put("time", Instant.now().toString());
    n.put("event", "truncation");
    n.put("missingBytes", missingBytes);
    n.put("missingRecords", missingRecords);
    appendLocked(n);
  }

  /**
   * Opens (or creates) a log.
   *
   * @param file the log file
   * @param hmacKey optional key (at least 16 bytes) for per-record HMACs; null for hash chaining only
   * @param fsync when to force records to disk
   */
  public static JsonLinesAuditSink open(Path file, byte[] hmacKey, FsyncPolicy fsync) {
    if (file == null) {
      throw new IllegalArgumentException("audit file must not be null");
    }
    if (hmacKey != null && hmacKey.length < 16) {
      throw new IllegalArgumentException("audit hmacKey must hold at least 16 bytes");
    }
    if (fsync == null) {
      throw new IllegalArgumentException("fsync policy must not be null");
    }
    return new JsonLinesAuditSink(file, hmacKey, fsync);
  }

  /** The log file. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized void record(AuditEvent event) {
    if (closed) {
      throw new AuditException("audit log " + file + " is closed");
    }
    synchronized (jvmLock) {
      reopenIfReplaced();
      appendWithFileLock(AuditJson.toNode(event));
    }
  }

  /** The file key of {@code p}, or null when the platform has none; NoSuchFileException when it does not exist. */
  private static Object identity(Path p) throws IOException {
    return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
  }

  /**
   * When the path no longer names the file this sink has open (the log was deleted, or moved away and perhaps
   * replaced: a rotation), records written to the open file would reach nobody who reads the path, and a deleted log
   * would swallow every later record while checks pass as audited. The sink opens the path again (creating it when
   * absent) and first appends a {@code reopened} record naming the reason and the sequence number and hash of the
   * last record it wrote to the old file, so the gap is visible in the new log ({@code reason}: {@code missing} when
   * nothing was at the path, {@code replaced} when another file was, as after a rotation that creates a new log). Call with the JVM lock held.
   */
  private void reopenIfReplaced() {
    boolean missing = false;
    Object now = null;
    try {
      now = identity(file);
    } catch (java.nio.file.NoSuchFileException e) {
      missing = true;
    } catch (IOException e) {
      throw new AuditException("cannot check audit log " + file + " (" + e.getClass().getSimpleName() + ")", e);
    }
    if (!missing && (fileKey == null || fileKey.equals(now))) {
      return;
    }
    long oldSeq = nextSeq - 1;
    String oldHead = prevHash;
    FileChannel old = channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      fileKey = identity(file);
    } catch (IOException e) {
      throw new AuditException("cannot reopen audit log " + file + " (" + e.getClass().getSimpleName() + ")", e);
    } finally {
      try {
        old.force(true); // a moved log keeps the records it holds: they must be as durable as the policy promised
        old.close();
      } catch (IOException ignored) {
        // the old file is no longer the log
      }
    }
    LOG.error("audit log {} was {} while open; reopened the path and recorded it", file,
        missing ? "deleted or moved away" : "replaced by another file");
    try (FileLock lock = channel.lock()) {
      recoverTornTail(refreshHead());
      ObjectNode n = AuditJson.MAPPER.createObjectNode();
      n.put("time", Instant.now().toString());
      n.put("event", "reopened");
      n.put("reason", missing ? "missing" : "replaced");
      n.put("previousSeq", oldSeq);
      n.put("previousHead", oldHead);
      appendLocked(n);
    } catch (IOException e) {
      throw new AuditException("cannot append to audit log " + file + " (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private void appendWithFileLock(ObjectNode body) {
    try (FileLock lock = channel.lock()) {
      if (channel.size() != knownSize) {
        // another writer appended, or a write (its or ours) died half way. Under the exclusive lock nobody else is
        // writing, so a torn tail is a dead write: cut it off and record the loss, as on open, instead of refusing
        // every later record (which would make the Guard block every check until the log is reopened)
        long sizeBefore = knownSize;
        long seqBefore = nextSeq;
        int torn = refreshHead();
        if (knownSize < sizeBefore) {
          // complete records this sink had seen are gone: no writer of this log ever shortens it below a record end
          // (a torn tail is cut only beyond the last complete record), so the log was cut or replaced while open. A
          // chain continued from the shorter head would verify as intact: record the cut instead
          recordTruncation(sizeBefore - knownSize, seqBefore - nextSeq);
        }
        recoverTornTail(torn);
      }
      appendLocked(body);
    } catch (IOException e) {
      throw new AuditException("cannot append to audit log " + file + " (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private void appendLocked(ObjectNode body) throws IOException {
    ObjectNode n = AuditJson.MAPPER.createObjectNode();
    n.put("seq", nextSeq);
    n.setAll(body);
    n.put("prev", prevHash);
    String line = AuditJson.MAPPER.writeValueAsString(n);
    if (hmacKey != null) {
      String mac = Hashing.hmacSha256(hmacKey).hashString(line, StandardCharsets.US_ASCII).toString();
      line = line.substring(0, line.length() - 1) + ",\"hmac\":\"" + mac + "\"}";
    }
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.US_ASCII);
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    long pos = channel.size();
    while (buf.hasRemaining()) {
      pos += channel.write(buf, pos);
    }
    knownSize = pos;
    prevHash = sha256(line);
    nextSeq++;
    if (fsync.everyRecords() > 0 && ++unforced >= fsync.everyRecords()) {
      channel.force(false);
      unforced = 0;
    }
  }

  /**
   * Reads the chain head from the file; cuts off a torn tail (call with the file lock held, when no other writer can
   * be mid-write) and returns its length.
   */
  private int refreshHead() throws IOException {
    long size = channel.size();
    if (size == 0) {
      prevHash = GENESIS;
      nextSeq = 0;
      knownSize = 0;
      return 0;
    }
    long lastNl = lastIndexOf(size, size);
    int torn = 0;
    if (lastNl != size - 1) {
      torn = (int) Math.min(Integer.MAX_VALUE, size - 1 - lastNl);
      channel.truncate(lastNl + 1);
      channel.force(true);
      size = lastNl + 1;
    }
    if (size == 0) {
      prevHash = GENESIS;
      nextSeq = 0;
      knownSize = 0;
      return torn;
    }
    long prevNl = lastIndexOf(size - 1, size);
    String last = readAscii(prevNl + 1, size - 1);
    try {
      JsonNode node = AuditJson.MAPPER.readTree(last);
      if (node == null || !node.has("seq")) {
        throw new IOException("last audit record has no seq");
      }
      nextSeq = node.get("seq").asLong() + 1;
    } catch (JsonProcessingException e) {
      throw new IOException("last audit record is not valid JSON", e);
    }
    prevHash = sha256(last);
    knownSize = size;
    return torn;
  }

  /** Index of the last '\n' strictly before {@code before}, or -1. */
  private long lastIndexOf(long before, long size) throws IOException {
    long pos = before;
    ByteBuffer buf = ByteBuffer.allocate(8192);
    while (pos > 0) {
      long from = Math.max(0, pos - buf.capacity());
      buf.clear();
      buf.limit((int) (pos - from));
      int read = 0;
      while (buf.hasRemaining()) {
        int r = channel.read(buf, from + read);
        if (r < 0) {
          break;
        }
        read += r;
      }
      for (int k = read - 1; k >= 0; k--) {
        if (buf.get(k) == '\n') {
          return from + k;
        }
      }
      pos = from;
    }
    return -1;
  }

  private String readAscii(long from, long to) throws IOException {
    if (to - from > 64L * 1024 * 1024) {
      throw new IOException("last audit record is implausibly long");
    }
    ByteBuffer buf = ByteBuffer.allocate((int) (to - from));
    long p = from;
    while (buf.hasRemaining()) {
      int r = channel.read(buf, p);
      if (r < 0) {
        break;
      }
      p += r;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(buf.array(), 0, buf.position());
    return out.toString(StandardCharsets.US_ASCII);
  }

  static String sha256(String line) {
    return Hashing.sha256().hashString(line, StandardCharsets.US_ASCII).toString();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      channel.force(true);
      channel.close();
    } catch (IOException e) {
      throw new AuditException("cannot close audit log " + file + " (" + e.getClass().getSimpleName() + ")", e);
    }
  }
}
