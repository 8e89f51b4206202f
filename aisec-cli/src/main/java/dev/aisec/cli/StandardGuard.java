package dev.aisec.cli;

import dev.aisec.api.Detector;
import dev.aisec.api.Guard;
import dev.aisec.api.audit.AuditSink;
import dev.aisec.api.detect.UnicodeAnomalyDetector;
import dev.aisec.api.policy.Policy;
import java.util.ArrayList;
import java.util.List;

/** The Guard the CLI builds: every detector the project ships, under the default or a given policy. */
public final class StandardGuard {

  private StandardGuard() {}

  /** Every detector aisec ships, in the order they run. */
  public static List<Detector> detectors() {
    List<Detector> ds = new ArrayList<>();
    ds.add(UnicodeAnomalyDetector.standard());
    ds.add(dev.aisec.prompt.PromptInjectionDetector.standard());
    ds.add(dev.aisec.prompt.IndirectInjectionDetector.standard());
    ds.add(dev.aisec.prompt.OutputLeakDetector.standard());
    ds.add(dev.aisec.data.pii.PiiDetector.standard());
    return ds;
  }

  /** A Guard with every shipped detector, the policy (default when null) and the sink (none when null). */
  public static Guard build(Policy policy, AuditSink sink) {
    Guard.Builder b = Guard.builder().detectors(detectors()).policy(policy == null ? Policy.defaults() : policy);
    if (sink != null) {
      b.auditSink(sink);
    }
    return b.build();
  }
}
