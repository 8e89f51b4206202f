package dev.aisec.prompt;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Detector;
import dev.aisec.api.Finding;
import dev.aisec.api.Input;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds canary tokens in model output (policy id {@code canary}, channel MODEL_OUTPUT). Canaries are issued per
 * session ({@link #issue(String)}); an output is checked against the canary of its session (input attribute
 * {@link Input#CONVERSATION}), or against every live canary when the attribute is absent.
 *
 * <p>The output is folded to lower-case letters and digits (keeping a map to original offsets), so case changes,
 * spaces, dots or dashes between characters do not hide the token. Findings: {@code CANARY_LEAK} (score 1.0) for the
 * whole token, {@code CANARY_PARTIAL} (0.8) when a run of at least 10 of its characters appears. The detail never
 * contains the token. Linear time; thread-safe; holds at most {@code maxSessions} canaries (oldest evicted).
 */
public final class CanaryDetector implements Detector {

  /** The policy id. */
  public static final String ID = "canary";
  static final int PARTIAL = 10;

  private final ConcurrentHashMap<String, CanaryToken> bySession = new ConcurrentHashMap<>();
  /**
   * The sessions in the order they were issued, guarded by itself: issue and forget change it under its lock, in
   * constant time each (round 20: a queue whose {@code remove} walked every session made forgetting n sessions take
   * n^2 / 2 steps, 51 s for 80,000; it could also keep a session that no longer took part in the eviction).
   */
  private final java.util.LinkedHashSet<String> order = new java.util.LinkedHashSet<>();
  private final int maxSessions;
  /**
   * Every {@value #PARTIAL}-character window of every issued token's core. Without a session, a check used to run
   * eleven {@code indexOf} scans of the output per issued token (1.4 s for a 10 KB answer with 100,000 sessions);
   * now one pass over the output finds the few tokens that can match.
   */
  private final ConcurrentHashMap<String, CanaryToken> byWindow = new ConcurrentHashMap<>();

  private CanaryDetector(int maxSessions) {
    this.maxSessions = maxSessions;
  }

  /** A detector that keeps up to 100,000 sessions. */
  public static CanaryDetector create() {
    return new CanaryDetector(100_000);
  }

  /** A detector that keeps up to {@code maxSessions} sessions (1..10,000,000). */
  public static CanaryDetector create(int maxSessions) {
    if (maxSessions < 1 || maxSessions > 10_000_000) {
      throw new IllegalArgumentException("maxSessions must be in 1..10000000");
    }
    return new CanaryDetector(maxSessions);
  }

  /** Issues (or returns the existing) canary of a session. */
  public CanaryToken issue(String sessionId) {
    if (sessionId == null || sessionId.isBlank()) {
      throw new IllegalArgumentException("sessionId must not be blank");
    }
    CanaryToken held = bySession.get(sessionId);
    if (held != null) {
      return held;
    }
    synchronized (order) {
      CanaryToken t = bySession.get(sessionId);
      if (t != null) {
        return t;
      }
      t = CanaryToken.generate();
      index(t);
      bySession.put(sessionId, t);
      order.add(sessionId);
      while (order.size() > maxSessions) {
        java.util.Iterator<String> oldest = order.iterator();
        String old = oldest.next();
        oldest.remove();
        CanaryToken gone = bySession.remove(old);
        if (gone != null) {
          unindex(gone);
        }
      }
      return t;
    }
  }

  private void index(CanaryToken t) {
    String c = t.core();
    for (int s = 0; s + PARTIAL <= c.length(); s++) {
      byWindow.put(c.substring(s, s + PARTIAL), t);
    }
  }

  private void unindex(CanaryToken t) {
    String c = t.core();
    for (int s = 0; s + PARTIAL <= c.length(); s++) {
      byWindow.remove(c.substring(s, s + PARTIAL), t);
    }
  }

  /** Forgets a session's canary. */
  public void forget(String sessionId) {
    if (sessionId != null) {
      synchronized (order) {
        if (order.remove(sessionId)) {
          CanaryToken gone = bySession.remove(sessionId);
          if (gone != null) {
            unindex(gone);
          }
        }
      }
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> detect(DetectionContext context) {
    String session = context.input().attribute(Input.CONVERSATION);
    Collection<CanaryToken> tokens;
    if (session != null) {
      CanaryToken t = bySession.get(session);
      tokens = t == null ? List.of() : List.of(t);
    } else {
      tokens = candidates(context.text());
    }
    return find(context.text(), tokens);
  }

  /** The issued tokens that share at least one window with the text (only those can match). */
  private Collection<CanaryToken> candidates(String text) {
    if (text == null || text.length() < PARTIAL) {
      return List.of();
    }
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        folded.append(Character.toLowerCase(c));
      }
    }
    java.util.Set<CanaryToken> hit = new java.util.LinkedHashSet<>();
    String f = folded.toString();
    for (int p = 0; p + PARTIAL <= f.length(); p++) {
      CanaryToken t = byWindow.get(f.substring(p, p + PARTIAL));
      if (t != null) {
        hit.add(t);
      }
    }
    return hit;
  }

  /** Finds the given canaries in a text. */
  public static List<Finding> find(String text, Collection<CanaryToken> tokens) {
    if (tokens == null) {
      throw new IllegalArgumentException("tokens must not be null");
    }
    List<Finding> out = new ArrayList<>();
    if (text == null || text.isEmpty() || tokens.isEmpty()) {
      return out;
    }
    StringBuilder folded = new StringBuilder(text.length());
    int[] map = new int[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        map[folded.length()] = i;
        folded.append(Character.toLowerCase(c));
      }
    }
    String f = folded.toString();
    for (CanaryToken t : tokens) {
      String core = t.core();
      if (core.isEmpty()) {
        continue; // a token of punctuation only: nothing to find (indexOf("") used to end in an index error)
      }
      int at = f.indexOf(core);
      if (at >= 0) {
        out.add(Finding.of(ID, "CANARY_LEAK", map[at], map[at + core.length() - 1] + 1, 1.0,
            "the session's canary token appears in the output"));
        continue;
      }
      // partial: any run of PARTIAL consecutive characters of the token's random part
      int best = -1;
      for (int s = 0; s + PARTIAL <= core.length() && best < 0; s++) {
        int p = f.indexOf(core.substring(s, s + PARTIAL));
        if (p >= 0) {
          best = p;
          out.add(Finding.of(ID, "CANARY_PARTIAL", map[p], map[p + PARTIAL - 1] + 1, 0.8,
              "part of the session's canary token appears in the output"));
        }
      }
    }
    return out;
  }
}
