package dev.aisec.prompt.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * The preamble every shipped linear model file starts with, inside its gzip: a magic number naming the kind of model,
 * the version string, the weight dimension and the bias ({@link Model}, {@link ConceptModel}, {@link DocumentModel}).
 * What follows the preamble is each model's own. Stateless.
 */
final class ModelFile {

  private ModelFile() {}

  /** The preamble read: the stream positioned after the bias, and what the preamble held. */
  record Header(DataInputStream in, String version, int dim, float bias) {}

  /**
   * Reads the preamble of an already gunzipped stream {@code in}; an {@code IOException} saying "not an aisec
   * {@code kind} model" when the magic differs, "{@code dimLabel} dimension d != {@code dim}" when the dimension does.
   */
  static Header read(DataInputStream in, int magic, String kind, String dimLabel, int dim) throws IOException {
    if (in.readInt() != magic) {
      throw new IOException("not an aisec " + kind + " model");
    }
    String version = in.readUTF();
    int d = in.readInt();
    if (d != dim) {
      throw new IOException(dimLabel + " dimension " + d + " != " + dim);
    }
    return new Header(in, version, d, in.readFloat());
  }

  /** Writes the preamble. */
  static void write(DataOutputStream out, int magic, String version, int dim, float bias) throws IOException {
    out.writeInt(magic);
    out.writeUTF(version);
    out.writeInt(dim);
    out.writeFloat(bias);
  }

  /** {@code raw} gunzipped with the buffer every model reader uses. */
  static DataInputStream gunzip(InputStream raw) throws IOException {
    return new DataInputStream(new GZIPInputStream(raw, 1 << 16));
  }
}
