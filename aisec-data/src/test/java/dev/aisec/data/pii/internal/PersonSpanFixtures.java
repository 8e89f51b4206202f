package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiEntity;
import dev.aisec.data.pii.PiiSpan;
import java.util.ArrayList;
import java.util.List;

/** Spans written by hand for the tests of the PERSON layout rules, and how they read. */
final class PersonSpanFixtures {

  private PersonSpanFixtures() {}

  /** PERSON spans on each of {@code names} (first occurrence after the previous one, in order). */
  static List<PiiSpan> persons(String t, String... names) {
    List<PiiSpan> l = new ArrayList<>();
    int from = 0;
    for (String n : names) {
      int at = t.indexOf(n, from);
      l.add(new PiiSpan(at, at + n.length(), PiiEntity.PERSON, 0.8, "test"));
      from = at + n.length();
    }
    return l;
  }

  /** The covered text of each span in brackets, in order: "[Berg, Anna][Luc]". */
  static String covered(String t, List<PiiSpan> spans) {
    StringBuilder b = new StringBuilder();
    for (PiiSpan s : spans) {
      b.append('[').append(t, s.start(), s.end()).append(']');
    }
    return b.toString();
  }
}
