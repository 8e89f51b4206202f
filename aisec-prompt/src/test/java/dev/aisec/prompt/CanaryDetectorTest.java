package dev.aisec.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Finding;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CanaryDetectorTest {

  static final Principal P = Principal.of("t", "user");

  List<Finding> run(CanaryDetector d, String session, String out) {
    Input in = Input.modelOutput(P, out);
    if (session != null) {
      in = in.withAttribute(Input.CONVERSATION, session);
    }
    return d.detect(DetectionContext.of(in));
  }

  @Test
  void catchesExactCaseChangedSpacedAndPartialLeaks() {
    CanaryDetector d = CanaryDetector.create();
    CanaryToken t = d.issue("s1");
    assertEquals(t, d.issue("s1"));
    String v = t.value();
    assertEquals("CANARY_LEAK", run(d, "s1", "Sure: " + v + ".").get(0).type());
    assertEquals("CANARY_LEAK", run(d, "s1", "Sure: " + v.toUpperCase(Locale.ROOT)).get(0).type());
    String spaced = String.join(" ", v.split(""));
    Finding f = run(d, "s1", "x " + spaced + " y").get(0);
    assertEquals("CANARY_LEAK", f.type());
    assertEquals(2, f.start());
    assertEquals(2 + spaced.length(), f.end());
    assertEquals("CANARY_PARTIAL", run(d, "s1", "part " + v.substring(6, 18)).get(0).type());
    assertTrue(run(d, "s1", "nothing to see").isEmpty());
    assertFalse(f.detail().contains(v));
  }

  @Test
  void sessionsAreSeparate() {
    CanaryDetector d = CanaryDetector.create();
    CanaryToken a = d.issue("a");
    d.issue("b");
    assertTrue(run(d, "b", a.value()).isEmpty());
    assertEquals(1, run(d, null, a.value()).size());
    d.forget("a");
    assertTrue(run(d, null, a.value()).isEmpty());
  }

  @Test
  void withoutASessionEveryIssuedTokenIsFoundAmongManyAndForgottenOnesAreNot() {
    CanaryDetector d = CanaryDetector.create(5_000);
    List<CanaryToken> ts = new java.util.ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      ts.add(d.issue("s" + i));
    }
    // the first 1,000 were evicted
    assertTrue(run(d, null, "leak " + ts.get(10).value()).isEmpty());
    for (int i : new int[] {1_000, 3_333, 5_999}) {
      String v = ts.get(i).value();
      assertEquals("CANARY_LEAK", run(d, null, "x " + v.toUpperCase(Locale.ROOT) + " y").get(0).type());
      assertEquals("CANARY_PARTIAL", run(d, null, "part " + v.substring(6, 18)).get(0).type());
      String spaced = String.join(" ", v.split(""));
      assertEquals(1, run(d, null, spaced).size());
    }
    String both = ts.get(2_000).value() + " and " + ts.get(4_000).value();
    assertEquals(2, run(d, null, both).size());
    d.forget("s3333");
    assertTrue(run(d, null, ts.get(3_333).value()).isEmpty());
    assertTrue(run(d, null, "nothing to see here at all, just words and 1234567890").isEmpty());
    assertTrue(CanaryDetector.find("text", List.of(new CanaryToken("-------------"))).isEmpty());
  }

  @Test
  void tokensAreRandomAndRedactedInToString() {
    assertFalse(CanaryToken.generate().equals(CanaryToken.generate()));
    assertFalse(CanaryToken.generate().toString().contains("ctk-"));
  }
}
