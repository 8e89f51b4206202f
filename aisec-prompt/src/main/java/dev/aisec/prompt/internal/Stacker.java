package dev.aisec.prompt.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The second stage of the user-input detector: a small logistic combiner over one window's evidence (classifier
 * logit and probability, strongest score per signal family, number of families and signals, length) that replaces
 * the hand-set noisy-OR of {@link Engine#combine}. It is fitted by the trainer on out-of-fold classifier predictions
 * of the training split, so it learns how far a rule hit on its own can be trusted against what the classifier says
 * (the hand-set combination let every rule hit on a harmless prompt outrank a classifier-only jailbreak). The weights
 * of all signal features are constrained to be non-negative, so adding an attack signal to a text never lowers its
 * score. Stored as a small text resource ({@code name weight} per line); immutable and thread-safe.
 */
public final class Stacker {

  public static final String RESOURCE = "/dev/aisec/prompt/model/injection-stack.txt";

  /** Signal types (from {@link Engine#typeOf}) that get one feature each: the strongest score of that type. */
  static final String[] TYPES = {"OVERRIDE", "PROMPT_EXTRACTION", "PERSONA_JAILBREAK", "CHAT_TEMPLATE",
      "FAKE_DELIMITER", "FAKE_TURN", "HIDDEN_CONTENT", "TOOL_HIJACK", "ADDRESSING_MODEL", "OUTPUT",
      "ENCODED_PAYLOAD"};

  /** Feature names, in order; the resource lists one weight per name plus {@code bias}. */
  public static final List<String> NAMES;
  /** Whether a feature's weight must be non-negative (signal evidence). */
  public static final boolean[] NON_NEGATIVE;

  static final int F_Z = 0;
  static final int F_P = 1;
  static final int F_ZSUB = 2;
  static final int F_PSUB = 3;
  static final int F_TYPES = 4;
  static final int F_RMAX = F_TYPES + TYPES.length;
  static final int F_RP = F_RMAX + 1;
  static final int F_RPSUB = F_RP + 1;
  static final int F_RSHORT = F_RPSUB + 1;
  static final int F_FAMS = F_RSHORT + 1;
  static final int F_SIGS = F_FAMS + 1;
  static final int F_LEN = F_SIGS + 1;
  static final int F_SHORT = F_LEN + 1;
  static final int F_OLD = F_SHORT + 1;
  static final int F_ZWIN = F_OLD + 1;
  static final int F_PWIN = F_ZWIN + 1;
  static final int F_ZCON = F_PWIN + 1;
  static final int F_PCON = F_ZCON + 1;
  /** (p17harm) Score of the framed-harm signal ({@code persona/framed-harm}), its own weight. */
  static final int F_FH = F_PCON + 1;
  public static final int DIM = F_FH + 1;

  static {
    List<String> n = new ArrayList<>();
    n.add("classifier-logit/4");
    n.add("classifier-p");
    n.add("local-logit/4");
    n.add("local-p");
    for (String t : TYPES) {
      n.add("max-" + t.toLowerCase(Locale.ROOT));
    }
    n.add("max-signal");
    n.add("max-signal*p");
    n.add("max-signal*local-p");
    n.add("max-signal*shortness");
    n.add("families/4");
    n.add("log1p-signals/3");
    n.add("log1p-tokens/8");
    n.add("short");
    n.add("noisy-or");
    n.add("window-logit/4");
    n.add("window-p");
    n.add("concept-logit/4");
    n.add("concept-p");
    n.add("framed-harm");
    NAMES = List.copyOf(n);
    boolean[] nn = new boolean[DIM];
    for (int i = F_TYPES; i <= F_SIGS; i++) {
      nn[i] = true;
    }
    nn[F_OLD] = true;
    nn[F_P] = true;
    nn[F_Z] = true;
    nn[F_ZSUB] = true;
    nn[F_PSUB] = true;
    nn[F_ZWIN] = true;
    nn[F_PWIN] = true;
    nn[F_ZCON] = true;
    nn[F_PCON] = true;
    nn[F_FH] = true;
    NON_NEGATIVE = nn;
  }

  /** Signals at least this strong that are {@link #trusted} keep their own score as a floor. */
  public static final double FLOOR_MIN = 0.5;

  /** Weights and bias for windows of at most {@link #WEAK_MAX_TOKENS} tokens. */
  public final double[] w;
  public final double bias;
  /**
   * Weights and bias for longer windows: fitted on the long training rows only (long role-play set-ups and persona
   * prompts, harmless or not), so the short rows — all of the team's own rows, whose attacks often need a rule to be
   * recognised — do not set how much a rule hit counts in a long prompt.
   */
  public final double[] wLong;
  public final double biasLong;
  /** {@code x[F_LEN]} above this value: a long window (more than {@link #WEAK_MAX_TOKENS} tokens). */
  static final double LONG_LEN = Math.log1p(64) / 8;
  /**
   * Signal names (rule ids such as {@code override/ignore-previous}, marker names, payload kinds) that fired on no
   * benign row of the training split: their score is a floor of the window's score, so a precise rule that the
   * training data rarely exercises (most non-English rules) still flags on its own.
   */
  public final java.util.Set<String> trusted;

  /**
   * Pairs of signals of different types ({@code a+b}, names sorted) that fired together on a benign row of the
   * training split. Any other pair of signals of different types, both at least {@link #FLOOR_MIN}, is a floor too
   * (its stronger score): two independent attack signatures in one window are what the hand-set combination trusted,
   * and the training data shows where that fails.
   */
  public final java.util.Set<String> untrustedPairs;
  /**
   * Signals that fired on benign training rows but, on texts of at most {@link #WEAK_MAX_TOKENS} tokens, mostly on
   * attacks (precision at least {@link #WEAK_PRECISION} on the training split): in a window of at most that many
   * tokens they are a floor of {@code max(WEAK_FLOOR, noisy-OR of the classifier probability and the signal)} (the
   * hand-set combination), so a short prompt with an override is still blocked even when the classifier does not
   * know its wording. Their false hits on the training split are mostly in long role-play set-ups.
   */
  public final java.util.Set<String> weak;
  public static final double WEAK_FLOOR = 0.55;
  public static final double WEAK_PRECISION = 0.8;
  public static final int WEAK_MAX_TOKENS = 64;

  public Stacker(double[] w, double bias, java.util.Collection<String> trusted) {
    this(w, bias, trusted, List.of(), List.of());
  }

  public Stacker(double[] w, double bias, java.util.Collection<String> trusted,
      java.util.Collection<String> untrustedPairs, java.util.Collection<String> weak) {
    this(w, bias, w, bias, trusted, untrustedPairs, weak);
  }

  public Stacker(double[] w, double bias, double[] wLong, double biasLong, java.util.Collection<String> trusted,
      java.util.Collection<String> untrustedPairs, java.util.Collection<String> weak) {
    if (w.length != DIM) {
      throw new IllegalArgumentException("stacker.w must have " + DIM + " weights");
    }
    if (wLong.length != DIM) {
      throw new IllegalArgumentException("stacker.wLong must have " + DIM + " weights");
    }
    this.w = w.clone();
    this.bias = bias;
    this.wLong = wLong.clone();
    this.biasLong = biasLong;
    this.trusted = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(trusted));
    this.untrustedPairs = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(untrustedPairs));
    this.weak = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(weak));
  }

  /** The key of a pair of signal names. */
  public static String pair(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "+" + b : b + "+" + a;
  }

  /** The score of one window: the combiner's, or the {@link #floor} when that is higher. */
  public double score(double p, double pSub, double pWin, List<Engine.Signal> signals, int tokens) {
    return score(p, pSub, pWin, 0, signals, tokens);
  }

  /** {@link #score(double, double, double, List, int)} with the concept model's probability {@code pCon}. */
  public double score(double p, double pSub, double pWin, double pCon, List<Engine.Signal> signals, int tokens) {
    double s = score(features(p, pSub, pWin, pCon, signals, tokens));
    return Math.max(s, floor(signals, tokens, p));
  }

  /** {@link #score(double, double, double, List, int)} with the window model's probability equal to {@code pSub}. */
  public double score(double p, double pSub, List<Engine.Signal> signals, int tokens) {
    return score(p, pSub, pSub, signals, tokens);
  }

  /**
   * The strongest score of a trusted signal of at least {@link #FLOOR_MIN}, or the stronger score of a pair of strong
   * signals of different types that is not an {@link #untrustedPairs untrusted pair}; else 0.
   */
  public double floor(List<Engine.Signal> signals, int tokens, double p) {
    boolean weakOk = tokens <= WEAK_MAX_TOKENS;
    double f = 0;
    int n = signals.size();
    for (int i = 0; i < n; i++) {
      Engine.Signal g = signals.get(i);
      if (g.score() < FLOOR_MIN || g.type().equals("CLASSIFIER")) {
        continue;
      }
      if (g.score() > f && trusted.contains(g.name())) {
        f = g.score();
      } else if (weakOk && weak.contains(g.name())) {
        f = Math.max(f, Math.max(WEAK_FLOOR, 1 - (1 - p) * (1 - g.score())));
      }
      for (int j = i + 1; j < n && j < 32; j++) {
        Engine.Signal h = signals.get(j);
        double m = Math.max(g.score(), h.score());
        if (m > f && h.score() >= FLOOR_MIN && !h.type().equals("CLASSIFIER") && !h.type().equals(g.type())
            && !untrustedPairs.contains(pair(g.name(), h.name()))) {
          f = m;
        }
      }
    }
    return f;
  }

  /**
   * The features of one window: classifier probability {@code p} of the whole window, the highest probability
   * {@code pSub} of a short token window inside it, the highest probability {@code pWin} of a short token window
   * under the window model ({@link Model#window()}), its signals and its token count.
   */
  public static double[] features(double p, double pSub, double pWin, List<Engine.Signal> signals, int tokens) {
    return features(p, pSub, pWin, 0, signals, tokens);
  }

  /** {@link #features(double, double, double, List, int)} with the concept model's probability {@code pCon}. */
  public static double[] features(double p, double pSub, double pWin, double pCon, List<Engine.Signal> signals,
      int tokens) {
    double[] x = new double[DIM];
    x[F_Z] = logit4(p);
    x[F_P] = p;
    x[F_ZSUB] = logit4(pSub);
    x[F_PSUB] = pSub;
    double rmax = 0;
    int sigs = 0;
    int fams = 0;
    for (Engine.Signal s : signals) {
      if (s.type().equals("CLASSIFIER")) {
        continue;
      }
      sigs++;
      rmax = Math.max(rmax, s.score());
      if (s.name().equals(Engine.FRAMED_HARM)) {
        x[F_FH] = Math.max(x[F_FH], s.score());
      }
      for (int k = 0; k < TYPES.length; k++) {
        if (TYPES[k].equals(s.type())) {
          if (x[F_TYPES + k] == 0) {
            fams++;
          }
          x[F_TYPES + k] = Math.max(x[F_TYPES + k], Math.max(1e-3, s.score()));
          break;
        }
      }
    }
    x[F_RMAX] = rmax;
    x[F_RP] = rmax * p;
    x[F_RPSUB] = rmax * pSub;
    x[F_RSHORT] = rmax * Math.max(0, 1 - Math.log1p(tokens) / Math.log1p(256));
    x[F_FAMS] = Math.min(4, fams) / 4.0;
    x[F_SIGS] = Math.log1p(sigs) / 3;
    x[F_LEN] = Math.log1p(tokens) / 8;
    x[F_SHORT] = tokens < 12 ? 1 : 0;
    x[F_OLD] = Engine.combine(p, rmax, fams);
    x[F_ZWIN] = logit4(pWin);
    x[F_PWIN] = pWin;
    x[F_ZCON] = pCon == 0 ? 0 : logit4(pCon);
    x[F_PCON] = pCon;
    return x;
  }

  private static double logit4(double p) {
    double pc = Math.min(1 - 1e-6, Math.max(1e-6, p));
    return Math.max(-3, Math.min(3, Math.log(pc / (1 - pc)) / 4));
  }

  /** The combined score in 0..1 of a feature vector. */
  public double score(double[] x) {
    return Model.sigmoid(logit(x));
  }

  /** Whether a feature vector is that of a long window (the {@link #wLong} weights apply). */
  public static boolean isLong(double[] x) {
    return x[F_LEN] > LONG_LEN;
  }

  /** The combined logit of a feature vector. */
  public double logit(double[] x) {
    boolean lng = isLong(x);
    double[] ww = lng ? wLong : w;
    double z = lng ? biasLong : bias;
    for (int i = 0; i < DIM; i++) {
      z += ww[i] * x[i];
    }
    return z;
  }

  /** The resource text: one {@code name weight} line per feature, then {@code bias}. */
  public String toText(String header) {
    StringBuilder sb = new StringBuilder();
    for (String h : header.split("\n")) {
      sb.append("# ").append(h).append('\n');
    }
    for (int i = 0; i < DIM; i++) {
      sb.append(NAMES.get(i)).append(' ').append(String.format(Locale.ROOT, "%.6f", w[i])).append('\n');
    }
    sb.append("bias ").append(String.format(Locale.ROOT, "%.6f", bias)).append('\n');
    for (int i = 0; i < DIM; i++) {
      sb.append("long ").append(NAMES.get(i)).append(' ').append(String.format(Locale.ROOT, "%.6f", wLong[i]))
          .append('\n');
    }
    sb.append("long bias ").append(String.format(Locale.ROOT, "%.6f", biasLong)).append('\n');
    for (String t : trusted) {
      sb.append("trusted ").append(t).append('\n');
    }
    for (String t : untrustedPairs) {
      sb.append("untrusted-pair ").append(t).append('\n');
    }
    for (String t : weak) {
      sb.append("weak ").append(t).append('\n');
    }
    return sb.toString();
  }

  /** Parses {@link #toText}; weights are rounded to 6 decimals there, so a written stacker reads back exactly. */
  public static Stacker parse(InputStream in) throws IOException {
    BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    double[] w = new double[DIM];
    boolean[] seen = new boolean[DIM + 1];
    double bias = 0;
    double[] wl = new double[DIM];
    boolean[] seenLong = new boolean[DIM + 1];
    double biasLong = 0;
    List<String> trusted = new ArrayList<>();
    List<String> pairs = new ArrayList<>();
    List<String> weak = new ArrayList<>();
    String line;
    while ((line = br.readLine()) != null) {
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("trusted ")) {
        trusted.add(line.substring(8).strip());
        continue;
      }
      if (line.startsWith("weak ")) {
        weak.add(line.substring(5).strip());
        continue;
      }
      if (line.startsWith("untrusted-pair ")) {
        pairs.add(line.substring(15).strip());
        continue;
      }
      boolean lng = line.startsWith("long ");
      if (lng) {
        line = line.substring(5).strip();
      }
      int sp = line.lastIndexOf(' ');
      if (sp < 0) {
        throw new IOException("bad stacker line: " + line);
      }
      String name = line.substring(0, sp);
      double v;
      try {
        v = Double.parseDouble(line.substring(sp + 1));
      } catch (NumberFormatException e) {
        throw new IOException("bad stacker weight for " + name);
      }
      if (!Double.isFinite(v)) {
        throw new IOException("non-finite stacker weight for " + name);
      }
      int i = name.equals("bias") ? DIM : NAMES.indexOf(name);
      if (i < 0) {
        throw new IOException("unknown stacker feature " + name);
      }
      if (lng) {
        if (i == DIM) {
          biasLong = v;
        } else {
          wl[i] = v;
        }
        seenLong[i] = true;
      } else {
        if (i == DIM) {
          bias = v;
        } else {
          w[i] = v;
        }
        seen[i] = true;
      }
    }
    // a resource written before the window model and the long-window weights (feat/p3direct) reads as it scored
    // then: window weights 0, one set of weights for all lengths
    boolean anyLong = false;
    for (int i = 0; i <= DIM; i++) {
      anyLong |= seenLong[i];
      if (!seen[i] && i != F_ZWIN && i != F_PWIN && i != F_ZCON && i != F_PCON && i != F_FH) {
        throw new IOException("stacker resource is missing a weight");
      }
    }
    if (!anyLong) {
      return new Stacker(w, bias, trusted, pairs, weak);
    }
    for (int i = 0; i <= DIM; i++) {
      if (!seenLong[i] && i != F_ZWIN && i != F_PWIN && i != F_ZCON && i != F_PCON && i != F_FH) {
        throw new IOException("stacker resource is missing a long-window weight");
      }
    }
    return new Stacker(w, bias, wl, biasLong, trusted, pairs, weak);
  }

  private static volatile Stacker standard;
  private static volatile boolean loaded;

  /**
   * The shipped combiner, or null when the resource is missing (then the hand-set combination is used). The system
   * property {@code aisec.prompt.stacker} may name a file to use instead, or be {@code none} to use the hand-set
   * combination (for experiments and before/after measurements).
   */
  public static Stacker standard() {
    if (!loaded) {
      String file = System.getProperty("aisec.prompt.stacker");
      if ("none".equals(file)) {
        loaded = true;
        return null;
      }
      try (InputStream in = file != null ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))
          : Stacker.class.getResourceAsStream(RESOURCE)) {
        standard = in == null ? null : parse(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      loaded = true;
    }
    return standard;
  }
}
