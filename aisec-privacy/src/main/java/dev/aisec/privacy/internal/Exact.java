package dev.aisec.privacy.internal;

import dev.aisec.privacy.random.NoiseSource;
import java.math.BigInteger;

/**
 * Exact samplers on integers and rationals (Canonne, Kamath, Steinke 2020, "The Discrete Gaussian for Differential
 * Privacy", Algorithms 1-3). No floating-point arithmetic is used: every probability is a ratio of integers and every
 * decision is an integer comparison against uniform integers. Fast paths use {@code long}; any overflow falls back to
 * {@link BigInteger}, so results are exact for all valid parameters.
 */
public final class Exact {
  private Exact() {}

  /** Bernoulli(num/den), 0 <= num <= den, den > 0. */
  public static boolean bernoulli(NoiseSource r, long num, long den) {
    if (num <= 0) {
      return false;
    }
    if (num >= den) {
      return true;
    }
    if (den == 2 * num) {
      return r.nextBoolean();
    }
    return r.nextLong(den) < num;
  }

  /** Bernoulli(exp(-num/den)) for num >= 0, den > 0. */
  public static boolean bernoulliExp(NoiseSource r, long num, long den) {
    while (num > den) {
      if (!bernoulliExpUnit(r, 1, 1)) {
        return false;
      }
      num -= den;
    }
    return bernoulliExpUnit(r, num, den);
  }

  /** Bernoulli(exp(-gamma)) for gamma = num/den in [0, 1] (CKS Algorithm 1). */
  private static boolean bernoulliExpUnit(NoiseSource r, long num, long den) {
    long k = 1;
    while (true) {
      long d;
      try {
        d = Math.multiplyExact(den, k);
      } catch (ArithmeticException overflow) {
        return bernoulliExpUnitBig(r, BigInteger.valueOf(num), BigInteger.valueOf(den), k);
      }
      if (!bernoulli(r, num, d)) {
        break;
      }
      k++;
    }
    return (k & 1) == 1;
  }

  private static boolean bernoulliExpUnitBig(NoiseSource r, BigInteger num, BigInteger den, long startK) {
    long k = startK;
    while (true) {
      BigInteger d = den.multiply(BigInteger.valueOf(k));
      if (num.signum() == 0 || r.nextBigInteger(d).compareTo(num) >= 0) {
        break;
      }
      k++;
    }
    return (k & 1) == 1;
  }

  /** Bernoulli(exp(-num/den)) for arbitrary-precision num >= 0, den > 0. */
  public static boolean bernoulliExp(NoiseSource r, BigInteger num, BigInteger den) {
    if (num.bitLength() < 63 && den.bitLength() < 63) {
      return bernoulliExp(r, num.longValue(), den.longValue());
    }
    BigInteger[] qr = num.divideAndRemainder(den);
    BigInteger whole = qr[0];
    for (BigInteger i = BigInteger.ZERO; i.compareTo(whole) < 0; i = i.add(BigInteger.ONE)) {
      if (!bernoulliExpUnit(r, 1, 1)) {
        return false;
      }
    }
    return bernoulliExpUnitBig(r, qr[1], den, 1);
  }

  /**
   * Discrete Laplace with scale t/s: P(x) proportional to exp(-|x| s / t), t, s > 0 (CKS Algorithm 2).
   */
  public static long discreteLaplace(NoiseSource source, long t, long s) {
    NoiseSource r = source.forCurrentThread();
    while (true) {
      long u = r.nextLong(t);
      if (!bernoulliExp(r, u, t)) {
        continue;
      }
      long v = 0;
      while (bernoulliExp(r, 1, 1)) {
        v++;
      }
      long x;
      try {
        x = Math.addExact(u, Math.multiplyExact(t, v));
      } catch (ArithmeticException overflow) {
        continue; // probability below exp(-2^62/t): unreachable in practice
      }
      long y = x / s;
      boolean negative = r.nextBoolean();
      if (negative && y == 0) {
        continue;
      }
      return negative ? -y : y;
    }
  }

  /**
   * Discrete Gaussian with variance parameter sigma^2 = num/den: P(x) proportional to exp(-x^2 / (2 sigma^2))
   * (CKS Algorithm 3).
   */
  public static long discreteGaussian(NoiseSource source, long num, long den) {
    NoiseSource r = source.forCurrentThread();
    long t = isqrtFloor(num, den) + 1; // floor(sigma) + 1
    while (true) {
      long y = discreteLaplace(r, t, 1);
      // accept with probability exp(-(|y| - sigma^2/t)^2 / (2 sigma^2)) = exp(-(|y| den t - num)^2 / (2 num den t^2))
      boolean accept;
      try {
        long a = Math.subtractExact(Math.multiplyExact(Math.multiplyExact(Math.abs(y), den), t), num);
        long n = Math.multiplyExact(a, a);
        long d = Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(2L, num), den), Math.multiplyExact(t, t));
        accept = bernoulliExp(r, n, d);
      } catch (ArithmeticException overflow) {
        BigInteger bt = BigInteger.valueOf(t);
        BigInteger a = BigInteger.valueOf(Math.abs(y)).multiply(BigInteger.valueOf(den)).multiply(bt)
            .subtract(BigInteger.valueOf(num));
        BigInteger d = BigInteger.valueOf(2).multiply(BigInteger.valueOf(num)).multiply(BigInteger.valueOf(den))
            .multiply(bt).multiply(bt);
        accept = bernoulliExp(r, a.multiply(a), d);
      }
      if (accept) {
        return y;
      }
    }
  }

  /** floor(sqrt(num/den)) exactly. */
  public static long isqrtFloor(long num, long den) {
    long m = (long) Math.sqrt((double) num / den);
    BigInteger n = BigInteger.valueOf(num);
    BigInteger d = BigInteger.valueOf(den);
    while (m > 0 && BigInteger.valueOf(m).pow(2).multiply(d).compareTo(n) > 0) {
      m--;
    }
    while (BigInteger.valueOf(m + 1).pow(2).multiply(d).compareTo(n) <= 0) {
      m++;
    }
    return m;
  }

  /** Geometric on {0,1,2,...}: P(k) = (1-p) p^k with p = exp(-num/den). */
  public static long geometricExp(NoiseSource r, long num, long den) {
    long k = 0;
    while (bernoulliExp(r, num, den)) {
      k++;
    }
    return k;
  }

  /**
   * The smallest integer ceil(x * 2^k) + 1 as an upper rational bound of x with denominator 2^k: returns
   * {numerator, k}. x must be positive and finite; the result is strictly greater than x.
   */
  public static long ceilScaled(double x, int k) {
    double scaled = Math.scalb(x, k);
    if (!(scaled < 0x1p62)) {
      throw new ArithmeticException("value too large for exact representation: " + x);
    }
    return (long) Math.ceil(scaled) + 1;
  }
}
