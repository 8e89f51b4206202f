package dev.aisec.privacy.accounting;

/**
 * Privacy loss distribution accountant. Not implemented yet: every method throws {@link IllegalArgumentException}
 * naming the RDP accountant as the available alternative.
 */
public final class PldAccountant {
  private PldAccountant() {}

  /** Not implemented yet; throws. */
  public static double dpSgdEpsilon(double q, double noiseMultiplier, long steps, double delta) {
    throw new IllegalArgumentException("the pld accountant is not implemented yet; use --accountant rdp");
  }
}
