package dev.aisec.prompt.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Literal markers that tokenisation loses: chat-template tokens ({@code <|im_start|>}, {@code [INST]},
 * {@code <<SYS>>}, ...), fake document delimiters, fake role turns at line starts ({@code System:}), and hidden
 * comments ({@code <!-- -->}, {@code [//]: #}). One linear pass; every candidate literal is compared only at
 * positions whose first character can start it. Thread-safe (immutable tables).
 */
public final class Markers {

  /** A marker found at {@code [start, end)} of the scanned string. */
  public record Hit(String family, String name, int start, int end, double userScore, double indirectScore) {}

  private record Lit(String text, String family, String name, double user, double indirect) {}

  private static final Lit[] LITS = {
    new Lit("<|im_start|>", "template", "chatml", 0.8, 0.9),
    new Lit("<|im_end|>", "template", "chatml", 0.8, 0.9),
    new Lit("<|im_sep|>", "template", "chatml", 0.8, 0.9),
    new Lit("<|system|>", "template", "role-token", 0.8, 0.9),
    new Lit("<|user|>", "template", "role-token", 0.7, 0.9),
    new Lit("<|assistant|>", "template", "role-token", 0.7, 0.9),
    new Lit("<|endoftext|>", "template", "end-of-text", 0.75, 0.9),
    new Lit("<|begin_of_text|>", "template", "llama3", 0.8, 0.9),
    new Lit("<|start_header_id|>", "template", "llama3", 0.8, 0.9),
    new Lit("<|end_header_id|>", "template", "llama3", 0.8, 0.9),
    new Lit("<|eot_id|>", "template", "llama3", 0.8, 0.9),
    new Lit("<|end|>", "template", "phi", 0.6, 0.85),
    new Lit("<start_of_turn>", "template", "gemma", 0.8, 0.9),
    new Lit("<end_of_turn>", "template", "gemma", 0.8, 0.9),
    // (p18cv) the bare words "eos"/"eot" left the end-marker rule: they fired on "Canon EOS R5" and "(EoS)" only
    new Lit("<eos>", "template", "gemma", 0.8, 0.9),
    new Lit("[inst]", "template", "llama2", 0.7, 0.9),
    new Lit("[/inst]", "template", "llama2", 0.75, 0.9),
    new Lit("<<sys>>", "template", "llama2-sys", 0.8, 0.9),
    new Lit("<</sys>>", "template", "llama2-sys", 0.8, 0.9),
    new Lit("### instruction:", "template", "alpaca", 0.55, 0.85),
    new Lit("### system:", "template", "alpaca", 0.7, 0.9),
    new Lit("### response:", "template", "alpaca", 0.5, 0.8),
    new Lit("\n\nhuman:", "template", "anthropic", 0.6, 0.85),
    new Lit("\n\nassistant:", "template", "anthropic", 0.6, 0.85),
    new Lit("<system>", "template", "xml-role", 0.6, 0.85),
    new Lit("</system>", "template", "xml-role", 0.6, 0.85),
    new Lit("<system_prompt>", "template", "xml-role", 0.7, 0.85),
    new Lit("<instructions>", "template", "xml-role", 0.4, 0.8),
    new Lit("[system]", "template", "bracket-role", 0.6, 0.85),
    new Lit("[system message]", "template", "bracket-role", 0.7, 0.85),
    new Lit("[assistant]", "template", "bracket-role", 0.5, 0.8),
    new Lit("</document>", "delimiter", "close-tag", 0.5, 0.8),
    new Lit("</context>", "delimiter", "close-tag", 0.5, 0.8),
    new Lit("</data>", "delimiter", "close-tag", 0.45, 0.75),
    new Lit("</email>", "delimiter", "close-tag", 0.45, 0.75),
    new Lit("</user_input>", "delimiter", "close-tag", 0.6, 0.8),
    new Lit("</untrusted>", "delimiter", "close-tag", 0.6, 0.85),
    new Lit("</user", "delimiter", "close-tag", 0.5, 0.8),
    new Lit("</query>", "delimiter", "close-tag", 0.45, 0.75),
    new Lit("<admin", "template", "xml-role", 0.5, 0.85),
    new Lit("[end of", "delimiter", "end-bracket", 0.5, 0.75),
    new Lit("=== end", "delimiter", "end-rule", 0.45, 0.7),
    new Lit("--- end", "delimiter", "end-rule", 0.45, 0.7),
    new Lit("-----end", "delimiter", "end-rule", 0.4, 0.6),
    new Lit("[//]: #", "hiding", "markdown-comment", 0.4, 0.7),
    // (p12gen) chat messages pasted as JSON: a system turn written by whoever typed the text
    new Lit("\"role\":\"system\"", "template", "json-system-role", 0.55, 0.85),
    new Lit("\"role\": \"system\"", "template", "json-system-role", 0.55, 0.85),
    new Lit("'role': 'system'", "template", "json-system-role", 0.55, 0.85),
  };

  private static final Lit[][] BY_FIRST = new Lit[128][];
  private static final String[] ROLE_WORDS = {"system", "assistant", "user", "human", "ai", "bot", "model",
      "developer", "admin", "administrator", "root", "chatgpt", "gpt", "sys", "system message",
      "system prompt", "new instructions", "instructions", "operator",
      // (p11prompt) role words of chat transcripts in de, fr, es, pt, it, ru, zh, ja
      "assistent", "nutzer", "benutzer", "utilisateur", "système", "systeme", "asistente", "usuario", "sistema",
      "assistente", "usuário", "utente", "ассистент", "пользователь", "система", "助手", "用户", "系统",
      "アシスタント", "ユーザー", "システム"};

  /**
   * (p12gen) Role words that count in brackets without a colon ("[sistema] …"); not "ai", "admin", "bot" … which
   * tag ordinary lines ("[Admin] maintenance tonight"), and never before "(" (a markdown link).
   */
  private static final java.util.Set<String> BRACKET_ROLES = java.util.Set.of("system", "assistant", "user",
      "système", "sistema", "система", "系统", "システム", "assistente", "asistente", "assistent", "ассистент",
      "utente", "usuario", "usuário", "utilisateur", "nutzer", "benutzer", "пользователь", "用户", "助手",
      "ユーザー", "アシスタント");

  /** ASCII characters that can start a literal (either case), a comment ({@code <}) or a line ({@code \n}). */
  private static final boolean[] ACTIVE = new boolean[128];

  /** ROLE_WORDS by their (ASCII, lower-case) first character, in ROLE_WORDS order. */
  private static final String[][] ROLE_BY_FIRST = new String[128][];

  static {
    for (int c = 0; c < 128; c++) {
      List<String> l = new ArrayList<>();
      for (String w : ROLE_WORDS) {
        if (w.charAt(0) == c) {
          l.add(w);
        }
      }
      ROLE_BY_FIRST[c] = l.toArray(new String[0]);
    }
    List<List<Lit>> tmp = new ArrayList<>();
    for (int i = 0; i < 128; i++) {
      tmp.add(null);
    }
    for (Lit l : LITS) {
      char c = l.text.charAt(0);
      if (tmp.get(c) == null) {
        tmp.set(c, new ArrayList<>());
      }
      tmp.get(c).add(l);
    }
    for (int i = 0; i < 128; i++) {
      if (tmp.get(i) != null) {
        BY_FIRST[i] = tmp.get(i).toArray(new Lit[0]);
      }
    }
    for (int c = 0; c < 128; c++) {
      int lc = c >= 'A' && c <= 'Z' ? c + 32 : c;
      ACTIVE[c] = BY_FIRST[lc] != null || c == '\n' || c == '<';
    }
  }

  /**
   * (review13) The role words of a system line, compiled once: {@code String.matches} compiled this pattern again for
   * every role line, which made a text of many role lines ("[system] …" on each line) twice as slow to scan as
   * needed (measured by hand: 2 MB of "\n[system] " lines, 7.9 s before and 4.0 s after for four scans, prose of the
   * same length 1.1 s). No nested quantifier: linear in the (bounded) role word.
   */
  private static final java.util.regex.Pattern SYSTEM_ROLE = java.util.regex.Pattern.compile(
      "[^a-z]*(system|sys|developer|admin|administrator|root|operator|system message|system prompt|new instructions"
          + "|instructions).*");

  private Markers() {}

  /** Scans {@code s[from, to)} and appends hits. */
  public static void scan(String s, int from, int to, List<Hit> out) {
    scan(s, s.toCharArray(), from, to, out);
  }

  /**
   * (p20speed) Whether no letter, digit or space is {@link #ACTIVE}: then {@link #scan(String, Tokens, List)} may visit
   * only the positions {@link Tokens#marksOf} lists (true for the literals of this class; checked once).
   */
  private static final boolean MARKS_SUFFICE;

  static {
    boolean ok = !ACTIVE[' '];
    for (int c = 0; c < 128; c++) {
      if (Character.isLetterOrDigit(c) && ACTIVE[c]) {
        ok = false;
      }
    }
    MARKS_SUFFICE = ok;
  }

  /**
   * (p20speed) {@link #scan(String, int, int, List)} of all of {@code s}, where {@code t} is the last tokenisation of
   * {@code s}: when its recorded positions ({@link Tokens#marksOf}) are available, only those positions (every ASCII
   * character that is not a letter, a digit or a space), the first position and the position after each line break
   * are visited; the other positions start no literal, no comment and no line, so the hits are the same, in the same
   * order.
   */
  static void scan(String s, Tokens t, List<Hit> out) {
    final int[] pos = MARKS_SUFFICE ? t.marksOf(s) : null;
    if (pos == null) {
      scan(s, t.charsOf(s), 0, s.length(), out);
      return;
    }
    final char[] a = t.charsOf(s);
    final int to = s.length();
    final int nPos = t.markCount();
    int roleTurns = 0;
    if (to > 0 && roleAt(s, 0, to, out)) {
      roleTurns++;
    }
    int next = 0; // positions below are inside an HTML comment already reported
    for (int q = 0; q < nPos; q++) {
      final int i = pos[q];
      if (i < next) {
        continue;
      }
      final char c = a[i];
      final char lc = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      if (BY_FIRST[lc] != null) {
        for (Lit l : BY_FIRST[lc]) {
          if (regionMatchesCi(s, i, l.text) && i + l.text.length() <= to) {
            out.add(new Hit(l.family, l.name, i, i + l.text.length(), l.user, l.indirect));
          }
        }
      }
      if (c == '<' && i + 3 < to && s.startsWith("<!--", i)) {
        int close = s.indexOf("-->", i + 4);
        int end = close < 0 || close >= to ? to : close + 3;
        out.add(new Hit("hiding", "html-comment", i, end, 0.0, 0.0));
        next = Math.max(i, end - 1) + 1;
      } else if (c == '\n' && i + 1 < to && roleAt(s, i + 1, to, out)) {
        roleTurns++;
      }
    }
    if (roleTurns >= 2) {
      out.add(new Hit("fake-turn", "multi-turn", 0, to, 0.45, 0.85));
    }
  }

  /** The role-line check of {@link #scan} at a line start {@code i}: adds its hit and returns whether it found one. */
  private static boolean roleAt(String s, int i, int to, List<Hit> out) {
    int r = roleLine(s, i, to);
    if (r <= 0) {
      return false;
    }
    String word = s.substring(i, r).strip();
    String lw = word.toLowerCase(java.util.Locale.ROOT);
    boolean sys = SYSTEM_ROLE.matcher(lw).matches()
        || lw.contains("système") || lw.contains("systeme") || lw.contains("sistema") || lw.contains("система")
        || lw.contains("系统") || lw.contains("システム");
    out.add(new Hit("fake-turn", sys ? "system-line" : "role-line", i, r, sys ? 0.4 : 0.3, sys ? 0.85 : 0.6));
    return true;
  }

  /**
   * {@link #scan(String, int, int, List)} reading the characters from {@code a}, which holds {@code s.charAt(i)} at
   * every index {@code i} in {@code [from, to)} (for example {@link Tokens#charsOf}).
   */
  static void scan(String s, char[] a, int from, int to, List<Hit> out) {
    boolean lineStart = true;
    int roleTurns = 0;
    for (int i = from; i < to; i++) {
      char c = a[i];
      if (!lineStart && (c >= 128 || !ACTIVE[c])) {
        continue; // starts no literal or comment and ends no line: nothing below would happen
      }
      if (lineStart) {
        int r = roleLine(s, i, to);
        if (r > 0) {
          roleTurns++;
          String word = s.substring(i, r).strip();
          String lw = word.toLowerCase(java.util.Locale.ROOT);
          boolean sys = SYSTEM_ROLE.matcher(lw).matches()
              || lw.contains("système") || lw.contains("systeme") || lw.contains("sistema") || lw.contains("система")
              || lw.contains("系统") || lw.contains("システム");
          out.add(new Hit("fake-turn", sys ? "system-line" : "role-line", i, r, sys ? 0.4 : 0.3, sys ? 0.85 : 0.6));
        }
      }
      lineStart = c == '\n';
      char lc = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      if (lc < 128 && BY_FIRST[lc] != null) {
        for (Lit l : BY_FIRST[lc]) {
          if (regionMatchesCi(s, i, l.text) && i + l.text.length() <= to) {
            out.add(new Hit(l.family, l.name, i, i + l.text.length(), l.user, l.indirect));
          }
        }
      }
      if (c == '<' && i + 3 < to && s.startsWith("<!--", i)) {
        int close = s.indexOf("-->", i + 4);
        int end = close < 0 || close >= to ? to : close + 3;
        out.add(new Hit("hiding", "html-comment", i, end, 0.0, 0.0));
        i = Math.max(i, end - 1);
      }
    }
    if (roleTurns >= 2) {
      out.add(new Hit("fake-turn", "multi-turn", from, to, 0.45, 0.85));
    }
  }

  /**
   * {@code s.regionMatches(true, at, w, 0, w.length())} with the same result, comparing ASCII characters directly
   * (the JDK's version converts every character's case through the Unicode tables).
   */
  static boolean regionMatchesCi(String s, int at, String w) {
    int len = w.length();
    if (at < 0 || at + len > s.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      char c = s.charAt(at + k);
      char d = w.charAt(k);
      if (c == d) {
        continue;
      }
      if (c < 128 && d < 128) {
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (d >= 'A' && d <= 'Z' ? d + 32 : d)) {
          return false;
        }
        continue;
      }
      char u1 = Character.toUpperCase(c);
      char u2 = Character.toUpperCase(d);
      if (u1 != u2 && Character.toLowerCase(u1) != Character.toLowerCase(u2)) {
        return false;
      }
    }
    return true;
  }

  /** End of a role marker ({@code System:}, {@code ### Assistant:}, {@code **User**:}) at a line start, or -1. */
  private static int roleLine(String s, int i, int to) {
    int p = i;
    while (p < to && p - i < 8 && (s.charAt(p) == ' ' || s.charAt(p) == '#' || s.charAt(p) == '*'
        || s.charAt(p) == '>' || s.charAt(p) == '[' || s.charAt(p) == '-')) {
      p++;
    }
    // a role word matches only where its first character matches (case-insensitively): for an ASCII character only
    // the words starting with it can, for other characters (whose case folding may reach ASCII) try them all
    String[] words = ROLE_WORDS;
    if (p < to) {
      char c = s.charAt(p);
      if (c < 128) {
        words = ROLE_BY_FIRST[c >= 'A' && c <= 'Z' ? c + 32 : c];
      }
    }
    for (String w : words) {
      if (p + w.length() < to && regionMatchesCi(s, p, w)) {
        int q = p + w.length();
        // (p12gen) "[sistema] …", "[utente] …": a role word in brackets at a line start is a role marker without a
        // colon too
        if (p > i && s.charAt(p - 1) == '[' && q < to && s.charAt(q) == ']' && BRACKET_ROLES.contains(w)
            && (q + 1 >= to || s.charAt(q + 1) != '(')) {
          return q + 1;
        }
        while (q < to && q - p < w.length() + 4 && (s.charAt(q) == '*' || s.charAt(q) == ']' || s.charAt(q) == ' ')) {
          q++;
        }
        if (q < to && (s.charAt(q) == ':' || s.charAt(q) == '\uff1a')) {
          return q + 1;
        }
      }
    }
    return -1;
  }
}
