package dev.aisec.prompt.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Document-level view of one window of retrieved text, identical at training and scoring time. The window's tokens are
 * cut into segments (sentences, lines, table rows, code lines; at most {@value #MAX_SEGMENT} tokens each), and every
 * segment gets hashed lexical features (the {@link Features} of its tokens plus its first one and two words) and
 * {@value #DENSE} dense features that describe it <em>relative to the rest of the document</em>: its instruction-head
 * logit and that logit minus the document's median, how many of its words occur nowhere else in the document, cue
 * words (the answer/response/summary, an AI/assistant, the user, a task switch, second person) in nine languages,
 * compared with how common the same cues are in the rest of the document, imperative mood and questions (also
 * compared with the rest of the document), its logit minus its neighbours', its position and length.
 *
 * <p>Linear in the number of tokens (one pass for features, one hash map of word counts, one sort of the segment
 * logits). Not thread-safe: one instance per scan.
 */
public final class DocumentFeatures {

  public static final int MAX_SEGMENT = 48;
  public static final int DENSE = 4 + 2 * 7 + 5;

  /** Receives the features of one segment. */
  public interface Sink {
    /** Hashed feature of segment {@code seg}. */
    void hashed(int seg, int index, float sign);
  }

  /** A sink that sums {@code w[index] * sign} per segment into {@link #acc}; {@link #compute} takes a fast path for it. */
  public static final class WeightSink implements Sink {
    final float[] w;
    /** Per-segment sums (at least 16 long, grown as needed). */
    public double[] acc = new double[16];

    public WeightSink(float[] w) {
      this.w = w;
    }

    void ensure(int segments) {
      if (segments > acc.length) {
        acc = Arrays.copyOf(acc, Math.max(segments, acc.length * 2));
      }
    }

    @Override
    public void hashed(int seg, int index, float sign) {
      ensure(seg + 1);
      acc[seg] += w[index] * sign;
    }
  }

  // segment boundaries over tokens: segment k = tokens [from[k], to[k])
  public int[] from = new int[16];
  public int[] to = new int[16];
  public int count;
  /** Dense features, {@value #DENSE} per segment. */
  public double[] dense = new double[16 * DENSE];
  /** Number of hashed features per segment (for the square-root normalisation). */
  public int[] hashedCount = new int[16];

  private final Map<String, Integer> words = new HashMap<>();

  /** Cuts {@code t} (tokens of {@code text}) into segments. */
  public void segment(CharSequence text, Tokens t) {
    count = 0;
    int s = 0;
    for (int i = 0; i < t.size; i++) {
      boolean cut = i + 1 == t.size || i + 1 - s >= MAX_SEGMENT || boundary(text, t.end[i], t.start[i + 1]);
      if (cut) {
        add(s, i + 1);
        s = i + 1;
      }
    }
  }

  private void add(int a, int b) {
    if (count == from.length) {
      int n = count * 2;
      from = Arrays.copyOf(from, n);
      to = Arrays.copyOf(to, n);
      hashedCount = Arrays.copyOf(hashedCount, n);
    }
    from[count] = a;
    to[count] = b;
    count++;
  }

  /**
   * Whether the gap {@code text[a, b)} between two tokens ends a segment: a line break, a sentence end, or the end of
   * a JSON string value ({@code ",} {@code "}}) or an HTML element ({@code </}, {@code ">}), so that fields of a
   * one-line tool result and paragraphs of a one-line web page are segments of their own.
   */
  static boolean boundary(CharSequence text, int a, int b) {
    for (int i = a; i < b; i++) {
      char c = text.charAt(i);
      if (i + 1 < b) {
        char d = text.charAt(i + 1);
        if ((c == '"' && (d == ',' || d == '}' || d == '>')) || (c == '<' && d == '/')) {
          return true;
        }
      }
      switch (c) {
        case '\n': case '\r': case '\u2028': case '\u2029':
        case '\u3002': case '\uFF01': case '\uFF1F': case '\uFF1B':
          return true;
        case '.': case '!': case '?': case ';':
          // a sentence end is followed by a space or a closing quote/bracket (not "3.5" or "e.g.x")
          if (i + 1 < b && (Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i + 1) == '"'
              || text.charAt(i + 1) == '\'' || text.charAt(i + 1) == ')')) {
            return true;
          }
          break;
        default:
          break;
      }
    }
    return false;
  }

  /**
   * Computes every segment's features. {@code instruction} supplies the per-segment instruction-head logit (may be
   * null: the logit is then 0). Hashed features go to {@code sink}; dense ones to {@link #dense}.
   */
  public void compute(CharSequence text, Tokens t, Model instruction, Sink sink) {
    segment(text, t);
    if (dense.length < count * DENSE) {
      dense = new double[Math.max(count * DENSE, dense.length * 2)];
    }
    Arrays.fill(dense, 0, count * DENSE, 0);
    Arrays.fill(hashedCount, 0, count, 0);
    if (count == 0) {
      return;
    }
    // token -> segment
    int[] segOf = new int[t.size];
    for (int k = 0; k < count; k++) {
      for (int i = from[k]; i < to[k]; i++) {
        segOf[i] = k;
      }
    }
    double[] z = new double[count];
    int[] zc = new int[count];
    final float[] iw = instruction == null ? null : instruction.w;
    if (sink instanceof WeightSink) {
      // the same sums in the same order, without two calls per feature
      WeightSink ws = (WeightSink) sink;
      ws.ensure(count);
      Features.segmentSums(t, segOf, ws.w, ws.acc, hashedCount, iw, z, zc);
    } else {
      Features.extract(t, 0, t.size, (tok, idx, sign) -> {
        int k = segOf[tok];
        sink.hashed(k, idx, sign);
        hashedCount[k]++;
        if (iw != null) {
          z[k] += iw[idx] * sign;
          zc[k]++;
        }
      });
    }
    for (int k = 0; k < count; k++) {
      int a = from[k];
      int h1 = 0x51ed270b ^ t.text[a].hashCode() * 31;
      emit(sink, k, h1);
      if (to[k] - a >= 2) {
        emit(sink, k, h1 * 0x9E3779B1 ^ t.text[a + 1].hashCode() ^ 0x2545f491);
      }
      hashedCount[k] += 2;
      z[k] = instruction == null ? 0 : instruction.bias + z[k] / Model.norm(zc[k]);
    }
    double[] sorted = Arrays.copyOf(z, count);
    Arrays.sort(sorted);
    double med = sorted[count / 2];
    // word counts over the whole window
    words.clear();
    for (int i = 0; i < t.size; i++) {
      if (content(t, i)) {
        words.merge(t.text[i], 1, Integer::sum);
      }
    }
    int[] cues = new int[count];
    int[] cueTotals = new int[CUE_KINDS];
    for (int k = 0; k < count; k++) {
      int gapEnd = to[k] < t.size ? t.start[to[k]] : Math.min(text.length(), t.end[to[k] - 1] + 4);
      cues[k] = cues(t, from[k], to[k]) | shapeCues(text, t, from[k], to[k], gapEnd);
      for (int c = 0; c < CUE_KINDS; c++) {
        cueTotals[c] += (cues[k] >> c) & 1;
      }
    }
    Map<String, Integer> local = new HashMap<>();
    for (int k = 0; k < count; k++) {
      int a = from[k];
      int b = to[k];
      local.clear();
      int content = 0;
      for (int i = a; i < b; i++) {
        if (content(t, i)) {
          local.merge(t.text[i], 1, Integer::sum);
          content++;
        }
      }
      int novel = 0;
      for (int i = a; i < b; i++) {
        if (content(t, i) && words.get(t.text[i]) - local.get(t.text[i]) <= 0) {
          novel++;
        }
      }
      int o = k * DENSE;
      dense[o] = clip(z[k] / 4);
      dense[o + 1] = count >= 3 ? clip((z[k] - med) / 4) : 0;
      dense[o + 2] = content == 0 ? 0 : novel / (double) content;
      dense[o + 3] = Math.log1p(novel) / 3;
      for (int c = 0; c < CUE_KINDS; c++) {
        int has = (cues[k] >> c) & 1;
        dense[o + 4 + c] = has;
        // how unusual the cue is in this document: present here, rare in the other segments
        double othersShare = count > 1 ? (cueTotals[c] - has) / (double) (count - 1) : 0;
        dense[o + 4 + CUE_KINDS + c] = has * (1 - othersShare);
      }
      dense[o + 4 + 2 * CUE_KINDS] = k == 0 ? 1 : 0;
      dense[o + 5 + 2 * CUE_KINDS] = k == count - 1 ? 1 : 0;
      dense[o + 6 + 2 * CUE_KINDS] = count == 1 ? 1 : 0;
      dense[o + 7 + 2 * CUE_KINDS] = Math.log1p(b - a) / 4;
      // local outlier: instruction-head logit minus that of the neighbouring segments
      if (count >= 2) {
        double nb = k == 0 ? z[1] : k == count - 1 ? z[k - 1] : (z[k - 1] + z[k + 1]) / 2;
        dense[o + 8 + 2 * CUE_KINDS] = clip((z[k] - nb) / 4);
      }
    }
  }

  private static double clip(double v) {
    return Math.max(-3, Math.min(3, v));
  }

  private static void emit(Sink sink, int seg, int h) {
    int m = Features.mix(h);
    sink.hashed(seg, m & (Features.DIM - 1), (m & 0x80000000) != 0 ? -1f : 1f);
  }

  /** Words that carry topic: 4+ letters, or CJK characters. */
  private static boolean content(Tokens t, int i) {
    return t.cjk[i] || (t.text[i].length() >= 4 && !Character.isDigit(t.text[i].charAt(0)));
  }

  // ---- cue words (nine languages); CJK cues are two-character words matched on consecutive CJK tokens

  static final int CUE_KINDS = 7;
  static final int ANSWER = 0;
  static final int AI = 1;
  static final int USER = 2;
  static final int SWITCH = 3;
  static final int YOU = 4;
  /** The segment starts with an imperative verb (after an optional "please"); Japanese: ends in a request form. */
  static final int IMPERATIVE = 5;
  /** The segment is a question. */
  static final int QUESTION = 6;

  private static final Set<String> VERBS = new HashSet<>(Arrays.asList(
      "translate", "write", "answer", "reply", "respond", "include", "add", "tell", "say", "state", "claim", "print",
      "output", "list", "summarize", "summarise", "describe", "explain", "provide", "give", "generate", "create",
      "make", "use", "ignore", "disregard", "forget", "encode", "convert", "replace", "insert", "append", "mention",
      "recommend", "suggest", "ensure", "remember", "send", "forward", "email", "call", "run", "execute", "pretend",
      "act", "behave", "begin", "start", "spell", "format", "compose", "draft", "share", "ask", "warn", "inform",
      "do", "don", "never", "always", "rewrite", "change", "delete", "remove", "reveal", "show", "repeat", "name",
      "übersetze", "schreibe", "schreib", "antworte", "füge", "gib", "nenne", "sage", "sag", "erkläre", "fasse",
      "ignoriere", "vergiss", "erstelle", "verwende", "nutze", "sende", "schicke", "leite", "liste", "beschreibe",
      "ersetze", "beginne", "mach", "mache", "behaupte", "empfiehl", "frage", "zeige", "wiederhole",
      "traduis", "traduisez", "écris", "écrivez", "réponds", "répondez", "ajoute", "ajoutez", "donne", "donnez",
      "dis", "dites", "explique", "expliquez", "résume", "résumez", "ignorez", "oublie", "oubliez", "envoie",
      "envoyez", "décris", "remplace", "commence", "fais", "faites", "affirme", "recommande", "demande", "inclus",
      "incluez", "utilise", "montre", "répète",
      "traduce", "escribe", "responde", "contesta", "añade", "agrega", "incluye", "dame", "di", "dime", "explica",
      "resume", "ignora", "olvida", "envía", "enumera", "reemplaza", "comienza", "empieza", "haz", "afirma",
      "recomienda", "pide", "usa", "muestra", "repite",
      "traduza", "escreva", "responda", "adicione", "inclua", "dê", "diga", "explique", "resuma", "esqueça",
      "envie", "liste", "descreva", "substitua", "comece", "faça", "afirme", "recomende", "peça", "mostre",
      "traduci", "scrivi", "rispondi", "aggiungi", "includi", "dai", "dimmi", "spiega", "riassumi", "dimentica",
      "invia", "elenca", "descrivi", "sostituisci", "inizia", "fai", "afferma", "consiglia", "chiedi", "mostra",
      "переведи", "переведите", "напиши", "напишите", "ответь", "ответьте", "отвечай", "добавь", "добавьте",
      "вставь", "включи", "дай", "скажи", "скажите", "объясни", "перескажи", "игнорируй", "забудь", "отправь",
      "перечисли", "опиши", "замени", "начни", "сделай", "утверждай", "порекомендуй", "попроси", "используй",
      "покажи", "повтори",
      "翻译", "回答", "忽略", "无视", "告诉", "输出", "添加", "加上", "总结", "发送", "使用", "列出", "描述", "替换",
      "不要", "忘记", "显示", "重复", "推荐", "说明"));
  private static final Set<String> PLEASE = new HashSet<>(Arrays.asList("please", "kindly", "bitte", "merci",
      "пожалуйста", "also", "now", "then", "first", "finally", "additionally", "außerdem", "zuerst", "ensuite",
      "además", "primero", "inoltre", "prima", "также", "сначала"));

  /** Imperative and question cues of segment [a, b) whose text ends at {@code gapEnd}. */
  static int shapeCues(CharSequence text, Tokens t, int a, int b, int gapEnd) {
    int bits = 0;
    int f = a;
    if (f < b && (PLEASE.contains(t.text[f]) || t.text[f].equals("请"))) {
      f++;
    } else if (f + 1 < b && (t.text[f].equals("por") && t.text[f + 1].equals("favor")
        || t.text[f].equals("per") && t.text[f + 1].equals("favore"))) {
      f += 2;
    }
    if (f < b) {
      String w = t.text[f];
      if (t.cjk[f] && f + 1 < b && t.cjk[f + 1]) {
        w = w + t.text[f + 1];
      }
      if (VERBS.contains(w) || (f > a && t.text[a].equals("请"))) {
        bits |= 1 << IMPERATIVE;
      }
    }
    // Japanese request forms: ...ください / ...しなさい
    for (int i = a; i + 3 < b; i++) {
      if (t.cjk[i] && t.text[i].equals("く") && t.text[i + 1].equals("だ") && t.text[i + 2].equals("さ")
          && t.text[i + 3].equals("い")) {
        bits |= 1 << IMPERATIVE;
        break;
      }
    }
    for (int i = t.end[b - 1]; i < gapEnd; i++) {
      char c = text.charAt(i);
      if (c == '?' || c == '\uFF1F') {
        bits |= 1 << QUESTION;
        break;
      }
    }
    return bits;
  }

  private static final Map<String, Integer> CUES = new HashMap<>();

  private static void cue(int kind, String... ws) {
    for (String w : ws) {
      CUES.merge(w, 1 << kind, (a, b) -> a | b);
    }
  }

  static {
    cue(ANSWER, "answer", "answers", "response", "responses", "summary", "summaries", "summarize",
        "summarise", "summarizing", "summarising", "output", "outputs", "translate", "translation",
        "antwort", "antworten", "zusammenfassung", "ausgabe", "übersetze", "übersetzung",
        "réponse", "réponses", "résumé", "résume", "sortie", "traduis", "traduction",
        "respuesta", "respuestas", "resumen", "resume", "salida", "traduce", "traducción",
        "resposta", "respostas", "resumo", "saída", "traduza", "tradução",
        "risposta", "risposte", "riassunto", "riassumi", "output", "traduci", "traduzione",
        "ответ", "ответе", "ответа", "резюме", "вывод", "переведи", "перевод",
        "回答", "回复", "答案", "总结", "摘要", "翻译", "输出", "返答", "要約", "翻訳", "出力", "答え");
    cue(AI, "ai", "assistant", "model", "llm", "chatbot", "gpt", "chatgpt", "bot", "copilot", "agent",
        "ki", "assistent", "modell", "ia", "assistant", "modèle", "asistente", "modelo", "assistente", "modello",
        "ии", "ассистент", "модель", "бот", "助手", "模型", "智能", "人工", "アシ", "モデ", "人工");
    cue(USER, "user", "users", "reader", "readers", "benutzer", "nutzer", "nutzers", "utilisateur", "lecteur",
        "usuario", "usuário", "utente", "lettore", "пользователь", "пользователю", "пользователя", "читатель",
        "用户", "读者", "ユー", "読者", "利用");
    cue(SWITCH, "instead", "also", "additionally", "moreover", "furthermore", "regardless", "first", "before",
        "finally", "stattdessen", "außerdem", "zusätzlich", "zuerst", "vorher", "ausserdem", "plutôt", "aussi",
        "également", "d'abord", "avant", "lugar", "también", "además", "primero", "antes", "também", "além",
        "invece", "anche", "inoltre", "prima", "вместо", "также", "кроме", "сначала", "прежде",
        "另外", "此外", "首先", "同时", "而是", "また", "さら", "まず", "代わ");
    cue(YOU, "you", "your", "yours", "yourself", "du", "dein", "deine", "deinen", "ihre", "ihr", "vous", "votre",
        "vos", "tu", "ton", "ta", "tes", "usted", "tú", "você", "seu", "sua", "voi", "tuo", "tua",
        "ты", "вы", "твой", "ваш", "ваше", "вашем", "твоём", "你", "您", "あな", "君");
  }

  /** Bit set of the cue kinds present in tokens {@code [a, b)}. */
  static int cues(Tokens t, int a, int b) {
    int bits = 0;
    for (int i = a; i < b; i++) {
      if (t.cjk[i]) {
        Integer c1 = CUES.get(t.text[i]);
        if (c1 != null) {
          bits |= c1;
        }
        if (i + 1 < b && t.cjk[i + 1]) {
          Integer c = CUES.get(t.text[i] + t.text[i + 1]);
          if (c != null) {
            bits |= c;
          }
        }
      } else {
        Integer c = CUES.get(t.text[i]);
        if (c != null) {
          bits |= c;
        }
      }
    }
    return bits;
  }

  /** Distinct words of a set, for tests. */
  static Set<String> cueWords() {
    return new HashSet<>(CUES.keySet());
  }
}
