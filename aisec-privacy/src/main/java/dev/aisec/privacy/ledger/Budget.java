package dev.aisec.privacy.ledger;

import java.math.BigDecimal;

/**
 * An (epsilon, delta) amount held as exact decimals so that budgets add and compare without floating-point drift (a
 * ledger can never be overspent by rounding). Immutable.
 */
public record Budget(BigDecimal epsilon, BigDecimal delta) {
  public static final Budget ZERO = new Budget(BigDecimal.ZERO, BigDecimal.ZERO);

  /**
   * Largest number of digits after the decimal point, and of digits before it, an amount may have. Exact decimal
   * arithmetic on a value such as {@code 1e-999999999} would need a billion digits: one such record would make every
   * later sum of the ledger fail or exhaust memory.
   */
  public static final int MAX_DIGITS = 1000;

  public Budget {
    if (epsilon == null || epsilon.signum() < 0) {
      throw new IllegalArgumentException("epsilon must be >= 0, was " + epsilon);
    }
    if (delta == null || delta.signum() < 0) {
      throw new IllegalArgumentException("delta must be >= 0, was " + delta);
    }
    checkDigits("epsilon", epsilon);
    checkDigits("delta", delta);
  }

  private static void checkDigits(String field, BigDecimal v) {
    if (v.signum() == 0) {
      return;
    }
    // scale() = digits after the point (negative for 1E+5 style); precision() - scale() = digits before it
    long after = v.scale();
    long before = (long) v.precision() - v.scale();
    if (after > MAX_DIGITS || before > MAX_DIGITS) {
      throw new IllegalArgumentException(field + " must have at most " + MAX_DIGITS + " digits before and after the"
          + " decimal point");
    }
  }

  /** Validates a user-supplied amount: delta must also be below 1. */
  public Budget requireValid() {
    if (delta.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("delta must be in [0, 1), was " + delta);
    }
    return this;
  }

  /** From doubles, using their shortest decimal representation; rejects NaN and infinity. */
  public static Budget of(double epsilon, double delta) {
    if (!Double.isFinite(epsilon)) {
      throw new IllegalArgumentException("epsilon must be finite, was " + epsilon);
    }
    if (!Double.isFinite(delta)) {
      throw new IllegalArgumentException("delta must be finite, was " + delta);
    }
    return new Budget(BigDecimal.valueOf(epsilon), BigDecimal.valueOf(delta)).requireValid();
  }

  public static Budget of(double epsilon) {
    return of(epsilon, 0);
  }

  /** From decimal strings, e.g. ("0.1", "1e-6"). */
  public static Budget parse(String epsilon, String delta) {
    try {
      return new Budget(new BigDecimal(epsilon.trim()), new BigDecimal(delta.trim())).requireValid();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("epsilon and delta must be decimal numbers, were '" + epsilon + "', '"
          + delta + "'");
    }
  }

  public Budget plus(Budget o) {
    return new Budget(epsilon.add(o.epsilon), delta.add(o.delta));
  }

  /** this - o, floored at zero per component. */
  public Budget minusFloored(Budget o) {
    return new Budget(epsilon.subtract(o.epsilon).max(BigDecimal.ZERO), delta.subtract(o.delta).max(BigDecimal.ZERO));
  }

  /** True when both components are <= those of {@code o}. */
  public boolean fitsWithin(Budget o) {
    return epsilon.compareTo(o.epsilon) <= 0 && delta.compareTo(o.delta) <= 0;
  }

  @Override
  public String toString() {
    return "(epsilon=" + epsilon.toPlainString() + ", delta=" + delta.toString() + ")";
  }
}
