package dev.aisec.cli.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads key files for HMACs and encryption. Never prints key material. */
public final class KeyFiles {

  private KeyFiles() {}

  /** The file's bytes (surrounding whitespace of a text key is trimmed); at least 16 bytes. */
  public static byte[] read(Path file) {
    byte[] raw;
    try {
      raw = Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(file + ": no such file", e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read key file (" + e.getClass().getSimpleName() + ")", e);
    }
    int from = 0;
    int to = raw.length;
    while (from < to && Character.isWhitespace(raw[from])) {
      from++;
    }
    while (to > from && Character.isWhitespace(raw[to - 1])) {
      to--;
    }
    byte[] key = java.util.Arrays.copyOfRange(raw, from, to);
    if (key.length < 16) {
      throw new InputException(file + ": key file must hold at least 16 bytes");
    }
    return key;
  }
}
