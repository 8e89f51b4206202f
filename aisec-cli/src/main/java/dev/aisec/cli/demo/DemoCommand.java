package dev.aisec.cli.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code aisec demo}: a short end-to-end tour of every module on built-in sample texts. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "A short end-to-end tour on built-in sample texts; needs no files.")
public final class DemoCommand implements Callable<Integer> {

  /** The sections, in the order they run. */
  static final List<DemoSection> SECTIONS = List.of(
      new GuardDemoSection(),
      new PromptDemoSection(),
      new PiiDemoSection(),
      new LangChain4jDemoSection(),
      new PrivacyDemoSection(),
      new PoisonDemoSection());

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    int failed = 0;
    for (int i = 0; i < SECTIONS.size(); i++) {
      DemoSection s = SECTIONS.get(i);
      out.println();
      out.println("== " + (i + 1) + ". " + s.title() + " ==");
      try {
        s.run(out);
      } catch (Exception e) {
        failed++;
        out.println("!! section failed: " + e);
      }
    }
    out.println();
    out.println(failed == 0 ? "Demo complete." : "Demo finished with " + failed + " failed section(s).");
    return failed == 0 ? 0 : 1;
  }
}
