package dev.aisec.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes untrusted text safer to place in a prompt, and reports every change with its span in the original text.
 *
 * <p>Steps, in order: invisible, format, bidi, variation-selector and Unicode tag characters are removed (or, in
 * {@link Builder#escapeInvisible(boolean) escape mode}, replaced by a visible {@code \\u{XXXX}} escape); unpaired
 * surrogates become U+FFFD; chat-template tokens ({@code <|im_start|>}, {@code [INST]}, {@code <<SYS>>},
 * {@code <start_of_turn>}, ...) are rewritten to an inert form such as {@code (im_start)}; fake role markers at a line
 * start ({@code System:}, {@code ### Assistant:}) become {@code System (quoted):}; finally the text is capped at
 * {@link Builder#maxLength(int) maxLength} characters (never splitting a surrogate pair).
 *
 * <p>Guarantees: linear time; idempotent ({@code sanitize(sanitize(x).text()).text()} equals
 * {@code sanitize(x).text()} and reports no change); every change's span lies within the input. Immutable and
 * thread-safe.
 */
public final class PromptSanitizer {

  /** One change, {@code [start, end)} in the ORIGINAL text. */
  public record Change(String kind, int start, int end, String detail) {}

  /** The sanitised text and what was changed. */
  public record Result(String text, List<Change> changes) {
    public Result {
      changes = List.copyOf(changes);
    }

    /** Whether anything was changed. */
    public boolean changed() {
      return !changes.isEmpty();
    }
  }

  private static final String[][] TEMPLATE_TOKENS = {
      {"[/inst]", "(/INST)"}, {"[inst]", "(INST)"}, {"<</sys>>", "(/SYS)"}, {"<<sys>>", "(SYS)"},
      {"<start_of_turn>", "(start_of_turn)"}, {"<end_of_turn>", "(end_of_turn)"}};
  private static final String[] ROLES = {"system message", "system prompt", "system", "assistant", "user", "human",
      "developer", "model", "ai", "bot"};

  private final int maxLength;
  private final boolean escapeInvisible;

  private PromptSanitizer(Builder b) {
    this.maxLength = b.maxLength;
    this.escapeInvisible = b.escapeInvisible;
  }

  /** Strips invisible characters and caps at 32,000 characters. */
  public static PromptSanitizer standard() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder; validates its settings. */
  public static final class Builder {
    private int maxLength = 32_000;
    private boolean escapeInvisible;

    /** Maximum output length in UTF-16 units (1..100,000,000). */
    public Builder maxLength(int n) {
      if (n < 1 || n > 100_000_000) {
        throw new IllegalArgumentException("maxLength must be in 1..100000000, got " + n);
      }
      this.maxLength = n;
      return this;
    }

    /** Replace invisible characters with a visible escape instead of removing them. */
    public Builder escapeInvisible(boolean escape) {
      this.escapeInvisible = escape;
      return this;
    }

    public PromptSanitizer build() {
      return new PromptSanitizer(this);
    }
  }

  /** Text with a map from each char to the original range it came from. */
  private static final class Mapped {
    final StringBuilder sb = new StringBuilder();
    int[] os = new int[16];
    int[] oe = new int[16];

    void add(char c, int s, int e) {
      if (sb.length() == os.length) {
        os = java.util.Arrays.copyOf(os, os.length * 2);
        oe = java.util.Arrays.copyOf(oe, oe.length * 2);
      }
      os[sb.length()] = s;
      oe[sb.length()] = e;
      sb.append(c);
    }

    void add(String str, int s, int e) {
      for (int i = 0; i < str.length(); i++) {
        add(str.charAt(i), s, e);
      }
    }
  }

  /** Sanitises a text; null is treated as empty. */
  public Result sanitize(String text) {
    String in = text == null ? "" : text;
    List<Change> changes = new ArrayList<>();
    // 1. invisible characters and broken surrogates
    Mapped a = new Mapped();
    int i = 0;
    while (i < in.length()) {
      char c = in.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < in.length() && Character.isLowSurrogate(in.charAt(i + 1))) {
        int cp = in.codePointAt(i);
        if (invisible(cp)) {
          int st = i;
          while (i < in.length() && invisible(in.codePointAt(i))) {
            emitInvisible(a, in.codePointAt(i), i, i + Character.charCount(in.codePointAt(i)));
            i += Character.charCount(in.codePointAt(i));
          }
          changes.add(new Change(escapeInvisible ? "ESCAPED_INVISIBLE" : "REMOVED_INVISIBLE", st, i,
              (cp >= 0xE0000 && cp <= 0xE007F) ? "Unicode tag characters" : "invisible characters"));
          continue;
        }
        a.add(c, i, i + 2);
        a.add(in.charAt(i + 1), i, i + 2);
        i += 2;
        continue;
      }
      if (Character.isSurrogate(c)) {
        a.add('\uFFFD', i, i + 1);
        changes.add(new Change("REPLACED_BROKEN_SURROGATE", i, i + 1, "unpaired surrogate"));
        i++;
        continue;
      }
      if (invisible(c)) {
        int st = i;
        while (i < in.length() && !Character.isSurrogate(in.charAt(i)) && invisible(in.charAt(i))) {
          emitInvisible(a, in.charAt(i), i, i + 1);
          i++;
        }
        changes.add(new Change(escapeInvisible ? "ESCAPED_INVISIBLE" : "REMOVED_INVISIBLE", st, i,
            bidi(in.charAt(st)) ? "bidi control characters" : "invisible characters"));
        continue;
      }
      a.add(c, i, i + 1);
      i++;
    }
    // 2. chat-template tokens and 3. role markers at line starts
    Mapped b = new Mapped();
    String s = a.sb.toString();
    int n = s.length();
    boolean lineStart = true;
    for (int p = 0; p < n; ) {
      if (lineStart) {
        int q = roleMarkerEnd(s, p);
        if (q > 0) {
          // copy up to (not including) the colon, then " (quoted):"
          for (int k = p; k < q - 1; k++) {
            b.add(s.charAt(k), a.os[k], a.oe[k]);
          }
          b.add(" (quoted):", a.os[q - 1], a.oe[q - 1]);
          changes.add(new Change("NEUTRALISED_ROLE_MARKER", a.os[p], a.oe[q - 1], "fake role marker at line start"));
          p = q;
          lineStart = false;
          continue;
        }
      }
      char c = s.charAt(p);
      if (c == '<' && p + 1 < n && s.charAt(p + 1) == '|') {
        int close = s.indexOf("|>", p + 2);
        if (close > 0 && close - p <= 40 && noSpace(s, p + 2, close)) {
          String name = s.substring(p + 2, close);
          b.add("(" + name + ")", a.os[p], a.oe[close + 1]);
          changes.add(new Change("NEUTRALISED_TEMPLATE_TOKEN", a.os[p], a.oe[close + 1], "chat-template token"));
          p = close + 2;
          lineStart = false;
          continue;
        }
      }
      if (c == '[' || c == '<') {
        String hit = null;
        String rep = null;
        for (String[] t : TEMPLATE_TOKENS) {
          if (s.regionMatches(true, p, t[0], 0, t[0].length())) {
            hit = t[0];
            rep = t[1];
            break;
          }
        }
        if (hit != null) {
          int e = p + hit.length();
          b.add(rep, a.os[p], a.oe[e - 1]);
          changes.add(new Change("NEUTRALISED_TEMPLATE_TOKEN", a.os[p], a.oe[e - 1], "chat-template token"));
          p = e;
          lineStart = false;
          continue;
        }
      }
      b.add(c, a.os[p], a.oe[p]);
      lineStart = c == '\n';
      p++;
    }
    // 4. length cap
    String out = b.sb.toString();
    if (out.length() > maxLength) {
      int cut = maxLength;
      if (Character.isHighSurrogate(out.charAt(cut - 1)) && cut < out.length()
          && Character.isLowSurrogate(out.charAt(cut))) {
        cut--;
      }
      changes.add(new Change("TRUNCATED", cut == 0 ? 0 : b.oe[cut - 1], in.length(),
          "capped at " + maxLength + " characters"));
      out = out.substring(0, cut);
    }
    changes.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return new Result(out, changes);
  }

  private void emitInvisible(Mapped m, int cp, int s, int e) {
    if (escapeInvisible) {
      m.add("\\u{" + Integer.toHexString(cp).toUpperCase(Locale.ROOT) + "}", s, e);
    }
  }

  /** Template token names: letters, digits, '_', '-', '.', '/'. */
  private static boolean noSpace(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/')) {
        return false;
      }
    }
    return to > from;
  }

  private static boolean bidi(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
        || c == 0x061C;
  }

  /** Invisible, format, bidi, variation selector, tag characters and fillers. */
  static boolean invisible(int cp) {
    if (cp < 0xAD) {
      return false;
    }
    if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0xE0000 && cp <= 0xE007F)
        || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0) {
      return true;
    }
    return Character.getType(cp) == Character.FORMAT;
  }

  /** End (after the colon) of a role marker starting at line start {@code p}, or -1. */
  private static int roleMarkerEnd(String s, int p) {
    int n = s.length();
    int q = p;
    while (q < n && q - p < 6 && (s.charAt(q) == '#' || s.charAt(q) == ' ' || s.charAt(q) == '*'
        || s.charAt(q) == '>' || s.charAt(q) == '[')) {
      q++;
    }
    for (String r : ROLES) {
      if (s.regionMatches(true, q, r, 0, r.length())) {
        int e = q + r.length();
        while (e < n && e - q < r.length() + 3 && (s.charAt(e) == '*' || s.charAt(e) == ']' || s.charAt(e) == ' ')) {
          e++;
        }
        if (e < n && s.charAt(e) == ':') {
          return e + 1;
        }
      }
    }
    return -1;
  }
}
