package dev.aisec.data.pii.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA-256 and AES-256-GCM helpers. Keys are derived per purpose from the user's key with HMAC. Thread-safe. */
public final class Crypto {

  public static final SecureRandom RANDOM = new SecureRandom();

  private Crypto() {}

  public static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** A 32-byte key for {@code purpose}, derived from the user's key. */
  public static byte[] derive(byte[] key, String purpose) {
    return hmac(key, ("aisec-pii/" + purpose).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * AES-256-GCM. Deterministic mode uses a synthetic IV (the first 12 bytes of an HMAC of the plaintext under a
   * separate derived key, as in SIV), so equal plaintexts give equal ciphertexts and can be joined; otherwise the IV
   * is random. Output: IV (12 bytes) || ciphertext || tag (16 bytes).
   */
  public static byte[] encrypt(byte[] key, byte[] plain, byte[] aad, boolean deterministic) {
    byte[] iv;
    if (deterministic) {
      // the associated data is length-prefixed: a bare aad || plain gave ("ID", "_CARD1") and ("ID_CARD", "1") the
      // same IV, a GCM nonce reuse under one key (keystream reuse and recovery of the authentication key)
      byte[] a = aad == null ? new byte[0] : aad;
      byte[] len = java.nio.ByteBuffer.allocate(4).putInt(a.length).array();
      byte[] mac = hmac(derive(key, "siv"), concat(concat(len, a), plain));
      iv = Arrays.copyOf(mac, 12);
    } else {
      iv = new byte[12];
      RANDOM.nextBytes(iv);
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(derive(key, "enc"), "AES"), new GCMParameterSpec(128, iv));
      if (aad != null) {
        c.updateAAD(aad);
      }
      byte[] ct = c.doFinal(plain);
      return concat(iv, ct);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  /** Reverses {@link #encrypt}; throws IllegalArgumentException when the data or key is wrong (tag mismatch). */
  public static byte[] decrypt(byte[] key, byte[] data, byte[] aad) {
    if (data == null || data.length < 28) {
      throw new IllegalArgumentException("ciphertext too short");
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(derive(key, "enc"), "AES"),
          new GCMParameterSpec(128, data, 0, 12));
      if (aad != null) {
        c.updateAAD(aad);
      }
      return c.doFinal(data, 12, data.length - 12);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new IllegalArgumentException("ciphertext does not authenticate under this key");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable", e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] x = a == null ? new byte[0] : a;
    byte[] r = Arrays.copyOf(x, x.length + b.length);
    System.arraycopy(b, 0, r, x.length, b.length);
    return r;
  }
}
