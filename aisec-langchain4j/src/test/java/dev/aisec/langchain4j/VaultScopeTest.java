package dev.aisec.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.aisec.api.Channel;
import dev.aisec.api.Detector;
import dev.aisec.api.Finding;
import dev.aisec.api.Guard;
import dev.aisec.api.Principal;
import dev.aisec.data.pii.PiiRedactor;
import dev.aisec.langchain4j.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pseudonyms are restored only for the principal and conversation they were minted for. */
class VaultScopeTest {

  private static final String MAIL = "secret@example.com";

  /** Flags every occurrence of {@link #MAIL} as an e-mail address. */
  private static final Detector PII = new Detector() {
    @Override
    public String id() {
      return "pii";
    }

    @Override
    public List<Finding> detect(dev.aisec.api.DetectionContext ctx) {
      List<Finding> out = new ArrayList<>();
      String t = ctx.input().text();
      for (int i = t.indexOf(MAIL); i >= 0; i = t.indexOf(MAIL, i + 1)) {
        out.add(Finding.of("pii", "EMAIL_ADDRESS", i, i + MAIL.length(), 1.0, "EMAIL_ADDRESS"));
      }
      return out;
    }
  };

  private final PiiRedactor redactor = PiiRedactor.pseudonymizing(100);
  private final Guard guard = Guard.builder().detector(PII).redactor(redactor).build();
  private final Restorer restorer = Restorer.of(redactor);

  private String send(AisecContext ctx) {
    return Checks.check(guard, ctx, Channel.USER_INPUT, "mail " + MAIL, "test", null).text();
  }

  @Test
  void idsWithColonsCannotReachAnotherUsersVault() {
    AisecContext victim = AisecContext.of(Principal.of("a:b"), "c");
    AisecContext attacker = AisecContext.of(Principal.of("a"), "b:c");
    assertNotEquals(victim.conversationKey(), attacker.conversationKey());
    assertEquals("mail <EMAIL_ADDRESS_1>", send(victim));
    assertEquals("<EMAIL_ADDRESS_1>", restorer.restore(attacker, "<EMAIL_ADDRESS_1>"));
    assertEquals(MAIL, restorer.restore(victim, "<EMAIL_ADDRESS_1>"));
  }

  @Test
  void sameConversationIdOtherPrincipalRestoresNothing() {
    send(AisecContext.of(Principal.of("alice"), "default-chat"));
    assertEquals("<EMAIL_ADDRESS_1>",
        restorer.restore(AisecContext.of(Principal.of("bob"), "default-chat"), "<EMAIL_ADDRESS_1>"));
  }

  @Test
  void anonymousDefaultContextFailsClosed() {
    AisecContext anon = AisecContext.anonymous();
    assertFalse(anon.scoped());
    assertTrue(AisecContext.of(Principal.anonymous(), "session-9").scoped());
    assertEquals("mail <EMAIL_ADDRESS_1>", send(anon));
    assertEquals("<EMAIL_ADDRESS_1>", restorer.restore(anon, "<EMAIL_ADDRESS_1>"));
  }

  @Test
  void unscopedContextsKeepNoSharedVault() {
    // every caller without a context shares the anonymous default scope: a vault kept for it would hold all of their
    // originals and number their values in one sequence (another caller could tell from a pseudonym's number whether
    // a value was sent before). The Guard's redactor must get no conversation for it, so nothing is kept.
    AisecContext anon = AisecContext.anonymous();
    assertEquals("mail <EMAIL_ADDRESS_1>", send(anon));
    assertEquals("mail <EMAIL_ADDRESS_1>", send(anon));
    assertEquals("<EMAIL_ADDRESS_1>",
        redactor.vault(Principal.anonymous().id(), anon.conversationKey()).restore("<EMAIL_ADDRESS_1>"));
  }

  @Test
  void conversationKeyIsInjective() {
    qt().withExamples(500).forAll(strings().ascii().ofLengthBetween(1, 5), strings().ascii().ofLengthBetween(1, 5),
        strings().ascii().ofLengthBetween(1, 5), strings().ascii().ofLengthBetween(1, 5))
        .assuming((p1, c1, p2, c2) -> !p1.isBlank() && !c1.isBlank() && !p2.isBlank() && !c2.isBlank()
            && !(p1.equals(p2) && c1.equals(c2)))
        .checkAssert((p1, c1, p2, c2) -> assertNotEquals(
            AisecContext.of(new Principal(p1, Set.of()), c1).conversationKey(),
            AisecContext.of(new Principal(p2, Set.of()), c2).conversationKey()));
  }

  @Test
  void colonHeavyIdsAreDistinct() {
    // the old "principal:conversation" key made these two equal
    assertNotEquals(AisecContext.of(Principal.of("x:"), ":y").conversationKey(),
        AisecContext.of(Principal.of("x"), "::y").conversationKey());
  }

  @Test
  void restoringNeverEvictsAnotherConversationsVault() {
    PiiRedactor small = PiiRedactor.pseudonymizing(1);
    Guard g = Guard.builder().detector(PII).redactor(small).build();
    Restorer rs = Restorer.of(small);
    AisecContext alice = AisecContext.of(Principal.of("alice"), "c1");
    assertEquals("mail <EMAIL_ADDRESS_1>",
        Checks.check(g, alice, Channel.USER_INPUT, "mail " + MAIL, "test", null).text());
    // a restore in a new conversation (of another user) creates no vault, so alice's vault survives
    assertEquals("<EMAIL_ADDRESS_1>", rs.restore(AisecContext.of(Principal.of("bob"), "new"), "<EMAIL_ADDRESS_1>"));
    assertEquals(MAIL, rs.restore(alice, "<EMAIL_ADDRESS_1>"));
    assertTrue(small.existingVault("bob", AisecContext.of(Principal.of("bob"), "new").conversationKey()).isEmpty());
  }

  @Test
  void restorerOfRejectsANonPseudonymisingRedactor() {
    assertThrows(IllegalArgumentException.class, () -> Restorer.of(PiiRedactor.typeTags()));
  }

  @Test
  void thirdPartyValuesFromToolResultsAreNotRestoredForTheUser() {
    AisecContext alice = AisecContext.of(Principal.of("alice"), "c-tool");
    String tok = Checks.check(guard, alice, Channel.TOOL_RESULT, "owner " + MAIL, "tool", "crm").text().substring(6);
    assertEquals("<EMAIL_ADDRESS_1>", tok);
    assertEquals(tok, restorer.restore(alice, tok));
    send(alice); // the user typed the same value: now it is theirs
    assertEquals(MAIL, restorer.restore(alice, tok));
  }
}
