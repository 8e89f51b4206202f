package dev.aisec.data.pii.internal;

import static dev.aisec.data.pii.internal.PersonSpanFixtures.covered;
import static dev.aisec.data.pii.internal.PersonSpanFixtures.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.aisec.data.pii.PiiSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Form field names after a gap on a line, and applicant/employee/contact labels, are no names (round 18). */
class FormFieldGapTest {

  @Test
  void dropsFieldNamesAfterAGapOrATab() {
    String t = "Title: Ms   Surname: O'Connell\nApplicant: Nguyen Thi Lan\tEmployee: Jean Roy";
    assertEquals("[O'Connell][Nguyen Thi Lan][Jean Roy]", covered(t, PersonSpans.shape(t, persons(t, "Surname",
        "O'Connell", "Applicant", "Nguyen Thi Lan", "Employee", "Jean Roy"))));
  }

  @Test
  void keepsANameAfterOneSpaceOrWithoutAColon() {
    String t = "Thanks Contact: Ann\nSurname O'Connell";
    List<PiiSpan> spans = persons(t, "Contact", "Surname");
    assertSame(spans, PersonSpans.shape(t, spans));
  }
}
