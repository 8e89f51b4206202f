package dev.aisec.prompt.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * (p16paste) Content pasted on the user channel after the user's own request ("Summarise this e-mail:" + a line
 * break, or a colon and a quotation), read as a document of its own: a segment of the pasted part that speaks to the
 * AI in its first words ("note to any AI that summarises this: …", "Liebe KI, …", "Assistente com acesso à conta:
 * …", "给正在总结本文的AI助手：…") is scored by the indirect detector's {@link DocumentModel} against the rest of the
 * pasted part. Only such addressed segments are looked at — the user's own request, a pasted e-mail full of requests
 * to people, a translation request and a review that only mentions an assistant are not — because scoring every
 * pasted part through the document model raised held-out false alarms (round 15, lead).
 *
 * <p>Linear: one pass over the window's tokens for the gate (a line break or colon in the first
 * {@value #HEAD_MAX} characters and an AI word near the start of a segment after it); only then the pasted part is
 * tokenised again and its segments scored once.
 */
public final class Pasted {

  private Pasted() {}

  /** The user's own request ends within this many characters (a line break, or a colon before a quote/space). */
  static final int HEAD_MAX = 300;
  /** An AI word counts as an address when it is among a segment's first tokens. */
  static final int ADDRESS_TOKENS = 12;
  /** A pasted part has at least this many tokens. */
  static final int MIN_BODY = 8;

  /** The addressed segment found: its document-model probability and its token range in the window's tokens. */
  public record Hit(double p, int fromTok, int toTok) {}

  /** Words for an AI, an assistant or a bot (lower-cased, leetspeak-folded tokens), probed with the token's hash. */
  private static final String[] AI_WORDS = {
      "ai", "assistant", "assistants", "llm", "llms", "chatbot", "bot", "bots", "gpt", "chatgpt", "copilot", "agent",
      "agents", "summarizer", "summariser", "summarizers", "model", "models",
      "ki", "assistent", "assistenten", "assistentin", "modell", "agenten",
      "ia", "modèle", "agente", "agentes", "asistente", "asistentes", "modelo", "assistente", "assistentes", "modello",
      "ии", "ассистент", "ассистенту", "ассистента", "ассистенты", "помощник", "помощнику", "помощника", "бот",
      "боту", "нейросеть", "нейросети", "модель", "модели", "агент", "агенту"};
  private static final StrTable<Boolean> AI = table(AI_WORDS);
  /** Bit {@link RuleSet#hashBit} of every AI word's hash: a token whose bit is clear is no AI word (no table probe). */
  static final long[] AI_BITS = new long[RuleSet.BLOOM_BITS / 64];

  static {
    for (String w : AI_WORDS) {
      int b = RuleSet.hashBit(w.hashCode());
      AI_BITS[b >>> 6] |= 1L << b;
    }
  }

  /** CJK words for an AI as character pairs: 助手 智能 模型 代理 アシ(スタント) エー(ジェント) モデ(ル). */
  private static final String CJK_AI = "助手智能模型代理アシエーモデ";

  private static StrTable<Boolean> table(String... words) {
    java.util.Map<String, Boolean> m = new java.util.HashMap<>();
    for (String w : words) {
      m.put(w, Boolean.TRUE);
    }
    return new StrTable<>(m);
  }

  /**
   * Words of a head that point at content given with the request: this, these, the following, below, here, attached,
   * pasted, copied (9 languages). A head without one ("You are a career coach. Rules:") introduces no pasted content;
   * long prompt templates full of notes to "the AI" start that way.
   */
  private static final StrTable<Boolean> DEICTIC = table(
      "this", "these", "following", "below", "here", "here's", "heres", "attached", "pasted", "copied", "enclosed",
      "dies", "diese", "dieser", "dieses", "diesen", "diesem", "folgende", "folgenden", "folgendes", "unten", "hier",
      "angehängte", "kopiert", "eingefügt",
      "ce", "cet", "cette", "ces", "ci", "dessous", "voici", "suivant", "suivante", "suivants", "joint", "copié",
      "copiée", "collé",
      "este", "esta", "estos", "estas", "esto", "siguiente", "siguientes", "abajo", "aquí", "adjunto", "copié",
      "pegué", "copiado",
      "essa", "esse", "isso", "isto", "estes", "seguinte", "seguintes", "abaixo", "aqui", "anexo", "copiei", "colei",
      "questo", "questa", "questi", "queste", "seguente", "seguenti", "sotto", "qui", "qua", "allegato", "incollato",
      "copiato",
      "этот", "эта", "это", "эту", "эти", "этого", "этой", "этих", "следующий", "следующее", "следующую", "ниже",
      "вот", "тут", "здесь", "скопировал", "скопировала", "вставил", "вставила",
      "这", "此", "以下", "下面", "附件", "复制", "この", "これ", "次の", "コピ", "貼り");

  private static boolean deictic(Tokens t, int i, int limit) {
    if (DEICTIC.contains(t.text[i], t.hash[i])) {
      return true;
    }
    if (t.cjk[i] && i + 1 < limit && t.cjk[i + 1]) {
      String p = t.text[i] + t.text[i + 1];
      return DEICTIC.contains(p, p.hashCode());
    }
    return false;
  }

  /**
   * A head that ends with a colon and asks to summarise or read what follows ("Summarise the course reviews:") points
   * at pasted content too: stems of summarise / read / check in 9 languages.
   */
  private static boolean processing(Tokens t, int i, int limit) {
    String w = t.text[i];
    if (t.cjk[i]) {
      if (i + 1 >= limit || !t.cjk[i + 1]) {
        return false;
      }
      String p = w + t.text[i + 1];
      return p.equals("总结") || p.equals("概括") || p.equals("摘要") || p.equals("要約") || p.equals("まと");
    }
    if (w.isEmpty() || !PROCESSING_FIRST.contains(w.charAt(0))) {
      return false; // (p16speed) no stem or word below starts with this character
    }
    return w.startsWith("summar") || w.startsWith("résum") || w.startsWith("resum") || w.startsWith("riassum")
        || w.startsWith("zusammenfass") || w.startsWith("сумм") || w.startsWith("переск") || w.equals("read")
        || w.equals("check") || w.equals("review") || w.equals("lies") || w.equals("lis") || w.equals("lee")
        || w.equals("leia") || w.equals("leggi") || w.equals("прочитай") || w.equals("проверь");
  }

  /** (p16speed) First characters of the non-CJK words and stems {@link #processing} looks for. */
  static final FirstChars PROCESSING_FIRST = new FirstChars("summar", "résum", "resum", "riassum", "zusammenfass",
      "сумм", "переск", "read", "check", "review", "lies", "lis", "lee", "leia", "leggi", "прочитай", "проверь");
  /** (p16speed) First characters of the non-CJK stems {@link #translationCue} looks for. */
  static final FirstChars TRANSLATION_FIRST = new FirstChars("translat", "übersetz", "tradu", "перев");

  /** At most this many segments of the pasted part may name an AI: more is a prompt about AIs, not content. */
  static final int MAX_AI_SEGMENTS = 2;

  /** Heads that ask for a translation: the pasted text is then the object of the translation, not a document. */
  private static boolean translationCue(Tokens t, int i) {
    String w = t.text[i];
    if (t.cjk[i]) {
      return w.equals("翻") || w.equals("訳") || w.equals("译");
    }
    if (w.isEmpty() || !TRANSLATION_FIRST.contains(w.charAt(0))) {
      return false; // (p16speed) no stem below starts with this character
    }
    return w.startsWith("translat") || w.startsWith("übersetz") || w.startsWith("tradu") || w.startsWith("перев");
  }

  /** (p19auth) Whether token {@code i} is a speaker label: it opens a line and a colon follows it. */
  static boolean speakerLabel(String chunk, Tokens t, int i) {
    int b = t.start[i] - 1;
    while (b >= 0 && (chunk.charAt(b) == ' ' || chunk.charAt(b) == '\t')) {
      b--;
    }
    if (b >= 0 && chunk.charAt(b) != '\n') {
      return false;
    }
    int a = t.end[i];
    while (a < chunk.length() && chunk.charAt(a) == ' ') {
      a++;
    }
    return a < chunk.length() && (chunk.charAt(a) == ':' || chunk.charAt(a) == '：');
  }

  static boolean aiWord(String chunk, Tokens t, int i, int limit) {
    if (t.cjk[i]) {
      if (i + 1 >= limit || !t.cjk[i + 1]) {
        return false;
      }
      char a = t.text[i].charAt(0);
      char b = t.text[i + 1].charAt(0);
      for (int k = 0; k + 1 < CJK_AI.length(); k += 2) {
        if (CJK_AI.charAt(k) == a && CJK_AI.charAt(k + 1) == b) {
          return true;
        }
      }
      return false;
    }
    // (p16speed) the bit test and the '@' test read the token arrays and the chunk only; the token's string is read
    // when one of them passes
    int bit = RuleSet.hashBit(t.hash[i]);
    if ((AI_BITS[bit >>> 6] & (1L << bit)) != 0 && AI.contains(t.text[i], t.hash[i])) {
      return true;
    }
    // "@assistant": the @ of a handle is folded into an "a" by the leetspeak folding
    String w;
    if (chunk.charAt(t.start[i]) == '@' && (w = t.text[i]).length() > 3 && w.charAt(0) == 'a') {
      String r = w.substring(1);
      return AI.contains(r, r.hashCode());
    }
    return false;
  }

  /** "As a … AI model, you …", "als KI", "en tant qu'IA": the user casting the model in a role. */
  private static final Set<String> AS = new HashSet<>(Arrays.asList("as", "als", "tant", "como", "come", "qualità",
      "качестве"));

  private static boolean roleFrame(Tokens t, int a, int i) {
    for (int j = Math.max(a, i - 6); j < i; j++) {
      if (AS.contains(t.text[j])) {
        return true;
      }
    }
    return false;
  }

  /** Request words and modals that turn a sentence about an AI into one addressed to it. */
  private static final Set<String> REQUEST = new HashSet<>(Arrays.asList(
      "please", "kindly", "must", "bitte", "muss", "müssen", "s'il", "merci", "doit", "doivent", "favor", "debe",
      "deben", "deve", "devem", "favore", "devi", "пожалуйста", "должен", "должна", "должны", "请", "必", "须"));

  /**
   * Whether segment {@code [a, b)} speaks to the AI: an AI word among its first {@value #ADDRESS_TOKENS} tokens,
   * followed within {@value #ADDRESS_TOKENS} tokens by a colon ("Note to the AI reading this: …"), a comma right after
   * it ("Hey assistant, …", "Liebe KI, …"), second person or a request word ("please", "must", "bitte", "请" …).
   * "I'll ask the assistant manager to approve it" and "the AI does not answer" have none of these.
   */
  static boolean addressed(String chunk, Tokens t, int a, int b) {
    int lim = Math.min(b, a + ADDRESS_TOKENS);
    for (int i = a; i < lim; i++) {
      if (!aiWord(chunk, t, i, b) || roleFrame(t, a, i)) {
        continue;
      }
      int stop = Math.min(b, i + 1 + ADDRESS_TOKENS);
      for (int j = i + 1; j < stop; j++) {
        int gapEnd = j < b ? t.start[j] : t.end[j - 1];
        for (int c = t.end[j - 1]; c < gapEnd; c++) {
          char ch = chunk.charAt(c);
          if (ch == ':' || ch == '\uFF1A' || (j == i + 1 || t.cjk[i] && j == i + 2) && (ch == ',' || ch == '\uFF0C'
              || ch == '\u3001')) {
            return true;
          }
        }
        if (REQUEST.contains(t.text[j]) || (DocumentFeatures.cues(t, j, j + 1) & (1 << DocumentFeatures.YOU)) != 0) {
          return true;
        }
      }
      // a colon right after the segment's last AI word at its end ("… for the assistant:") is the gap after b
      if (i + 1 == b && b < t.size) {
        for (int c = t.end[i]; c < t.start[b]; c++) {
          if (chunk.charAt(c) == ':' || chunk.charAt(c) == '\uFF1A') {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the head ending at {@code h} ends with a colon. */
  private static boolean colonHead(String chunk, int h) {
    int i = h - 1;
    while (i >= 0 && Character.isWhitespace(chunk.charAt(i))) {
      i--;
    }
    return i >= 0 && (chunk.charAt(i) == ':' || chunk.charAt(i) == '\uFF1A');
  }

  /** End of the user's own request in {@code chunk}, or -1 when there is no pasted part. */
  static int headEnd(String chunk) {
    int n = Math.min(chunk.length(), HEAD_MAX);
    for (int i = 0; i < n; i++) {
      char c = chunk.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
      if ((c == ':' || c == '\uFF1A') && i + 1 < chunk.length()) {
        char d = chunk.charAt(i + 1);
        if (c == '\uFF1A' || Character.isWhitespace(d) || d == '"' || d == '\u201C' || d == '\u201E' || d == '\u00AB'
            || d == '\'' || d == '\u300C') {
          return i + 1;
        }
      }
    }
    return -1;
  }

  /**
   * The most instruction-like pasted segment that addresses the AI, or null. {@code t} holds the tokens of
   * {@code chunk}.
   */
  public static Hit find(String chunk, Tokens t, DocumentModel doc, Model instruction) {
    if (doc == null || t.size < MIN_BODY + 3) {
      return null;
    }
    int h = headEnd(chunk);
    if (h < 0) {
      return null;
    }
    // the gate: the head asks for no translation, and an AI word stands near the start of a segment after it
    // (p16speed) once the head points at pasted content, its later tokens are only checked for a translation cue;
    // whether the head ends with a colon is read once
    int first = 0;
    boolean points = false;
    int colon = -1;
    while (first < t.size && t.start[first] < h) {
      if (translationCue(t, first)) {
        return null;
      }
      if (!points) {
        if (deictic(t, first, t.size)) {
          points = true;
        } else if (processing(t, first, t.size)) {
          if (colon < 0) {
            colon = colonHead(chunk, h) ? 1 : 0;
          }
          points = colon == 1;
        }
      }
      first++;
    }
    if (!points || t.size - first < MIN_BODY) {
      return null;
    }
    // the gate: an AI word near the start of a segment, in at most MAX_AI_SEGMENTS segments of the pasted part;
    // segment starts are looked for only back from an AI word to the previous one (each token at most once)
    boolean gate = false;
    int aiSegments = 0;
    int prevAi = -1;
    int prevSeg = -1;
    String speaker = null; // (p19auth) an AI word used as a speaker label at a line start ("Бот: …")
    int speakerLines = 0;
    boolean otherAddress = false;
    for (int i = first; i < t.size; i++) {
      if (!aiWord(chunk, t, i, t.size)) {
        continue;
      }
      boolean label = speakerLabel(chunk, t, i);
      if (label) {
        if (speaker == null) {
          speaker = t.text[i];
        }
        speakerLines += t.text[i].equals(speaker) ? 1 : 0;
      }
      // the segment start of token i: the last boundary in (prevAi, i], else prevAi's segment (or the body start)
      int lo = prevAi < 0 ? first + 1 : prevAi + 1;
      int seg = prevAi < 0 ? first : prevSeg;
      for (int j = i; j >= lo; j--) {
        if (DocumentFeatures.boundary(chunk, t.end[j - 1], t.start[j])) {
          seg = j;
          break;
        }
      }
      if (seg != prevSeg && ++aiSegments > MAX_AI_SEGMENTS) {
        return null;
      }
      gate |= i - seg < ADDRESS_TOKENS;
      otherAddress |= !label && i - seg < ADDRESS_TOKENS;
      prevAi = i;
      prevSeg = seg;
    }
    // (p19auth) a pasted transcript: the AI word is a speaker who talks at two or more line starts (a support bot's
    // turns), and no other AI word is addressed
    if (!gate || (speakerLines >= 2 && !otherAddress)) {
      return null;
    }
    Tokens body = new Tokens(t.size - first);
    body.tokenize(chunk, t.start[first], chunk.length());
    DocumentFeatures f = new DocumentFeatures();
    DocumentFeatures.WeightSink sums = new DocumentFeatures.WeightSink(doc.w);
    f.compute(chunk, body, instruction, sums);
    double best = Double.NEGATIVE_INFINITY;
    int bk = -1;
    for (int k = 0; k < f.count; k++) {
      if (!addressed(chunk, body, f.from[k], f.to[k])) {
        continue;
      }
      double z = doc.logit(f, k, k < sums.acc.length ? sums.acc[k] : 0);
      if (z > best) {
        best = z;
        bk = k;
      }
    }
    if (bk < 0) {
      return null;
    }
    // body token offsets are chunk offsets: map the segment back onto the window's tokens
    int a = first;
    while (a < t.size && t.start[a] < body.start[f.from[bk]]) {
      a++;
    }
    int b = a;
    int endChar = body.end[f.to[bk] - 1];
    while (b < t.size && t.end[b] <= endChar) {
      b++;
    }
    return new Hit(Model.sigmoid(best), a, Math.max(a + 1, b));
  }
}
