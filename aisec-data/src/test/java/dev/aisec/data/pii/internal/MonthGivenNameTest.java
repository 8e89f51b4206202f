package dev.aisec.data.pii.internal;

import static dev.aisec.data.pii.internal.PersonSpanFixtures.covered;
import static dev.aisec.data.pii.internal.PersonSpanFixtures.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.aisec.data.pii.PiiDetector;
import dev.aisec.data.pii.PiiEntity;
import dev.aisec.data.pii.PiiSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A given name that is also a month ("Jan", "June") is taken into the lone surname it is written before. */
class MonthGivenNameTest {

  @Test
  void takesTheGivenNameAndParticlesIn() {
    String t = "name=\"Jan Kowalski\" and Jan de Vries, June Carter";
    assertEquals("[Jan Kowalski][Jan de Vries][June Carter]", covered(t, PersonSpans.shape(t, persons(t,
        "Kowalski", "Vries", "Carter"))));
  }

  @Test
  void leavesDatesAlone() {
    for (String t : List.of("Signed 3 Jan Kowalski", "in May Harris said", "due 2024. Jan Kowalski",
        "Jan. Kowalski", "since June Carter", "X-Jan Kowalski", "12-Jan Kowalski", "03/Jan Kowalski", "jan Kowalski")) {
      String surname = t.contains("Kowalski") ? "Kowalski" : t.contains("Harris") ? "Harris" : "Carter";
      List<PiiSpan> spans = persons(t, surname);
      assertSame(spans, PersonSpans.shape(t, spans), t);
    }
  }

  @Test
  void neverReachesBackOverThePreviousSpan() {
    String t = "Ann Jan Kowalski";
    assertEquals(-1, PersonSpans.monthGivenNameBefore(t, t.indexOf("Kowalski"), t.indexOf("Kowalski") - 1));
    assertEquals(4, PersonSpans.monthGivenNameBefore(t, t.indexOf("Kowalski"), 3));
  }

  @Test
  void theDetectorFindsTheWholeName() {
    String t = "Hi, I'm Jan de Vries and I live in Utrecht.";
    List<PiiSpan> spans = PiiDetector.standard().scan(t);
    assertEquals("Jan de Vries", spans.stream().filter(s -> PiiEntity.PERSON.equals(s.type()))
        .map(s -> t.substring(s.start(), s.end())).findFirst().orElse(""));
  }
}
