package dev.aisec.langchain4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.api.Principal;
import org.junit.jupiter.api.Test;

/**
 * Review round 19: {@link AisecContext#scoped()} compared the whole principal with {@link Principal#anonymous()}, so
 * an application's {@code Principal.of("anonymous", "guest")} in the default conversation counted as a scope of its
 * own: its pseudonyms were kept and restored for every other such guest.
 */
class Review19AnonymousContextTest {

  @Test
  void theAnonymousIdInTheDefaultConversationIsNoScopeWhateverItsRoles() {
    assertFalse(AisecContext.of(Principal.anonymous()).scoped());
    assertFalse(AisecContext.of(Principal.of("anonymous", "guest")).scoped());
    assertFalse(AisecContext.of(Principal.of("anonymous", "guest", "support")).scoped());
    assertTrue(AisecContext.of(Principal.of("anonymous", "guest"), "session-9").scoped());
    assertTrue(AisecContext.of(Principal.of("u-1")).scoped());
  }
}
