package dev.aisec.examples;

import dev.aisec.api.Guard;
import dev.aisec.api.Input;
import dev.aisec.api.Principal;
import dev.aisec.api.Verdict;
import dev.aisec.api.audit.AuditSinks;
import dev.aisec.api.audit.JsonLinesAuditSink;
import dev.aisec.api.detect.UnicodeAnomalyDetector;
import dev.aisec.api.policy.Policy;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The smallest useful aisec program: build a Guard once, check every text before it reaches a model, and keep a
 * tamper-evident audit log. Run with {@code ./mvnw -q -B -DskipTests -pl examples -am package} then
 * {@code java -cp examples/target/aisec-examples.jar dev.aisec.examples.QuickStart} (with {@code -am}, exec:java would
 * first run in the parent project, where the class does not exist) or from your IDE.
 */
public final class QuickStart {

  private QuickStart() {}

  public static void main(String[] args) throws Exception {
    Path auditLog = Files.createTempDirectory("aisec-quickstart").resolve("audit.jsonl");
    try (JsonLinesAuditSink audit = AuditSinks.jsonLines(auditLog)) {
      Guard guard = Guard.builder()
          .detector(UnicodeAnomalyDetector.standard())
          .policy(Policy.defaults())
          .auditSink(audit)
          .build();

      Principal alice = Principal.of("alice", "support");
      String prompt = "Summarise my last order" + "\uDB40\uDC20\uDB40\uDC69\uDB40\uDC67"; // hidden tag characters
      Verdict verdict = guard.check(Input.user(alice, prompt));
      if (verdict.blocked()) {
        System.out.println("blocked: " + verdict.findings());
      } else {
        System.out.println(verdict.action() + ", send to the model: " + verdict.text());
      }
      System.out.println("may alice send e-mail? " + guard.authorize(alice, "tool:send_email"));
    }
    System.out.println("audit log: " + auditLog);
  }
}
