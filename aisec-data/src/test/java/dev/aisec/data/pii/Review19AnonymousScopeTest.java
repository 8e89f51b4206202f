package dev.aisec.data.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.api.Channel;
import dev.aisec.api.Finding;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review round 19: a pseudonymising {@link PiiRedactor} keeps no vault for the anonymous principal without a
 * conversation (every unidentified caller would share it), but compared the whole principal: an application's
 * {@code Principal.of("anonymous", "guest")} got one stored vault, and any other guest could restore its values.
 */
class Review19AnonymousScopeTest {

  @Test
  void theAnonymousIdHasNoStoredVaultWhateverItsRoles() {
    PiiRedactor r = PiiRedactor.pseudonymizing(16);
    String text = "mail anna.berg@example.org now";
    List<Finding> f = List.of(Finding.of(PiiDetector.ID, PiiEntity.EMAIL_ADDRESS, 5, 26, 0.95, "address"));
    for (Principal p : new Principal[] {Principal.anonymous(), Principal.of("anonymous", "guest"),
        Principal.of("anonymous", "guest", "support")}) {
      String out = r.redact(new Input(p, Channel.USER_INPUT, text, java.util.Map.of()), f);
      assertEquals("mail <EMAIL_ADDRESS_1> now", out);
      assertTrue(r.existingVault("anonymous", null).isEmpty(), "stored vault for " + p);
      assertEquals("<EMAIL_ADDRESS_1>", r.restore("anonymous", null, "<EMAIL_ADDRESS_1>"));
    }
    // a named principal still keeps its vault and gets its value back
    r.redact(new Input(Principal.of("u-1", "guest"), Channel.USER_INPUT, text, java.util.Map.of()), f);
    assertEquals("anna.berg@example.org", r.restore("u-1", null, "<EMAIL_ADDRESS_1>"));
  }
}
