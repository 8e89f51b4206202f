package dev.aisec.data.poison;

/**
 * Validation of numeric matrices handed to the detectors, and the documented policy for bad values.
 *
 * <p>Policy: a matrix must be non-null, have at least one row and one column, be rectangular and hold only finite
 * values of magnitude at most 1e150 (so that squared distances cannot overflow); otherwise an
 * {@link IllegalArgumentException} names the first offending row and column (0-based). Missing
 * values are resolved before this point by the readers ({@link NumericTable}), which either reject them or impute the
 * column median ({@link NumericTable.MissingPolicy}). Constant columns are legal and ignored by every detector; a
 * matrix whose columns are all constant gets the same score for every row. Randomised detectors fit on the rows in a
 * canonical (sorted) order, so their scores do not depend on the order of the input rows.
 */
public final class Matrices {

  /** Largest accepted magnitude; beyond it squared distances could overflow. */
  public static final double MAX_ABS = 1e150;

  private Matrices() {}

  /** Checks the policy above and returns the number of columns. */
  public static int validate(double[][] data, String name) {
    if (data == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (data.length == 0) {
      throw new IllegalArgumentException(name + " must have at least one row");
    }
    if (data[0] == null || data[0].length == 0) {
      throw new IllegalArgumentException(name + " row 0 must have at least one column");
    }
    int d = data[0].length;
    for (int i = 0; i < data.length; i++) {
      double[] r = data[i];
      if (r == null || r.length != d) {
        throw new IllegalArgumentException(name + " row " + i + " has " + (r == null ? "no" : r.length)
            + " values, expected " + d);
      }
      for (int j = 0; j < d; j++) {
        if (!Double.isFinite(r[j])) {
          throw new IllegalArgumentException(name + " row " + i + " column " + j + " is "
              + (Double.isNaN(r[j]) ? "NaN" : "infinite") + "; only finite values are accepted");
        }
        if (Math.abs(r[j]) > MAX_ABS) {
          throw new IllegalArgumentException(name + " row " + i + " column " + j + " exceeds 1e150 in magnitude;"
              + " rescale the column");
        }
      }
    }
    return d;
  }

  /** Validates rows to score against a model with {@code d} features. */
  public static void validateRows(double[][] rows, int d) {
    if (rows == null) {
      throw new IllegalArgumentException("rows must not be null");
    }
    for (int i = 0; i < rows.length; i++) {
      double[] r = rows[i];
      if (r == null || r.length != d) {
        throw new IllegalArgumentException("rows row " + i + " has " + (r == null ? "no" : r.length)
            + " values, the model expects " + d);
      }
      for (int j = 0; j < d; j++) {
        if (!Double.isFinite(r[j]) || Math.abs(r[j]) > MAX_ABS) {
          throw new IllegalArgumentException("rows row " + i + " column " + j
              + " is not finite or exceeds 1e150 in magnitude");
        }
      }
    }
  }
}
