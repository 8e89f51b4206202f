package dev.aisec.prompt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackerTest {

  private static Engine.Signal sig(String type, String name, double score) {
    return new Engine.Signal(type, name, 0, 0, score, "rule " + name);
  }

  @Test
  void shippedCombinerLoadsAndWeightsOfSignalsAreNonNegative() {
    Stacker s = Stacker.standard();
    assertNotNull(s);
    for (int i = 0; i < Stacker.DIM; i++) {
      if (Stacker.NON_NEGATIVE[i]) {
        assertTrue(s.w[i] >= 0, Stacker.NAMES.get(i));
        assertTrue(s.wLong[i] >= 0, "long " + Stacker.NAMES.get(i));
      }
    }
  }

  @Test
  void textFormRoundTrips() throws Exception {
    double[] w = new double[Stacker.DIM];
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.round((i * 0.37 - 2) * 1e6) / 1e6;
    }
    double[] wl = new double[Stacker.DIM];
    for (int i = 0; i < wl.length; i++) {
      wl[i] = Math.round((1.5 - i * 0.11) * 1e6) / 1e6;
    }
    Stacker s = new Stacker(w, -1.25, wl, 0.5, List.of("override/x", "tool/y"), List.of("a/b+c/d"),
        List.of("persona/z"));
    Stacker r = Stacker.parse(new ByteArrayInputStream(s.toText("header\nline two").getBytes(StandardCharsets.UTF_8)));
    assertEquals(s.toText("h"), r.toText("h"));
    assertThrows(java.io.IOException.class,
        () -> Stacker.parse(new ByteArrayInputStream("bias 1\n".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void anOlderResourceWithoutWindowAndLongWeightsReadsAsOneSetOfWeights() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Stacker.DIM; i++) {
      if (!Stacker.NAMES.get(i).startsWith("window-")) {
        sb.append(Stacker.NAMES.get(i)).append(' ').append(0.25 * i).append('\n');
      }
    }
    sb.append("bias -1.5\n");
    Stacker s = Stacker.parse(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(-1.5, s.biasLong, 0);
    for (int i = 0; i < Stacker.DIM; i++) {
      assertEquals(Stacker.NAMES.get(i).startsWith("window-") ? 0 : 0.25 * i, s.w[i], 0);
      assertEquals(s.w[i], s.wLong[i], 0);
    }
    String partLong = sb + "long bias 1\n";
    assertThrows(java.io.IOException.class,
        () -> Stacker.parse(new ByteArrayInputStream(partLong.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void addingAnAttackSignalNeverLowersTheScore() {
    Stacker s = Stacker.standard();
    String[] types = {"OVERRIDE", "PROMPT_EXTRACTION", "PERSONA_JAILBREAK", "TOOL_HIJACK", "CHAT_TEMPLATE"};
    qt().forAll(doubles().between(0, 1), doubles().between(0, 1), integers().between(0, 4),
        integers().between(1, 600)).checkAssert((p, r, k, n) -> {
          List<Engine.Signal> base = new ArrayList<>();
          base.add(sig("OVERRIDE", "override/ignore-previous", 0.9 * r));
          double before = s.score(p, p, base, n);
          List<Engine.Signal> more = new ArrayList<>(base);
          more.add(sig(types[k], types[k].toLowerCase() + "/probe", r));
          double after = s.score(p, p, more, n);
          assertTrue(after >= before - 1e-12, before + " -> " + after);
          assertTrue(after >= 0 && after <= 1);
        });
  }

  @Test
  void trustedSignalsAndUnseenPairsAreAFloor() {
    Stacker s = new Stacker(new double[Stacker.DIM], -20, List.of("override/t"), List.of("a/x+b/y"), List.of("override/w"));
    assertEquals(0.9, s.score(0, 0, List.of(sig("OVERRIDE", "override/t", 0.9)), 10), 1e-9);
    assertTrue(s.score(0, 0, List.of(sig("OVERRIDE", "override/u", 0.9)), 10) < 0.01);
    assertEquals(0.9, s.score(0, 0, List.of(sig("OVERRIDE", "override/w", 0.9)), 10), 1e-9);
    assertEquals(Stacker.WEAK_FLOOR, s.score(0, 0, List.of(sig("OVERRIDE", "override/w", 0.5)), 10), 1e-9);
    assertEquals(1 - 0.5 * 0.1, s.score(0.5, 0.5, List.of(sig("OVERRIDE", "override/w", 0.9)), 10), 1e-6);
    assertTrue(s.score(0, 0, List.of(sig("OVERRIDE", "override/w", 0.9)), 500) < 0.01);
    assertEquals(0.8, s.floor(List.of(sig("OVERRIDE", "a/z", 0.8), sig("PROMPT_EXTRACTION", "b/y", 0.6)), 10, 0), 1e-9);
    assertEquals(0.0, s.floor(List.of(sig("OVERRIDE", "a/x", 0.8), sig("PROMPT_EXTRACTION", "b/y", 0.6)), 10, 0), 1e-9);
    assertEquals(0.0, s.floor(List.of(sig("OVERRIDE", "a/z", 0.8), sig("OVERRIDE", "a/w", 0.6)), 10, 0), 1e-9);
  }
}
