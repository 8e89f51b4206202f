package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.data.pii.PiiDetector;
import dev.aisec.data.pii.PiiEntity;
import dev.aisec.data.pii.PiiSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayNamesTest {

  private static List<PiiSpan> withEmails(String t) {
    List<PiiSpan> l = new ArrayList<>();
    int from = 0;
    int lt;
    while ((lt = t.indexOf('<', from)) >= 0) {
      int gt = t.indexOf('>', lt);
      l.add(new PiiSpan(lt + 1, gt, PiiEntity.EMAIL_ADDRESS, 0.95, "t"));
      from = gt;
    }
    return l;
  }

  private static String persons(String t, List<PiiSpan> spans) {
    StringBuilder b = new StringBuilder();
    for (PiiSpan s : spans) {
      if (PiiEntity.PERSON.equals(s.type())) {
        b.append('[').append(t, s.start(), s.end()).append(']');
      }
    }
    return b.toString();
  }

  @Test
  void invertedNamesOfBracketedAddressesAreOnePerson() {
    String t = "To: Okafor, Adaeze <a@nhs.net>\nCc: Smith, John Paul <jp@x.com>; Müller-Lüdenscheidt, Eva <e@y.de>";
    assertEquals("[Okafor, Adaeze][Smith, John Paul][Müller-Lüdenscheidt, Eva]",
        persons(t, DisplayNames.complete(t, withEmails(t))));
  }

  @Test
  void leavesOtherShapesAlone() {
    for (String t : List.of("Please write to Sales, Support <help@x.com>", "To: Sales, Support <help@x.com>",
        "To: Adaeze Okafor <a@nhs.net>", "To: Okafor,Adaeze <a@nhs.net>", "To: <a@nhs.net>", "<a@b.c>")) {
      List<PiiSpan> spans = withEmails(t);
      assertSame(spans, DisplayNames.complete(t, spans), t);
    }
  }

  @Test
  void replacesPersonPartsButNeverAnotherType() {
    String t = "To: Okafor, Adaeze <a@nhs.net>";
    List<PiiSpan> parts = new ArrayList<>();
    parts.add(new PiiSpan(4, 10, PiiEntity.PERSON, 0.3, "t"));
    parts.addAll(withEmails(t));
    List<PiiSpan> out = DisplayNames.complete(t, parts);
    assertEquals("[Okafor, Adaeze]", persons(t, out));
    assertEquals(2, out.size());
    List<PiiSpan> other = new ArrayList<>();
    other.add(new PiiSpan(12, 18, PiiEntity.LOCATION, 0.6, "t"));
    other.addAll(withEmails(t));
    assertSame(other, DisplayNames.complete(t, other));
  }

  @Test
  void theDetectorFindsItAndAStricterThresholdSkipsIt() {
    String t = "To: Okafor, Adaeze <adaeze.okafor@nhs.net>";
    assertTrue(persons(t, PiiDetector.standard().scan(t)).contains("Okafor, Adaeze"));
    PiiDetector strict = PiiDetector.builder().threshold(PiiEntity.PERSON, 0.9).build();
    assertEquals("", persons(t, strict.scan(t)));
  }
}
