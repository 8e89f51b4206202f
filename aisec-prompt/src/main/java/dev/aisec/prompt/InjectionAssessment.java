package dev.aisec.prompt;

import dev.aisec.api.Finding;
import java.util.List;

/**
 * The full assessment of one text by an injection detector: the combined score in 0..1 (the maximum over windows)
 * and the findings that explain it (empty when the score is below the detector's reporting floor).
 *
 * @param score combined score, 0 = harmless, 1 = certainly an attack
 * @param findings explanations with spans in the original text; never null
 */
public record InjectionAssessment(double score, List<Finding> findings) {

  public InjectionAssessment {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("assessment.score must be in 0..1, got " + score);
    }
    findings = findings == null ? List.of() : List.copyOf(findings);
  }
}
