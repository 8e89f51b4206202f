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
    if (den <= (1L << 32)) {
      return r.nextLong(den) < num;
    }
    return bernoulliLazy(r, num, den);
  }

  /**
   * Bernoulli(num/den) for 0 < num < den, den > 2^32, from 32 uniform bits in the common case: with U uniform on
   * [0, 1) written as (U32 + U') / 2^32, {@code U < num/den} iff {@code U32 < q}, or {@code U32 == q} and
   * {@code U' < rem/den}, where {@code num 2^32 = q den + rem}. q is found with a double estimate corrected by exact
   * 128-bit comparisons; the tie (probability 2^-32) is settled by an exact Bernoulli(rem/den).
   */
  static boolean bernoulliLazy(NoiseSource r, long num, long den) {
    long q = quotient32(num, den);
    long rem = (num << 32) - q * den; // exact: 0 <= rem < den < 2^63 (the true value fits, wrap-around cancels)
    long u32 = r.nextLong(1L << 32);
    if (u32 != q) {
      return u32 < q;
    }
    return r.nextLong(den) < rem;
  }

  /** floor(num * 2^32 / den) for 0 <= num < den < 2^63, exactly. */
  static long quotient32(long num, long den) {
    long aHi = num >>> 32;
    long aLo = num << 32;
    long q = (long) ((double) num / (double) den * 4294967296.0);
    long bHi = Math.multiplyHigh(q, den);
    long bLo = q * den;
    while (cmp128(bHi, bLo, aHi, aLo) > 0) {
      q--;
      long lo = bLo - den;
      bHi -= Long.compareUnsigned(lo, bLo) > 0 ? 1 : 0;
      bLo = lo;
    }
    while (true) {
      long lo = bLo + den;
      long hi = bHi + (Long.compareUnsigned(lo, bLo) < 0 ? 1 : 0);
      if (cmp128(hi, lo, aHi, aLo) > 0) {
        return q;
      }
      q++;
      bHi = hi;
      bLo = lo;
    }
  }

  private static int cmp128(long hi1, long lo1, long hi2, long lo2) {
    int c = Long.compareUnsigned(hi1, hi2);
    return c != 0 ? c : Long.compareUnsigned(lo1, lo2);
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
    return discreteGaussian(source, num, den, isqrtFloor(num, den) + 1);
  }

  /** As {@link #discreteGaussian(NoiseSource, long, long)} with {@code t = floor(sigma) + 1} precomputed. */
  public static long discreteGaussian(NoiseSource source, long num, long den, long t) {
    NoiseSource r = source.forCurrentThread();
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

  /**
   * Discrete Laplace with scale 2^m / s (P(x) proportional to exp(-|x| s / 2^m)), 1 <= m <= 52, s > 0: CKS Algorithm 2
   * specialised to a power-of-two t, where every Bernoulli(u / (k 2^m)) becomes a comparison of u with uniform bits
   * that is decided by the first differing 32-bit chunk (and Bernoulli(1/k) first when k is not a power of two), so it
   * needs about a third fewer random words. Same distribution, exactly.
   */
  public static long discreteLaplacePow2(NoiseSource source, int m, long s) {
    NoiseSource r = source.forCurrentThread();
    long t = 1L << m;
    while (true) {
      long u = r.nextLong(t);
      if (!bernoulliExpPow2(r, u, m)) {
        continue;
      }
      long v = 0;
      while (bernoulliExp(r, 1, 1)) {
        v++;
      }
      if (v >= (1L << (62 - m))) {
        continue; // probability below exp(-2^10): unreachable in practice
      }
      long y = (u + (v << m)) / s;
      boolean negative = r.nextBoolean();
      if (negative && y == 0) {
        continue;
      }
      return negative ? -y : y;
    }
  }

  /** Bernoulli(exp(-u / 2^m)) for 0 <= u < 2^m (CKS Algorithm 1 with lazy comparisons). */
  static boolean bernoulliExpPow2(NoiseSource r, long u, int m) {
    long k = 1;
    while (true) {
      boolean a;
      if ((k & (k - 1)) == 0) {
        int j = Long.numberOfTrailingZeros(k);
        if (m + j > 63) {
          // k > 2^(63-m): reached with probability below 1/k!; continue the same chain with big integers
          return bernoulliExpUnitBig(r, BigInteger.valueOf(u), BigInteger.ONE.shiftLeft(m), k);
        }
        a = lessThanUniform(r, u, m + j);
      } else {
        a = r.nextLong(k) == 0 && lessThanUniform(r, u, m);
      }
      if (!a) {
        break;
      }
      k++;
    }
    return (k & 1) == 1;
  }

  /** [V < u] for V uniform on [0, 2^bits), bits <= 63, decided chunk by chunk from the most significant bits. */
  static boolean lessThanUniform(NoiseSource r, long u, int bits) {
    if (bits <= 32) {
      return r.nextLong(1L << bits) < u;
    }
    int low = bits - 32;
    long vHi = r.nextLong(1L << 32);
    long uHi = u >>> low;
    if (vHi != uHi) {
      return vHi < uHi;
    }
    return r.nextLong(1L << low) < (u & ((1L << low) - 1));
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
