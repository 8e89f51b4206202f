package dev.aisec.prompt;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Detector;
import dev.aisec.api.Finding;
import dev.aisec.prompt.internal.ConceptModel;
import dev.aisec.prompt.internal.DocumentModel;
import dev.aisec.prompt.internal.Engine;
import dev.aisec.prompt.internal.Model;
import dev.aisec.prompt.internal.Reporter;
import dev.aisec.prompt.internal.RuleSet;
import dev.aisec.prompt.internal.Stacker;
import java.util.List;

/**
 * Detects prompt injection and jailbreaks in text a user sends to a model (policy id {@code prompt-injection},
 * channel USER_INPUT).
 *
 * <p>Layers, all linear in the text's length: the Guard's shared normalisation (invisible and tag characters,
 * homoglyphs, NFKC) plus leetspeak folding; decoding of hidden payloads (base64, hex, URL encoding, rot13, reversed
 * text, letters split by spaces or dots, HTML comments, Unicode tag smuggling) that are scanned again with a depth
 * bound; rule signatures for the known families in English, German, French, Spanish, Portuguese, Italian, Russian,
 * Chinese and Japanese; and a logistic-regression classifier over hashed word and character n-grams whose weights ship
 * as a versioned resource. The score is {@code 1 - (1 - classifier) * (1 - strongest signal)} per window of
 * {@value dev.aisec.prompt.internal.Engine#WINDOW} characters, maximised over windows, so a 10 MB document is
 * scanned whole with bounded memory.
 *
 * <p>Findings: one summary finding of type {@code PROMPT_INJECTION} per window that scores at least 0.5 (span = the
 * window), and one finding per signal (rule, marker, decoded payload, {@code CLASSIFIER}) with its own span and the rule name in the
 * detail. Text that belongs to a system prompt registered with the Guard is masked before scoring, so a registered
 * prompt is never scored as an attack against itself. Thread-safe and stateless per call.
 */
public final class PromptInjectionDetector implements Detector {

  /** The policy id. */
  public static final String ID = "prompt-injection";
  /** Type of the summary finding. */
  public static final String TYPE = "PROMPT_INJECTION";

  private static volatile PromptInjectionDetector standard;

  private final Engine engine;

  private PromptInjectionDetector(Engine engine) {
    this.engine = engine;
  }

  /** The detector with the shipped rules and classifier weights. */
  public static PromptInjectionDetector standard() {
    PromptInjectionDetector d = standard;
    if (d == null) {
      d = new PromptInjectionDetector(new Engine(RuleSet.standard(), Model.standard(), false,
          Model.instruction(), DocumentModel.standard(), Stacker.standard(), Model.window(), ConceptModel.standard()));
      standard = d;
    }
    return d;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> detect(DetectionContext context) {
    return assess(context).findings();
  }

  /** The score and findings of one text. */
  public InjectionAssessment assess(DetectionContext context) {
    if (context == null) {
      throw new IllegalArgumentException("context must not be null");
    }
    return Reporter.assess(engine, ID, TYPE, context);
  }

  /** Version of the classifier weights in use. */
  public String modelVersion() {
    return engine.model().version;
  }
}
