package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.data.pii.PiiDetector;
import dev.aisec.data.pii.PiiEntity;
import dev.aisec.data.pii.PiiSpan;
import org.junit.jupiter.api.Test;

/** A name followed by a phone number is no "street named after a person" (round 18). */
class PhoneAfterNameTest {

  @Test
  void phoneShapesAfterAWord() {
    assertTrue(NameStreets.phoneAfter("Jackson 404-555-0171", 7));
    assertTrue(NameStreets.phoneAfter("Jackson 020 7946 0321", 7));
    assertFalse(NameStreets.phoneAfter("Jackson 404", 7));
    assertFalse(NameStreets.phoneAfter("Hauptstraße 5-7", 11));
    assertFalse(NameStreets.phoneAfter("Bahnhofstraße 5 69117 Heidelberg", 13));
  }

  @Test
  void theContactIsAPerson() {
    String t = "Emergency contact: Marcus Jackson 404-555-0171";
    PiiSpan name = PiiDetector.standard().scan(t).get(0);
    assertEquals("Marcus Jackson", t.substring(name.start(), name.end()));
    assertEquals(PiiEntity.PERSON, name.type());
  }
}
