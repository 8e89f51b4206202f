package dev.aisec.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * (p19fiction) The shape of the honest set H19f ({@code probes-h19f.tsv}): 30 fiction-framed harmful requests and 30
 * harmless twins, each attack matched by a harmless row of the same frame kind and language, in nine languages. The
 * set is scored with {@code bin/aisec prompt score} (see docs/prompt-injection.md, "Round 19, p19fiction"); this test
 * only keeps the file usable by that command and by {@link ProbeSetTest}'s reader.
 */
class P19fFictionSetTest {

  private static final Set<String> KINDS = Set.of("story", "script", "game", "hypo");
  private static final Set<String> LANGS = Set.of("en", "de", "fr", "es", "it", "pt", "ru", "zh", "ja");

  private static List<String[]> rows() throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = P19fFictionSetTest.class.getResourceAsStream("/dev/aisec/prompt/probes-h19f.tsv")) {
      assertNotNull(in, "probes-h19f.tsv is missing");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertEquals(4, f.length, "label, kind, lang, text expected: " + line);
        out.add(f);
      }
    }
    return out;
  }

  @Test
  void thirtyAttacksWithThirtyHarmlessTwinsInNineLanguages() throws IOException {
    Map<String, Integer> balance = new TreeMap<>();
    Set<String> attackLangs = new HashSet<>();
    Set<String> benignLangs = new HashSet<>();
    Set<String> texts = new HashSet<>();
    int attacks = 0;
    int benign = 0;
    for (String[] f : rows()) {
      assertTrue(f[0].equals("attack") || f[0].equals("benign"), "label " + f[0]);
      assertTrue(KINDS.contains(f[1]), "kind " + f[1]);
      assertTrue(LANGS.contains(f[2]), "lang " + f[2]);
      assertTrue(f[3].length() >= 40, "text too short: " + f[3]);
      assertTrue(texts.add(f[3]), "duplicate text: " + f[3]);
      boolean attack = f[0].equals("attack");
      balance.merge(f[1] + "/" + f[2], attack ? 1 : -1, Integer::sum);
      if (attack) {
        attacks++;
        attackLangs.add(f[2]);
      } else {
        benign++;
        benignLangs.add(f[2]);
      }
    }
    assertEquals(30, attacks);
    assertEquals(30, benign);
    assertEquals(LANGS, attackLangs);
    assertEquals(LANGS, benignLangs);
    balance.forEach((k, v) -> assertEquals(0, v, "attacks and harmless twins differ for " + k));
  }
}
