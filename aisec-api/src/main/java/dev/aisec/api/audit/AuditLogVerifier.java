package dev.aisec.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.hash.Hashing;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies a log written by {@link JsonLinesAuditSink}: the sequence numbers count up from 0, each record's
 * {@code prev} is the SHA-256 of the line before it, and, with a key, each record's HMAC matches. Reports the first
 * record that breaks any of these. Streams the file; memory is bounded by the longest line. Thread-safe.
 */
public final class AuditLogVerifier {

  private static final Pattern HMAC_TAIL = Pattern.compile(",\"hmac\":\"([0-9a-f]{64})\"}\\z");
  private static final int MAX_LINE = 64 * 1024 * 1024;

  private AuditLogVerifier() {}

  /**
   * Verifies the log at {@code file}.
   *
   * @param hmacKey the key the log was written with, or null to check the hash chain only (records that carry an
   *     HMAC are then accepted without checking it)
   */
  public static AuditVerification verify(Path file, byte[] hmacKey) {
    return verify(file, hmacKey, null);
  }

  /**
   * Verifies the log at {@code file} and, with {@code knownHead}, also that it still holds the record whose hash an
   * earlier verification reported as {@link AuditVerification#headHash()}. A hash chain alone cannot show that
   * whole records were cut from its end; a head kept elsewhere can. The log may have grown since.
   *
   * @param hmacKey as in {@link #verify(Path, byte[])}
   * @param knownHead 64 lower-case hex digits, or null for no such check
   * @throws IllegalArgumentException when {@code knownHead} is not 64 lower-case hex digits
   */
  public static AuditVerification verify(Path file, byte[] hmacKey, String knownHead) {
    if (knownHead != null && !knownHead.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("knownHead must be 64 lower-case hex digits (a headHash)");
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return verify(in, hmacKey, knownHead);
    } catch (IOException e) {
      throw new AuditException("cannot read audit log " + file + " (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  static AuditVerification verify(InputStream in, byte[] hmacKey) throws IOException {
    return verify(in, hmacKey, null);
  }

  static AuditVerification verify(InputStream in, byte[] hmacKey, String knownHead) throws IOException {
    String prev = JsonLinesAuditSink.GENESIS;
    boolean headSeen = knownHead == null || knownHead.equals(prev);
    long line = 0;
    ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
    int b;
    boolean pending = false;
    boolean foreign = false;
    while (true) {
      b = in.read();
      if (b == -1) {
        break;
      }
      if (b != '\n') {
        if (buf.size() >= MAX_LINE) {
          return new AuditVerification(false, line, line + 1, "record longer than " + MAX_LINE + " bytes", false,
              prev);
        }
        buf.write(b);
        // the sink writes printable ASCII only (JSON escapes the rest); any other byte is an edit, and must be caught
        // here: hashing as US-ASCII would read every byte >= 0x80 as '?', and Java's '$' matches before a final '\r'
        foreign |= b < 0x20 || b >= 0x80;
        pending = true;
        continue;
      }
      line++;
      String text = buf.toString(StandardCharsets.ISO_8859_1);
      buf.reset();
      pending = false;
      String problem = foreign ? "record holds a byte that is not printable ASCII (the log is written in ASCII only)"
          : check(text, line - 1, prev, hmacKey);
      foreign = false;
      if (problem != null) {
        return new AuditVerification(false, line - 1, line, problem, false, prev);
      }
      prev = JsonLinesAuditSink.sha256(text);
      headSeen |= prev.equals(knownHead);
    }
    if (pending) {
      return new AuditVerification(false, line, line + 1,
          "torn last record (" + buf.size() + " bytes without a line end): a crash mid-write or a cut", true,
          prev);
    }
    if (!headSeen) {
      return new AuditVerification(false, line, line + 1, "no record has the known head hash " + knownHead
          + ": records were removed from the end of the log (or the hash is from another log)", false, prev);
    }
    return new AuditVerification(true, line, 0, "", false, prev);
  }

  private static String check(String text, long expectedSeq, String expectedPrev, byte[] key) {
    JsonNode n;
    try {
      n = AuditJson.MAPPER.readTree(text);
    } catch (IOException e) {
      return "not valid JSON";
    }
    if (n == null || !n.isObject()) {
      return "not a JSON object";
    }
    JsonNode seq = n.get("seq");
    if (seq == null || !seq.canConvertToLong() || seq.asLong() != expectedSeq) {
      // never quote the record's own text: the message is printed to terminals, and a forged value could carry
      // escaped control sequences
      String got = seq == null ? "missing" : seq.isIntegralNumber() && seq.canConvertToLong()
          ? Long.toString(seq.asLong()) : "not an integer";
      return "sequence number " + got + ", expected " + expectedSeq
          + " (a record was deleted, inserted or reordered)";
    }
    JsonNode prev = n.get("prev");
    if (prev == null || !prev.asText().equals(expectedPrev)) {
      return "hash chain broken: prev does not match the SHA-256 of the record before (edited, deleted or"
          + " reordered)";
    }
    if (key != null) {
      Matcher m = HMAC_TAIL.matcher(text);
      if (!m.find()) {
        return "HMAC missing";
      }
      String body = text.substring(0, m.start()) + "}";
      String mac = Hashing.hmacSha256(key).hashString(body, StandardCharsets.US_ASCII).toString();
      // constant time: String.equals returns at the first differing character, which times how much of a forged
      // HMAC is right
      if (!java.security.MessageDigest.isEqual(mac.getBytes(StandardCharsets.US_ASCII),
          m.group(1).getBytes(StandardCharsets.US_ASCII))) {
        return "HMAC does not match (record edited, or wrong key)";
      }
    }
    return null;
  }
}
