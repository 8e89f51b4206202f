package dev.aisec.api.audit;

/**
 * When the JSON Lines audit sink forces written records to the storage device.
 *
 * @param everyRecords force after this many records (1 = every record); 0 = only on close
 */
public record FsyncPolicy(int everyRecords) {

  public FsyncPolicy {
    if (everyRecords < 0) {
      throw new IllegalArgumentException("fsync.everyRecords must be >= 0, got " + everyRecords);
    }
  }

  /** Force after every record: nothing acknowledged is lost on power failure. The default. */
  public static FsyncPolicy always() {
    return new FsyncPolicy(1);
  }

  /** Force after every {@code n} records. */
  public static FsyncPolicy every(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("fsync interval must be >= 1, got " + n);
    }
    return new FsyncPolicy(n);
  }

  /** Leave flushing to the operating system; force only on close. */
  public static FsyncPolicy onClose() {
    return new FsyncPolicy(0);
  }
}
