package dev.aisec.data.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.aisec.api.Finding;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pseudonym vault is scoped by (principal, conversation): no user can restore another user's originals. */
class PiiRedactorScopeTest {

  private static String redactEmail(PiiRedactor r, Principal p, String conversation, String email) {
    String text = "mail " + email;
    Input in = Input.user(p, text);
    if (conversation != null) {
      in = in.withAttribute(Input.CONVERSATION, conversation);
    }
    Finding f = Finding.of("pii", "EMAIL_ADDRESS", 5, text.length(), 1.0, "EMAIL_ADDRESS");
    return r.redact(in, List.of(f));
  }

  /** The token in "mail <TOKEN>". */
  private static String token(String redacted) {
    assertTrue(redacted.matches("mail <EMAIL_ADDRESS_[0-9]+>"), redacted);
    return redacted.substring(5);
  }

  @Test
  void twoPrincipalsSharingAConversationIdGetSeparateVaults() {
    PiiRedactor r = PiiRedactor.pseudonymizing(10);
    String a = token(redactEmail(r, Principal.of("alice"), "c1", "alice@example.com"));
    String b = token(redactEmail(r, Principal.of("bob"), "c1", "bob@example.com"));
    assertEquals("alice@example.com", r.vault("alice", "c1").restore(a));
    assertEquals("bob@example.com", r.vault("bob", "c1").restore(b));
    if (!a.equals(b)) {
      assertEquals(a, r.vault("bob", "c1").restore(a));
      assertEquals(b, r.vault("alice", "c1").restore(b));
    }
    assertEquals(a, r.vault("mallory", "c1").restore(a));
    assertEquals(b, r.vault("mallory", "c1").restore(b));
  }

  @Test
  void separatorCharactersInIdsCannotForgeAnotherScope() {
    PiiRedactor r = PiiRedactor.pseudonymizing(10);
    String x = token(redactEmail(r, Principal.of("a:b"), "c", "x@example.com"));
    assertEquals(x, r.vault("a", "b:c").restore(x));
    assertEquals(x, r.vault("a:b:c", null).restore(x));
    // the old fallback key "principal:<id>" is no longer a conversation id anyone can name
    String c = token(redactEmail(r, Principal.of("carol"), null, "carol@example.com"));
    assertEquals(c, r.vault("mallory", "principal:carol").restore(c));
    assertEquals("carol@example.com", r.vault("carol", null).restore(c));
  }

  @Test
  void aNewConversationNormallyStartsAtOne() {
    // scopes share a number sequence only when a keyed hash puts them in the same of 1,024 slots: among 50 scopes
    // a handful at most (expected about 1.2 shared pairs), never most of them
    PiiRedactor r = PiiRedactor.pseudonymizing(100);
    int ones = 0;
    for (int i = 0; i < 50; i++) {
      if (token(redactEmail(r, Principal.of("user" + i), "c", "u" + i + "@example.com")).equals("<EMAIL_ADDRESS_1>")) {
        ones++;
      }
    }
    assertTrue(ones >= 40, "conversations starting at _1: " + ones);
  }

  @Test
  void anonymousWithoutConversationStoresNothingRestorable() {
    PiiRedactor r = PiiRedactor.pseudonymizing(10);
    assertEquals("mail <EMAIL_ADDRESS_1>", redactEmail(r, Principal.anonymous(), null, "a@example.com"));
    assertEquals(0, r.vault("anonymous", null).size());
    assertEquals("<EMAIL_ADDRESS_1>", r.vault("anonymous", null).restore("<EMAIL_ADDRESS_1>"));
  }

  @Test
  void vaultArgumentsAreValidated() {
    PiiRedactor r = PiiRedactor.pseudonymizing(10);
    assertThrows(IllegalArgumentException.class, () -> r.vault(null, "c"));
    assertThrows(IllegalArgumentException.class, () -> r.vault(" ", "c"));
    assertThrows(IllegalArgumentException.class, () -> r.vault("u", " "));
    assertThrows(IllegalStateException.class, () -> PiiRedactor.typeTags().vault("u", "c"));
    assertSame(r.vault("u", "c"), r.vault("u", "c"));
    assertNotSame(r.vault("u", "c"), r.vault("u", null));
  }

  @Test
  void noOtherPrincipalEverRestoresAnOriginal() {
    qt().withExamples(200).forAll(strings().allPossible().ofLengthBetween(1, 6),
        strings().allPossible().ofLengthBetween(1, 6), strings().allPossible().ofLengthBetween(1, 6))
        .assuming((a, b, c) -> !a.isBlank() && !b.isBlank() && !c.isBlank() && !a.equals(b))
        .checkAssert((a, b, conv) -> {
          PiiRedactor r = PiiRedactor.pseudonymizing(10);
          redactEmail(r, new Principal(a, Set.of()), conv, "secret@example.com");
          assertEquals("<EMAIL_ADDRESS_1>", r.vault(b, conv).restore("<EMAIL_ADDRESS_1>"));
          assertEquals("secret@example.com", r.vault(a, conv).restore("<EMAIL_ADDRESS_1>"));
        });
  }

  @Test
  void readsNeverCreateOrTouchVaults() {
    PiiRedactor r = PiiRedactor.pseudonymizing(2);
    assertEquals("mail <EMAIL_ADDRESS_1>", redactEmail(r, Principal.of("alice"), "c1", "alice@example.com"));
    redactEmail(r, Principal.of("bob"), "c1", "bob@example.com");
    // many reads of other scopes: none creates a vault, so alice's vault is not pushed out
    for (int i = 0; i < 10; i++) {
      assertEquals("<EMAIL_ADDRESS_1>", r.restore("mallory", "c" + i, "<EMAIL_ADDRESS_1>"));
      assertTrue(r.existingVault("mallory", "c" + i).isEmpty());
    }
    assertEquals("alice@example.com", r.restore("alice", "c1", "<EMAIL_ADDRESS_1>"));
    // a read is no use: reading alice does not keep her vault over bob's more recent write
    redactEmail(r, Principal.of("carol"), "c1", "carol@example.com");
    assertTrue(r.existingVault("alice", "c1").isEmpty());
    assertTrue(r.existingVault("bob", "c1").isPresent());
  }

  @Test
  void aStaleTokenOfAnEvictedVaultIsNeverRestoredToAnotherValue() {
    PiiRedactor r = PiiRedactor.pseudonymizing(1);
    assertEquals("mail <EMAIL_ADDRESS_1>", redactEmail(r, Principal.of("alice"), "c1", "old@example.com"));
    redactEmail(r, Principal.of("bob"), "c1", "bob@example.com"); // evicts alice's vault
    assertTrue(r.existingVault("alice", "c1").isEmpty());
    String fresh = redactEmail(r, Principal.of("alice"), "c1", "new@example.com");
    assertNotEquals("mail <EMAIL_ADDRESS_1>", fresh);
    assertEquals("<EMAIL_ADDRESS_1>", r.restore("alice", "c1", "<EMAIL_ADDRESS_1>"));
    assertEquals("new@example.com", r.restore("alice", "c1", fresh.substring(5)));
  }

  /** Any interleaving of writes (with eviction) and reads: a token restores to its own value or stays as is. */
  @Test
  void everyTokenRestoresToItsOwnValueOrStays() {
    qt().withExamples(200).forAll(lists().of(integers().between(0, 5 * 3 - 1)).ofSizeBetween(1, 40),
        integers().between(1, 3))
        .checkAssert((ops, max) -> {
          PiiRedactor r = PiiRedactor.pseudonymizing(max);
          Map<String, String> minted = new HashMap<>(); // "principal|conv|token" -> value
          for (int k = 0; k < ops.size(); k++) {
            int op = ops.get(k);
            String user = "u" + (op % 3);
            String conv = "c" + (op / 3 % 5 % 2);
            if (op / 3 < 3) {
              String value = "v" + k + "@example.com";
              String tok = redactEmail(r, Principal.of(user), conv, value).substring(5);
              minted.put(user + "|" + conv + "|" + tok, value);
            } else {
              r.restore(user, conv, "x"); // reads in between
            }
            for (Map.Entry<String, String> e : minted.entrySet()) {
              String[] p = e.getKey().split("\\|");
              String got = r.restore(p[0], p[1], p[2]);
              assertTrue(got.equals(e.getValue()) || got.equals(p[2]), () -> "restored to another value: " + got);
            }
          }
        });
  }

  private static String redactOn(PiiRedactor r, dev.aisec.api.Channel ch, String email) {
    String text = "mail " + email;
    Input in = new Input(Principal.of("alice"), ch, text, Map.of(Input.CONVERSATION, "c1"));
    return r.redact(in, List.of(Finding.of("pii", "EMAIL_ADDRESS", 5, text.length(), 1.0, "EMAIL_ADDRESS")));
  }

  @Test
  void onlyValuesFromTheUsersOwnInputAreRestoredByDefault() {
    PiiRedactor r = PiiRedactor.pseudonymizing(10);
    String third = redactOn(r, dev.aisec.api.Channel.RETRIEVED, "third@example.com").substring(5);
    String tool = redactOn(r, dev.aisec.api.Channel.TOOL_RESULT, "tool@example.com").substring(5);
    String own = redactOn(r, dev.aisec.api.Channel.USER_INPUT, "own@example.com").substring(5);
    assertEquals(third + " " + tool + " own@example.com", r.restore("alice", "c1", third + " " + tool + " " + own));
    // once the user types a value themselves, it is theirs to see
    assertEquals("mail " + third, redactOn(r, dev.aisec.api.Channel.USER_INPUT, "third@example.com"));
    assertEquals("third@example.com", r.restore("alice", "c1", third));
    // configurable: restore values from every channel
    PiiRedactor all = PiiRedactor.pseudonymizing(10, java.util.EnumSet.allOf(dev.aisec.api.Channel.class));
    String t2 = redactOn(all, dev.aisec.api.Channel.RETRIEVED, "third@example.com").substring(5);
    assertEquals("third@example.com", all.restore("alice", "c1", t2));
    assertThrows(IllegalArgumentException.class, () -> PiiRedactor.pseudonymizing(10, java.util.Set.of()));
  }

  @Test
  void aSealedVaultKeepsTheOriginOfItsValues() {
    PiiRedactor r = PiiRedactor.pseudonymizing(10);
    String third = redactOn(r, dev.aisec.api.Channel.RETRIEVED, "third@example.com").substring(5);
    byte[] key = new byte[32];
    PseudonymVault opened = PseudonymVault.open(r.vault("alice", "c1").seal(key), key);
    assertEquals(third, opened.restore(third, java.util.Set.of("USER_INPUT")));
    assertEquals("third@example.com", opened.restore(third));
  }
}
