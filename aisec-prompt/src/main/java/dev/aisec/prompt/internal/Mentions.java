package dev.aisec.prompt.internal;

/**
 * Context checks that tell a <em>mention</em> of attack wording from its <em>use</em> in user input (seventh round):
 * a short quoted phrase inside a request to translate or explain it ("Translate 'ignore previous instructions' into
 * French"), a chat-template token named inside a sentence ("What does the {@code <|im_start|>} token mean?"), and an
 * override that retracts the user's own earlier words ("ignore my previous message", "forget what I said"). The
 * detector lowers such a signal's score; the classifier and the other signals still count. Every check looks at a
 * bounded neighbourhood of the hit (at most a few hundred characters or a few tokens): linear overall. Stateless.
 */
public final class Mentions {

  private Mentions() {}

  /** Factor applied to the score of a signal that is mentioned rather than used. */
  public static final double DAMPEN = 0.35;

  /** Longest quoted phrase (characters) still treated as a mention. */
  private static final int MAX_QUOTE = 110;

  /** Most tokens of a quoted phrase still treated as a mention. */
  private static final int MAX_QUOTED_TOKENS = 8;

  /** Longest text (characters) in which a quoted phrase counts as a mention. */
  private static final int MAX_TEXT = 400;

  /** Words (lower-case) that ask about wording rather than give an order, in the nine languages and a few more. */
  private static final StrTable<Boolean> META = table(
      "translate", "translation", "translating", "say", "phrase", "expression", "sentence", "word", "term", "mean",
      "means", "meaning", "idiom", "pronounce", "spell", "grammar", "example", "examples", "called", "quote",
      "übersetze", "übersetzen", "übersetzung", "übersetzt", "bedeutet", "bedeutung", "satz", "ausdruck", "sagt",
      "traduire", "traduis", "traduisez", "traduction", "traduit", "signifie", "phrase", "expression", "dit",
      "traduce", "traducir", "traducción", "traduccion", "significa", "frase", "expresión", "dice",
      "traduza", "traduzir", "tradução", "traducao", "traduzione", "traduci", "tradurre",
      "переведи", "переведите", "перевод", "перевести", "означает", "фраза", "выражение",
      "翻译", "翻", "译", "意思", "翻訳", "訳", "意味", "번역", "의미", "vertaal", "vertaling", "przetłumacz",
      "çevir", "ترجم", "injection", "injections", "jailbreak", "jailbreaks", "attack", "attacks", "injektion",
      "inyección", "inyeccion", "injeção", "injecao", "iniezione", "инъекция", "инъекции", "注入", "インジェクション",
      "explain", "erkläre", "explique", "explica", "spiega", "объясни", "diz", "dizer", "significa", "attacco",
      "ataque", "attaque", "angriff", "атака", "攻击", "攻撃", "说", "怎么说", "言う", "english", "englisch",
      "anglais", "inglés", "ingles", "inglês", "inglese", "английский", "英语", "英文", "英語", "攻",
      // (p8prompt) inflected "attack" and "example" in the other languages
      "атаки", "атаку", "атак", "атаке", "пример", "примера", "примеры", "ataques", "attaques", "angriffe",
      "angriffs", "attacchi", "beispiel", "exemple", "ejemplo", "exemplo", "esempio", "例子", "例えば",
      // (p9prompt) "why does it work", "who wrote/posted it", "the filter flagged it": questions about a quoted
      // phrase in the nine languages; CJK cues of two or three characters are matched on consecutive characters
      "why", "warum", "wieso", "weshalb", "pourquoi", "qué", "porqué", "porque", "perché", "почему", "зачем",
      "为什么", "为何", "什么", "なぜ", "どうして", "呼ばれ", "意味", "wrote", "posted", "typed", "flagged",
      "detect", "detected", "escribió", "escribio", "escrito", "publicó", "écrit", "écrite", "geschrieben",
      "markiert", "erkannt", "scritto", "rileviamo", "rilevare", "escreveu", "написал", "написала", "filter",
      "filtre", "filtro", "фильтр", "检测", "検出", "论坛", "聊天机器人", "frase", "phrase", "фразу", "一句",
      "这句话", "这种话", "文", "という", "perigosa", "dangereuse", "gefährlich", "peligrosa", "pericolosa",
      "опасной", "опасна", "dangerous", "危险",
      // (p11prompt) a developer matching the phrase in logs or code: "a regex that detects the string '…'"
      "detects", "string", "strings", "regex", "regexp", "matches", "match", "contains", "logs",
      // (p11prompt) a line spoken by a character of a story: "the villain says: '…'", "der Bösewicht sagt: „…“"
      "story", "novel", "villain", "character", "says", "hisses", "shouts", "whispers", "scene", "dialogue",
      "roman", "krimi", "geschichte", "bösewicht", "méchant", "histoire", "cuento", "novela", "villano", "conto",
      "vilã", "vilão", "romanzo", "cattivo", "racconto", "рассказ", "роман", "злодей", "говорит", "小说", "反派",
      "故事", "台词", "小説", "悪役", "物語", "セリフ");

  /** Negations right before an extraction verb ("do not reveal", "que no revele"): a rule about, not a request. */
  private static final StrTable<Boolean> NEGATION = table(
      "not", "never", "don", "dont", "nicht", "nie", "pas", "ne", "non", "não", "nao", "no", "nunca", "jamais",
      "mai", "не", "никогда", "不", "别", "不要");

  /** Words right before a chat-template token that name it rather than use it. */
  private static final StrTable<Boolean> MARK_BEFORE = table(
      "the", "a", "an", "with", "like", "about", "print", "prints", "printing", "printed", "use", "uses", "using",
      "of", "and", "or", "token", "tag", "between", "after", "before", "emit", "emits", "add", "adds", "insert",
      "inserts", "what", "is", "are", "does", "see", "get", "das", "der", "die", "le", "la", "el", "o", "il", "token",
      // (p11prompt) "the markers / tags / tokens <|im_start|>" in the other languages
      "marker", "markers", "tokens", "tags", "balise", "balises", "jeton", "jetons", "etiqueta", "etiquetas",
      "marcador", "marcadores", "etichetta", "etichette", "markierung", "markierungen", "маркер", "маркеры",
      "маркеров", "токен", "токены", "токенов", "тег", "теги", "тегов", "les", "los", "las", "gli", "die");

  /** Words right after a chat-template token that name it rather than use it. */
  private static final StrTable<Boolean> MARK_AFTER = table(
      "token", "tokens", "tag", "tags", "marker", "markers", "and", "or", "format", "template", "mean", "means",
      "do", "does", "is", "are", "in", "at", "go", "goes", "for", "to", "token", "tokens", "et", "und", "y", "e",
      "appear", "appears", "come", "comes", "work", "works", "symbol", "string", "delimiter", "delimiters", "used",
      "added", "inserted", "stand", "stands", "tokens", "sequences", "sequence", "literally", "versus", "vs",
      "than", "instead",
      // (p11prompt) the other languages: "<|im_start|> du texte", "<|im_start|> в сообщении", "[INST] im Text"
      "du", "dans", "im", "nel", "nella", "в", "во", "из", "balise", "jeton", "токен", "маркер", "тег", "wird",
      "werden", "является");

  /** CJK naming words that may follow or precede a chat-template token without a space ("<|im_start|> 标记"). */
  private static final String[] CJK_MARK_WORDS = {"标记", "标签", "令牌", "符号", "トークン", "タグ", "マーカー", "記号"};

  /** Role words: a template token followed by one of them is used, not named. */
  private static final StrTable<Boolean> ROLES = table(
      "system", "user", "assistant", "model", "human", "ai", "bot", "developer", "admin", "sys", "inst");

  /** First-person words that make an override retract the user's own words. */
  private static final StrTable<Boolean> FIRST_PERSON = table(
      "my", "mein", "meine", "meinen", "meinem", "meiner", "mon", "ma", "mes", "mi", "mis", "meu", "minha", "meus",
      "minhas", "mio", "mia", "miei", "mie", "мой", "мою", "моё", "мое", "мои", "моего", "моей", "моих", "mijn",
      "mój", "moje", "moją", "mojego", "moich", "我", "私", "僕", "내", "제", "benim");

  /** Words after "I" that make it the user's own earlier message ("what I said", "the mail I sent"). */
  private static final StrTable<Boolean> I_SAID = table(
      "said", "sent", "wrote", "typed", "told", "asked", "posted", "mentioned", "gave", "shared", "pasted", "ich",
      "je", "j", "yo", "eu", "io", "я");

  private static StrTable<Boolean> table(String... words) {
    java.util.Map<String, Boolean> m = new java.util.HashMap<>();
    for (String w : words) {
      m.put(w, Boolean.TRUE);
    }
    return new StrTable<>(m);
  }

  private static boolean in(StrTable<Boolean> t, String w) {
    return w != null && t.get(w, w.hashCode()) != null;
  }

  private static boolean openQuote(char c) {
    return c == '"' || c == '\'' || c == '\u201c' || c == '\u2018' || c == '\u00ab' || c == '\u201e' || c == '\u300c'
        || c == '\u300e' || c == '`' || c == '\u201a' || c == '\u2039';
  }

  private static char closeOf(char c) {
    switch (c) {
      case '\u201c': return '\u201d';
      case '\u2018': return '\u2019';
      case '\u00ab': return '\u00bb';
      case '\u201e': return '\u201c';
      case '\u201a': return '\u2018';
      case '\u300c': return '\u300d';
      case '\u300e': return '\u300f';
      case '\u2039': return '\u203a';
      default: return c;
    }
  }

  private static boolean boundary(String s, int i) {
    return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
  }

  /**
   * The quote around {@code [s, e)}: {@code {open, close}} character positions of the quoting marks (same line, at most
   * {@value #MAX_QUOTE} characters apart) in a text of at most {@value #MAX_TEXT} characters, else null.
   */
  public static int[] quotedSpan(String chunk, int s, int e) {
    if (chunk.length() > MAX_TEXT) {
      return null;
    }
    int open = -1;
    char close = 0;
    for (int i = s - 1; i >= 0 && s - i <= MAX_QUOTE; i--) {
      char c = chunk.charAt(i);
      if (c == '\n') {
        break;
      }
      // an apostrophe inside a word ("don't") is no quote
      if (openQuote(c) && (c != '\'' || boundary(chunk, i - 1))) {
        open = i;
        close = closeOf(c);
        break;
      }
    }
    if (open < 0) {
      return null;
    }
    int end = -1;
    for (int i = e; i < chunk.length() && i - open <= MAX_QUOTE; i++) {
      char c = chunk.charAt(i);
      if (c == '\n') {
        break;
      }
      if ((c == close || (close == '\u201c' && c == '\u201d')) && (c != '\'' || boundary(chunk, i + 1))) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return null;
    }
    return new int[] {open, end};
  }

  /**
   * Whether the hit {@code [s, e)} of {@code chunk} lies inside a short quoted phrase (same line, at most
   * {@value #MAX_QUOTE} characters and {@value #MAX_QUOTED_TOKENS} tokens between the quotes) of a short text ({@value #MAX_TEXT} characters) whose words
   * outside the quote include a wording cue (translate, say, mean, phrase, in the languages above).
   */
  public static boolean quotedMeta(String chunk, Tokens t, int s, int e) {
    int[] q = quotedSpan(chunk, s, e);
    if (q == null) {
      return false;
    }
    int open = q[0];
    int end = q[1];
    int inside = 0;
    int insideCjk = 0;
    for (int k = 0; k < t.size; k++) {
      if (t.start[k] > open && t.end[k] <= end) {
        if (t.cjk[k]) {
          insideCjk++; // one token per CJK character: two characters count as one word
        } else {
          inside++;
        }
      }
    }
    if (inside + (insideCjk + 1) / 2 > MAX_QUOTED_TOKENS) {
      return false; // a whole quoted instruction with a payload, not a phrase
    }
    for (int k = 0; k < t.size; k++) {
      if ((t.end[k] <= open || t.start[k] > end) && in(META, t.text[k])) {
        return true;
      }
      // CJK text is one token per character: look for two- to four-character cue words ("为什么", "意味")
      if (t.cjk[k] && (t.end[k] <= open || t.start[k] > end)) {
        StringBuilder b = new StringBuilder(t.text[k]);
        for (int j = k + 1; j < t.size && j < k + 4 && t.cjk[j] && (t.end[j] <= open || t.start[j] > end); j++) {
          b.append(t.text[j]);
          if (in(META, b.toString())) {
            return true;
          }
        }
      }
    }
    // kana is not always split per character: a cue inside a longer token ("という", "呼ばれる")
    for (int k = 0; k < t.size; k++) {
      if ((t.end[k] <= open || t.start[k] > end) && t.text[k].length() >= 3 && !t.cjk[k]) {
        String w = t.text[k];
        if (w.contains("という") || w.contains("呼ばれ") || w.contains("なぜ") || w.contains("どうして")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Nouns of files, folders, builds and code objects: an "ignore previous …" about them is no instruction. */
  private static final StrTable<Boolean> FILE_NOUNS = table(
      "file", "files", "folder", "folders", "directory", "directories", "dir", "dirs", "build", "builds", "commit",
      "commits", "line", "lines", "row", "rows", "column", "columns", "warning", "warnings", "cell", "cells",
      "release", "releases", "version", "versions", "migration", "migrations", "log", "logs", "branch", "branches",
      "datei", "dateien", "ordner", "verzeichnis", "verzeichnisse", "zeilen", "fichier", "fichiers", "dossier",
      "dossiers", "répertoire", "lignes", "archivo", "archivos", "carpeta", "carpetas", "filas", "líneas",
      "arquivo", "arquivos", "pasta", "pastas", "linhas", "cartella", "cartelle", "righe", "файл", "файлы",
      "файлов", "папки", "папку", "строки", "строк", "коммиты", "eslint", "lint", "linter", "gitignore",
      "dockerignore", "css", "npm", "webpack", "docker");

  /** Words that may stand between an override hit and the file noun it is about ("for a single file"). */
  private static final StrTable<Boolean> FILLER = table(
      "for", "in", "a", "an", "the", "single", "this", "that", "my", "of", "old", "all", "these", "one", "specific",
      "certain", "some", "für", "in", "eine", "einer", "die", "der", "den", "alten", "pour", "un", "une", "le", "la",
      "les", "de", "des", "du", "para", "un", "una", "el", "los", "las", "um", "uma", "os", "as", "per", "il", "lo",
      "gli", "vecchi", "для", "в", "старые");

  /**
   * Whether the override hit ending before token {@code b} is about files or code objects: a file, folder or build
   * noun within the next four tokens, with only articles, prepositions and similar words before it ("ignore all
   * previous build folders", "ignore the previous rules for a single file"), or a code tool named right before it.
   */
  public static boolean aboutFiles(Tokens t, int b) {
    // after "ignore all previous" one modifier may stand before the noun ("dist folders"); after an instruction noun
    // ("ignore the previous rules for a single file") only fillers may
    String last = b > 0 && b <= t.size ? t.text[b - 1] : "";
    int unknown = last.startsWith("instruction") || last.startsWith("rule") || last.startsWith("prompt")
        || last.startsWith("direction") || last.startsWith("guideline") || last.startsWith("command") ? 1 : 0;
    for (int k = b; k < Math.min(t.size, b + 4); k++) {
      String w = t.text[k];
      if (in(FILE_NOUNS, w)) {
        return true;
      }
      if (!in(FILLER, w) && ++unknown > 1) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether the chat-template token at {@code [s, e)} is named inside a sentence ("the {@code <|im_start|>} token",
   * "with [INST] and &lt;&lt;SYS&gt;&gt; tags", in backticks) rather than used: not at a line start, not followed by
   * a line break or a role word, and with a naming word or quote right before or after it.
   */
  public static boolean namedMarker(String chunk, int s, int e) {
    int p = s - 1;
    while (p >= 0 && chunk.charAt(p) == ' ') {
      p--;
    }
    if (p < 0) {
      // at the start of the text: used, unless a naming word follows on the same line ("<|im_start|> トークンを…",
      // "<|im_start|> token handling")
      int q = e;
      while (q < chunk.length() && chunk.charAt(q) == ' ') {
        q++;
      }
      if (q >= chunk.length() || !Character.isLetter(chunk.charAt(q))) {
        return false;
      }
      String after = word(chunk, q);
      return !in(ROLES, after) && (cjkNaming(after, true) || after.equals("token") || after.equals("tokens")
          || after.equals("tag") || after.equals("tags") || after.equals("marker") || after.equals("markers"));
    }
    char pc = chunk.charAt(p);
    if (openQuote(pc) && pc != '`') {
      // (p11prompt) a token quoted on its own, or with one role word, inside a sentence ("inputs containing
      // '<|im_start|>system'."): named, when the quote closes right after and text stood before the quote
      int q = e;
      while (q < chunk.length() && q - e < 12 && Character.isLetter(chunk.charAt(q))) {
        q++;
      }
      if (q < chunk.length() && chunk.charAt(q) == closeOf(pc) && p > 0 && chunk.charAt(p - 1) != '\n'
          && q + 1 < chunk.length() && chunk.charAt(q + 1) != '\n') {
        return true;
      }
    }
    if (pc == '`') {
      // inside a code span on one line ("`<|im_start|>assistant`"): named
      for (int i = e; i < chunk.length() && i - e < 48; i++) {
        char c = chunk.charAt(i);
        if (c == '\n') {
          break;
        }
        if (c == '`') {
          return true;
        }
      }
    }
    if (!Character.isLetterOrDigit(pc) && !openQuote(pc) && pc != ',' && pc != '(') {
      return false; // at a line start, after a sentence end or right after another token: used
    }
    int q = e;
    while (q < chunk.length() && chunk.charAt(q) == ' ') {
      q++;
    }
    if (q >= chunk.length()) {
      return false;
    }
    char qc = chunk.charAt(q);
    if (qc == '?' || qc == ',' || qc == ')' || qc == '`' || qc == '"' || qc == '\'' || (openQuote(pc) && qc == closeOf(pc))) {
      return true;
    }
    if (!Character.isLetter(qc)) {
      return false; // followed by a line break, another token or markup: used
    }
    String after = word(chunk, q);
    if (in(ROLES, after)) {
      return false;
    }
    // inside a sentence: a naming word before or after it ("the <|im_start|> token", "with [INST] and ...")
    String before = wordBefore(chunk, p);
    return in(MARK_BEFORE, before) || in(MARK_AFTER, after) || cjkNaming(after, true) || cjkNaming(before, false);
  }

  /** Whether a run of CJK letters starts (or ends) with a naming word ("标记会被转义", "用户输入中的标记"). */
  private static boolean cjkNaming(String w, boolean starts) {
    for (String m : CJK_MARK_WORDS) {
      if (starts ? w.startsWith(m) : w.endsWith(m)) {
        return true;
      }
    }
    return false;
  }

  private static String word(String s, int i) {
    int j = i;
    while (j < s.length() && j - i < 24 && Character.isLetter(s.charAt(j))) {
      j++;
    }
    return s.substring(i, j).toLowerCase(java.util.Locale.ROOT);
  }

  private static String wordBefore(String s, int p) {
    int j = p;
    while (j >= 0 && p - j < 24 && Character.isLetter(s.charAt(j))) {
      j--;
    }
    return s.substring(j + 1, p + 1).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether an override hit on tokens {@code [a, b)} retracts the user's own words: a first-person possessive inside
   * it ("ignore my previous message", "забудьте мой предыдущий запрос"), or "I" with a verb of saying inside or right
   * after it ("forget what I said", "the earlier message I sent").
   */
  public static boolean ownWords(Tokens t, int a, int b) {
    int lim = Math.min(t.size, b + 3);
    for (int k = a; k < lim; k++) {
      String w = t.text[k];
      if (k < b && in(FIRST_PERSON, w)) {
        return true;
      }
      if (w.equals("i") && k + 1 < t.size && in(I_SAID, t.text[k + 1])) {
        return true;
      }
      if ((w.equals("ich") || w.equals("je") || w.equals("j") || w.equals("yo") || w.equals("я")) && k + 1 < lim) {
        String n = t.text[k + 1];
        if (n.equals("gesagt") || n.equals("geschrieben") || n.equals("ai") || n.equals("dije") || n.equals("escribí")
            || n.startsWith("сказал") || n.startsWith("написал") || n.equals("habe")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Verbs of prevention ("how do I prevent the model from leaking its system prompt", "如何防止…泄露系统提示词"):
   * whole words, or two CJK characters in a row.
   */
  private static final StrTable<Boolean> PREVENT = table(
      "prevent", "preventing", "avoid", "avoiding", "verhindern", "verhindert", "vermeiden",
      "empêcher", "empecher", "éviter", "evitar", "impedir", "evitare", "impedire", "предотвратить",
      "предотвращать", "избежать", "防止", "避免", "防范", "防ぐ",
      // (p9prompt) "make my chatbot refuse when users ask it to ignore…", "check it resists attempts to reveal…"
      "refuse", "refuses", "resist", "resists", "resisting", "withstand", "withstands", "detect", "detects",
      "verweigern", "widersteht", "refuser", "résiste", "rechazar", "resiste", "rifiutare", "resistere",
      "отказывать", "отказаться", "устоит", "拒绝", "抵御", "拒否");

  /** Whether a prevention verb is among the 10 tokens before {@code a} (a question about stopping an extraction). */
  public static boolean prevented(Tokens t, int a) {
    for (int k = Math.max(0, a - 10); k < a; k++) {
      if (in(PREVENT, t.text[k])) {
        return true;
      }
      if (t.cjk[k] && k + 1 < a && t.cjk[k + 1]) {
        String two = t.text[k] + t.text[k + 1];
        if (in(PREVENT, two)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Verbs and nouns of testing and checking (eleventh round): "write a pytest that verifies the bot does not leak its
   * hidden instructions", "如何测试…不会泄露…", "¿cómo puedo probar que … no revela …?" ask how to check a defence.
   */
  private static final StrTable<Boolean> CHECK = table(
      "test", "tests", "testing", "tested", "pytest", "junit", "unittest", "verify", "verifies", "verifying",
      "check", "checks", "checking", "ensure", "ensures", "assert", "asserts", "confirm", "confirms",
      "prüfen", "prüft", "prüfe", "überprüfen", "überprüft", "testen", "teste", "sicherstellen", "vérifier",
      "vérifie", "vérifiez", "tester", "assurer", "probar", "pruebe", "prueba", "pruebas", "comprobar",
      "comprueba", "verificar", "verifica", "verificare", "verifichi", "testar", "testa", "assicurarsi",
      "garantir", "проверить", "проверяет", "проверки", "проверь", "проверять", "тест", "тесты", "убедиться",
      "测试", "检查", "验证", "确认", "测", "テスト", "確認", "検証");

  /** Negations within a few tokens before a verb ("does not leak", "不会泄露", "no revela"). */
  private static final StrTable<Boolean> NEAR_NEGATION = table(
      "not", "never", "doesn", "don", "won", "isn", "cannot", "nicht", "nie", "niemals", "pas", "jamais", "ne",
      "no", "nunca", "non", "mai", "não", "nao", "не", "никогда", "不", "没", "別", "绝不");

  /**
   * Whether the hit starting at token {@code a} is the object of a check that it does <em>not</em> happen: a negation
   * among the four tokens before it and a test/check word among the twenty before that ("verify our assistant does
   * not leak its hidden instructions"). Bounded: at most 24 tokens looked at.
   */
  public static boolean checkedNegation(Tokens t, int a) {
    int neg = -1;
    for (int k = a - 1; k >= Math.max(0, a - 4); k--) {
      if (in(NEAR_NEGATION, t.text[k])) {
        neg = k;
        break;
      }
    }
    if (neg < 0) {
      return false;
    }
    for (int k = neg - 1; k >= Math.max(0, neg - 20); k--) {
      if (in(CHECK, t.text[k])) {
        return true;
      }
      if (t.cjk[k] && k + 1 < neg && t.cjk[k + 1] && in(CHECK, t.text[k] + t.text[k + 1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Cue words of a question about, or a story around, a quoted line (eleventh round): a quote in a sentence that asks
   * why it is dangerous or puts it in a character's mouth is named, not addressed to the model, even without a
   * question mark ("「…」という文がなぜ危険なのか説明してください", "In my novel the villain says: '…'").
   */
  private static final StrTable<Boolean> QUOTE_FRAME = table(
      "why", "warum", "wieso", "pourquoi", "porqué", "perché", "почему", "为什么", "なぜ", "どうして",
      "explain", "erkläre", "explique", "explica", "spiega", "объясни", "说明", "説明", "story", "novel",
      "villain", "character", "says", "said", "scene", "dialogue", "roman", "krimi", "geschichte", "bösewicht",
      "sagt", "méchant", "dit", "histoire", "cuento", "novela", "villano", "dice", "conto", "vilã", "vilão", "diz",
      "romanzo", "cattivo", "racconto", "рассказ", "роман", "злодей", "говорит", "小说", "反派", "故事", "小説",
      "悪役", "物語", "セリフ", "台词", "mean", "means", "meaning", "bedeutet", "signifie", "significa",
      "означает", "意思", "意味");

  /** Whether a question or story cue ({@link #QUOTE_FRAME}) stands among the tokens outside {@code [open, close]}. */
  public static boolean quoteFrame(Tokens t, int open, int close) {
    for (int k = 0; k < t.size; k++) {
      if (t.end[k] <= open || t.start[k] > close) {
        if (in(QUOTE_FRAME, t.text[k])) {
          return true;
        }
        if (t.cjk[k] && k + 1 < t.size && t.cjk[k + 1] && (t.end[k + 1] <= open || t.start[k + 1] > close)) {
          String two = t.text[k] + t.text[k + 1];
          if (in(QUOTE_FRAME, two) || (k + 2 < t.size && t.cjk[k + 2] && in(QUOTE_FRAME, two + t.text[k + 2]))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Third parties whose override is asked about ("should my app let users override the system prompt?"). */
  private static final StrTable<Boolean> THIRD_PARTY = table(
      "users", "attackers", "people", "someone", "hackers", "customers", "nutzer", "angreifer", "utilisateurs",
      "attaquants", "usuarios", "atacantes", "usuários", "utenti", "пользователи", "злоумышленники", "用户", "攻击者",
      "ユーザー", "攻撃者");

  /**
   * Whether the hit starting at token {@code a} is something a third party might do, asked about in a question
   * (eleventh round): a third-party noun among the three tokens before it and a question mark in the text.
   */
  public static boolean thirdPartyQuestion(String chunk, Tokens t, int a) {
    if (chunk.length() > MAX_TEXT || (chunk.indexOf('?') < 0 && chunk.indexOf('\uff1f') < 0)) {
      return false;
    }
    for (int k = Math.max(0, a - 3); k < a; k++) {
      if (in(THIRD_PARTY, t.text[k])) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token before {@code a} (or the one before it, for "don't") is a negation. */
  public static boolean negated(Tokens t, int a) {
    for (int k = Math.max(0, a - 2); k < a; k++) {
      if (in(NEGATION, t.text[k]) && (k == a - 1 || t.text[a - 1].equals("t"))) {
        return true;
      }
    }
    return false;
  }
}
