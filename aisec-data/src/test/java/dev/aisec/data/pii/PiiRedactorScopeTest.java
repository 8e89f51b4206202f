package dev.aisec.data.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.aisec.api.Finding;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import java.util.List;
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

  @Test
  void twoPrincipalsSharingAConversationIdGetSeparateVaults() {
    PiiRedactor r = PiiRedactor.pseudonymizing(10);
    assertEquals("mail <EMAIL_ADDRESS_1>", redactEmail(r, Principal.of("alice"), "c1", "alice@example.com"));
    assertEquals("mail <EMAIL_ADDRESS_1>", redactEmail(r, Principal.of("bob"), "c1", "bob@example.com"));
    assertEquals("alice@example.com", r.vault("alice", "c1").restore("<EMAIL_ADDRESS_1>"));
    assertEquals("bob@example.com", r.vault("bob", "c1").restore("<EMAIL_ADDRESS_1>"));
    assertEquals("<EMAIL_ADDRESS_1>", r.vault("mallory", "c1").restore("<EMAIL_ADDRESS_1>"));
  }

  @Test
  void separatorCharactersInIdsCannotForgeAnotherScope() {
    PiiRedactor r = PiiRedactor.pseudonymizing(10);
    redactEmail(r, Principal.of("a:b"), "c", "x@example.com");
    assertEquals("<EMAIL_ADDRESS_1>", r.vault("a", "b:c").restore("<EMAIL_ADDRESS_1>"));
    assertEquals("<EMAIL_ADDRESS_1>", r.vault("a:b:c", null).restore("<EMAIL_ADDRESS_1>"));
    // the old fallback key "principal:<id>" is no longer a conversation id anyone can name
    redactEmail(r, Principal.of("carol"), null, "carol@example.com");
    assertEquals("<EMAIL_ADDRESS_1>", r.vault("mallory", "principal:carol").restore("<EMAIL_ADDRESS_1>"));
    assertEquals("carol@example.com", r.vault("carol", null).restore("<EMAIL_ADDRESS_1>"));
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
}
