package dev.aisec.cli.io;

/** Bad input to a command (a file that cannot be read, a malformed line). The CLI reports it and exits 2. */
public final class InputException extends RuntimeException {

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
