package dev.aisec.privacy.internal;

/** Parameter validation with messages that name the bad field and the accepted range. */
public final class Check {
  private Check() {}

  /** Smallest and largest epsilon accepted by the noise mechanisms. */
  public static final double MIN_EPSILON = 0x1p-20;
  public static final double MAX_EPSILON = 0x1p10;

  public static double epsilon(double epsilon) {
    return epsilon("epsilon", epsilon);
  }

  public static double epsilon(String field, double epsilon) {
    if (!(epsilon >= MIN_EPSILON && epsilon <= MAX_EPSILON)) {
      throw new IllegalArgumentException(field + " must be finite and in [2^-20, 1024], was " + epsilon);
    }
    return epsilon;
  }

  public static double delta(double delta) {
    if (!(delta > 0 && delta < 1)) {
      throw new IllegalArgumentException("delta must be in (0, 1), was " + delta);
    }
    return delta;
  }

  public static double deltaOrZero(double delta) {
    if (!(delta >= 0 && delta < 1)) {
      throw new IllegalArgumentException("delta must be in [0, 1), was " + delta);
    }
    return delta;
  }

  public static double positive(String field, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(field + " must be positive and finite, was " + v);
    }
    return v;
  }

  public static double sensitivity(double v) {
    if (!(v >= 0x1p-900 && v <= 0x1p900)) {
      throw new IllegalArgumentException("sensitivity must be positive and finite (in [2^-900, 2^900]), was " + v);
    }
    return v;
  }

  public static double finite(String field, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(field + " must be finite (NaN and infinity are rejected), was " + v);
    }
    return v;
  }

  public static void bounds(double lower, double upper) {
    finite("lower", lower);
    finite("upper", upper);
    if (!(lower < upper)) {
      throw new IllegalArgumentException("lower must be < upper, was [" + lower + ", " + upper + "]");
    }
  }

  public static int positiveInt(String field, int v) {
    if (v <= 0) {
      throw new IllegalArgumentException(field + " must be positive, was " + v);
    }
    return v;
  }

  public static double rho(double rho) {
    if (!(rho > 0) || Double.isInfinite(rho)) {
      throw new IllegalArgumentException("rho must be positive and finite, was " + rho);
    }
    return rho;
  }

  /** Smallest and largest rho a Gaussian mechanism accepts (about the zCDP of the epsilon range). */
  public static final double MIN_MECHANISM_RHO = 0x1p-42;
  public static final double MAX_MECHANISM_RHO = 0x1p20;

  /** rho for calibrating a mechanism: a smaller one used to overflow the exact variance (ArithmeticException). */
  public static double mechanismRho(double rho) {
    if (!(rho >= MIN_MECHANISM_RHO && rho <= MAX_MECHANISM_RHO)) {
      throw new IllegalArgumentException("rho must be finite and in [2^-42, 2^20], was " + rho);
    }
    return rho;
  }
}
