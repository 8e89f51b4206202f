package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.data.pii.PiiDetector;
import dev.aisec.data.pii.PiiEntity;
import org.junit.jupiter.api.Test;

/** A brand named after a person in a product record with a price (two decimals, no currency sign) is no person. */
class BrandRecordTest {

  private static long persons(String t) {
    return PiiDetector.standard().scan(t).stream().filter(s -> PiiEntity.PERSON.equals(s.type())).count();
  }

  @Test
  void brandInAPricedRecordIsNoPerson() {
    assertEquals(0, persons("sku;name;brand;price\nTB-2291;\"Bottled EDT 100 ml\";Hugo Boss;69,95;4001679495131"));
    assertEquals(0, persons("TB-2304;\"Eternity 50 ml\";Calvin Klein;54.90;87"));
  }

  @Test
  void designerWithoutAPriceStaysAPerson() {
    assertTrue(persons("Fashion week ends with Ralph Lauren tonight.") >= 1);
    assertTrue(persons("Calvin Klein signed 3 copies at 10:30.") >= 1);
  }
}
