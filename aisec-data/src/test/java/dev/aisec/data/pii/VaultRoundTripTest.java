package dev.aisec.data.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Round 16: what {@link PseudonymVault#seal} stores comes back exactly, and streamed chunks are valid UTF-16. */
class VaultRoundTripTest {

  private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aValueWithAnUnpairedSurrogateSurvivesSealAndOpen() {
    PseudonymVault v = PseudonymVault.create();
    String odd = "Ann\uD800 Lee";
    String tok = v.tokenFor("PERSON", odd);
    PseudonymVault back = PseudonymVault.open(v.seal(KEY), KEY);
    assertEquals(odd, back.original(tok).orElseThrow(), "the value was written as UTF-8: the surrogate became '?'");
    assertEquals(tok, back.tokenFor("PERSON", odd), "the same value keeps its token after reopening");
    assertEquals("hi " + odd, back.restore("hi " + tok));
  }

  @Test
  void aValueLongerThan64KiBCanBeSealed() {
    PseudonymVault v = PseudonymVault.create();
    String big = "x".repeat(70_000) + "@example.com";
    String tok = v.tokenFor("EMAIL_ADDRESS", big);
    PseudonymVault back = PseudonymVault.open(v.seal(KEY), KEY);
    assertEquals(big, back.original(tok).orElseThrow());
    assertEquals(tok, back.tokenFor("EMAIL_ADDRESS", big));
  }

  @Test
  void theOldFormatStillOpens() throws Exception {
    // format 2, as sealed before round 16: one PERSON value, counter 1, no origins
    java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(bos)) {
      out.writeInt(2);
      out.writeInt(1);
      out.writeUTF("PERSON\u0000ann lee");
      out.writeUTF("<PERSON_1>");
      byte[] val = "Ann Lee".getBytes(StandardCharsets.UTF_8);
      out.writeInt(val.length);
      out.write(val);
      out.writeInt(1);
      out.writeUTF("PERSON");
      out.writeInt(1);
      out.writeInt(0);
    }
    byte[] sealed = dev.aisec.data.pii.internal.Crypto.encrypt(KEY, bos.toByteArray(), "aisec-vault-1".getBytes(StandardCharsets.UTF_8), false);
    PseudonymVault back = PseudonymVault.open(sealed, KEY);
    assertEquals("Ann Lee", back.original("<PERSON_1>").orElseThrow());
    assertEquals("<PERSON_1>", back.tokenFor("PERSON", "ann  LEE"));
    assertEquals("<PERSON_2>", back.tokenFor("PERSON", "Bob Roe"));
  }

  private static boolean brokenEnds(String chunk) {
    return !chunk.isEmpty() && (Character.isHighSurrogate(chunk.charAt(chunk.length() - 1))
        || Character.isLowSurrogate(chunk.charAt(0)));
  }

  @Test
  void aStreamedAnswerIsNeverCutInsideASurrogatePair() {
    PseudonymVault v = PseudonymVault.create();
    String tok = v.tokenFor("PERSON", "Ann Lee");
    String emoji = "\uD83D\uDE00";
    for (int offset = 0; offset < 2; offset++) {
      StreamingRestorer r = v.restorer();
      StringBuilder all = new StringBuilder();
      String answer = "x".repeat(offset) + emoji.repeat(200) + " " + tok + " " + emoji.repeat(90);
      for (int i = 0; i < answer.length(); i += 7) {
        String out = r.push(answer.substring(i, Math.min(answer.length(), i + 7)));
        assertFalse(brokenEnds(out), "chunk cut inside a surrogate pair at offset " + offset);
        all.append(out);
      }
      String rest = r.finish();
      assertFalse(brokenEnds(rest));
      all.append(rest);
      assertEquals(answer.replace(tok, "Ann Lee"), all.toString());
    }
  }

  @Test
  void hashAndEncryptTellAnUnpairedSurrogateFromAQuestionMarkAndDecryptGivesItBack() {
    PiiSpan span = new PiiSpan(0, 1, "PERSON", 0.9, "");
    Operator hash = Operators.hash(KEY);
    assertFalse(hash.apply("Ann\uD800", span).equals(hash.apply("Ann?", span)), "x\\uD800 hashed like x?");
    // well-formed values keep their tokens (UTF-8, as before)
    assertEquals(hash.apply("Ann Lee", span), hash.apply("Ann Lee", span));
    for (String v : new String[] {"Ann\uD800", "\uDC00Ann", "Ann Lee", "\uD83D\uDE00 Zo\u00EB", ""}) {
      String tok = Operators.encrypt(KEY, false).apply(v, span);
      assertEquals(v, Operators.decrypt(KEY, tok));
      assertEquals(v, Operators.decrypt(KEY, Operators.encrypt(KEY, true).apply(v, span)));
    }
  }

  @Test
  void tokensOfATypeNameEndingInDigitsAreRestored() {
    PseudonymVault v = PseudonymVault.create();
    String ip = v.tokenFor("IPV4", "10.1.2.3");
    String code = v.tokenFor("ICD10", "J45.909");
    assertEquals("<IPV4_1>", ip);
    assertEquals("host 10.1.2.3 has J45.909.", v.restore("host " + ip + " has " + code + "."),
        "the scan ended the token after 'IPV4' and never restored it");
    assertEquals("host 10.1.2.3 has J45.909", v.restore("host ipv4_1 has [ICD10-1]"));
    StreamingRestorer r = v.restorer();
    String streamed = r.push("x".repeat(80) + " <IP") + r.push("V4_1> and <ICD10_1>" + "y".repeat(80)) + r.finish();
    assertEquals("x".repeat(80) + " 10.1.2.3 and J45.909" + "y".repeat(80), streamed);
    // after seal and open too
    PseudonymVault back = PseudonymVault.open(v.seal(KEY), KEY);
    assertEquals("at 10.1.2.3", back.restore("at <IPV4_1>"));
    // ordinary types keep their scan: a number that is not a token is left alone
    PseudonymVault p = PseudonymVault.create();
    p.tokenFor("PERSON", "Ann Lee");
    assertEquals("PERSON 12 3 and Ann Lee", p.restore("PERSON 12 3 and <PERSON_1>"));
  }

  @Test
  void aTokenWithoutBracketsAfterAWordAndASpaceIsRestored() {
    PseudonymVault v = PseudonymVault.create();
    v.tokenFor("PERSON", "Ann Lee");
    v.tokenFor("EMAIL_ADDRESS", "a@b.example");
    // these stayed as they were: the scan from "Contact" read "Contact PERSON_1" as one candidate and skipped it
    assertEquals("Contact Ann Lee today", v.restore("Contact PERSON_1 today"));
    assertEquals("Contact Ann Lee today", v.restore("Contact person_1 today"));
    assertEquals("write to a@b.example now", v.restore("write to EMAIL_ADDRESS_1 now"));
    assertEquals("ask Ann Lee.", v.restore("ask Person_1."));
    // unchanged: bracketed, at the start, after punctuation; prose without underscore, brackets or capitals stays
    assertEquals("Contact Ann Lee today", v.restore("Contact <PERSON_1> today"));
    assertEquals("Ann Lee said", v.restore("PERSON_1 said"));
    assertEquals("hi, Ann Lee", v.restore("hi, PERSON_1"));
    assertEquals("ask person 1", v.restore("ask person 1"));
    StreamingRestorer r = v.restorer();
    assertEquals("Contact Ann Lee today", r.push("Contact PERS") + r.push("ON_1 today") + r.finish());
  }
}
