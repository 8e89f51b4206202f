package dev.aisec.cli.prompt;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aisec prompt}: prompt-injection scoring and classifier training. */
@Command(name = "prompt", mixinStandardHelpOptions = true,
    description = "Prompt-injection and jailbreak detection.",
    subcommands = {PromptScoreCommand.class, PromptTrainCommand.class})
public final class PromptCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
