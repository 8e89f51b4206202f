package dev.aisec.cli.demo;

import dev.aisec.api.Guard;
import dev.aisec.api.Input;
import dev.aisec.api.Verdict;
import dev.aisec.api.policy.Policy;
import dev.aisec.data.pii.Anonymizer;
import dev.aisec.data.pii.Operators;
import dev.aisec.data.pii.PiiDetector;
import dev.aisec.data.pii.PiiRedactor;
import dev.aisec.data.pii.PiiSpan;
import dev.aisec.data.pii.PseudonymVault;
import dev.aisec.data.pii.StreamingRestorer;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** PII: detection with validation, redaction operators, pseudonyms through the Guard and restore of the answer. */
public final class PiiDemoSection implements DemoSection {

  @Override
  public String title() {
    return "PII detection, redaction and restore of a model answer";
  }

  @Override
  public void run(PrintStream out) {
    PiiDetector pii = PiiDetector.standard();
    String prompt = "hi, my name is maria gonzalez 🙂 please move €500 from IBAN DE89 3704 0044 0532 0130 00 "
        + "to my card 4111 1111 1111 1111 and text me on +44 20 7946 0958. Order 4111 2222 3333 4444 is unrelated.";
    out.println("prompt: " + prompt);
    List<PiiSpan> spans = pii.find(prompt);
    for (PiiSpan s : spans) {
      out.printf("  %-14s %3d..%-3d score %.2f  %s%n", s.type(), s.start(), s.end(), s.score(), s.detail());
    }
    out.println("replace: " + Anonymizer.of(Operators.replace()).anonymize(prompt, spans).text());
    out.println("mask:    " + Anonymizer.of(Operators.mask('*', 0)).with("CREDIT_CARD", Operators.mask('*', 4))
        .anonymize(prompt, spans).text());
    out.println("fake:    " + Anonymizer.of(Operators.fake()).anonymize(prompt, spans).text());

    PiiRedactor redactor = PiiRedactor.pseudonymizing(1000);
    Guard guard = Guard.builder().detector(pii).policy(Policy.defaults()).redactor(redactor).build();
    Verdict v = guard.check(Input.user("maria", Set.of("customer"), prompt).withAttribute(Input.CONVERSATION, "c-42"));
    out.println("Guard verdict " + v.action() + ", the model sees: " + v.text());
    String answer = "Done, <person_1>: I moved the money from [IBAN_CODE-1] to "
        + "<CREDIT_CARD_1> and will text <PHONE_NUMBER_1>.";
    PseudonymVault vault = redactor.vault("maria", "c-42");
    out.println("model answer:  " + answer);
    out.println("restored:      " + vault.restore(answer));
    StreamingRestorer stream = vault.restorer();
    StringBuilder streamed = new StringBuilder();
    for (int i = 0; i < answer.length(); i += 7) {
      streamed.append(stream.push(answer.substring(i, Math.min(answer.length(), i + 7))));
    }
    streamed.append(stream.finish());
    out.println("streamed in 7-char chunks, restored the same: " + streamed.toString().equals(vault.restore(answer)));
  }
}
