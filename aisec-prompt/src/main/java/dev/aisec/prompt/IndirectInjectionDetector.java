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
 * <p>Same layers as {@link PromptInjectionDetector}, with scores tuned for data that should hold no instructions at
 * all: markers such as fake delimiters, role turns and text addressing "the AI" weigh more, and the classifier is
 * also applied to short token windows so that one injected sentence stands out in a long document. Findings have type
 * {@code INDIRECT_INJECTION} (summary per window) plus one finding per signal. Thread-safe.
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

  /** Version of the classifier weights in use. */
  public String modelVersion() {
    return engine.model().version;
  }
}
