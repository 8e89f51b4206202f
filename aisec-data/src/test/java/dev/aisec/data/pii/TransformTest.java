package dev.aisec.data.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.api.Action;
import dev.aisec.api.Guard;
import dev.aisec.api.Input;
import dev.aisec.api.Verdict;
import dev.aisec.api.policy.Policy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Operators, the pseudonym vault, the streaming restorer and the Guard redactor. */
class TransformTest {

  static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  static final PiiDetector D = PiiDetector.standard();

  static PiiSpan span(String type) {
    return new PiiSpan(0, 1, type, 0.9, "");
  }

  @Test
  void replaceMaskRedact() {
    assertEquals("<EMAIL_ADDRESS>", Operators.replace().apply("a@b.co", span("EMAIL_ADDRESS")));
    assertEquals("", Operators.redact().apply("x", span("PERSON")));
    assertEquals("**** **** **** 1111", Operators.mask('*', 4).apply("4111 1111 1111 1111", span("CREDIT_CARD")));
    assertEquals("*****", Operators.mask('*', 4).apply("12345", span("US_SSN")));
    assertThrows(IllegalArgumentException.class, () -> Operators.mask('a', 4));
  }

  @Test
  void hashIsKeyedAndStable() {
    Operator h = Operators.hash(KEY);
    String a = h.apply("jane@example.com", span("EMAIL_ADDRESS"));
    assertEquals(a, h.apply("jane@example.com", span("EMAIL_ADDRESS")));
    assertTrue(a.startsWith("<EMAIL_ADDRESS:") && a.length() == "<EMAIL_ADDRESS:>".length() + 32);
    byte[] other = KEY.clone();
    other[0] ^= 1;
    assertNotEquals(a, Operators.hash(other).apply("jane@example.com", span("EMAIL_ADDRESS")));
    assertThrows(IllegalArgumentException.class, () -> Operators.hash(new byte[8]));
  }

  @Test
  void deterministicEncryptionNeverReusesANonceAcrossTypeAndValueSplits() {
    Operator enc = Operators.encrypt(KEY, true);
    String a = enc.apply("_CARD123", new PiiSpan(0, 8, "ID", 0.9, ""));
    String b = enc.apply("123", new PiiSpan(0, 3, "ID_CARD", 0.9, ""));
    byte[] da = java.util.Base64.getUrlDecoder().decode(a.substring(a.lastIndexOf(':') + 1, a.length() - 1));
    byte[] db = java.util.Base64.getUrlDecoder().decode(b.substring(b.lastIndexOf(':') + 1, b.length() - 1));
    assertFalse(java.util.Arrays.equals(java.util.Arrays.copyOf(da, 12), java.util.Arrays.copyOf(db, 12)),
        "same synthetic IV for different (type, value) pairs");
    assertEquals("_CARD123", Operators.decrypt(KEY, a));
    assertEquals("123", Operators.decrypt(KEY, b));
    assertEquals(a, enc.apply("_CARD123", new PiiSpan(5, 13, "ID", 0.5, "")), "still deterministic");
  }

  @Test
  void encryptDecryptDeterministicAndRandomised() {
    Operator det = Operators.encrypt(KEY, true);
    String t1 = det.apply("4111 1111 1111 1111", span("CREDIT_CARD"));
    assertEquals(t1, det.apply("4111 1111 1111 1111", span("CREDIT_CARD")));
    assertEquals("4111 1111 1111 1111", Operators.decrypt(KEY, t1));
    Operator rnd = Operators.encrypt(KEY, false);
    String r1 = rnd.apply("secret", span("API_KEY"));
    assertNotEquals(r1, rnd.apply("secret", span("API_KEY")));
    assertEquals("secret", Operators.decrypt(KEY, r1));
    byte[] wrong = KEY.clone();
    wrong[3] ^= 1;
    assertThrows(IllegalArgumentException.class, () -> Operators.decrypt(wrong, t1));
    assertThrows(IllegalArgumentException.class, () -> Operators.decrypt(KEY, "<ENC:CREDIT_CARD:AAAA>"));
  }

  @Test
  void fakesKeepFormatAndValidity() {
    Operator f = Operators.fake();
    for (int i = 0; i < 50; i++) {
      String card = f.apply("4111 1111 1111 1111", span("CREDIT_CARD"));
      assertTrue(Validators.luhn(card), card);
      assertTrue(card.startsWith("41") && card.length() == 19 && card.charAt(4) == ' ', card);
      assertNotEquals("4111 1111 1111 1111", card);
      String iban = f.apply("DE89 3704 0044 0532 0130 00", span("IBAN_CODE"));
      assertTrue(Validators.iban(iban), iban);
      assertTrue(iban.startsWith("DE"));
      String phone = f.apply("+44 20 7946 0958", span("PHONE_NUMBER"));
      assertTrue(phone.startsWith("+44") && phone.length() == 16, phone);
    }
    assertTrue(f.apply("a@b.com", span("EMAIL_ADDRESS")).endsWith("@example.com"));
  }

  @Test
  void vaultIsConsistentAndRestoresTolerantly() {
    PseudonymVault v = PseudonymVault.create();
    assertEquals("<PERSON_1>", v.tokenFor("PERSON", "Maria Gonzalez"));
    assertEquals("<PERSON_1>", v.tokenFor("PERSON", "maria  gonzalez"));
    assertEquals("<PERSON_2>", v.tokenFor("PERSON", "John Smith"));
    assertEquals("<EMAIL_ADDRESS_1>", v.tokenFor("EMAIL_ADDRESS", "m@x.io"));
    String answer = "Hello <person_1>! I wrote to [EMAIL_ADDRESS-1]; PERSON_2 and < Person 2 > agree. "
        + "A person 1 hour ago.";
    assertEquals("Hello Maria Gonzalez! I wrote to m@x.io; John Smith and John Smith agree. A person 1 hour ago.",
        v.restore(answer));
    assertEquals("<PERSON_7> stays", v.restore("<PERSON_7> stays"));
  }

  @Test
  void vaultSealsAndOpens() {
    PseudonymVault v = PseudonymVault.create();
    v.tokenFor("PERSON", "Maria");
    v.tokenFor("PHONE_NUMBER", "+1 415 555 0132");
    byte[] sealed = v.seal(KEY);
    assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("Maria"));
    PseudonymVault w = PseudonymVault.open(sealed, KEY);
    assertEquals("Maria called +1 415 555 0132", w.restore("<PERSON_1> called <PHONE_NUMBER_1>"));
    assertEquals("<PERSON_2>", w.tokenFor("PERSON", "Ana"));
    byte[] wrong = KEY.clone();
    wrong[0] ^= 1;
    assertThrows(IllegalArgumentException.class, () -> PseudonymVault.open(sealed, wrong));
  }

  @Test
  void streamingRestorerHandlesTokensSplitAcrossChunks() {
    PseudonymVault v = PseudonymVault.create();
    v.tokenFor("PERSON", "Maria Gonzalez");
    String answer = "Dear <PERSON_1>, your order is ready. ".repeat(5) + "Bye <PERSON_1>";
    String expected = v.restore(answer);
    for (int size = 1; size < 20; size++) {
      StreamingRestorer r = v.restorer();
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < answer.length(); i += size) {
        out.append(r.push(answer.substring(i, Math.min(answer.length(), i + size))));
      }
      out.append(r.finish());
      assertEquals(expected, out.toString(), "chunk size " + size);
    }
  }

  @Test
  void streamingRestorerEmitsLongWordsAsTheyComeAndInLinearTime() {
    PseudonymVault v = PseudonymVault.create();
    String tok = v.tokenFor("PERSON", "Maria Gonzalez");
    // a long base64-like answer used to be held back whole and rescanned on every chunk (quadratic)
    String blob = "QUFB".repeat(250_000);
    StreamingRestorer r = v.restorer();
    StringBuilder out = new StringBuilder();
    int emittedBeforeEnd = 0;
    for (int i = 0; i < blob.length(); i += 4) {
      out.append(r.push(blob.substring(i, i + 4)));
      emittedBeforeEnd = out.length();
    }
    assertTrue(emittedBeforeEnd > blob.length() - 200, "streamed " + emittedBeforeEnd);
    out.append(r.push(" hi " + tok + " bye")).append(r.finish());
    assertEquals(blob + " hi Maria Gonzalez bye", out.toString());
    // a token glued to a long word is not at a word start: left as the whole-text restore leaves it
    String glued = "x".repeat(300) + tok + " and " + tok;
    for (int size = 1; size < 12; size++) {
      StreamingRestorer g = v.restorer();
      StringBuilder o = new StringBuilder();
      for (int i = 0; i < glued.length(); i += size) {
        o.append(g.push(glued.substring(i, Math.min(glued.length(), i + size))));
      }
      o.append(g.finish());
      assertEquals(v.restore(glued), o.toString(), "chunk size " + size);
    }
  }

  @Test
  void guardRedactsPromptThroughPolicy() {
    PiiRedactor redactor = PiiRedactor.pseudonymizing(100);
    Guard guard = Guard.builder().detector(D).policy(Policy.defaults()).redactor(redactor).build();
    Input in = Input.user("alice", Set.of(), "Hi, I'm Maria Gonzalez, mail maria@example.com or call +1 415-555-0132")
        .withAttribute(Input.CONVERSATION, "c1");
    Verdict v = guard.check(in);
    assertEquals(Action.REDACT, v.action());
    assertFalse(v.text().contains("maria@example.com"), v.text());
    assertFalse(v.text().contains("555-0132"), v.text());
    assertTrue(v.text().contains("<EMAIL_ADDRESS_1>"), v.text());
    String modelAnswer = "Thanks " + "<PERSON_1>" + ", we will email <email_address_1>.";
    assertEquals("Thanks Maria Gonzalez, we will email maria@example.com.",
        redactor.vault("alice", "c1").restore(modelAnswer));
    Guard tags = Guard.builder().detector(D).policy(Policy.defaults()).redactor(PiiRedactor.typeTags()).build();
    assertEquals("card <CREDIT_CARD> ok", tags.check(Input.user("bob", Set.of(), "card 4111111111111111 ok")).text());
  }

  @Test
  void anonymizerPerTypeOperators() {
    String text = "Maria Gonzalez paid with 4111 1111 1111 1111";
    List<PiiSpan> spans = D.scan(text);
    Anonymizer a = Anonymizer.of(Operators.replace()).with("CREDIT_CARD", Operators.mask('#', 4));
    assertEquals("<PERSON> paid with #### #### #### 1111", a.anonymize(text, spans).text());
  }
}
