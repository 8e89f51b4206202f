package dev.aisec.prompt.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * The document-level segment model of the indirect detector: logistic regression over a segment's hashed lexical
 * features (normalised by the square root of their count) plus {@value DocumentFeatures#DENSE} dense features relative
 * to the rest of the document ({@link DocumentFeatures}). A window's document score is the maximum segment
 * probability. Stored as gzip(magic, version, dim, bias, dense weights, int16 hashed weights). Immutable after
 * loading; {@link #score} is thread-safe.
 */
public final class DocumentModel {

  private static final int MAGIC = 0x41495344; // "AISD"
  public static final String RESOURCE = "/dev/aisec/prompt/model/document-lr.bin";

  public final float[] w;
  public final float[] dense;
  public final float bias;
  public final String version;

  public DocumentModel(float[] w, float[] dense, float bias, String version) {
    if (w.length != Features.DIM) {
      throw new IllegalArgumentException("w must have " + Features.DIM + " weights");
    }
    if (dense.length != DocumentFeatures.DENSE) {
      throw new IllegalArgumentException("dense must have " + DocumentFeatures.DENSE + " weights");
    }
    this.w = w;
    this.dense = dense;
    this.bias = bias;
    this.version = version;
  }

  private static volatile DocumentModel standard;
  private static final DocumentModel NONE = new DocumentModel(new float[Features.DIM],
      new float[DocumentFeatures.DENSE], -20f, "none");

  /**
   * The shipped model, or a model that scores every segment 0 when the resource is missing. The system property
   * {@code aisec.prompt.documentModel} may name a weights file to use instead (for experiments).
   */
  public static DocumentModel standard() {
    DocumentModel m = standard;
    if (m == null) {
      String file = System.getProperty("aisec.prompt.documentModel");
      try (InputStream in = file != null ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))
          : DocumentModel.class.getResourceAsStream(RESOURCE)) {
        m = in == null ? NONE : read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      standard = m;
    }
    return m;
  }

  /** Whether this is the empty model used when no weights are shipped. */
  public boolean isEmpty() {
    return this == NONE;
  }

  /** The most instruction-like segment of a window: probability and token range. */
  public record Best(double p, int fromTok, int toTok) {
    public static final Best NONE = new Best(0, 0, 0);
  }

  /**
   * Scores every segment of the window tokens {@code t} of {@code text} and returns the best one. Linear in the
   * number of tokens.
   */
  public Best score(CharSequence text, Tokens t, Model instruction) {
    if (t.size == 0 || isEmpty()) {
      return Best.NONE;
    }
    DocumentFeatures f = new DocumentFeatures();
    DocumentFeatures.WeightSink sums = new DocumentFeatures.WeightSink(w);
    f.compute(text, t, instruction, sums);
    double[] acc = sums.acc;
    double best = Double.NEGATIVE_INFINITY;
    int bk = 0;
    for (int k = 0; k < f.count; k++) {
      double z = logit(f, k, k < acc.length ? acc[k] : 0);
      if (z > best) {
        best = z;
        bk = k;
      }
    }
    return new Best(Model.sigmoid(best), f.from[bk], f.to[bk]);
  }

  /** Logit of segment k given the raw (unnormalised) sum of its hashed weights. */
  public double logit(DocumentFeatures f, int k, double hashedSum) {
    double z = bias + hashedSum / Model.norm(f.hashedCount[k]);
    int o = k * DocumentFeatures.DENSE;
    for (int j = 0; j < DocumentFeatures.DENSE; j++) {
      z += dense[j] * f.dense[o + j];
    }
    return z;
  }

  public static DocumentModel read(InputStream raw) throws IOException {
    ModelFile.Header h = ModelFile.read(ModelFile.gunzip(raw), MAGIC, "document", "model", Features.DIM);
    DataInputStream in = h.in();
    int nd = in.readInt();
    if (nd != DocumentFeatures.DENSE) {
      throw new IOException("dense features " + nd + " != " + DocumentFeatures.DENSE);
    }
    float[] dense = new float[nd];
    for (int j = 0; j < nd; j++) {
      dense[j] = in.readFloat();
    }
    return new DocumentModel(Model.readQuantized(in, h.dim()), dense, h.bias(), h.version());
  }

  public void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw);
    DataOutputStream out = new DataOutputStream(gz);
    ModelFile.write(out, MAGIC, version, w.length, bias);
    out.writeInt(dense.length);
    for (float d : dense) {
      out.writeFloat(d);
    }
    Model.writeQuantized(out, w);
    out.flush();
    gz.finish();
  }

  public byte[] toBytes() {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try {
      write(bo);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bo.toByteArray();
  }
}
