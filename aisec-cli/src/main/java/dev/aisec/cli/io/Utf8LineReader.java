package dev.aisec.cli.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads lines ending in {@code \n}, {@code \r\n} or a bare {@code \r} (each counts as one line end, as in
 * {@link java.io.BufferedReader#readLine()}, so a file saved with classic Mac line ends is not one giant line) and
 * decodes each one strictly as UTF-8 on its
 * own, so invalid bytes are reported for the line that holds them (a {@code BufferedReader} decodes ahead and reports
 * them while an earlier line is being read). A byte-order mark at the start of the input is dropped. Memory is
 * bounded by the longest line. Not thread-safe.
 */
public final class Utf8LineReader implements Closeable {

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] line = new byte[256];
  private boolean eof;
  /** The previous line ended with a bare CR: a LF right after it belongs to that line end. */
  private boolean skipLf;
  /** No line has been returned yet (its leading byte-order mark, if any, is dropped). */
  private boolean first = true;

  public Utf8LineReader(InputStream in) {
    this.in = in;
  }

  /**
   * The next line without its terminator (the first without a leading byte-order mark), or null at the end of the
   * input.
   *
   * @throws CharacterCodingException when the line is not valid UTF-8 (the reader has moved past that line)
   */
  public String readLine() throws IOException {
    int len = 0;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        if (eof) {
          break;
        }
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
          eof = true;
          break;
        }
        pos = 0;
        limit = n;
        continue;
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buf[pos] != '\n' && buf[pos] != '\r') {
        pos++;
      }
      int chunk = pos - start;
      if (len + chunk > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, len + chunk));
      }
      System.arraycopy(buf, start, line, len, chunk);
      len += chunk;
      if (pos < limit) {
        skipLf = buf[pos] == '\r';
        pos++; // the '\n' or '\r'
        return decode(len);
      }
    }
    return any ? decode(len) : null;
  }

  private String decode(int len) throws CharacterCodingException {
    boolean bom = first && len >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
    first = false;
    decoder.reset();
    return decoder.decode(ByteBuffer.wrap(line, bom ? 3 : 0, bom ? len - 3 : len)).toString();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
