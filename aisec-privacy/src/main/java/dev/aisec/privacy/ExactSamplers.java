package dev.aisec.privacy;

import dev.aisec.privacy.internal.Exact;
import dev.aisec.privacy.random.NoiseSource;

/**
 * Public exact samplers (no floating point in the sampling path), with parameters given as integer ratios: discrete
 * Laplace, discrete Gaussian, Bernoulli(exp(-gamma)) and geometric. Stateless and thread-safe.
 */
public final class ExactSamplers {
  private ExactSamplers() {}

  /** P(x) proportional to exp(-|x| * den / num): discrete Laplace with scale num/den. */
  public static long discreteLaplace(NoiseSource noise, long scaleNum, long scaleDen) {
    positive("scaleNum", scaleNum);
    positive("scaleDen", scaleDen);
    return Exact.discreteLaplace(noise, scaleNum, scaleDen);
  }

  /** P(x) proportional to exp(-x^2 / (2 sigma^2)) with sigma^2 = varNum / varDen. */
  public static long discreteGaussian(NoiseSource noise, long varNum, long varDen) {
    positive("varNum", varNum);
    positive("varDen", varDen);
    if (varNum >= (1L << 50) || varDen >= (1L << 40)) {
      throw new IllegalArgumentException("varNum must be < 2^50 and varDen < 2^40");
    }
    return Exact.discreteGaussian(noise, varNum, varDen);
  }

  /** true with probability exp(-num/den). */
  public static boolean bernoulliExp(NoiseSource noise, long num, long den) {
    if (num < 0) {
      throw new IllegalArgumentException("num must be >= 0, was " + num);
    }
    positive("den", den);
    return Exact.bernoulliExp(noise, num, den);
  }

  /** Geometric on {0, 1, ...} with P(k) = (1 - p) p^k, p = exp(-num/den). */
  public static long geometric(NoiseSource noise, long num, long den) {
    positive("num", num);
    positive("den", den);
    return Exact.geometricExp(noise, num, den);
  }

  private static void positive(String field, long v) {
    if (v <= 0) {
      throw new IllegalArgumentException(field + " must be positive, was " + v);
    }
  }
}
