package dev.aisec.cli;

/** Entry point of the {@code aisec} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(AisecCommand.run(args));
  }
}
