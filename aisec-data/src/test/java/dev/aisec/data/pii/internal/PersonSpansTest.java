package dev.aisec.data.pii.internal;

import static dev.aisec.data.pii.internal.PersonSpanFixtures.covered;
import static dev.aisec.data.pii.internal.PersonSpanFixtures.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.aisec.data.pii.PiiEntity;
import dev.aisec.data.pii.PiiSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonSpansTest {

  @Test
  void joinsASurnameAndGivenNamesThatFillAField() {
    String csv = "nr;name;ort\n7;Berg, Anna;Kiel";
    assertEquals("[Berg, Anna]", covered(csv, PersonSpans.shape(csv, persons(csv, "Berg", "Anna"))));
    String form = "PATIENT: COLE, DANA J   MRN: 1";
    assertEquals("[COLE, DANA J]", covered(form, PersonSpans.shape(form, persons(form, "COLE", "DANA"))));
    String quoted = "id,name\n1,\"Roy, Luc\"";
    assertEquals("[Roy, Luc]", covered(quoted, PersonSpans.shape(quoted, persons(quoted, "Roy", "Luc"))));
  }

  @Test
  void leavesListsAndRunningTextAlone() {
    String list = "Anna, Maria and Tom came";
    List<PiiSpan> spans = persons(list, "Anna", "Maria", "Tom");
    assertSame(spans, PersonSpans.shape(list, spans));
    String two = "Thanks Anna, Maria.";
    List<PiiSpan> s2 = persons(two, "Anna", "Maria");
    assertSame(s2, PersonSpans.shape(two, s2));
    String longSurname = "Name: van Berg, Anna\n";
    List<PiiSpan> s3 = persons(longSurname, "van Berg", "Anna");
    assertSame(s3, PersonSpans.shape(longSurname, s3));
  }

  @Test
  void neverJoinsOverAnotherTypeOrAnOverlap() {
    String t = "7;Berg, Anna;Kiel";
    List<PiiSpan> spans = List.of(new PiiSpan(2, 6, PiiEntity.PERSON, 0.8, "x"),
        new PiiSpan(8, 12, PiiEntity.LOCATION, 0.8, "x"));
    assertSame(spans, PersonSpans.shape(t, spans));
  }

  @Test
  void dropsMailHeaderNamesAndWordsOnQuantityLines() {
    String mail = "Van: Pieter Smit <p.smit@example.nl>\nAan: Eva";
    assertEquals("[Pieter Smit][Eva]", covered(mail, PersonSpans.shape(mail, persons(mail, "Van", "Pieter Smit",
        "Eva"))));
    String order = "Order 88\n1 × Tommy Hilfiger Crew Jumper – £79.00\n6x Brooklyn Lager 0,355 l\nThanks, Ann";
    assertEquals("[Ann]", covered(order, PersonSpans.shape(order, persons(order, "Tommy Hilfiger", "Brooklyn Lager",
        "Ann"))));
  }

  @Test
  void keepsNamesThatOnlyLookLikeTheseShapes() {
    String t = "Van Morrison: great show\n12 tickets for Anna Berg";
    List<PiiSpan> spans = persons(t, "Van Morrison", "Anna Berg");
    assertSame(spans, PersonSpans.shape(t, spans));
  }

  @Test
  void dropsNamesFollowedByAProductSizeOnTheirLine() {
    String t = "Receipt\nEstée Lauder Night Repair 50ml  112,00 €\nadidas Stan Smith Sneaker, Gr. 42\nCashier: Ann Lee";
    assertEquals("[Ann Lee]", covered(t, PersonSpans.shape(t, persons(t, "Estée Lauder", "Stan Smith", "Ann Lee"))));
  }

  @Test
  void aCodeWithDigitsAndALetterIsNoSize() {
    String t = "{\"user\": \"Matteo Greco\", \"cf\": \"VRDLCU85M12F205L\"}";
    List<PiiSpan> spans = persons(t, "Matteo Greco");
    assertSame(spans, PersonSpans.shape(t, spans));
  }

  @Test
  void aLeadingGreetingOrTitleIsCutAndALoneOneDropped() {
    String t = "Hoi Pieter!\nCześć Agnieszka, G'day Liam and Mdm Tan Siew Hoon with Dra. Helena";
    assertEquals("[Pieter][Agnieszka][Liam][Tan Siew Hoon][Helena]", covered(t, PersonSpans.shape(t,
        persons(t, "Hoi Pieter", "Cześć Agnieszka", "G'day Liam", "Mdm Tan Siew Hoon", "Dra. Helena"))));
    String lone = "com a Dra. Helena";
    assertEquals("[Helena]", covered(lone, PersonSpans.shape(lone, persons(lone, "Dra", "Helena"))));
    // a first name that is no greeting stays whole ("Ola" is a Norwegian name, "Dag" a Swedish one)
    String name = "Ola Nordmann and Dag Larsson";
    List<PiiSpan> spans = persons(name, "Ola Nordmann", "Dag Larsson");
    assertSame(spans, PersonSpans.shape(name, spans));
  }

  @Test
  void formFieldNamesAreDroppedOrCutButNeverAName() {
    String form = "Kunde: Andreas Wolf\nNom : DUPONT   Prénom : Élodie\n  Dx: URTI";
    assertEquals("[Andreas Wolf][DUPONT][Élodie]", covered(form, PersonSpans.shape(form,
        persons(form, "Kunde", "Andreas Wolf", "DUPONT   Prénom", "Élodie", "Dx"))));
    // one space before the label is no field gap: nothing is cut; mid-line a label word is left alone
    String one = "Nom : Anna Prénom : x\nsaw Kunde: y";
    List<PiiSpan> spans = persons(one, "Anna Prénom", "Kunde");
    assertSame(spans, PersonSpans.shape(one, spans));
  }

  @Test
  void partsOfOneNameAreJoinedButNotAcrossAConjunction() {
    String t = "Reporter: Fatima Zahra El Amrani\nPatient: Muhammad Hafiz bin Rahman\ncon lucía y diego";
    assertEquals("[Fatima Zahra El Amrani][Muhammad Hafiz bin Rahman][lucía][diego]", covered(t, PersonSpans.shape(t,
        persons(t, "Fatima Zahra", "El Amrani", "Muhammad Hafiz", "Rahman", "lucía", "diego"))));
  }

  @Test
  void initialsBeforeALoneSurnameAreTakenInButNoTitleOrTime() {
    String t = "20250301;J.W. de Boer;NL68\nt.n.v. S. de Vries\nM. Bakker\nClient : M. Karim Benali\nat 5 P.M. Dallas";
    assertEquals("[J.W. de Boer][S. de Vries][M. Bakker][Karim Benali][Dallas]", covered(t, PersonSpans.shape(t,
        persons(t, "Boer", "Vries", "Bakker", "Karim Benali", "Dallas"))));
  }

  @Test
  void aDocumentTitleLineIsNoName() {
    String t = "LOAN APPLICATION\nApplicant: Christopher Lee\nJOHN SMITH\nFICHA DE EMPLEADO";
    assertEquals("[Christopher Lee][JOHN SMITH]", covered(t, PersonSpans.shape(t,
        persons(t, "LOAN APPLICATION", "Christopher Lee", "JOHN SMITH", "FICHA DE EMPLEADO"))));
  }
}
