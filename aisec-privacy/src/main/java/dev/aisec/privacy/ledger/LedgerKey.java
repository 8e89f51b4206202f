package dev.aisec.privacy.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret key of a {@link PrivacyBudgetLedger}: every journal record carries an HMAC-SHA-256 under it, chained to
 * the previous record, so someone who can edit the ledger file but does not hold the key cannot rewrite its history
 * and make it verify again.
 *
 * <p>Supply the key yourself ({@link #of(byte[])}, for example from a secret store), or keep it in a key file
 * ({@link #fromFile(Path)}, {@link #loadOrCreate(Path)}): a key file must be owned by the current user and readable
 * and writable by its owner only (POSIX permissions {@code rw-------} or stricter; both checked on every load where
 * the file system has POSIX permissions), or it is refused with {@link LedgerKeyException}. {@link #toString()} and every exception name at most the key file and a key id (a
 * truncated HMAC of a fixed text), never the key. Immutable and thread-safe.
 */
public final class LedgerKey {

  /** Fewest key bytes accepted. */
  public static final int MIN_BYTES = 16;

  /** Largest key file read (a key file is a short line; anything longer is not one). */
  static final int MAX_FILE_BYTES = 4096;

  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private final byte[] key;
  private final String id;

  private LedgerKey(byte[] key) {
    this.key = key.clone();
    this.id = HexFormat.of().formatHex(Arrays.copyOf(hmac("aisec ledger key id".getBytes(StandardCharsets.UTF_8)),
        8));
  }

  /** A key from bytes you hold (at least {@value #MIN_BYTES}); the array is copied. */
  public static LedgerKey of(byte[] key) {
    if (key == null || key.length < MIN_BYTES) {
      throw new IllegalArgumentException("key must hold at least " + MIN_BYTES + " bytes");
    }
    return new LedgerKey(key);
  }

  /**
   * The key stored in {@code keyFile} (its bytes, surrounding whitespace trimmed). Throws {@link LedgerKeyException}
   * when the file is missing or unreadable, holds fewer than {@value #MIN_BYTES} bytes, or grants any permission to
   * group or others.
   */
  public static LedgerKey fromFile(Path keyFile) {
    if (keyFile == null) {
      throw new IllegalArgumentException("keyFile must not be null");
    }
    requireOwnerOnly(keyFile);
    byte[] raw;
    try (InputStream in = Files.newInputStream(keyFile)) {
      raw = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new LedgerKeyException("ledger key file " + keyFile + " does not exist", e);
    } catch (IOException e) {
      throw new LedgerKeyException("cannot read ledger key file " + keyFile + " (" + e.getClass().getSimpleName()
          + ")", e);
    }
    if (raw.length > MAX_FILE_BYTES) {
      throw new LedgerKeyException("ledger key file " + keyFile + " is longer than " + MAX_FILE_BYTES
          + " bytes; it is not a key file");
    }
    int from = 0;
    int to = raw.length;
    while (from < to && Character.isWhitespace(raw[from])) {
      from++;
    }
    while (to > from && Character.isWhitespace(raw[to - 1])) {
      to--;
    }
    byte[] k = Arrays.copyOfRange(raw, from, to);
    Arrays.fill(raw, (byte) 0);
    if (k.length < MIN_BYTES) {
      throw new LedgerKeyException("ledger key file " + keyFile + " holds fewer than " + MIN_BYTES + " bytes");
    }
    LedgerKey key = new LedgerKey(k);
    Arrays.fill(k, (byte) 0);
    return key;
  }

  /**
   * The key in {@code keyFile}, creating the file first when it does not exist: 32 bytes from {@link SecureRandom},
   * written as 64 hex digits, with owner-only permissions from the moment the file appears (it is written under a
   * temporary name and then linked into place, so a concurrent loader never sees a half-written key).
   */
  public static LedgerKey loadOrCreate(Path keyFile) {
    if (keyFile == null) {
      throw new IllegalArgumentException("keyFile must not be null");
    }
    if (!Files.exists(keyFile)) {
      create(keyFile);
    }
    return fromFile(keyFile);
  }

  private static void create(Path keyFile) {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    byte[] text = (HexFormat.of().formatHex(k) + "\n").getBytes(StandardCharsets.US_ASCII);
    Arrays.fill(k, (byte) 0);
    Path dir = keyFile.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
      boolean posix = Files.getFileAttributeView(dir == null ? keyFile.toAbsolutePath() : dir,
          PosixFileAttributeView.class) != null;
      tmp = posix
          ? Files.createTempFile(dir, ".aisec-key-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
          : Files.createTempFile(dir, ".aisec-key-", ".tmp");
      Files.write(tmp, text);
      try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(tmp,
          java.nio.file.StandardOpenOption.WRITE)) {
        c.force(true);
      }
      try {
        Files.createLink(keyFile, tmp); // fails when another process created the key meanwhile: that one wins
      } catch (UnsupportedOperationException e) {
        Files.move(tmp, keyFile); // no hard links here: a plain move, which also refuses an existing target
        tmp = null;
      }
      // the key's directory entry must be durable before the ledger's first record is: a power loss could otherwise
      // keep the record and lose the key file, and the ledger could never be verified again
      syncDirectory(dir);
    } catch (FileAlreadyExistsException e) {
      // created concurrently; fromFile reads the winner's key
    } catch (AccessDeniedException e) {
      throw new LedgerKeyException("cannot create ledger key file " + keyFile + " (permission denied)", e);
    } catch (IOException e) {
      throw new LedgerKeyException("cannot create ledger key file " + keyFile + " (" + e.getClass().getSimpleName()
          + ")", e);
    } finally {
      Arrays.fill(text, (byte) 0);
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a temporary file with owner-only permissions is left behind
        }
      }
    }
  }

  private static void syncDirectory(Path dir) {
    if (dir == null) {
      return;
    }
    try (java.nio.channels.FileChannel d = java.nio.channels.FileChannel.open(dir,
        java.nio.file.StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // not supported on every platform (Windows); the key file itself was forced
    }
  }

  private static void requireOwnerOnly(Path keyFile) {
    PosixFileAttributeView view = Files.getFileAttributeView(keyFile, PosixFileAttributeView.class);
    if (view == null) {
      return; // no POSIX permissions on this file system (Windows): protect the file with its ACL yourself
    }
    Set<PosixFilePermission> perms;
    try {
      requireOwnedByCurrentUser(keyFile, view);
      perms = view.readAttributes().permissions();
    } catch (NoSuchFileException e) {
      throw new LedgerKeyException("ledger key file " + keyFile + " does not exist", e);
    } catch (IOException e) {
      throw new LedgerKeyException("cannot read the permissions of ledger key file " + keyFile + " ("
          + e.getClass().getSimpleName() + ")", e);
    }
    if (!OWNER_ONLY.containsAll(perms)) {
      throw new LedgerKeyException("ledger key file " + keyFile + " has permissions "
          + PosixFilePermissions.toString(perms) + "; it must be readable and writable by its owner only"
          + " (chmod 600)");
    }
  }

  /**
   * Refuses a key file owned by another user: its owner can read and replace the key (and so forge the ledger's MAC
   * chain), whatever the permission bits say. Compares numeric uids where the JDK exposes them ({@code unix:uid} and
   * {@code com.sun.security.auth.module.UnixSystem}), else the owner with the principal named by {@code user.name};
   * when neither the file's owner nor the current user can be determined, fails closed.
   */
  private static void requireOwnedByCurrentUser(Path keyFile, PosixFileAttributeView view) throws IOException {
    Long me = currentUid();
    if (me != null) {
      Object uid;
      try {
        uid = Files.getAttribute(keyFile, "unix:uid");
      } catch (UnsupportedOperationException | IllegalArgumentException e) {
        uid = null;
      }
      if (uid instanceof Number n) {
        if (n.longValue() != me) {
          throw new LedgerKeyException("ledger key file " + keyFile + " is owned by uid " + n.longValue()
              + ", not by the current user (uid " + me + "); refusing a key another user controls");
        }
        return;
      }
    }
    java.nio.file.attribute.UserPrincipal owner = view.getOwner();
    java.nio.file.attribute.UserPrincipal current;
    try {
      current = keyFile.getFileSystem().getUserPrincipalLookupService()
          .lookupPrincipalByName(System.getProperty("user.name", ""));
    } catch (IOException | RuntimeException e) {
      throw new LedgerKeyException("cannot determine the current user to check the owner of ledger key file "
          + keyFile + "; refusing it", e);
    }
    if (!owner.equals(current)) {
      throw new LedgerKeyException("ledger key file " + keyFile + " is owned by " + owner.getName()
          + ", not by the current user (" + current.getName() + "); refusing a key another user controls");
    }
  }

  /** The process's numeric uid, or null when this JDK does not expose it. */
  private static Long currentUid() {
    try {
      Class<?> c = Class.forName("com.sun.security.auth.module.UnixSystem");
      Object u = c.getMethod("getUid").invoke(c.getConstructor().newInstance());
      return u instanceof Number n ? n.longValue() : null;
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return null;
    }
  }

  /** A short public identifier of this key (16 hex digits of an HMAC of a fixed text); reveals nothing of the key. */
  public String id() {
    return id;
  }

  /** Hex HMAC-SHA-256 of {@code prev}, a newline and {@code text} (UTF-8). */
  String mac(String prev, String text) {
    byte[] p = prev.getBytes(StandardCharsets.US_ASCII);
    byte[] t = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[p.length + 1 + t.length];
    System.arraycopy(p, 0, all, 0, p.length);
    all[p.length] = '\n';
    System.arraycopy(t, 0, all, p.length + 1, t.length);
    return HexFormat.of().formatHex(hmac(all));
  }

  /** Whether {@code claimed} is the MAC of prev and text; compares in time independent of where they differ. */
  boolean verifies(String prev, String text, String claimed) {
    return MessageDigest.isEqual(mac(prev, text).getBytes(StandardCharsets.US_ASCII),
        claimed.getBytes(StandardCharsets.US_ASCII));
  }

  private byte[] hmac(byte[] data) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return m.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  @Override
  public String toString() {
    return "LedgerKey[id=" + id + "]";
  }
}
