package dev.aisec.prompt.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * The concept model (round 16): logistic regression over the hashed {@link Concepts} features of a window, fitted by
 * the trainer on the same rows as the attack model. Its probability is a feature of the user-input combiner
 * ({@link Stacker}). Resource {@code model/concept-lr.bin}: gzip of magic, version, dimension, bias and the float
 * weights. Immutable; thread-safe.
 */
public final class ConceptModel {

  private static final int MAGIC = 0x41495343; // "AISC"
  public static final String RESOURCE = "/dev/aisec/prompt/model/concept-lr.bin";

  public final float[] w;
  public final float bias;
  public final String version;

  public ConceptModel(float[] w, float bias, String version) {
    if (w.length != Concepts.DIM) {
      throw new IllegalArgumentException("concept model must have " + Concepts.DIM + " weights");
    }
    this.w = w;
    this.bias = bias;
    this.version = version;
  }

  /** The probability of tokens {@code [0, t.size)}. */
  public double probability(Tokens t) {
    if (t.size == 0) {
      return Model.sigmoid(bias);
    }
    return Model.sigmoid(Concepts.logit(t, 0, t.size, w, bias, new long[t.size],
        new int[Concepts.PAIR_WINDOW + 1]));
  }

  private static volatile ConceptModel standard;
  private static volatile boolean loaded;

  /**
   * The shipped concept model, or null when the resource is missing or the system property
   * {@code aisec.prompt.concepts} is {@code none} (before/after comparisons); the property may also name a file.
   */
  public static ConceptModel standard() {
    if (!loaded) {
      String file = System.getProperty("aisec.prompt.concepts");
      if ("none".equals(file)) {
        loaded = true;
        return null;
      }
      try (InputStream in = file != null ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))
          : ConceptModel.class.getResourceAsStream(RESOURCE)) {
        standard = in == null ? null : read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      loaded = true;
    }
    return standard;
  }

  public static ConceptModel read(InputStream raw) throws IOException {
    ModelFile.Header h = ModelFile.read(ModelFile.gunzip(raw), MAGIC, "concept", "concept model", Concepts.DIM);
    float[] w = new float[h.dim()];
    for (int i = 0; i < w.length; i++) {
      w[i] = h.in().readFloat();
    }
    return new ConceptModel(w, h.bias(), h.version());
  }

  public void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw);
    DataOutputStream out = new DataOutputStream(gz);
    ModelFile.write(out, MAGIC, version, w.length, bias);
    for (float f : w) {
      out.writeFloat(f);
    }
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
