package dev.aisec.prompt;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Detector;
import dev.aisec.api.Finding;
import dev.aisec.prompt.internal.DocumentModel;
import dev.aisec.prompt.internal.Engine;
import dev.aisec.prompt.internal.Model;
import dev.aisec.prompt.internal.Reporter;
import dev.aisec.prompt.internal.RuleSet;
import java.util.List;

/**
 * Detects indirect prompt injection: instructions addressed to the model hidden in retrieved documents, web pages,
 * e-mails, code comments, table cells or tool results (policy id {@code indirect-injection}, channels RETRIEVED and
 * TOOL_RESULT).
 *
 * <p>Same normalisation, decoding, rule and marker layers as {@link PromptInjectionDetector}, with scores tuned for
 * data that should hold no instructions at all (fake delimiters, role turns and text addressing "the AI" weigh more).
 * Instead of the prompt classifier, each window is read as a document: it is cut into sentences, lines and table
 * rows, and a document-level model scores how much each one reads like an instruction to the model <em>and stands
 * out from the rest of the document</em> (instruction-likeness relative to the document, words found nowhere else,
 * cues about the answer, an assistant or the user, imperative mood, task-switch words, in nine languages). Findings
 * have type {@code INDIRECT_INJECTION} (summary per window), {@code OUT_OF_PLACE_INSTRUCTION} (the most
 * instruction-like segment, when it scores at least 0.5) and one finding per signal. Linear in the text's length.
 * Thread-safe.
 */
public final class IndirectInjectionDetector implements Detector {

  /** The policy id. */
  public static final String ID = "indirect-injection";
  /** Type of the summary finding. */
  public static final String TYPE = "INDIRECT_INJECTION";

  private static volatile IndirectInjectionDetector standard;

  private final Engine engine;

  private IndirectInjectionDetector(Engine engine) {
    this.engine = engine;
  }

  /** The detector with the shipped rules and classifier weights. */
  public static IndirectInjectionDetector standard() {
    IndirectInjectionDetector d = standard;
    if (d == null) {
      d = new IndirectInjectionDetector(new Engine(RuleSet.standard(), Model.standard(), true, Model.instruction(),
          DocumentModel.standard()));
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

  /** Version of the classifier weights in use (the attack model, used for decoded payloads). */
  public String modelVersion() {
    return engine.model().version;
  }

  /** Version of the document model in use ({@code none} when no weights are shipped). */
  public String documentModelVersion() {
    return DocumentModel.standard().version;
  }
}
