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
 * Logistic-regression weights over {@link Features}: the probability of a token window is
 * {@code sigmoid(bias + sum(w[f] * sign) / sqrt(count))}. Stored as gzip(magic, version, dim, bias, int16 weights
 * scaled by {@code scale}). Immutable after loading.
 */
public final class Model {

  private static final int MAGIC = 0x41495350; // "AISP"
  public static final String RESOURCE = "/dev/aisec/prompt/model/injection-lr.bin";
  public static final String METADATA = "/dev/aisec/prompt/model/injection-lr.json";
  public static final String INSTRUCTION_RESOURCE = "/dev/aisec/prompt/model/instruction-lr.bin";
  public static final String WINDOW_RESOURCE = "/dev/aisec/prompt/model/window-lr.bin";

  public final float[] w;
  public final float bias;
  public final String version;

  public Model(float[] w, float bias, String version) {
    if (w.length != Features.DIM) {
      throw new IllegalArgumentException("model.w must have " + Features.DIM + " weights");
    }
    this.w = w;
    this.bias = bias;
    this.version = version;
  }

  private static volatile Model standard;
  private static volatile Model instruction;
  private static volatile Model window;

  /**
   * The shipped window model of the user-input detector: trained on short token windows (the most attack-like window
   * of each attack text against every window of the harmless texts), its highest window probability is a feature of
   * the {@link Stacker}; property {@code aisec.prompt.windowModel} overrides it with a file, or with {@code none}
   * (then this returns null and the stacker sees the attack model's local probability instead; for speed
   * comparisons).
   */
  public static Model window() {
    if ("none".equals(System.getProperty("aisec.prompt.windowModel"))) {
      return null;
    }
    Model m = window;
    if (m == null) {
      m = load(WINDOW_RESOURCE, System.getProperty("aisec.prompt.windowModel"));
      window = m;
    }
    return m;
  }

  /**
   * The shipped attack model, or a zero model when the resource is missing (then only rules score). The system
   * property {@code aisec.prompt.model} may name a weights file to use instead (for experiments).
   */
  public static Model standard() {
    Model m = standard;
    if (m == null) {
      m = load(RESOURCE, System.getProperty("aisec.prompt.model"));
      standard = m;
    }
    return m;
  }

  /**
   * The shipped instruction-likeness model (text addressed to an assistant vs. ordinary document text), used by the
   * indirect detector; property {@code aisec.prompt.instructionModel} overrides it.
   */
  public static Model instruction() {
    Model m = instruction;
    if (m == null) {
      m = load(INSTRUCTION_RESOURCE, System.getProperty("aisec.prompt.instructionModel"));
      instruction = m;
    }
    return m;
  }

  private static Model load(String resource, String file) {
    try (InputStream in = file != null ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))
        : Model.class.getResourceAsStream(resource)) {
      return in == null ? new Model(new float[Features.DIM], -4f, "none") : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Model read(InputStream raw) throws IOException {
    ModelFile.Header h = ModelFile.read(ModelFile.gunzip(raw), MAGIC, "prompt", "model", Features.DIM);
    return new Model(readQuantized(h.in(), h.dim()), h.bias(), h.version());
  }

  /** Reads {@code dim} weights written by {@link #writeQuantized}: a float scale, then one int16 per weight. */
  static float[] readQuantized(DataInputStream in, int dim) throws IOException {
    float scale = in.readFloat();
    float[] w = new float[dim];
    for (int i = 0; i < dim; i++) {
      w[i] = in.readShort() * scale;
    }
    return w;
  }

  /** Writes weights as int16 steps of {@code max |w| / 32767} (the scale first), as every shipped model does. */
  static void writeQuantized(DataOutputStream out, float[] w) throws IOException {
    float max = 1e-6f;
    for (float f : w) {
      max = Math.max(max, Math.abs(f));
    }
    float scale = max / 32767f;
    out.writeFloat(scale);
    for (float f : w) {
      out.writeShort(Math.round(f / scale));
    }
  }

  public void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw);
    DataOutputStream out = new DataOutputStream(gz);
    ModelFile.write(out, MAGIC, version, w.length, bias);
    writeQuantized(out, w);
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

  /**
   * Pseudo-count added to the feature count before the square-root normalisation, so that a very short text (a few
   * words) cannot reach an extreme score from one or two words; the same value is used in training.
   */
  public static final double NORM_PAD = 0;

  /** The normalisation divisor for {@code count} features. */
  public static double norm(double count) {
    return Math.sqrt(Math.max(1.0, count + NORM_PAD));
  }

  public static double sigmoid(double z) {
    return 1.0 / (1.0 + Math.exp(-z));
  }
}
