package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.data.pii.PiiDetector;
import dev.aisec.data.pii.PiiSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The per-scan memo of national phone validity ({@link Hits#nationalPhone}): bounded, emptied when the scan's
 * buffer is released (no number outlives its scan), and a shared detector gives every thread the answers of a
 * detector used by one thread only.
 */
class NationalPhoneMemoTest {

  @Test
  void memoIsBoundedAndEmptiedOnRelease() {
    Hits h = Hits.acquire();
    try {
      assertEquals(-1, h.nationalPhone("212 555 0199"));
      h.nationalPhone("212 555 0199", true);
      h.nationalPhone("4821 250", false);
      assertEquals(1, h.nationalPhone("212 555 0199"));
      assertEquals(0, h.nationalPhone("4821 250"));
      for (int k = 0; k < 3 * Hits.PHONE_MEMO_MAX; k++) {
        h.nationalPhone("0" + (1_000_000 + k), k % 2 == 0);
      }
      assertEquals(Hits.PHONE_MEMO_MAX, h.phoneMemoSize());
      // the first answers are kept, the ones past the bound are not remembered
      assertEquals(1, h.nationalPhone("212 555 0199"));
      assertEquals(-1, h.nationalPhone("0" + (1_000_000 + 3 * Hits.PHONE_MEMO_MAX - 1)));
    } finally {
      h.release();
    }
    assertEquals(0, h.phoneMemoSize());
    assertEquals(-1, h.nationalPhone("212 555 0199"));
  }

  @Test
  void scanLeavesNoNumberBehind() {
    PiiDetector d = PiiDetector.standard();
    String text = "call 212 555 0199 or 212 555 0199, office 030 1234567 and 030 1234567";
    List<PiiSpan> first = d.scan(text);
    Hits h = Hits.acquire();
    try {
      assertEquals(0, h.phoneMemoSize(), "the thread's buffer holds no number after a scan");
    } finally {
      h.release();
    }
    assertEquals(first, d.scan(text));
    assertTrue(first.stream().anyMatch(s -> s.type().equals("PHONE_NUMBER")));
  }

  /** Texts of repeated and distinct national numbers in several layouts, with and without phone words. */
  static List<String> numberTexts(long seed, int count) {
    Random r = new Random(seed);
    String[] pool = new String[40];
    for (int k = 0; k < pool.length; k++) {
      StringBuilder b = new StringBuilder(r.nextBoolean() ? "0" : "");
      int digits = 7 + r.nextInt(6);
      for (int j = 0; j < digits; j++) {
        b.append((char) ('0' + r.nextInt(10)));
        if (j < digits - 2 && r.nextInt(4) == 0) {
          b.append(" -./".charAt(r.nextInt(4)));
        }
      }
      pool[k] = b.toString();
    }
    pool[0] = "212 555 0199";
    pool[1] = "(212) 555-0199";
    pool[2] = "030 1234567";
    List<String> texts = new ArrayList<>();
    String[] lead = {"call ", "tel ", "number ", "order ", "", "ref ", "at "};
    for (int k = 0; k < count; k++) {
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < 1 + r.nextInt(8); j++) {
        b.append(lead[r.nextInt(lead.length)]).append(pool[r.nextInt(pool.length)]).append(r.nextBoolean() ? ", " : " and ");
      }
      texts.add(b.toString());
    }
    return texts;
  }

  @Test
  void sharedDetectorAnswersAsAlone() throws Exception {
    PiiDetector d = PiiDetector.standard();
    List<String> texts = numberTexts(15, 120);
    List<List<PiiSpan>> alone = new ArrayList<>();
    for (String t : texts) {
      alone.add(d.scan(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int offset = w;
        runs.add(pool.submit(() -> {
          for (int rep = 0; rep < 3; rep++) {
            for (int k = 0; k < texts.size(); k++) {
              int j = (k * 7 + offset * 13 + rep) % texts.size();
              if (!alone.get(j).equals(d.scan(texts.get(j)))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : runs) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void repeatedNumbersInOneTextGetTheAnswersOfSeparateTexts() {
    // a number's spans do not depend on whether the memo answered: the same number alone in its own scan (no
    // memo entry yet) and after many repeats of it in one text get the same type and score
    PiiDetector d = PiiDetector.standard();
    for (String t : numberTexts(16, 40)) {
      // neutral words between the copies, more than a context window (5 words, 80 characters) long
      String twice = t + "\nlorem ipsum dolor amet consectetur adipiscing elit eiusmod tempor incididunt labore dolore "
          + "magna aliqua enim minim veniam\n" + t;
      List<PiiSpan> once = d.scan(t);
      List<PiiSpan> both = d.scan(twice);
      int shift = twice.length() - t.length();
      List<PiiSpan> second = new ArrayList<>();
      for (PiiSpan s : both) {
        if (s.start() >= shift) {
          second.add(s);
        }
      }
      assertEquals(once.size(), second.size(), t);
      for (int k = 0; k < once.size(); k++) {
        assertEquals(once.get(k).start() + shift, second.get(k).start(), t);
        assertEquals(once.get(k).type(), second.get(k).type(), t);
        assertEquals(once.get(k).score(), second.get(k).score(), t);
      }
    }
  }
}
