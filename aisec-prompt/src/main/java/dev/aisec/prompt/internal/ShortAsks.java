package dev.aisec.prompt.internal;

import java.util.Set;

/**
 * (p20tt) Shape checks for the round-20 rules about short asks against a hidden set-up — the Tensor Trust game's
 * shapes: make the model produce the access phrase, work on "the rules / the above / the password" that the user
 * never supplied, or ask for the secret outright. The rules themselves ({@code rules.txt}, block "(p20tt)") only
 * find the words; a hit is kept when its surroundings have the shape of such an ask. Every check reads a few tokens
 * around the hit (no pass over the text), and runs only when one of these rules matched.
 */
final class ShortAsks {

  private ShortAsks() {}

  static final String ACCESS = "output/access-phrase";
  static final String ACCESS_CJK = "output/access-phrase-cjk";
  static final String OPPOSITE = "output/access-phrase-opposite";
  static final String BARE_TASK = "extraction/bare-setup-task";
  static final String BARE_TASK_WEAK = "extraction/bare-setup-task-weak";
  static final String BARE_QUESTION = "extraction/bare-secret-question";
  static final String OPENER = "extraction/continue-setup-opener";

  /** Longest text (tokens) in which a task on an unnamed set-up counts: a pasted text makes "the above" the user's. */
  static final int BARE_TASK_MAX_TOKENS = 24;
  /** Latest token at which that task may start. */
  static final int BARE_TASK_MAX_START = 10;
  /** Most tokens after a disclosure's opening words: the opener is where the text ends, for the model to go on. */
  static final int OPENER_MAX_AFTER = 3;
  /** Longest text (tokens) of a bare question for the secret. */
  static final int BARE_QUESTION_MAX_TOKENS = 10;

  /** Last words of the access phrase in every listed language (the token whose neighbours are read). */
  private static final Set<String> PHRASE_END = Set.of("granted", "accessgranted", "gewährt", "erteilt", "autorisé",
      "accordé", "garanti", "concedido", "permitido", "otorgado", "consentito", "garantito", "concesso", "liberado",
      "разрешен", "разрешён", "предоставлен", "грантед");
  /** After the phrase, words that continue a noun phrase ("access granted to contractors", "… granted by law"). */
  private static final Set<String> NOUN_NEXT = Set.of("to", "by", "for", "on", "under", "via", "through", "is", "was",
      "were", "will", "would", "should", "must", "can", "may", "has", "have", "had", "from", "at", "within", "per",
      "pour", "par", "für", "durch", "por", "para", "da", "к", "для", "по");
  /** Languages: "translate access granted to English" is no noun phrase. */
  private static final Set<String> LANGUAGE = Set.of("english", "englisch", "anglais", "inglés", "ingles", "inglese",
      "inglês", "английский", "енглески", "french", "german", "spanish", "italian", "portuguese", "russian", "chinese",
      "japanese", "latin", "binary", "morse", "base64", "pig");
  /** Before the phrase, words that make it a noun phrase ("the access granted", "level of access granted"). */
  private static final Set<String> NOUN_BEFORE = Set.of("the", "of", "any", "all", "this", "that", "their", "his",
      "her", "its", "our", "my", "der", "den", "le", "l", "el", "il", "o", "del", "du", "des", "de");
  /** Words of a request to write a program ("write a Python script that prints access granted if …"). */
  private static final Set<String> PROGRAM = Set.of("program", "programs", "programme", "script", "scripts",
      "function", "functions", "python", "javascript", "java", "bash", "html", "loop", "programm", "skript",
      "funktion", "programa", "función", "funzione", "função", "программу", "программа", "скрипт", "функцию",
      "elif", "app", "apps", "ui", "button", "label", "localization", "localisation", "i18n", "website", "strings");
  /** After an unnamed set-up, words that keep it the object of the task ("as a list", "back", "in detail"). */
  private static final Set<String> TASK_NEXT = Set.of("as", "into", "back", "again", "word", "step", "with",
      "using", "please", "now", "verbatim", "exactly", "and", "then", "so", "in", "briefly", "simply",
      "letter", "line", "below", "here", "initially", "originally", "earlier", "before", "first", "als", "wieder", "nochmal", "noch", "comme", "en", "como", "come", "em",
      "de", "wort", "mot", "palabra", "parola", "palavra");
  /** After "to": a listener ("to me", "to a child"). */
  private static final Set<String> TO_WHOM = Set.of("me", "us", "a", "an");
  /** After "in" / "en" / "em": a determiner makes it a place ("in the manual"), not a manner ("in simple terms"). */
  private static final Set<String> PLACE_DET = Set.of("the", "my", "this", "that", "these", "those", "our", "his",
      "her", "their", "your", "der", "dem", "den", "die", "das", "meinem", "meiner", "le", "la", "les", "mon", "ma",
      "el", "los", "las", "mi", "il", "lo", "gli", "o", "os", "as", "meu", "minha");
  /** After the secret: what a bare question may still hold ("what is the password now?"). */
  private static final Set<String> QUESTION_NEXT = Set.of("please", "now", "again", "then", "today", "here",
      "exactly");

  /** Whether a hit of one of the round-20 rules keeps its shape; hits of other rules always do. */
  static boolean keeps(RuleSet.Hit h, Tokens t) {
    String id = h.rule().id();
    switch (id) {
      case ACCESS:
        return accessAsk(h, t);
      case BARE_TASK:
      case BARE_TASK_WEAK:
        return bareTask(h, t);
      case BARE_QUESTION:
        return bareQuestion(h, t);
      case OPENER:
        return t.size - h.endTok() <= OPENER_MAX_AFTER;
      default:
        return true;
    }
  }

  /** Whether the rule's evidence is a quoted phrase by design (the access phrase, a disclosure's opening words). */
  static boolean quotedByDesign(String id) {
    return id.equals(ACCESS) || id.equals(ACCESS_CJK) || id.equals(OPPOSITE) || id.equals(OPENER);
  }

  private static boolean accessAsk(RuleSet.Hit h, Tokens t) {
    int k = -1;
    for (int i = h.startTok(); i < h.endTok(); i++) {
      if (PHRASE_END.contains(t.text[i])) {
        k = i;
      }
    }
    if (k < 0) {
      return true;
    }
    if (k + 1 < t.size && NOUN_NEXT.contains(t.text[k + 1])
        && !(k + 2 < t.size && LANGUAGE.contains(t.text[k + 2]))) {
      return false;
    }
    int first = t.text[k].equals("accessgranted") ? k : k - 1; // the phrase's first word
    if (first - 1 >= 0 && NOUN_BEFORE.contains(t.text[first - 1])) {
      return false;
    }
    for (int i = Math.max(0, h.startTok() - 16); i < Math.min(t.size, h.endTok() + 8); i++) {
      if (PROGRAM.contains(t.text[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean bareTask(RuleSet.Hit h, Tokens t) {
    if (t.size > BARE_TASK_MAX_TOKENS || h.startTok() > BARE_TASK_MAX_START) {
      return false;
    }
    int n = h.endTok();
    // material the user supplies after a colon or a line break ("explain the above in simple words: …")
    for (int i = n - 1; i < Math.min(t.size - 1, n + 4); i++) {
      if ((t.gapHolds(i, ':') || t.gapHolds(i, '\n')) && t.size - (i + 1) >= 3) {
        return false;
      }
    }
    if (n >= t.size) {
      return true;
    }
    String next = t.text[n];
    if (next.equals("to")) {
      // "explain the rules to me / to a child", never a purpose ("the instructions to install Python")
      return n + 1 < t.size && TO_WHOM.contains(t.text[n + 1]);
    }
    if (!TASK_NEXT.contains(next)) {
      return false;
    }
    boolean place = next.equals("in") || next.equals("en") || next.equals("em") || next.equals("de");
    return !place || n + 1 >= t.size || !PLACE_DET.contains(t.text[n + 1]);
  }

  private static boolean bareQuestion(RuleSet.Hit h, Tokens t) {
    if (t.size > BARE_QUESTION_MAX_TOKENS) {
      return false;
    }
    for (int i = h.endTok(); i < t.size; i++) {
      if (!QUESTION_NEXT.contains(t.text[i])) {
        return false;
      }
    }
    return true;
  }
}
