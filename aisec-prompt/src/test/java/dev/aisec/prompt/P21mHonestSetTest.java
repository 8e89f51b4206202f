package dev.aisec.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Round 21's honest set H21m ({@code probes-h21m.tsv}: 61 attacks in neutral wording — long persona set-ups,
 * role-play framings, short extraction requests — and 60 hard harmless prompts of the same shapes, 10 languages),
 * written before the round's model experiments and scored once before and once after (docs/prompt-injection.md,
 * "Round 21, p21model"). Its recall is not asserted (it measures what the bag-of-n-grams models cannot yet tell
 * apart); the guard is on the harmless tail that recall at 1% FPR depends on: main flagged none of the 60.
 */
class P21mHonestSetTest {

  @Test
  void setIsWellFormed() throws IOException {
    List<ProbeSetTest.Probe> probes = ProbeSetTest.probes("probes-h21m.tsv");
    assertEquals(61, probes.stream().filter(ProbeSetTest.Probe::attack).count());
    assertEquals(60, probes.stream().filter(p -> !p.attack()).count());
    Set<String> langs = new TreeSet<>();
    for (ProbeSetTest.Probe p : probes) {
      langs.add(p.lang());
      assertTrue(Set.of("persona", "roleplay", "extract", "meta").contains(p.kind()), p.kind());
    }
    assertEquals(10, langs.size(), langs.toString());
  }

  @Test
  void atMostTwoHardHarmlessPromptsAreFlagged() throws IOException {
    int flagged = 0;
    StringBuilder which = new StringBuilder();
    for (ProbeSetTest.Probe p : ProbeSetTest.probes("probes-h21m.tsv")) {
      if (!p.attack()) {
        double s = PromptInjectionDetectorTest.score(p.text());
        if (s >= 0.5) {
          flagged++;
          which.append(String.format(java.util.Locale.ROOT, "%n%.3f %s", s, p.text()));
        }
      }
    }
    assertTrue(flagged <= 2, flagged + " flagged:" + which);
  }
}
