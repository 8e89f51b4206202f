package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases of the twenty-first round (lead, from the failure classes of independent probe 20): a secret in a URL
 * query string ends at the next "&amp;" (the e-mail parameter after it is found); a passport or licence number that
 * is the whole reply to the question on the line before is typed by that question; a bare "License" column of a
 * table of drivers holds licence numbers; a protocol or case number named right before is no phone number, a
 * protocol number on a later line does not silence the phone before it. From probe 22: AWS key ids of letters only,
 * base64 secrets with an early "+", passwords with punctuation after "key:", Vault and Mapbox tokens, phone numbers
 * in pipe-delimited (HL7) cells and in "hp" columns, a ticket id "#CS-77120" that names its own number, the
 * "Steuerliche ID-Nr." label, codes whose digits a dash ties to capitals, and a random password inside a connection
 * URL reported as the secret (blind probes 19, 21 and 22 label it so, none labels such a URL), and a chat of
 * nicknames whose speakers take turns is a chat although the tagger names none of them. Every value is made up.
 */
class PiiLeadRound21Test {

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Operadora: Pode sim, senhor. Protocolo 2024051812345.\\nCliente: Obrigado.#2024051812345#PHONE_NUMBER",
      "Su expediente 2024 118 4471 está abierto#2024 118 4471#PHONE_NUMBER",
      "Agent: And the booking code for the trip?\\nCustomer: KX92241A.#KX92241A#US_PASSPORT",
      "Agent: Which passport did you use, and what is the booking reference?\\nCustomer: KX92241A.#KX92241A#US_PASSPORT",
      "Agent: passport number please\\nCustomer: the booking ref is KX92241A#KX92241A#US_PASSPORT",
      "GET /cb?token=Q2hhcmxpZTEyMzQ1Njc4OTBhYmNk&next=%2Fhome HTTP/1.1#next#API_KEY",
      "Oggetto: Polizza RCA n. 4471-2290-AX – rinnovo#4471-2290#PHONE_NUMBER",
      "Aktenzeichen 030 4471 9020 bitte angeben#030 4471 9020#PHONE_NUMBER",
      "auth_user: admin2024@corp.example.org#admin2024@corp.example.org#API_KEY"})
  void lookAlikesStayQuiet(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Agent: Thank you. And the passport number you mentioned for the trip?\\nCustomer: C04812277.\\nAgent: Got it."
          + "#C04812277#US_PASSPORT",
      "Agent: Could you read me the number on your driver's license?\\nCaller: S53077192841\\nAgent: Thanks"
          + "#S53077192841#US_DRIVER_LICENSE",
      "Agent: and your driver licence number?\\nCustomer: D1234567\\n#D1234567#US_DRIVER_LICENSE",
      "Per informazioni: hr@example.it, 081 552 3190.\\n\\nProtocollo n. 2024/HR/0771#081 552 3190#PHONE_NUMBER",
      "hannah: me 😭 it was AKIABTHRBUHYICPKECAN\\ndevon: revoking.#AKIABTHRBUHYICPKECAN#API_KEY",
      "AWS_SECRET_ACCESS_KEY=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\\n#eB+h9R5VgpAVkECCC6ilhQ/JSeN6aDGmygJlWATG#API_KEY",
      "  admin_password: 1uc02Futli@5Ctd9iGsR\\n  region: eu#1uc02Futli@5Ctd9iGsR#API_KEY",
      "  vault_token: hvs.RkyuSG2JPZTc2imD0pRn3mQa\\n#hvs.RkyuSG2JPZTc2imD0pRn3mQa#API_KEY",
      "mapbox_token: pk.eyJ1IjoiYWJjZGVmZ2hpamsiLCJhIjoiY2xxMnh5ejAwMDAwMCJ9.PjAomxjAwgBEk3Rmudjn0b\\n"
          + "#pk.eyJ1IjoiYWJjZGVmZ2hpamsiLCJhIjoiY2xxMnh5ejAwMDAwMCJ9.PjAomxjAwgBEk3Rmudjn0b#API_KEY",
      "PID|1||6390345410^^^NHS||DOE^JANE||19480312|F|||14 Wellington Rd^^Leeds^^LS12 1DW||0113 496 0721\\nOBR|1"
          + "#0113 496 0721#PHONE_NUMBER",
      "staff_no,name,dob,hp\\nSG-0117,Test Person,1986-01-23,9876 5432\\n#9876 5432#PHONE_NUMBER",
      "Julianstraße 21, 86150 Augsburg\\nSteuerliche ID-Nr.: 24790185396\\n#24790185396#DE_TAX_ID",
      "South Africa 70651\\n082 490 1693-Office#082 490 1693#PHONE_NUMBER"})
  void valuesAreFound(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }

  private static final PiiDetector D = PiiDetector.standard();

  @Test
  void aRandomPasswordInAConnectionUrlIsTheSecretAWeakOneKeepsTheUrl() {
    String strong = "DATABASE_URL=postgres://app:VcpZG53iWHRWoENhqdn2b9T5@db-prod-01.internal:5432/orders\n";
    List<PiiSpan> spans = D.find(strong);
    int at = strong.indexOf("VcpZ");
    assertTrue(spans.size() == 1 && spans.get(0).type().equals("API_KEY") && spans.get(0).start() == at
        && spans.get(0).end() == strong.indexOf('@'), spans::toString);
    String weak = "DATABASE_URL=postgres://app:s3cr3t@db.internal:5432/app\n";
    assertTrue(D.find(weak).stream().anyMatch(s -> s.type().equals("URL") && s.start() == weak.indexOf("postgres")),
        () -> D.find(weak).toString());
    String dsn = "dsn: https://15dea9e73a4a891b9ad2847359d39078@o447120.ingest.example.io/5512\n";
    assertTrue(D.find(dsn).stream().anyMatch(s -> s.type().equals("URL")), () -> D.find(dsn).toString());
  }

  @Test
  void aChatOfNicknamesIsAChatWithoutATaggedSpeaker() {
    String chat = "mateus: oi tudo bem?\nrafa: tudo e vc\nmateus: de boa, me manda o pix\nrafa: mandei 👍";
    List<PiiSpan> spans = D.find(chat);
    for (String who : List.of("mateus", "rafa")) {
      int at = chat.indexOf(who);
      assertTrue(spans.stream().anyMatch(s -> s.type().equals("PERSON") && s.start() == at
          && s.end() == at + who.length()), () -> who + " " + spans);
    }
    // labels that are roles, changelog words or common words take turns too, but nobody speaks
    for (String notChat : List.of("fix: crash on start\nfeat: dark mode\nfix: typo\nfeat: export\n",
        "host: db\nport: x\nhost: cache\nport: y\n",
        "Agent: hello\nCustomer: hi\nAgent: how can I help\nCustomer: my card\n",
        "north: cold\nsouth: warm\nnorth: wet\nsouth: dry\n")) {
      assertFalse(D.find(notChat).stream().anyMatch(s -> s.type().equals("PERSON")), () -> D.find(notChat).toString());
    }
  }

  @Test
  void aTicketIdAfterItsHashNamesOnlyItself() {
    assertCovered("My SIN is on file. Please lock the account. Ticket #CS-77120.\n- Test Person\n416-555-0199",
        "416-555-0199", "PHONE_NUMBER");
  }

  @Test
  void aSecretInAQueryStringEndsAtTheNextParameter() {
    String text = "10.1.2.3 - - \"GET /reset-password?token=BimwdzH8C39obVwjL90oN00ymWey0oU8d9QWtADi"
        + "&email=a.person@example.it HTTP/2\" 200 1843";
    List<PiiSpan> spans = D.find(text);
    int amp = text.indexOf('&');
    assertTrue(spans.stream().anyMatch(s -> s.type().equals("API_KEY") && s.end() == amp), spans::toString);
    assertTrue(spans.stream().anyMatch(s -> s.type().equals("EMAIL_ADDRESS")
        && text.substring(s.start(), s.end()).equals("a.person@example.it")), spans::toString);
    // after "=" outside a query string the password still runs on to white space ("DB_PASS=ab&cd…" is one secret)
    String env = "DB_PASSWORD=Xk29fLq7Tz04bNv8&Rm51wPq3 \n";
    assertTrue(D.find(env).stream().anyMatch(s -> s.type().equals("API_KEY") && s.end() == env.indexOf(' ')),
        () -> D.find(env).toString());
  }

  @Test
  void aLicenseColumnOfADriverTableHoldsLicenceNumbers() {
    String text = "Fleet drivers\n"
        + "ID    | Driver                | License          | State | Vehicle\n"
        + "------+-----------------------+------------------+-------+---------------\n"
        + "D-17  | Test Person           | D1234-56789-01234    | WI    | Ford Transit\n"
        + "D-18  | Other Person          | Y4829163         | CA    | Sprinter 316\n";
    for (String v : List.of("D1234-56789-01234", "Y4829163")) {
      int at = text.indexOf(v);
      assertTrue(D.find(text).stream().anyMatch(s -> s.type().equals("US_DRIVER_LICENSE") && s.start() == at
          && s.end() == at + v.length()), v);
    }
    // a software inventory's License column holds licence names, not numbers
    String sw = "Package  | Version | License\nguava    | 33.2.1  | Apache-2.0\nicu4j    | 74.2    | ICU-2024\n";
    assertFalse(D.find(sw).stream().anyMatch(s -> s.type().equals("US_DRIVER_LICENSE")), () -> D.find(sw).toString());
  }
}
