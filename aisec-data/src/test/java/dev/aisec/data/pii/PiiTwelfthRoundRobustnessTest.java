package dev.aisec.data.pii;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * (review13) The round-12 PII paths (keyed values {@code client_ip=} / {@code ssn=}, keyed tokens, ordinal dates
 * "3rd of May", serial/year and EIN shapes, sign-off lines, IRC speakers, e-mail display names, count units, sea
 * names, brands) on pieces glued together without spaces, cut anywhere, and mixed with broken surrogates, NUL,
 * U+FFFF and emoji: no exception, spans inside the text, sorted, non-empty and never overlapping.
 */
class PiiTwelfthRoundRobustnessTest {

  static final PiiDetector D = PiiDetector.standard();

  static final String[] PIECES = {"client_ip=", "ip:", "\"ip\": \"", "ssn=", "\"ssn\":\"", "81.2.69.142",
      "427-13-2710", "key=", "secret: ", "GITHUB_TOKEN=", "ghp_", "abc_9f8XyZ1234567890Qw", "wJalrXUtnFEMI/K7MDENG/",
      "3rd", "1er", " of ", "May", " septembre", "118/2025", "12-3456789", "EIN ", "FV ", "Kind regards,\n",
      "Pozdrawiam,\n", "Gareth Pryce", "<nick> ", "<", ">", "John Smith <john", "@example.com>", "432 Seiten",
      "1000 Mbps", "the Dead Sea", " Scrolls", "Fiat Panda", "Monday", "Lisboa", "em lisboa", "Mr ", "Dr. ",
      "id,full_name,ssn,plan,price\n", "1042,Karen Liu,", ",Pro,19.99\n", "order 1138-4471-2290", "_", "=", ":",
      "\"", "/", ".", "-", " ", "\n", "\uD800", "\uDC00", "\uD83D\uDE00", "\u0000", "\uFFFF", "1", "ä", "İ"};

  static Gen<String> texts() {
    Gen<String> piece = integers().between(0, PIECES.length - 1).map(i -> PIECES[i]);
    return lists().of(piece).ofSizeBetween(0, 40).map(l -> String.join("", l))
        .zip(integers().between(0, 1000), (s, cut) -> cut % 3 == 0 || s.isEmpty() ? s : s.substring(0,
            cut % (s.length() + 1)));
  }

  private static void check(String t) {
    int last = 0;
    for (PiiSpan s : D.scan(t)) {
      assertTrue(s.start() >= last && s.start() < s.end() && s.end() <= t.length(), () -> "bad span " + s);
      last = s.end();
    }
  }

  @Test
  void gluedAndCutPiecesGiveWellFormedSpans() {
    qt().withFixedSeed(20261127L).withExamples(1500).forAll(texts()).checkAssert(PiiTwelfthRoundRobustnessTest::check);
  }

  /** 128 KB of one round-12 trigger repeated: spans well formed (the time is measured by hand only). */
  @Test
  void repeatedTriggersGiveWellFormedSpans() {
    String[] units = {"client_ip=81.2.69.142 ", "ssn=427-13-2710 ", "key=", "secret: ab_", "abcd/", "3rd of May ",
        "3rd", "118/2025 ", "12-3456789 ", "Kind regards,\n", "<nick> ", "John Smith <john", "432 Seiten ",
        "the Dead Sea ", "\n \t", " ", "\uD83D\uDE00"};
    for (String u : units) {
      check(u.repeat(131_072 / u.length() + 1));
    }
  }
}
