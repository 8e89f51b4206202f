package dev.aisec.data.pii;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of detection and transformation on generated texts (QuickTheories). */
class PiiPropertiesTest {

  static final PiiDetector D = PiiDetector.standard();

  static final String[] VALUES = {"jane.doe@example.com", "4111 1111 1111 1111", "+44 20 7946 0958",
      "DE89 3704 0044 0532 0130 00", "536-22-1234", "10.20.30.40", "Maria Gonzalez", "2001:db8::1",
      "AKIAIOSFODNN7EXAMPLE", "bob@mail.example.org", "378282246310005", "GB82WEST12345698765432"};
  static final String[] FILLER = {"hello", "the", "order", "and", "call", "me", "at", "please", "😀", "🇩🇪", "日本",
      "x", "123", "v1.2", "—", "\n", ",", "Dear", "my name is", "ünïcödé", "𝔘𝔫𝔦", "tel", "mail", "IBAN", "card"};

  static Gen<String> texts() {
    Gen<String> token = integers().between(0, VALUES.length + FILLER.length - 1)
        .map(i -> i < VALUES.length ? VALUES[i] : FILLER[i - VALUES.length]);
    return lists().of(token).ofSizeBetween(0, 30).map(l -> String.join(" ", l));
  }

  @Test
  void spansAreInsideSortedAndNeverOverlap() {
    qt().withFixedSeed(20261126L).withExamples(500).forAll(texts()).checkAssert(t -> {
      List<PiiSpan> spans = D.scan(t);
      int last = 0;
      for (PiiSpan s : spans) {
        if (s.start() < last || s.end() > t.length() || s.start() >= s.end()) {
          throw new AssertionError("bad span " + s + " in " + t);
        }
        last = s.end();
      }
    });
  }

  @Test
  void spansOfRandomUnicodeAreInsideAndNeverOverlap() {
    qt().withFixedSeed(20261126L).withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 300)).checkAssert(t -> {
      int last = 0;
      for (PiiSpan s : D.find(t)) {
        if (s.start() < last || s.end() > t.length()) {
          throw new AssertionError("bad span " + s);
        }
        last = s.end();
      }
    });
  }

  @Test
  void offsetsAreRightAfterEmojiAndSurrogatePairs() {
    qt().withFixedSeed(20261126L).withExamples(500).forAll(integers().between(0, 20), integers().between(0, VALUES.length - 1)).checkAssert((n, k) -> {
      String prefix = "😀🇩🇪𝔘".repeat(n) + " ";
      String value = VALUES[Math.min(k, 5)];
      String t = prefix + value + " 👍";
      boolean ok = D.find(t).stream().anyMatch(s -> t.substring(s.start(), s.end()).equals(value));
      if (!ok) {
        throw new AssertionError("value not at its offset: " + t + " -> " + D.find(t));
      }
    });
  }

  @Test
  void redactedTextNeverContainsADetectedValue() {
    Anonymizer[] ops = {Anonymizer.of(Operators.replace()), Anonymizer.of(Operators.mask('*', 4)),
        Anonymizer.of(Operators.hash("0123456789abcdef".getBytes())), Anonymizer.of(Operators.fake()),
        Anonymizer.of(Operators.encrypt("0123456789abcdef".getBytes(), true)),
        Anonymizer.of(Operators.pseudonymize(PseudonymVault.create()))};
    qt().withFixedSeed(20261126L).withExamples(500).forAll(texts(), integers().between(0, ops.length - 1)).checkAssert((t, k) -> {
      List<PiiSpan> spans = D.scan(t);
      String red = ops[k].anonymize(t, spans).text();
      for (PiiSpan s : spans) {
        String v = t.substring(s.start(), s.end());
        if (v.length() >= 6 && red.contains(v)) {
          throw new AssertionError("'" + v + "' survived operator " + k + ": " + red);
        }
      }
    });
  }

  @Test
  void restoreOfPseudonymisedTextGivesTheOriginal() {
    qt().withFixedSeed(20261126L).withExamples(500).forAll(texts()).checkAssert(t -> {
      PseudonymVault v = PseudonymVault.create();
      String red = Anonymizer.of(Operators.pseudonymize(v)).anonymize(t, D.scan(t)).text();
      String back = v.restore(red);
      if (!back.equals(t)) {
        throw new AssertionError("restore(redact(x)) != x\n x=" + t + "\n r=" + red + "\n b=" + back);
      }
    });
  }

  @Test
  void streamingRestoreEqualsWholeRestore() {
    qt().withFixedSeed(20261126L).withExamples(500).forAll(texts(), integers().between(1, 40)).checkAssert((t, size) -> {
      PseudonymVault v = PseudonymVault.create();
      String red = Anonymizer.of(Operators.pseudonymize(v)).anonymize(t, D.scan(t)).text();
      StreamingRestorer r = v.restorer();
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < red.length(); i += size) {
        out.append(r.push(red.substring(i, Math.min(red.length(), i + size))));
      }
      out.append(r.finish());
      if (!out.toString().equals(t)) {
        throw new AssertionError("streamed restore differs for " + t);
      }
    });
  }
}
