package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aisec.data.pii.PiiSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Review round 21: {@link AddressSpans#complete} finds the first non-LOCATION span once per run of LOCATION spans.
 * Its answers on generated span lists equal those of the plain per-span search (a copy of the old loop, below).
 * The cost (a run of 90,908 LOCATION spans took 8-21 s) is measured by hand, not here.
 */
class Review21AddressRunTest {

  @Test
  void sameSpansAsThePerSpanSearch() {
    Random r = new Random(21);
    String[] parts = {"Berlin", "Hauptstraße 5", ", ", " - ", "  ", "10115", "Paris", "Rue de la Paix 3", "x", "\n",
        "Anna", "030 1234567", ", Germany"};
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      List<PiiSpan> spans = new ArrayList<>();
      int n = 1 + r.nextInt(30);
      for (int k = 0; k < n; k++) {
        String p = parts[r.nextInt(parts.length)];
        int s = sb.length();
        sb.append(p);
        if (p.length() > 2 && r.nextInt(3) > 0) {
          String type = r.nextInt(4) == 0 ? "PHONE_NUMBER" : "LOCATION";
          spans.add(new PiiSpan(s, sb.length(), type, 0.5 + r.nextInt(5) / 10.0, "d"));
        }
      }
      String t = sb.toString();
      assertEquals(AddressSpansOld.complete(t, spans), AddressSpans.complete(t, spans), t);
    }
  }
}
