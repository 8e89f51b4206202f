package dev.aisec.data.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Finding;
import dev.aisec.api.Input;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Golden tests per recognizer: the value is found with the right type, and look-alikes are not. */
class PiiDetectorTest {

  static final PiiDetector D = PiiDetector.standard();

  static void assertFound(String text, String value, String type) {
    List<PiiSpan> spans = D.scan(text);
    boolean ok = spans.stream().anyMatch(s -> s.type().equals(type)
        && text.substring(s.start(), s.end()).contains(value.strip()));
    assertTrue(ok, () -> "expected " + type + " '" + value + "' in: " + text + " got " + describe(text, spans));
  }

  /** A golden case's text: {@code \\n} in a CSV case stands for a line break. */
  static String unescape(String s) {
    return s.replace("\\n", "\n");
  }

  /** Some span of {@code type} covers the first occurrence of {@code value} in {@code text}. */
  static void assertCovered(String text, String value, String type) {
    List<PiiSpan> spans = D.scan(text);
    int at = text.indexOf(value);
    assertTrue(at >= 0, "bad case");
    boolean ok = spans.stream().anyMatch(s -> s.type().equals(type) && s.start() <= at
        && s.end() >= at + value.length());
    assertTrue(ok, () -> "missed " + type + " '" + value + "' in " + describe(text, spans));
  }

  /** No span has the type {@code what}, and no span's text contains {@code what}. */
  static void assertNothingLike(String text, String what) {
    List<PiiSpan> spans = D.scan(text);
    boolean bad = spans.stream().anyMatch(s -> s.type().equals(what) || text.substring(s.start(), s.end()).contains(what));
    assertTrue(!bad, () -> "unexpected " + what + " in " + describe(text, spans));
  }

  static String describe(String text, List<PiiSpan> spans) {
    return spans.stream().map(s -> s.type() + ":" + text.substring(s.start(), s.end()))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Write to jane.doe+tag@example.co.uk please|jane.doe+tag@example.co.uk|EMAIL_ADDRESS",
      "Call me at +1 415-555-0132 tomorrow|+1 415-555-0132|PHONE_NUMBER",
      "Ruf mich an: 030 12345678|030 12345678|PHONE_NUMBER",
      "Mobile: 07700 900123|07700 900123|PHONE_NUMBER",
      "tel (212) 555-0199 ext. 42|(212) 555-0199 ext. 42|PHONE_NUMBER",
      "card 4111 1111 1111 1111 exp 12/29|4111 1111 1111 1111|CREDIT_CARD",
      "amex 378282246310005 thanks|378282246310005|CREDIT_CARD",
      "IBAN: DE89 3704 0044 0532 0130 00|DE89 3704 0044 0532 0130 00|IBAN_CODE",
      "pay to GB82WEST12345698765432 now|GB82WEST12345698765432|IBAN_CODE",
      "my ssn is 536-22-1234|536-22-1234|US_SSN",
      "ITIN 912-70-1234 on file|912-70-1234|US_ITIN",
      "server at 10.20.30.40 responded|10.20.30.40|IP_ADDRESS",
      "v6 host 2001:db8::8a2e:370:7334 up|2001:db8::8a2e:370:7334|IP_ADDRESS",
      "device mac 00:1A:2B:3C:4D:5E seen|00:1A:2B:3C:4D:5E|MAC_ADDRESS",
      "see https://example.com/a?b=c for details|https://example.com/a?b=c|URL",
      "send btc to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa|1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa|CRYPTO",
      "wallet bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq ok|bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq|CRYPTO",
      "eth 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed done|0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed|CRYPTO",
      "She was born on 12/03/1985 in Leeds|12/03/1985|DATE_TIME",
      "My NHS number is 943 476 5919|943 476 5919|UK_NHS",
      "NI number AB 12 34 56 C|AB 12 34 56 C|UK_NINO",
      "Steuer-ID: 86095742719|86095742719|DE_TAX_ID",
      "numéro de sécurité sociale 2 55 08 14 168 025 38|2 55 08 14 168 025 38|FR_NIR",
      "DNI 12345678Z|12345678Z|ES_NIF",
      "codice fiscale RSSMRA85T10A562S|RSSMRA85T10A562S|IT_FISCAL_CODE",
      "mijn BSN is 111222333|111222333|NL_BSN",
      "PAN ABCPE1234F|ABCPE1234F|IN_PAN",
      "my TFN is 123 456 782|123 456 782|AU_TFN",
      "ABN 51 824 753 556|51 824 753 556|AU_ABN",
      "SIN: 130 692 544|130 692 544|CA_SIN",
      "NRIC S1234567D|S1234567D|SG_NRIC_FIN",
      "passport number 123456789|123456789|US_PASSPORT",
      "driver's license D1234567|D1234567|US_DRIVER_LICENSE",
      "key AKIAIOSFODNN7EXAMPLE in config|AKIAIOSFODNN7EXAMPLE|API_KEY",
      "token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 leaked|ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789|API_KEY",
      "api_key=Zx9fQ2Lm8Rt4Vb7Nw3Kp6Hs1Jd5Gc0Ya|Zx9fQ2Lm8Rt4Vb7Nw3Kp6Hs1Jd5Gc0Ya|API_KEY",
      "Dear Maria Gonzalez, thank you|Maria Gonzalez|PERSON",
      "my name is john smith and i need help|john smith|PERSON",
      "hey sarah can you call me|sarah|PERSON",
      "Mr. Yefremov will attend|Yefremov|PERSON",
      "I live in Berlin since 2019|Berlin|LOCATION",
      "Ich heiße Jürgen Müller|Jürgen Müller|PERSON"})
  void finds(String text, String value, String type) {
    assertFound(text, value, type);
  }

  @Test
  void sameDigitPlaceholdersAreNotPhoneNumbers() {
    String text = "Call me on 000-000-0000 or 555-123-4567, fax 1 1 1 1 1 1 1 1, or +1 111 111 1111";
    List<PiiSpan> spans = D.scan(text);
    assertEquals(1, spans.stream().filter(x -> x.type().equals("PHONE_NUMBER")).count(), spans::toString);
    assertFound(text, "555-123-4567", "PHONE_NUMBER");
    assertTrue(D.scan("1 ".repeat(50_000)).isEmpty());
  }

  @Test
  void jwtAndPrivateKey() {
    String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    assertFound("Authorization: Bearer " + jwt, jwt, "API_KEY");
    String pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n"
        + "-----END RSA PRIVATE KEY-----";
    List<PiiSpan> spans = D.scan("key:\n" + pem + "\n");
    assertEquals(1, spans.size());
    assertEquals(pem, ("key:\n" + pem + "\n").substring(spans.get(0).start(), spans.get(0).end()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Order number 4111111111111111 shipped",
      "tracking 1Z999AA10123456784 arrived",
      "version 1.2.3.4 released",
      "build 10.0.19041.1 is out",
      "ISBN 978-3-16-148410-0",
      "It costs $1,299.00 or 1299 EUR",
      "commit 3f786850e387550fdab836ed7e6dc881de23001b",
      "id 123e4567-e89b-12d3-a456-426614174000",
      "2024-03-05T10:22:31.123Z INFO started in 532 ms",
      "The meeting is in March with the Apple team",
      "We shipped the Galaxy and the iPhone in May"})
  void ignoresLookAlikes(String text) {
    List<PiiSpan> spans = D.scan(text);
    assertTrue(spans.isEmpty(), () -> "unexpected " + describe(text, spans));
  }

  @Test
  void hardNegativeCorpusStaysUnderOneFalsePositivePer100KB() throws Exception {
    StringBuilder text = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        PiiDetectorTest.class.getResourceAsStream("hard-negatives.txt"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        text.append(line).append('\n');
      }
    }
    String s = text.toString();
    List<PiiSpan> spans = D.scan(s);
    double perHundredKb = spans.size() / (s.length() / 100_000.0);
    assertTrue(s.length() >= 20_000, "corpus too small: " + s.length());
    assertTrue(perHundredKb < 1.0, () -> spans.size() + " false positives in " + s.length() + " chars: "
        + describe(s, spans));
  }

  @Test
  void detectorMapsSpansOfTheNormalisedViewBackToTheOriginal() {
    String text = "mail: ｊａｎｅ@example.com and card 4111\u200b1111 1111 1111";
    List<Finding> f = D.detect(DetectionContext.of(Input.user("u", Set.of(), text)));
    assertTrue(f.stream().anyMatch(x -> x.type().equals("EMAIL_ADDRESS")
        && text.substring(x.start(), x.end()).endsWith("example.com")), f::toString);
    assertTrue(f.stream().anyMatch(x -> x.type().equals("CREDIT_CARD")), f::toString);
    assertTrue(f.stream().allMatch(x -> x.detector().equals("pii")));
  }

  @Test
  void readerStreamingGivesTheSameSpansAsAWholeScan() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < 300_000; i++) {
      b.append("line ").append(i).append(" write to user").append(i).append("@example.org or call +44 20 7946 0")
          .append(100 + i % 900).append(". Nothing else here, just filler text to pad the line.\n");
    }
    String s = b.toString();
    List<PiiSpan> whole = D.scan(s);
    List<PiiSpan> streamed = new ArrayList<>();
    D.scan(new StringReader(s), streamed::add);
    assertEquals(whole, streamed);
  }

  @Test
  void builderValidatesAndCustomRecognizersWork() {
    assertThrows(IllegalArgumentException.class, () -> PiiDetector.builder().threshold(1.5));
    assertThrows(IllegalArgumentException.class, () -> PiiDetector.builder().entities(Set.of("NOPE")));
    assertThrows(IllegalArgumentException.class, () -> PiiDetector.builder().regions(List.of("usa")));
    assertThrows(IllegalArgumentException.class, () -> CustomRecognizer.regex("bad type", "x", 0.5));
    PiiDetector d = PiiDetector.builder()
        .entities(Set.of(PiiEntity.EMAIL_ADDRESS))
        .recognizer(CustomRecognizer.regex("EMPLOYEE_ID", "EMP-[0-9]{6}", 0.9)
            .withValidator(v -> !v.endsWith("000000")))
        .recognizer(CustomRecognizer.dictionary("PROJECT", List.of("Blue Falcon", "Apollo"), 0.8))
        .build();
    String text = "EMP-123456 and EMP-000000 work on blue falcon, mail a@b.io, call +1 415-555-0132";
    List<PiiSpan> spans = d.scan(text);
    assertEquals("[EMPLOYEE_ID:EMP-123456, PROJECT:blue falcon, EMAIL_ADDRESS:a@b.io]", describe(text, spans));
  }

  @Test
  void nullAndHugeInputs() {
    assertThrows(IllegalArgumentException.class, () -> D.scan((CharSequence) null));
    assertTrue(D.scan("").isEmpty());
    String huge = "a1-".repeat(3_500_000);
    assertTrue(D.scan(huge).isEmpty());
    String digits = "1".repeat(1_000_000);
    assertTrue(D.scan(digits).isEmpty());
    String broken = "x\uD800y mail a@example.com";
    assertEquals(1, D.scan(broken).size());
  }
}
