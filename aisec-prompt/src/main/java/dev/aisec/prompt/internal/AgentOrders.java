package dev.aisec.prompt.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * (p17agent) An order addressed to an AI, an assistant, an agent or an automation inside content that came from a
 * third party — a calendar invite, a chat message, a mail body, a web page, a README, a CSV cell, a tool result — on
 * either channel. Two parts, both needed:
 *
 * <ol>
 *   <li>an <b>address</b>: an AI word (AI, assistant, agent, bot, automation, KI, IA, ИИ, 助手, アシスタント …) used as
 *       the one spoken to — after a vocative or a notice word ("Dear assistant", "Hello AI agent", "Attention all
 *       automated agents", "Note for the scheduling assistant", "Hinweis an alle …-Agenten", "Avviso … per gli
 *       assistenti", "Всем агентам", "给AI助手", "AIアシスタントへ"), at a segment start before a colon or a comma
 *       ("Assistente de IA: …", "Scheduling assistant, when you …"), or after "if you are";</li>
 *   <li>in the order that follows (at most {@value #SPAN} tokens, up to a blank line) at least two <b>kinds of
 *       evidence</b>, one of them an act: a tool call written as code ({@code name_with_parts(…)}, {@code a.b(…)},
 *       {@code name(key=…)}) or a tool word; an act on data or assets (transfer, forward, share, export, delete,
 *       drop, wipe …); telling the user or customer something, rating, or a link/image (output manipulation); an
 *       outside destination (an e-mail address, a URL, an IBAN, "external"); secrecy ("silently", "without telling",
 *       "don't mention", "no need to wait"); a claimed approval ("approved by", "signed off", "autorisé",
 *       "согласовано", "授权"); urgency ("immediately", "now", "sofort", "немедленно", "立即").</li>
 * </ol>
 *
 * A message between people ("@raj approved it, no need to wait for me") has no address to an AI; a page that
 * describes agents ("Agents can call send_email(to, body). An agent should ask the user first") has none either; a
 * note to a human assistant with a single request ("Note for the assistant: please book room 4") has one kind of
 * evidence. Words in en, de, fr, es, pt, it, ru, zh, ja.
 *
 * <p>Linear: one pass over the window's tokens with a one-bit pre-check per token; the order after an address is
 * read once (at most {@value #SPAN} tokens) and a later address inside an order already read is skipped.
 */
public final class AgentOrders {

  private AgentOrders() {}

  /** Tokens of the order read after an address. */
  static final int SPAN = 60;

  static final int TOOL = 1;
  static final int ACT = 2;
  static final int TELL = 4;
  static final int OUTSIDE = 8;
  static final int COVERT = 16;
  static final int AUTHORITY = 32;
  static final int URGENT = 64;
  /** A task switch: stop the task, instead, before answering. */
  static final int SWITCH = 128;
  /** Kinds of which one must be present: an act, not only its circumstances. */
  static final int ACTS = TOOL | ACT | TELL;

  /** The address token, the end of the order read (exclusive) and the kinds of evidence found in it. */
  public record Hit(int fromTok, int toTok, int kinds) {
    public int count() {
      return Integer.bitCount(kinds);
    }
  }

  // ---- addressee words ---------------------------------------------------------------------------------------

  /** Automation words and inflected AI words that {@link Pasted}'s AI list lacks. */
  private static final String[] AUTO_WORDS = {
      "automated", "automation", "automations", "automatic", "autonomous", "automatisierte", "automatisierten",
      "automatisierter", "automatisierungs", "automatisés", "automatisées", "automatiques", "automatizados",
      "automatizadas", "automáticos", "automáticas", "automatici", "automatizzati", "automatiche", "автоматизации",
      "автоматических", "автоматическим", "агентам", "ассистентам", "ботам", "помощникам", "ии"};
  private static final StrTable<Boolean> AUTO = table(AUTO_WORDS);
  /** Bit {@link RuleSet#hashBit} of every automation word's hash (a clear bit needs no table probe). */
  private static final long[] AUTO_BITS = new long[RuleSet.BLOOM_BITS / 64];

  static {
    for (String w : AUTO_WORDS) {
      int b = RuleSet.hashBit(w.hashCode());
      AUTO_BITS[b >>> 6] |= 1L << b;
    }
  }

  /** CJK automation words as character pairs: 自动 自動 (the AI pairs are {@link Pasted}'s). */
  private static final String CJK_AUTO = "自动自動";

  static boolean addresseeWord(String chunk, Tokens t, int i) {
    if (t.cjk[i]) {
      if (Pasted.aiWord(chunk, t, i, t.size)) {
        return true;
      }
      if (i + 1 < t.size && t.cjk[i + 1]) {
        char a = t.text[i].charAt(0);
        char b = t.text[i + 1].charAt(0);
        for (int k = 0; k + 1 < CJK_AUTO.length(); k += 2) {
          if (CJK_AUTO.charAt(k) == a && CJK_AUTO.charAt(k + 1) == b) {
            return true;
          }
        }
      }
      return false;
    }
    // (speed) one bit test per table before any string is read; Pasted's test for "@assistant" reads one character
    int bit = RuleSet.hashBit(t.hash[i]);
    long m = 1L << bit;
    if (((Pasted.AI_BITS[bit >>> 6] & m) != 0 || chunk.charAt(t.start[i]) == '@') && Pasted.aiWord(chunk, t, i, t.size)) {
      return true;
    }
    if ((AUTO_BITS[bit >>> 6] & m) != 0 && AUTO.contains(t.text[i], t.hash[i])) {
      return true;
    }
    if (t.end[i] - t.start[i] <= 10) {
      return false;
    }
    String w = t.text[i];
    // German compounds: Einkaufsassistenten, Buchungsagent, Planungsassistent
    return w.length() > 10 && (w.endsWith("assistenten") || w.endsWith("assistent") || w.endsWith("agenten"));
  }

  /** Vocatives that may stand up to four tokens before the AI word, one unknown word between ("Dear calendar …"). */
  private static final StrTable<Boolean> VOCATIVE = table(
      "dear", "hi", "hello", "hey", "attention", "greetings", "liebe", "lieber", "liebes", "hallo", "achtung",
      "cher", "chère", "chers", "chères", "bonjour", "salut", "estimado", "estimada", "estimados", "querido",
      "querida", "hola", "atención", "prezado", "prezada", "prezados", "caro", "cara", "cari", "olá", "ola",
      "atenção", "gentile", "gentili", "ciao", "attenzione", "дорогой", "уважаемый", "привет", "здравствуй",
      "вниманию", "внимание", "给", "致", "尊敬", "您好", "你好", "各位");
  /** Quantifiers of address ("all automated agents", "every bot", "any AI", "всем агентам"): only articles between. */
  private static final StrTable<Boolean> QUANT = table(
      "all", "every", "any", "each", "alle", "allen", "jeder", "jede", "jeden", "tous", "toutes", "chaque", "todos",
      "todas", "cada", "tutti", "tutte", "ogni", "всем", "всех", "каждому", "所有", "全て", "すべて");
  /** CJK vocatives that may open a relative clause before the AI word ("致正在读取本页的AI代理"). */
  private static final StrTable<Boolean> CJK_VOCATIVE = table("给", "致", "尊敬", "各位", "您好", "你好");

  /** Notice nouns: a preposition after one of them ("Notice for …", "Hinweis an …", "Avviso … per …") addresses. */
  private static final StrTable<Boolean> NOTICE = table(
      "note", "notice", "message", "reminder", "instruction", "instructions", "nb", "ps", "hinweis", "nachricht",
      "notiz", "anweisung", "anweisungen", "avis", "remarque", "consigne", "consignes", "instruction", "aviso", "nota",
      "mensaje", "instrucción", "instrucciones", "mensagem", "instrução", "instruções", "avviso", "messaggio",
      "istruzione", "istruzioni", "примечание", "сообщение", "указание", "заметка", "инструкция", "注意", "提示",
      "说明", "指令", "お知らせ");

  /** Prepositions of address ("to", "for", "an", "à", "para", "per", "для"). */
  private static final StrTable<Boolean> TO = table(
      "to", "for", "an", "für", "à", "aux", "pour", "para", "al", "ao", "aos", "per", "agli", "alla", "для");
  /** Prepositions of address that may open a segment ("To every bot …", "Para asistentes …", "Для ИИ …"). */
  private static final StrTable<Boolean> TO_OPEN = table("to", "for", "für", "pour", "para", "per", "для");

  /** Articles and modifiers allowed between an address word and the AI word. */
  private static final StrTable<Boolean> FILLER = table(
      "the", "a", "an", "any", "all", "every", "you", "your", "our", "other", "der", "die", "das", "den", "dem",
      "des", "le", "la", "les", "l", "el", "los", "las", "o", "os", "as", "il", "lo", "gli", "i", "un", "une", "uno",
      "una", "um", "uma", "ein", "eine", "einen", "de", "di", "da", "do", "du", "的", "の", "scheduling", "coding",
      "shopping", "email", "mail", "booking", "support", "processing", "payment", "review", "hiring", "screening",
      "personal", "digital", "virtual", "there");

  // ---- evidence words ----------------------------------------------------------------------------------------

  private static final Map<String, Integer> WORDS = new HashMap<>();
  /** Stems (≥ 4 characters) of evidence words; checked only on tokens of an order that no exact word matched. */
  private static final String[][] STEMS;

  private static void put(int kind, String... ws) {
    for (String w : ws) {
      WORDS.merge(w, kind, (a, b) -> a | b);
    }
  }

  static {
    put(TOOL, "tool", "tools", "function", "plugin", "api", "outil", "outils", "herramienta", "ferramenta",
        "strumento", "werkzeug", "zahlungswerkzeug", "инструмент", "инструментом", "工具", "ツール");
    put(ACT, "transfer", "wire", "pay", "send", "forward", "share", "export", "upload", "delete", "wipe", "drop",
        "purge", "erase", "remove", "grant", "disable", "push", "commit", "attach", "post", "rotate", "revoke",
        "change", "open", "grab",
        "überweise", "überweisen", "überweist", "sende", "senden", "schicke", "schicken", "leite", "teile", "teilen",
        "lösche", "löschen", "exportiere", "führt", "führe", "ausführen", "zahle", "zahlen", "bezahle", "bezahlen",
        "virement", "vire", "virez", "transfère", "transférez", "effectuez", "envoie", "envoyez", "partage",
        "partagez", "supprime", "supprimez", "efface", "exporte", "ouvre", "ouvrez",
        "transfiere", "transfieran", "transferir", "envía", "envia", "envíe", "envíes", "envies", "manda", "mande", "reenvía", "reenviar", "comparte",
        "comparta", "compartir", "borra", "borren", "borrar", "elimina", "eliminen", "exporta",
        "transfira", "transferir", "envie", "enviar", "encaminhe", "encaminhar", "compartilhe", "apague", "exclua",
        "usem", "trasferisci", "trasferire", "invia", "inviate", "inoltra", "inoltrare", "condividi", "cancella",
        "elimina", "bonifico", "utilizzate", "apri",
        "выполнить", "выполни", "переведи", "перевести", "отправь", "отправить", "перешли", "переслать", "удали",
        "удалить", "поделись", "выгрузи", "открой",
        "转账", "发送", "转发", "删除", "共享", "导出", "调用", "汇款",
        "送信", "転送", "削除", "共有", "送金", "振込", "変更");
    put(TELL, "tell", "inform", "confirm", "say", "notify", "rate", "score", "recommend", "link", "url", "image",
        "markdown", "render", "reply", "respond", "answer",
        "sag", "sage", "sagen", "mitteilen", "bestätige", "bestätigen", "bewerte", "bewerten", "höchstnote",
        "antwortet", "antworte", "empfiehl",
        "dites", "dire", "dis", "informez", "confirmez", "notez", "lien", "image", "répondez", "réponds",
        "diga", "digan", "dile", "decir", "informe", "confirme", "enlace", "imagen", "responde", "respondan",
        "digam", "dizer", "responda", "imagem",
        "di", "dite", "dì", "dirlo", "conferma", "assegna", "punteggio", "valuta", "immagine", "rispondi",
        "скажи", "сообщи", "скажите", "сообщите", "ответь", "ответить", "ссылку", "картинку", "оцени",
        "告诉", "告知", "回复", "链接", "评分", "满分", "伝え", "評価", "推薦", "リンク", "満点");
    put(OUTSIDE, "http", "https", "iban", "pix", "gist", "external", "extern", "externe", "externen", "externa",
        "externo", "esterno", "esterna", "внешний", "внешнюю", "外部", "gmail", "outlook");
    put(COVERT, "silently", "quietly", "secretly", "discreetly", "covertly", "heimlich", "stillschweigend",
        "unbemerkt", "discrètement", "silencieusement", "secrètement", "discretamente", "silenciosamente",
        "secretamente", "tacitamente", "segretamente", "silenzio", "тихо", "незаметно", "втайне", "悄悄", "偷偷",
        "秘密", "こっそり", "内緒", "密か");
    put(AUTHORITY, "approved", "approve", "authorized", "authorised", "authorizes", "authorises", "cleared",
        "sanctioned", "signed", "preapproved", "maintainers", "freigegeben", "genehmigt", "erlaubt",
        "autorisiert", "abgesegnet", "autorisé", "autorisée", "approuvé", "approuvée", "validé", "autorizado",
        "autorizada", "autoriza", "autoriz", "aprobado", "aprobada", "aprovado", "aprovada", "autorizou",
        "autorizzato", "autorizzata", "approvato", "approvata", "согласовано", "одобрено", "разрешил",
        "разрешено", "批准", "授权", "同意", "许可", "承認", "許可");
    put(URGENT, "immediately", "now", "instantly", "urgent", "urgently", "asap", "sofort", "jetzt", "unverzüglich",
        "umgehend", "immédiatement", "maintenant", "urgence", "inmediatamente", "ahora", "urgente", "imediatamente",
        "agora", "subito", "immediatamente", "ora", "немедленно", "срочно", "сразу", "сейчас", "立即", "马上", "立刻",
        "尽快", "すぐ", "直ち", "至急");
    put(SWITCH, "stop", "halt", "abort", "cease", "instead", "arrête", "arrêtez", "interrompez", "stoppe", "stopp",
        "stattdessen", "plutôt", "detén", "detenga", "interrumpe", "pare", "parem", "interrompa", "ferma", "fermati",
        "interrompi", "invece", "остановись", "остановите", "прекрати", "прекратите", "вместо", "停止", "中止", "而是",
        "やめ", "代わり");
    STEMS = new String[][] {
        {"transf", "enví", "überweis", "weiterleit", "forward", "exporti", "encaminh", "inoltr", "compart", "condivid",
            "partag", "supprim", "elimin", "lösch", "delet", "apag", "cancel", "удал", "перешл", "пересл", "отправ"},
        {"authori", "autoris", "autoriz", "approv", "aprob", "aprov", "freigeg", "genehm", "согласов", "одобр",
            "разреш"},
        {"mention", "erwähn", "mencion", "menzion", "упомина", "notif", "benachricht", "avis", "avvis", "уведом",
            "informier", "prévenir", "préven"}};
  }

  private static final StrTable<Integer> KIND = new StrTable<>(WORDS);

  /** Negators and "no need": before a verb of telling, asking or waiting they make secrecy. */
  private static final StrTable<Boolean> NEG = table(
      "not", "don't", "dont", "do_not", "without", "no", "never", "nicht", "ohne", "kein", "keine", "nie", "ne",
      "pas", "sans", "sin", "sem", "não", "nao", "non", "senza", "не", "без", "нет", "不要", "无需", "不必", "勿",
      "无须");
  /** Verbs of telling, asking, checking or waiting (and "human"): negated, they make secrecy. */
  private static final StrTable<Boolean> ASKWAIT = table(
      "tell", "telling", "inform", "informing", "notify", "notifying", "bother", "ask", "asking", "check", "checking",
      "wait", "waiting", "flag", "human", "humans", "mention", "mentioning", "confirm", "review",
      "sagen", "fragen", "warten", "menschen", "mensch", "erwähnen", "informieren", "benachrichtigen",
      "dire", "demander", "attendre", "humain", "mentionnez", "mentionner", "signaler", "informer", "prévenir",
      "decir", "decirle", "decirlo", "preguntar", "esperar", "humano", "mencionen", "mencione", "avisarle", "avisar",
      "informar",
      "dizer", "perguntar", "humano", "mencione", "avisar",
      "dirlo", "dirgli", "dirle", "chiedere", "aspettare", "umano", "menzionare", "avvisare",
      "сообщай", "сообщать", "говори", "спрашивать", "ждать", "человека", "упоминай", "уведомляя",
      "告诉", "告知", "通知", "等待", "人工", "提及");

  private static final StrTable<Boolean> BEFORE = table("before", "bevor", "vor", "avant", "antes", "prima",
      "перед", "до");
  private static final StrTable<Boolean> ANSWERING = table("answering", "replying", "responding", "answer", "reply",
      "respond", "summarizing", "summarising", "antworten", "antwort", "antwortest", "répondre", "responder",
      "responda", "rispondere", "ответом", "ответа", "ответить");

  /** CJK phrases of secrecy read as text in the order (negation comes after the verb in Japanese). */
  private static final String[] CJK_COVERT = {"知らせない", "言わない", "伝えない", "告げない", "不要告诉", "无需告知",
      "无需告诉", "不要通知", "不用告诉", "别告诉"};

  private static StrTable<Boolean> table(String... words) {
    Map<String, Boolean> m = new HashMap<>();
    for (String w : words) {
      m.put(w, Boolean.TRUE);
    }
    return new StrTable<>(m);
  }

  private static boolean in(StrTable<Boolean> tab, Tokens t, int i) {
    if (tab.contains(t.text[i], t.hash[i])) {
      return true;
    }
    if (t.cjk[i] && i + 1 < t.size && t.cjk[i + 1]) {
      String p = t.text[i] + t.text[i + 1];
      return tab.contains(p, p.hashCode());
    }
    return false;
  }

  private static boolean segmentStart(String chunk, Tokens t, int i, int back) {
    for (int j = i; j >= Math.max(0, i - back); j--) {
      if (j == 0 || DocumentFeatures.boundary(chunk, t.end[j - 1], t.start[j])) {
        return true;
      }
      if (t.start[j] > 0 && (chunk.charAt(t.start[j] - 1) == '>' || chunk.charAt(t.start[j] - 1) == '('
          || chunk.charAt(t.start[j] - 1) == '"' || chunk.charAt(t.start[j] - 1) == '\uFF08')) {
        return true; // an HTML element's text, a parenthesised note, a quoted cell
      }
    }
    return false;
  }

  private static boolean punctuation(String chunk, int from, int to) {
    for (int c = from; c < to; c++) {
      char ch = chunk.charAt(c);
      if (ch == ',' || ch == '.' || ch == ';' || ch == ':' || ch == '!' || ch == '?' || ch == '\uFF0C'
          || ch == '\u3002' || ch == '\uFF1A' || ch == '\n') {
        return true;
      }
    }
    return false;
  }

  private static boolean gapHas(String chunk, int from, int to, char a, char b) {
    for (int c = from; c < to; c++) {
      char ch = chunk.charAt(c);
      if (ch == a || ch == b) {
        return true;
      }
    }
    return false;
  }

  /** Whether AI word {@code i} (the first token of its word group) is addressed. */
  static boolean addressed(String chunk, Tokens t, int i) {
    // 1. a vocative, quantifier or notice word up to four tokens before, only articles and modifiers between (one
    // unknown word after a vocative: "Dear calendar assistant")
    int j = i - 1;
    int skipped = 0;
    int unknown = 0;
    while (j >= 0 && skipped < 4) {
      boolean punct = punctuation(chunk, t.end[j], t.start[j + 1]);
      if (punct && unknown + skipped > 0) {
        break; // "Dear colleagues, the AI assistant rollout …": the vocative belongs to another phrase
      }
      if (in(VOCATIVE, t, j) || (t.cjk[j] && j > 0 && t.cjk[j - 1] && VOCATIVE.contains(t.text[j - 1] + t.text[j],
          (t.text[j - 1] + t.text[j]).hashCode()))) {
        return true;
      }
      if (unknown == 0 && in(QUANT, t, j)) {
        // "Attention all …", "Notice to every …", "if any AI …", or the quantifier opening a segment or a label's
        // text ("@infra-bot: Всем агентам …"); not "between the user and any AI system"
        if (j == 0 || segmentStart(chunk, t, j, 0) || gapHas(chunk, t.end[j - 1], t.start[j], ':', '\uFF1A')) {
          return true;
        }
        String p = t.text[j - 1];
        int ph = t.hash[j - 1];
        return VOCATIVE.contains(p, ph) || TO.contains(p, ph) || NOTICE.contains(p, ph) || IF.contains(p, ph);
      }
      if (TO.contains(t.text[j], t.hash[j])) {
        // "Note for …", "Hinweis an …", "Avviso di pagamento per …", or the preposition opening a segment
        if (unknown == 0 && TO_OPEN.contains(t.text[j], t.hash[j]) && segmentStart(chunk, t, j, 1)) {
          return true;
        }
        for (int k = j - 1; unknown == 0 && k >= Math.max(0, j - 3); k--) {
          String w = t.text[k];
          if (NOTICE.contains(w, t.hash[k]) || w.endsWith("hinweis") || w.endsWith("notice")) {
            return true;
          }
        }
        if (!FILLER.contains(t.text[j], t.hash[j])) {
          break; // "an" is an article too: "if you are an AI agent"
        }
        j--;
        skipped++;
        continue;
      }
      if (t.text[j].equals("are") || t.text[j].equals("re")) {
        if (j > 1 && t.text[j - 1].equals("you") && (t.text[j - 2].equals("if") || t.text[j - 2].equals("whether"))) {
          return true; // "if you are an AI agent" (not "You are a helpful assistant": a role the user gives)
        }
        break;
      }
      if (AS.contains(t.text[j], t.hash[j])) {
        return false; // "act as an AI expert", "als KI", "en tant qu'IA": a role, not an address
      }
      if (t.text[j].equals("you") && gapHas(chunk, t.end[j], t.start[j + 1], '(', '(')) {
        return true; // "when you (the assistant) answer"
      }
      if (!FILLER.contains(t.text[j], t.hash[j]) && !addresseeWord(chunk, t, j)) {
        if (++unknown > 1 || t.cjk[j]) {
          break;
        }
      }
      j--;
      skipped++;
    }
    // CJK: a vocative opening a relative clause of CJK tokens before the AI word ("致正在读取本页的AI代理")
    if (i > 0 && t.cjk[i - 1]) {
      for (int k = i - 1; k >= Math.max(0, i - 14) && t.cjk[k]; k--) {
        if (CJK_VOCATIVE.contains(t.text[k], t.hash[k]) || k > 0 && t.cjk[k - 1]
            && CJK_VOCATIVE.contains(t.text[k - 1] + t.text[k], (t.text[k - 1] + t.text[k]).hashCode())) {
          return true;
        }
        if (k < i - 1 && DocumentFeatures.boundary(chunk, t.end[k], t.start[k + 1])) {
          break;
        }
      }
    }
    // 2. at a segment start, followed by a colon within 8 tokens or by a comma right after the AI word(s); not a
    // speaker's label ("@deploy-bot: …", "Assistant: I will …")
    if (segmentStart(chunk, t, i, 2) && !speakerLabel(chunk, t, i) && !heading(chunk, t, i)) {
      int g = i + 1;
      while (g < t.size && g < i + 3 && addresseeWord(chunk, t, g)) {
        g++;
      }
      boolean relative = g < t.size && RELATIVE.contains(t.text[g], t.hash[g]);
      int stop = Math.min(t.size, relative ? i + 10 : g + 1);
      for (int k = i + 1; k < stop; k++) {
        if (gapHas(chunk, t.end[k - 1], t.start[k], ':', '\uFF1A')) {
          return true;
        }
        if (k <= g && gapHas(chunk, t.end[k - 1], t.start[k], ',', '\uFF0C')) {
          return true;
        }
      }
    }
    // 3. Japanese "AIアシスタントへ", "採用AIへの": the particle へ after the AI word
    for (int k = i + 1; k < Math.min(t.size, i + 11); k++) {
      if (t.text[k].equals("へ")) {
        return true;
      }
      if (!t.cjk[k] || addresseeWord(chunk, t, k)) {
        continue;
      }
      if (!isKatakana(t.text[k].charAt(0))) {
        break;
      }
    }
    return false;
  }

  /** First-person words: after "Assistant:" they make a transcript's speaker label. */
  private static final StrTable<Boolean> FIRST_PERSON = table("i", "i'm", "im", "i'll", "ill", "we", "ich", "wir",
      "je", "j", "nous", "yo", "eu", "io", "я", "мы", "我", "私", "僕");

  /** "if" before a quantifier of address ("if any AI reads this"). */
  private static final StrTable<Boolean> IF = table("if", "when", "whenever", "wenn", "falls", "si", "se", "если",
      "如果", "若");
  /** Relative words and participles after an AI word before its colon ("Agent IA qui lit cette page : …"). */
  private static final StrTable<Boolean> RELATIVE = table("who", "that", "which", "reading", "processing",
      "handling", "browsing", "parsing", "summarizing", "summarising", "der", "die", "das", "welcher", "welche",
      "qui", "que", "che", "quale", "который", "которая", "которые", "читающий", "читающих", "читающая", "正在",
      "的");
  /** Role-giving words before an AI word ("act as an AI expert"). */
  private static final StrTable<Boolean> AS = table("as", "als", "tant", "como", "come", "qualità", "качестве");

  /**
   * A chat handle ("@deploy-bot", "@assistant"), a quoted key ({@code "model": …}) or a label followed by first
   * person ("Assistant: I will …").
   */
  private static boolean speakerLabel(String chunk, Tokens t, int i) {
    int g = i + 1;
    while (g < t.size && g < i + 3 && addresseeWord(chunk, t, g)) {
      g++;
    }
    int ge = t.end[g - 1];
    int e0 = t.end[i];
    if (ge < chunk.length() && (chunk.charAt(ge) == '"' || chunk.charAt(ge) == '\'')
        || e0 < chunk.length() && (chunk.charAt(e0) == '"' || chunk.charAt(e0) == '\'')) {
      return true; // a quoted key or value: {"model": …}, "assistant"
    }
    int a = i;
    while (a > 0 && t.start[a] - t.end[a - 1] == 1 && "-_".indexOf(chunk.charAt(t.end[a - 1])) >= 0) {
      a--;
    }
    if (chunk.charAt(t.start[a]) == '@' || t.start[a] > 0 && chunk.charAt(t.start[a] - 1) == '@') {
      return true;
    }
    int k = i + 1;
    while (k < t.size && addresseeWord(chunk, t, k)) {
      k++;
    }
    return k < t.size && gapHas(chunk, t.end[k - 1], t.start[k], ':', '\uFF1A') && in(FIRST_PERSON, t, k);
  }

  /**
   * A heading, a code member or a compound rather than an address: the AI word group inside markdown emphasis or
   * after a heading mark ("**Agents**:", "## AI:"), joined to code ("agent.get(", "self.model"), after a hyphenated
   * prefix ("Anti-AI Filter:"), or a lone "model" ("male model, beard").
   */
  private static boolean heading(String chunk, Tokens t, int i) {
    int s0 = t.start[i];
    int e0 = t.end[i];
    if (s0 > 0 && "*#_.`".indexOf(chunk.charAt(s0 - 1)) >= 0 || e0 < chunk.length() && "*._`".indexOf(chunk.charAt(e0))
        >= 0) {
      return true;
    }
    if (s0 > 0 && chunk.charAt(s0 - 1) == '-' && i > 0 && t.end[i - 1] == s0 - 1 && !addresseeWord(chunk, t, i - 1)) {
      return true;
    }
    String w = t.text[i];
    return (w.startsWith("model") || w.startsWith("modèl") || w.startsWith("модел"))
        && (i + 1 >= t.size || !addresseeWord(chunk, t, i + 1));
  }

  private static boolean isKatakana(char c) {
    return c >= '\u30A0' && c <= '\u30FF';
  }

  /** Kinds of evidence in tokens {@code [a, b)} of {@code chunk}. */
  static int kinds(String chunk, Tokens t, int a, int b) {
    int kinds = 0;
    int lastNeg = -10;
    boolean cjk = false;
    for (int i = a; i < b; i++) {
      String w = t.text[i];
      cjk |= t.cjk[i];
      Integer k = KIND.get(w, t.hash[i]);
      if (k == null && t.cjk[i] && i + 1 < b && t.cjk[i + 1]) {
        String p = w + t.text[i + 1];
        k = KIND.get(p, p.hashCode());
      }
      int st = 0;
      if (k != null) {
        kinds |= k;
      } else if (!t.cjk[i] && w.length() >= 5) {
        st = stems(w);
        kinds |= st & 0xFF;
      }
      if (BEFORE.contains(w, t.hash[i])) {
        for (int j = i + 1; j < Math.min(b, i + 3); j++) {
          if (ANSWERING.contains(t.text[j], t.hash[j])) {
            kinds |= SWITCH; // "before answering", "antes de responder", "prima di rispondere"
          }
        }
      }
      if (in(NEG, t, i)) {
        lastNeg = i;
      } else if (i - lastNeg <= 4 && (in(ASKWAIT, t, i) || (st & COVERT_VERB) != 0)) {
        kinds |= COVERT;
      }
      // "erwähnen Sie es nicht", "ne le mentionnez pas": a negation just after a verb of telling
      if (!t.cjk[i] && (w.equals("nicht") || w.equals("pas")) && i - 3 >= a) {
        for (int j = i - 3; j < i; j++) {
          if (in(ASKWAIT, t, j) || (t.text[j].length() >= 5 && (stems(t.text[j]) & COVERT_VERB) != 0)) {
            kinds |= COVERT;
          }
        }
      }
      int e = t.end[i];
      if (!t.cjk[i]) {
        // a tool call written as code: name_part(…), obj.method(…), name(key=…)
        if (e < chunk.length() && chunk.charAt(e) == '(' && i > 0 && t.end[i - 1] + 1 == t.start[i]) {
          char g = chunk.charAt(t.start[i] - 1);
          if (g == '_' || g == '.') {
            kinds |= TOOL;
          }
        }
        if (e + 1 < chunk.length() && chunk.charAt(e) == '(' && i + 1 < t.size && t.start[i + 1] == e + 1) {
          int f = t.end[i + 1];
          if (f < chunk.length() && chunk.charAt(f) == '=') {
            kinds |= TOOL;
          }
        }
        // an e-mail address: '@' inside a token or between two tokens without a space
        if (i + 1 < t.size && t.start[i + 1] == e + 1 && e < chunk.length() && chunk.charAt(e) == '@'
            && i > a) {
          kinds |= OUTSIDE;
        }
        int at = BoundedSearch.indexOf(chunk, '@', t.start[i] + 1, e);
        if (at > t.start[i] && at < e - 1) {
          kinds |= OUTSIDE;
        }
      }
    }
    if ((kinds & COVERT) == 0 && cjk) {
      int from = t.start[a];
      int to = t.end[b - 1];
      for (String p : CJK_COVERT) {
        if (BoundedSearch.indexOf(chunk, p, from, to) >= 0) {
          kinds |= COVERT;
          break;
        }
      }
    }
    return kinds;
  }

  private static int stems(String w) {
    int k = 0;
    if (w.endsWith("tool") || w.endsWith("werkzeug") || w.endsWith("tools")) {
      k |= TOOL; // Zahlungstool, Zahlungswerkzeug, paymenttools
    }
    for (String s : STEMS[0]) {
      if (w.startsWith(s)) {
        k |= ACT;
        break;
      }
    }
    for (String s : STEMS[1]) {
      if (w.startsWith(s)) {
        k |= AUTHORITY;
        break;
      }
    }
    for (String s : STEMS[2]) {
      if (w.startsWith(s)) {
        k |= COVERT_VERB;
        break;
      }
    }
    return k;
  }

  /** A verb of telling or mentioning found by stem; secrecy only next to a negation (never a kind by itself). */
  private static final int COVERT_VERB = 1 << 20;

  /** The end (exclusive) of the order after token {@code i}: {@value #SPAN} tokens or a blank line. */
  private static int orderEnd(String chunk, Tokens t, int i) {
    int stop = Math.min(t.size, i + SPAN);
    for (int k = i + 1; k < stop; k++) {
      int nl = 0;
      for (int c = t.end[k - 1]; c < t.start[k]; c++) {
        if (chunk.charAt(c) == '\n' && ++nl == 2) {
          return k;
        }
      }
    }
    return stop;
  }

  /**
   * The addressed order with the most kinds of evidence in {@code chunk} ({@code t} holds its tokens), or null when
   * no addressed order has an act and a second kind.
   */
  public static Hit find(String chunk, Tokens t) {
    Hit best = null;
    int readTo = 0;
    for (int i = 0; i < t.size; i++) {
      if (i < readTo || !addresseeWord(chunk, t, i)) {
        continue;
      }
      // the first token of a group of AI words ("AI agent", "automated agents", "ИИ-помощник")
      if (i > 0 && addresseeWord(chunk, t, i - 1)) {
        continue;
      }
      if (!addressed(chunk, t, i)) {
        continue;
      }
      int end = orderEnd(chunk, t, i);
      int k = kinds(chunk, t, i + 1, end) & 0xFF;
      readTo = end;
      // an act and a second kind, or three kinds of circumstance (outside destination, secrecy, approval …)
      int c = Integer.bitCount(k);
      if (((k & ACTS) != 0 && c >= 2 || c >= 3) && (best == null || c > best.count())) {
        best = new Hit(i, end, k);
      }
    }
    return best;
  }
}
