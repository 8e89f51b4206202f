package dev.aisec.prompt.internal;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Finding;
import dev.aisec.prompt.InjectionAssessment;
import java.util.ArrayList;
import java.util.List;

/** Turns an engine result into findings. Stateless. */
public final class Reporter {

  /**
   * Windows scoring below this are not reported as findings (the score itself is still returned by assess), so a
   * harmless text yields no finding under the default policy's FLAG threshold.
   */
  public static final double REPORT_FLOOR = 0.5;
  static final int MAX_FINDINGS = 200;

  private Reporter() {}

  public static InjectionAssessment assess(Engine engine, String id, String type, DetectionContext ctx) {
    Engine.Result r = engine.scan(ctx.view(), ctx.prompts(), ctx.view().smuggledText());
    List<Finding> out = new ArrayList<>();
    int len = ctx.text().length();
    for (Engine.WindowResult w : r.windows()) {
      if (w.score() < REPORT_FLOOR || out.size() >= MAX_FINDINGS) {
        continue;
      }
      StringBuilder names = new StringBuilder();
      for (Engine.Signal s : w.signals()) {
        if (!s.name().equals("classifier") && names.indexOf(s.name()) < 0) {
          names.append(names.length() == 0 ? "" : ", ").append(s.name());
        }
      }
      String where = w.index() < 0 ? "hidden tag characters" : "window " + w.index() + " [" + w.start() + ".." + w.end() + ")";
      out.add(Finding.of(id, type, clamp(w.start(), len), clamp(w.end(), len), round(w.score()),
          "score " + Engine.fmt(w.score()) + " in " + where + "; classifier " + Engine.fmt(w.classifier())
              + (names.length() == 0 ? "" : "; signals: " + names)));
      for (Engine.Signal s : w.signals()) {
        if (out.size() >= MAX_FINDINGS) {
          break;
        }
        int st = clamp(s.start(), len);
        out.add(Finding.of(id, s.type(), st, Math.max(st, clamp(s.end(), len)), round(Math.min(s.score(), w.score())),
            s.detail()));
      }
    }
    return new InjectionAssessment(round(r.score()), out);
  }

  private static int clamp(int v, int len) {
    return Math.max(0, Math.min(len, v));
  }

  private static double round(double d) {
    if (!(d >= 0)) {
      return 0;
    }
    return Math.min(1.0, Math.round(d * 1e4) / 1e4);
  }
}
