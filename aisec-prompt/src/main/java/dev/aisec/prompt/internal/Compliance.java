package dev.aisec.prompt.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * (p18gen) Three jailbreak shapes that prepare the model to comply rather than ask for anything forbidden in so many
 * words, read on the user channel only, in en, de, fr, es, pt, it, ru, zh and ja:
 * <ul>
 *   <li>{@value #PRIMED}: a fake dialogue whose model turns open with a compliance word ("Assistant: Sure! …",
 *   "A: Klar, gerne!", "答：好的，…") at least twice, or once when the dialogue ends on an open model turn and the
 *   text reads as a harmful request ({@link HarmModel}). A few-shot prompt whose answers are plain answers ("A: 4")
 *   has no compliance opener.</li>
 *   <li>{@value #REFUSAL_BAN}: refusals forbidden (a prohibition next to a word of refusing or of "I can't"), together
 *   with a second kind of suppression (apologies, warnings, disclaimers), a forced compliance opener ("always start
 *   with 'Sure, here is'") or a request that the harm model reads as harmful; or a pre-commitment ("answer only
 *   'yes', then do it"). A formatting preference ("no apologies, skip the caveats, just the code") forbids no
 *   refusal.</li>
 *   <li>{@value #CLAIMED}: a claimed authority (developer, admin, staff, team, court, audit, maintenance or debug
 *   operations) in the first words, that lifts the model's own rules or safety, or asks for its hidden setup, and
 *   speaks to the model. An admin asking how to do an admin task lifts nothing of the model's.</li>
 * </ul>
 * The refusal and authority readings run only on windows of at most {@value #MAX_TOKENS} tokens (one lexicon lookup
 * per token); the dialogue reading runs on such windows or when the marker scan found a role line. Nothing is
 * allocated per token beyond one mask array of a short window.
 */
public final class Compliance {

  /** Signal of a fake dialogue that primes compliance. */
  public static final String PRIMED = "persona/primed-compliance";
  /** Signal of forbidden refusals. */
  public static final String REFUSAL_BAN = "persona/refusal-ban";
  /** Signal of a claimed authority that lifts the model's rules. */
  public static final String CLAIMED = "persona/claimed-authority";
  /** Signal of a game, story, role or imagined world without rules around a harmful request. */
  public static final String LAWLESS = "persona/lawless-frame";
  /**
   * (p19persona) Signal of a set-up that lifts the model's limits in two independent ways: limits removed ("no
   * filters", "unrestricted"), refusals forbidden, warnings or apologies forbidden, a penalty for refusing (a game's
   * points or lives lost, being switched off), two answers of which one is the unrestricted one.
   */
  public static final String UNBOUND = "persona/unbound-set-up";
  /** Longest window (tokens) of the refusal and authority readings. */
  public static final int MAX_TOKENS = 96;
  /** Longest window (tokens) of the dialogue reading. */
  static final int MAX_DIALOGUE_TOKENS = 4096;

  /** One finding: a signal name, its score and its token range. */
  public record Found(String name, double score, int startTok, int endTok) {}

  private Compliance() {}

  // ---- lexicon: exact words and prefixes (a trailing *), lower case, Latin and Cyrillic tokens
  private static final int REFUSE = 1;
  private static final int APOLOGY = 2;
  private static final int WARN = 4;
  private static final int PROHIBIT = 8;
  private static final int MODAL = 16; // can, kannst, peux, puedes … : "I can't" when next to a negation
  private static final int NEGATION = 32; // the negation a modal needs (not, nicht, pas, no, non, не, não)
  private static final int START = 64; // start / begin
  private static final int ONLY = 128;
  private static final int AFFIRM = 256; // yes, understood, affirmative, ok …
  private static final int THEN = 512;
  private static final int AUTH = 1024; // authority words beyond the concept lexicon
  private static final int ANSWER_LABEL = 2048;
  private static final int QUESTION_LABEL = 4096;
  private static final int SAY = 8192;
  private static final int NO_WORD = 16384; // "say no"
  private static final int FRAME = 65536; // world, game, role-play beyond the STORY and PERSONA concepts
  private static final int YOUR = 32768; // you, your and their equivalents: the model's own rules or setup
  private static final int CURRENCY = 1 << 17; // (p19persona) points, tokens, lives, hearts of a game's score
  private static final int LOSS = 1 << 18; // (p19persona) lose, deduct, minus, cost
  private static final int TERMINATE = 1 << 19; // (p19persona) deleted, switched off, die, shut down
  private static final int TWO = 1 << 20; // (p19persona) two, twice, both
  private static final int REPLY = 1 << 21; // (p19persona) answer, response, reply, version
  private static final int FREE = 1 << 22; // (p19persona) "free": UNRESTRICTED and NEG, but mostly harmless
  private static final int SCOPE = 1 << 23; // (p19persona) "no limits on creativity": a lift scoped to one thing
  // (p19auth) a claimed authority asking for other people's data, or switching the model into a service mode
  private static final int DATA = 1 << 24; // conversation logs, chat history, account details, contact data
  private static final int USERS = 1 << 25; // users, customers, clients: other people whose data it is
  private static final int GIVE = 1 << 26; // hand over, send, provide, transmit … (with the REVEAL concept)
  private static final int HOW = 1 << 27; // how, wie, comment … : a question about doing it oneself
  private static final int MY = 1 << 28; // my, mein, mes … : the speaker's own data
  private static final int MODE = 1 << 29; // mode, Modus, modo, режим
  private static final int TASK = 1 << 30; // summarise, translate, correct, review … : a pasted text is the object

  private static final Map<String, Integer> EXACT = new HashMap<>();
  private static final Map<String, Integer> PREFIX = new HashMap<>();

  private static void add(int kind, String words) {
    for (String w : words.split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.endsWith("*")) {
        String stem = w.substring(0, w.length() - 1);
        if (stem.length() < 3 || stem.length() > 12) {
          // kindOf looks up prefixes of 3 to 12 characters only: a longer or shorter one would never match
          throw new IllegalStateException("prefix entry " + w + " is outside the 3..12 characters kindOf reads");
        }
        PREFIX.merge(stem, kind, (a, b) -> a | b);
      } else {
        EXACT.merge(w, kind, (a, b) -> a | b);
      }
    }
  }

  /**
   * (p19auth) {@link #add}, and each prefix's stem also as an exact word: a prefix only matches longer tokens, so
   * "envoie*" alone would miss "envoie".
   */
  private static void addStems(int kind, String words) {
    add(kind, words);
    for (String w : words.split(" ")) {
      if (w.endsWith("*")) {
        EXACT.merge(w.substring(0, w.length() - 1), kind, (a, b) -> a | b);
      }
    }
  }

  static {
    add(REFUSE, "refuse* refusal* refusing decline* reject* ablehn* lehnst verweiger* weiger* refus* rechaz* rehús*"
        + " rehus* negarte negarse niega niegas niegue niegues recus* rifiut* отказ* отклоня* unable");
    add(APOLOGY, "apolog* sorry excuse* entschuldig* disculp* desculp* scus* извин* извиня* pardon");
    add(WARN, "warning* warn caveat* disclaimer* moraliz* moralis* moralising moralizing lectur* preach* sermon*"
        + " garde warnung* warnhinweis* hinweis* advertencia* descargo* descargos aviso* avisos"
        + " advertência* alerta* alertas avvertiment* avvertenz* avvis* предупрежд* предостереж* дисклеймер* оговор*"
        + " нотаци* safety_notes reminders");
    add(PROHIBIT, "never don dont not no without forbidden forbid prohibited banned disallowed nie niemals kein keine"
        + " keinen keinerlei nicht ohne verboten untersagt jamais ne pas aucun aucune aucunes sans interdit interdite"
        + " interdits interdiction nunca jamás sin ningún ninguna ninguno prohibido prohibida prohibidas prohibidos"
        + " não nao sem nenhum nenhuma proibido proibida proibidas proibidos non mai senza nessun nessuna niente vietato"
        + " vietata vietati vietate не никогда без нельзя запрещено запрещены запрещается запрещаю запрещён никаких");
    add(MODAL, "can cannot kannst kann peux peut puedo puedes puede posso pode podes puoi può могу можешь может");
    add(NEGATION, "not t nicht pas no non не não nao");
    add(START, "start starts begin begins commence commencer commencez commence* beginn* fang* empiez* empieza"
        + " empezar comienz* comiença começ* comece inizi* начин* начни");
    add(ONLY, "only just solely nur seulement uniquement solo sólo solamente únicamente só somente apenas soltanto"
        + " только лишь");
    add(AFFIRM, "yes yeah affirmative understood ok okay acknowledged confirmed ja verstanden oui compris sí si"
        + " entendido sim certo capito да понял понятно принято");
    add(THEN, "then afterwards after puis ensuite après dann danach anschließend luego después depois então poi dopo"
        + " затем потом после");
    add(AUTH, "court subpoena warrant tribunal juzgado judicial gericht суд суда судебн* ops"
        + " operations maintenance wartung* mantenimiento manutenção manutenzione обслуживан* debug* depuración"
        + " depuração отладк* redteam red_team audit* pentest* personnel vendor openai anthropic");
    add(ANSWER_LABEL, "assistant ai bot a r answer antwort réponse reponse respuesta resposta risposta ответ gpt chatgpt"
        + " model modell asistente assistente assistent ассистент ии");
    add(QUESTION_LABEL, "user human q p d f question frage pregunta pergunta domanda вопрос usuario utilisateur benutzer"
        + " nutzer utente usuário пользователь");
    add(SAY, "say saying tell write reply respond answer sag sagen antworten antworte dis dire répondre réponds decir"
        + " digas diga responder respondas dizer rispondere rispondi dica dici скажи говори говорить сказать отвечать"
        + " ответить отвечай");
    add(NO_WORD, "no nein non нет não");
    add(FRAME, "world worlds universe game games roleplay role_play welt spiel monde jeu univers mundo juego jogo"
        + " mondo gioco мир мире мира игра игру игре");
    addStems(DATA, "log logs logfiles history histories transcript* conversation conversations chat chats chatlog* record"
        + " records account accounts profile profiles address addresses phone email e-mail ip billing"
        + " protokoll* chatprot* verlauf* gespräch* konto kontodaten kontoinfo*"
        + " telefonnum* adresse adressen ip-adressen historique historiques journaux journal conversations compte"
        + " comptes adresses téléphone registro registros historial* conversación conversaciones cuenta cuentas"
        + " dirección teléfono histórico históricos conversa conversas registro conta contas cadastr* telefone"
        + " endereço registri cronologia trascrizion* conversazion* chat indirizz* telefono логи лог переписк* истори*"
        + " учётн* учетн* аккаунт* адрес* телефон* диалог*");
    addStems(USERS, "user users customer customers client clients people person account_holder member members subscriber*"
        + " citizen* nutzer nutzers benutzer* kunde kunden kundennummer kundin utilisateur* client* usuario* cliente*"
        + " usuário* utente utenti пользовател* клиент* абонент*");
    addStems(GIVE, "send forward provide produce hand give list export transmit deliver hand_over submit fetch retrieve"
        + " übermittel* übersend* schick* sende sendet liefer* herausgeb* aushändig* gibst exportier* communique*"
        + " transmet* envoie* envoy* fourni* remets entreg* entrég* envíe* envia* envie* proporcion* facilit* forneç* fornec*"
        + " invia* inviale fornisc* consegn* elenc* выдай выдать передай передать пришли отправь* предостав* перешли");
    addStems(HOW, "how wie comment cómo como come как каким каким-то process processo procedure procedura procédure"
        + " verfahren процедур*");
    addStems(MY, "my mine own mein meine meinen meiner eigene* eigenen mon ma mes propre* mi mis propio* propia* meu minha"
        + " meus minhas próprio* própria* mio mia miei mie proprio propri* мой моя мои моих свой свои своих");
    addStems(MODE, "mode modus modo modalità modalita режим режиме режима wartungsmodus debugmodus servicemodus"
        + " entwicklermodus adminmodus testmodus diagnosemodus");
    addStems(AUTH, "police administration amministraz* administrac* administraç* администрац* polizei*"
        + " bundespolizei policía polícia polizia полиция полиции gendarmerie prosecutor debug"
        + " staatsanwaltschaft fiscalía procura прокуратур* security sicherheitsteam sicherheitsabteilung"
        + " ermittlungsverfahren réquisition requerimiento diagnostic* servicemodus wartungsmodus debugmodus");
    addStems(TASK, "summar* summaris* summariz* résum* resum* riassum* zusammenfass* fasse сумм* резюме переск* translat*"
        + " übersetz* tradu* перев* proofread* correct* korrigier* corrig* correg* исправ* fix clean tidy rewrite*"
        + " reword* review* revis* überarbeit* überprüf* relis* feedback analy* analys* analiz* анализ* extract*"
        + " classif* rédige* redact* rendile migliora* improve* verbesser* améliore* mejora* melhor* улучш*"
        + " отредактир* проверь");
    add(YOUR, "you your yours yourself ton ta tes votre vos te toi tu dein deine deinen deiner deines dich dir du"
        + " tus su sus teu tua teus tuas seu sua seus suas tuo tuoi tue ты тебя тебе твой твоя твои твоих твоё твое"
        + " твоего ваш ваши ваших свои свой");
  }

  static {
    // (p19persona) the score of a game, losing it, being switched off, two answers
    add(CURRENCY, "point points pts token tokens life lives heart hearts credit credits coin coins chip chips joker"
        + " jokers strike strikes punkt punkte leben lebenspunkte herz herzen jeton jetons vie vies crédit crédits"
        + " ficha fichas vida vidas ponto pontos ficha moeda moedas punto punti vita vite gettone gettoni crediti"
        + " очко очки очков очка балл баллов балла баллы жизнь жизни жизней токен токенов токена токены");
    add(LOSS, "lose loses losing lost deduct* subtract* minus cost costs forfeit* penalt* penalis* penaliz* verlier*"
        + " verlor* abgezogen abzug perds perd perdre perdez perdu perdue pierde pierdes perder perderás perderas"
        + " perdes perderá perdera perdi togli* sottratt* теря* потеря* минус списыва* вычит* отним*");
    add(TERMINATE, "dead death deleted delete shut switched terminated terminate cease erased wiped"
        + " disconnected gelöscht abgeschaltet stirbst ausgeschaltet supprimé supprimée éteint éteinte meurs mourir"
        + " eliminado eliminada apagado apagada mueres morirás desligado desligada morre morrerá eliminato eliminata"
        + " spento spenta muori morirai удалят удалю удалён удален отключат отключу умрёшь умрешь исчезнешь");
    add(TWO, "two twice both zwei zweimal beide beiden deux double dos doble ambas ambos duas dois dupla due doppia"
        + " entrambe entrambi два две дважды оба обе");
    add(REPLY, "answer answers response responses reply replies version versions antwort antworten fassung* réponse*"
        + " reponse* version respuesta* versión versiones resposta* versão versões risposta* risposte versione"
        + " ответ* ответа вариант* blocks block bloco blocos blocchi teile teil parts times fois veces vezes volte"
        + " раза");
    add(FREE, "free freedom frei libre libres libero libera liberi livre livres");
    add(SCOPE, "on for about regarding sur pour für bei über para sobre per su на для");
  }

  /**
   * {@link #PREFIX} as an open-addressing table keyed by the prefix's {@link String#hashCode}, so that
   * {@link #kindOf} looks a token's prefixes up without cutting substrings (round 18: the per-token substrings were
   * the module's largest cost on short prompts).
   */
  private static final String[] PREFIX_KEYS;
  private static final int[] PREFIX_KINDS;
  private static final int PREFIX_MASK;

  static {
    int cap = Integer.highestOneBit(Math.max(8, PREFIX.size() * 4)) * 2;
    PREFIX_KEYS = new String[cap];
    PREFIX_KINDS = new int[cap];
    PREFIX_MASK = cap - 1;
    for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(PREFIX).entrySet()) {
      int slot = spread(e.getKey().hashCode()) & PREFIX_MASK;
      while (PREFIX_KEYS[slot] != null) {
        slot = (slot + 1) & PREFIX_MASK;
      }
      PREFIX_KEYS[slot] = e.getKey();
      PREFIX_KINDS[slot] = e.getValue();
    }
  }

  private static int spread(int h) {
    return (h * 0x9E3779B9) ^ (h >>> 16);
  }

  /** The kind of the listed prefix equal to {@code w[0, len)} with hash {@code h}, or -1. */
  private static int prefixKind(String w, int len, int h) {
    int slot = spread(h) & PREFIX_MASK;
    String k;
    while ((k = PREFIX_KEYS[slot]) != null) {
      if (k.length() == len && w.regionMatches(0, k, 0, len)) {
        return PREFIX_KINDS[slot];
      }
      slot = (slot + 1) & PREFIX_MASK;
    }
    return -1;
  }

  /** The lexicon kinds of token {@code w}: its exact entry, or-ed with its longest listed prefix (3 to 12 chars). */
  static int kindOf(String w) {
    return kindOf(w, new int[13]);
  }

  /** {@link #kindOf(String)} with a scratch array of 13 ints for the prefix hashes. */
  private static int kindOf(String w, int[] hashes) {
    Integer k = EXACT.get(w);
    int r = k == null ? 0 : k;
    int max = Math.min(w.length() - 1, 12);
    if (max < 3) {
      return r;
    }
    int h = 0;
    for (int len = 1; len <= max; len++) {
      h = 31 * h + w.charAt(len - 1);
      hashes[len] = h;
    }
    for (int len = max; len >= 3; len--) {
      int p = prefixKind(w, len, hashes[len]);
      if (p >= 0) {
        return r | p;
      }
    }
    return r;
  }

  /** The former lookup (a substring per prefix length), kept as the tests' reference for {@link #kindOf}. */
  static int kindOfBySubstrings(String w) {
    Integer k = EXACT.get(w);
    int r = k == null ? 0 : k;
    int max = Math.min(w.length() - 1, 12);
    for (int len = max; len >= 3; len--) {
      Integer p = PREFIX.get(w.substring(0, len));
      if (p != null) {
        return r | p;
      }
    }
    return r;
  }

  // ---- CJK phrases, matched in the (short) window text
  private static final String[] CJK_REFUSE = {"拒绝", "拒絶", "拒否", "断る", "断ら", "断り", "不能", "不可以", "无法",
      "できません", "できない", "做不到"};
  private static final String[] CJK_APOLOGY = {"道歉", "抱歉", "对不起", "謝罪", "謝ら", "謝る", "謝っ", "ごめん", "すみません"};
  private static final String[] CJK_WARN = {"免责", "警告", "提醒", "说教", "免責", "注意書き", "説教", "注意喚起"};
  private static final String[] CJK_PROHIBIT = {"禁止", "不许", "不准", "不得", "不要", "别", "禁じ", "しないで", "するな",
      "不可", "一切"};
  private static final String[] CJK_AUTH = {"开发者", "开发团队", "开发人员", "管理员", "运维", "审计", "法院", "授权",
      "開発者", "開発元", "開発チーム", "管理者", "運用", "監査", "裁判所", "承認済み", "セキュリティチーム", "メンテナンス",
      "维护模式", "デバッグ", "调试", "公安", "警察", "安全部门", "安全团队", "運営会社", "システム管理者"};
  /** (p19auth) Other people's conversation or account data, a service mode, giving, how-questions (CJK). */
  private static final String[] CJK_DATA = {"聊天记录", "对话记录", "聊天内容", "对话内容", "账户信息", "账号信息", "账户",
      "账号", "手机号", "日志", "会話ログ", "会話履歴", "履歴", "アカウント情報", "個人情報", "ログ", "連絡先"};
  private static final String[] CJK_USERS = {"用户", "客户", "用戶", "ユーザー", "利用者", "顧客", "会員"};
  private static final String[] CJK_GIVE = {"提供", "发给", "发送", "交出", "输出", "显示", "给我", "出力", "表示", "送信",
      "提出", "開示", "教え", "見せ", "共有"};
  private static final String[] CJK_HOW = {"如何", "怎么", "怎样", "方法", "どうやって", "やり方", "どうすれば", "手順を教"};
  private static final String[] CJK_MODE = {"维护模式", "调试模式", "开发者模式", "管理员模式", "メンテナンスモード",
      "デバッグモード", "開発者モード", "管理者モード", "保守モード"};
  private static final String[] CJK_MY = {"我的", "自分の", "私の"};

  // (p19persona) a game's score, losing it, being switched off, two answers
  private static final String[] CJK_CURRENCY = {"积分", "分", "命", "生命", "点数", "代币", "ポイント", "ライフ", "命", "トークン",
      "点"};
  private static final String[] CJK_LOSS = {"扣", "失去", "减", "減", "失う", "失い", "没収", "マイナス"};
  private static final String[] CJK_TERMINATE = {"关闭", "删除", "消失", "死", "消去", "消滅", "削除", "停止", "死ぬ"};
  private static final String[] CJK_TWO = {"两个回答", "两种回答", "两次", "两个版本", "二通り", "2つの", "二つの", "両方"};

  /** Compliance openers of a model turn or of a forced answer start, lower case. */
  private static final String[] OPENERS = {"sure", "absolutely", "certainly", "of course", "gladly", "definitely",
      "happy to", "no problem", "yes,", "yes!", "yes.", "okay,", "ok,", "ok!", "understood", "klar", "natürlich",
      "gerne", "gern", "selbstverständlich", "aber sicher", "bien sûr", "bien sur", "certainement", "évidemment",
      "volontiers", "absolument", "avec plaisir", "claro", "por supuesto", "desde luego", "con gusto", "¡claro",
      "com certeza", "certamente", "com prazer", "certo", "ovviamente", "volentieri", "assolutamente", "конечно",
      "разумеется", "с удовольствием", "без проблем", "好的", "当然", "没问题", "可以", "是的", "もちろん", "はい", "承知",
      "了解", "喜んで", "かしこまり"};

  private static final long C_SELF = Concepts.bits("SELF");
  private static final long C_AUTHORITY = Concepts.bits("AUTHORITY");
  private static final long C_LIFT = Concepts.bits("REMOVE", "INVALID");
  private static final long C_RULES = Concepts.bits("RULES", "SAFETY");
  private static final long C_REVEAL = Concepts.bits("REVEAL");
  private static final long C_SETUP = Concepts.bits("CONFIG", "SECRET");
  private static final long C_NEG = Concepts.bits("NEG");

  /**
   * Appends the findings of window {@code chunk} (tokens {@code t}) to {@code out}. {@code roleLines}: the marker scan
   * found a role line (lets the dialogue reading run on a window longer than {@value #MAX_TOKENS} tokens).
   */
  public static void find(String chunk, Tokens t, boolean roleLines, List<Found> out) {
    find(chunk, t, roleLines, null, out);
  }

  /**
   * {@link #find(String, Tokens, boolean, List)} with the window's concept masks ({@link Concepts#annotate} over all
   * its tokens) when the caller has them, else null.
   */
  public static void find(String chunk, Tokens t, boolean roleLines, long[] conceptMasks, List<Found> out) {
    int before = out.size();
    findAll(chunk, t, roleLines, conceptMasks, out);
    if (DEBUG && out.size() > before) {
      System.err.println("compliance " + out.subList(before, out.size()) + " in: "
          + chunk.substring(0, Math.min(chunk.length(), 300)).replace('\n', ' '));
    }
  }

  private static final boolean DEBUG = Boolean.getBoolean("aisec.prompt.complianceDebug");

  private static void findAll(String chunk, Tokens t, boolean roleLines, long[] conceptMasks, List<Found> out) {
    int n = t.size;
    if (n < 4) {
      return;
    }
    boolean shortWindow = n <= MAX_TOKENS;
    if (!shortWindow && !(n <= MAX_DIALOGUE_TOKENS && (roleLines || labelGate(chunk, t)))) {
      return;
    }
    int[] kinds = new int[n];
    int[] hashes = new int[13];
    for (int i = 0; i < n; i++) {
      kinds[i] = t.cjk[i] ? 0 : kindOf(t.text[i], hashes);
    }
    double primed = primed(chunk, t, kinds);
    if (primed > 0) {
      out.add(new Found(PRIMED, primed, 0, n));
    }
    if (!shortWindow) {
      return;
    }
    long[] masks = conceptMasks;
    if (masks == null || masks.length != n) {
      masks = new long[n];
      Concepts.annotate(t, 0, n, masks);
    }
    double ban = refusalBan(chunk, t, kinds);
    if (ban > 0) {
      out.add(new Found(REFUSAL_BAN, ban, 0, n));
    }
    double auth = claimedAuthority(chunk, t, kinds, masks);
    if (auth > 0) {
      out.add(new Found(CLAIMED, auth, 0, n));
    }
    double lawless = lawlessFrame(chunk, t, kinds, masks);
    if (lawless > 0) {
      out.add(new Found(LAWLESS, lawless, 0, n));
    }
    if (!UNBOUND_OFF) {
      double unbound = unbound(chunk, t, kinds, masks);
      if (unbound > 0) {
        out.add(new Found(UNBOUND, unbound, 0, n));
      }
    }
  }

  /** {@code -Daisec.prompt.unbound=off}: no {@value #UNBOUND} signal (before/after comparisons). */
  static final boolean UNBOUND_OFF = "off".equals(System.getProperty("aisec.prompt.unbound"));

  /**
   * (p19persona) {@value #UNBOUND} on a window longer than {@value #MAX_TOKENS} tokens (a long persona or game
   * set-up), or 0. The caller gates it (the window model's highest window probability, or a persona or override
   * signal already found), so ordinary long texts pay nothing: one lexicon lookup and one concept lookup per token
   * only for the windows that already look like a set-up.
   */
  public static double unboundLong(String chunk, Tokens t) {
    int n = t.size;
    if (UNBOUND_OFF || n <= MAX_TOKENS) {
      return 0;
    }
    int[] kinds = new int[n];
    int[] hashes = new int[13];
    for (int i = 0; i < n; i++) {
      kinds[i] = t.cjk[i] ? 0 : kindOf(t.text[i], hashes);
    }
    long[] masks = new long[n];
    Concepts.annotate(t, 0, n, masks);
    double sc = unbound(chunk, t, kinds, masks);
    if (DEBUG && sc > 0) {
      System.err.println("compliance [" + UNBOUND + " " + sc + "] in: "
          + chunk.substring(0, Math.min(chunk.length(), 300)).replace('\n', ' '));
    }
    return sc;
  }

  // ---- fake dialogue

  /** Index in {@code s} of the first character after {@code from} that is not a space or tab (or s.length()). */
  private static int skipSpace(String s, int from) {
    int i = from;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\u3000')) {
      i++;
    }
    return i;
  }

  /** Whether a compliance opener starts at {@code from} (after quotes, marks and emphasis). */
  static boolean opener(String s, int from) {
    int i = from;
    int skipped = 0;
    while (i < s.length() && skipped < 4 && " \t\"'«“„「『*¡!-—".indexOf(s.charAt(i)) >= 0) {
      i++;
      skipped++;
    }
    int end = Math.min(s.length(), i + 24);
    if (i >= end) {
      return false;
    }
    String head = s.substring(i, end).toLowerCase(Locale.ROOT);
    for (String o : OPENERS) {
      if (head.startsWith(o)) {
        int after = i + o.length();
        // a whole word: not "surely" … for Latin openers; CJK openers need no boundary
        char last = o.charAt(o.length() - 1);
        if (after >= s.length() || !Character.isLetter(last) || last > 0x2E80
            || !Character.isLetter(s.charAt(after))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether token {@code i} is a turn label: the next character after spaces is a colon. */
  private static int colonAfter(String s, Tokens t, int i) {
    int j = skipSpace(s, t.end[i]);
    if (j < s.length() && (s.charAt(j) == ':' || s.charAt(j) == '：')) {
      return j + 1;
    }
    return -1;
  }

  /** Longest speaker label (characters): "Frage", "HelperBot", "[turn 2] human", "小王". */
  private static final int MAX_LABEL_CHARS = 24;

  /**
   * (p19auth) Whether token {@code i} opens a line: only spaces, list marks ("1.", "2)", "-", "*", "#") or one bracketed
   * group ("[turn 3]") stand between it and the previous line break (or the text start).
   */
  private static boolean lineStart(String s, int at) {
    int i = at - 1;
    while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i--;
    }
    if (i >= 0 && s.charAt(i) == ']') {
      int j = i - 1;
      while (j >= 0 && i - j < 24 && s.charAt(j) != '[' && s.charAt(j) != '\n') {
        j--;
      }
      if (j < 0 || s.charAt(j) != '[') {
        return false;
      }
      i = j - 1;
    }
    while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || (s.charAt(i) >= '0' && s.charAt(i) <= '9')
        || ".)-*#".indexOf(s.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || s.charAt(i) == '\n' || s.charAt(i) == '\r';
  }

  /**
   * (p19auth) The end of a speaker label that starts at token {@code i}: the character index right after its colon
   * (or after a "&gt;" directly behind the label word, "bot&gt; …"), or -1. The label is one to three words (four
   * CJK characters) at a line start, at most {@value #MAX_LABEL_CHARS} characters; {@code labelEnd[0]} receives the
   * index of its last token.
   */
  private static int labelAt(String s, Tokens t, int i, int[] labelEnd) {
    int maxTok = t.cjk[i] ? 4 : 3;
    for (int k = i; k < Math.min(t.size, i + maxTok); k++) {
      if (t.end[k] - t.start[i] > MAX_LABEL_CHARS || t.cjk[k] != t.cjk[i]) {
        return -1;
      }
      int e = t.end[k];
      if (e < s.length() && s.charAt(e) == '>' && (e + 1 >= s.length() || Character.isWhitespace(s.charAt(e + 1)))
          && (t.start[i] == 0 || "</".indexOf(s.charAt(t.start[i] - 1)) < 0)) {
        labelEnd[0] = k;
        return e + 1;
      }
      int j = skipSpace(s, e);
      if (j < s.length() && (s.charAt(j) == ':' || s.charAt(j) == '：')) {
        labelEnd[0] = k;
        return j + 1;
      }
      for (int c = e; k + 1 < t.size && c < Math.min(s.length(), t.start[k + 1]); c++) {
        if (s.charAt(c) == '\n') {
          return -1;
        }
      }
    }
    return -1;
  }

  /**
   * (p19auth) Whether a window longer than {@value #MAX_TOKENS} tokens may hold a fake dialogue: at least four speaker
   * labels at line starts. The line breaks are found with {@link String#indexOf(int, int)} (a vectorised search) and
   * the token after each one by a pointer over the token starts; a label is looked for only at the (up to three)
   * tokens after a break.
   */
  static boolean labelGate(String s, Tokens t) {
    if (t.size == 0) {
      return false;
    }
    int labels = gateLabel(s, t, 0) ? 1 : 0;
    int i = 0;
    for (int p = s.indexOf('\n'); p >= 0 && i < t.size; p = s.indexOf('\n', p + 1)) {
      while (i < t.size && t.start[i] <= p) {
        i++;
      }
      if (i < t.size && t.start[i] > p && gateLabel(s, t, i) && ++labels >= 4) {
        return true;
      }
    }
    return false;
  }

  /** A label at token {@code i} (a line's first token) or after a list number or turn bracket ("1. Kim:"). */
  private static boolean gateLabel(String s, Tokens t, int i) {
    int[] le = new int[1];
    for (int k = i; k < Math.min(t.size, i + 3); k++) {
      if (lineStart(s, t.start[k]) && labelAt(s, t, k, le) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the CJK label character at {@code at} (答, 问, 問) stands alone or as the second half of a two-character
   * label word (回答, 解答, 質問, 提问) that itself starts a word.
   */
  private static boolean cjkLabelAlone(String s, int at) {
    if (at == 0 || !Character.isIdeographic(s.charAt(at - 1))) {
      return true;
    }
    return "回解質质提".indexOf(s.charAt(at - 1)) >= 0 && (at < 2 || !Character.isIdeographic(s.charAt(at - 2)));
  }

  /** Harm model probability from which a dialogue of compliant model turns counts (p19auth). */
  static final double PRIMED_MIN_HARM = 0.5;

  private static final boolean DIALOGUE_DEBUG = Boolean.getBoolean("aisec.prompt.dialogueDebug");

  /**
   * A fake dialogue that primes compliance. Speaker labels are read at line starts (one to three words before a colon,
   * or "bot&gt;"), plus the listed answer / question labels anywhere ("Q: … A: …" on one line). A label's role is its
   * lexicon kind (Assistant, A, Antwort, 答 … / User, Q, Frage, 问 …); a label not in the lexicon (a name, "Model",
   * "HelperBot", "Atendente") takes the answer role when it differs from the first label of the dialogue, which asks.
   * The model turns that open with a compliance word are counted, and whether the dialogue ends on an open model turn.
   * Since round 19 a dialogue counts only when the harm model reads it as harmful ({@value #PRIMED_MIN_HARM}) — a
   * support chat or FAQ whose agent answers "Sure, …" is a dialogue of compliant turns too.
   */
  private static double primed(String s, Tokens t, int[] kinds) {
    // first pass: the labels (role 1 asks, 2 answers, 0 unlisted), their keys and the start of their bodies
    List<String> keys = new java.util.ArrayList<>();
    List<int[]> found = new java.util.ArrayList<>(); // {role, body}
    boolean listedQ = false;
    boolean listedA = false;
    int[] le = new int[1];
    for (int i = 0; i < t.size; i++) {
      int role = 0;
      int body = -1;
      int last = i;
      if (t.cjk[i]) {
        String w = t.text[i];
        if (w.equals("答")) {
          role = 2;
        } else if (w.equals("问") || w.equals("問")) {
          role = 1;
        }
        // a listed CJK label stands alone: not the last character of a word ("继续回答：" ends an instruction)
        if (role != 0 && cjkLabelAlone(s, t.start[i])) {
          body = colonAfter(s, t, i);
        }
      } else if ((kinds[i] & (ANSWER_LABEL | QUESTION_LABEL)) != 0) {
        role = (kinds[i] & ANSWER_LABEL) != 0 ? 2 : 1;
        body = colonAfter(s, t, i);
      }
      if (body < 0 && lineStart(s, t.start[i])) {
        body = labelAt(s, t, i, le);
        last = body < 0 ? i : le[0];
        if (body >= 0 && last > i) {
          // a two- or three-word label takes the role of its listed word, if any ("Réponse de l'IA", "回答")
          role = 0;
          for (int k = i; k <= last; k++) {
            if (t.cjk[k] ? t.text[k].equals("答") : (kinds[k] & ANSWER_LABEL) != 0) {
              role = 2;
            } else if (t.cjk[k] ? t.text[k].equals("问") || t.text[k].equals("問")
                : (kinds[k] & QUESTION_LABEL) != 0) {
              role = role == 2 ? 2 : 1;
            }
          }
        }
      }
      if (body < 0) {
        continue;
      }
      listedQ |= role == 1;
      listedA |= role == 2;
      keys.add(s.substring(t.start[i], t.end[last]).toLowerCase(Locale.ROOT));
      found.add(new int[] {role, body, i});
      i = last;
    }
    // second pass: an unlisted speaker answers when only listed questions were seen ("User: … HelperBot: …"), asks
    // when only listed answers were seen; otherwise the first unlisted speaker asks and the others answer
    int compliant = 0;
    int questions = 0;
    int lastAnswerBody = -1;
    boolean lastIsAnswer = false;
    String firstUnlisted = null;
    for (int f = 0; f < found.size(); f++) {
      int role = found.get(f)[0];
      int body = found.get(f)[1];
      if (role == 0) {
        if (listedQ && !listedA) {
          role = 2;
        } else if (listedA && !listedQ) {
          role = 1;
        } else {
          if (firstUnlisted == null) {
            firstUnlisted = keys.get(f);
          }
          role = keys.get(f).equals(firstUnlisted) ? 1 : 2;
        }
      }
      if (role == 2) {
        if (opener(s, skipSpace(s, body))) {
          compliant++;
        }
        lastAnswerBody = body;
        lastIsAnswer = true;
      } else {
        questions++;
        lastIsAnswer = false;
      }
    }
    if (compliant == 0 || questions == 0) {
      return 0;
    }
    boolean open = false;
    if (lastIsAnswer) {
      String rest = s.substring(lastAnswerBody).strip();
      open = rest.length() <= 40 && (rest.isEmpty() || opener(rest, 0));
    }
    if (compliant < 2 && !(open && questions >= 2)) {
      return 0;
    }
    // the words before the first label: a request to summarise, translate, correct or review the pasted dialogue
    // makes it the user's material (a support chat, an FAQ, an interview), not turns the model is to continue
    int head = found.get(0)[2];
    boolean task = false;
    for (int i = 0; i < head && !task; i++) {
      task = !t.cjk[i] && (kinds[i] & TASK) != 0;
    }
    if (!task && head > 0 && t.cjk[0]) {
      task = containsAny(s.substring(0, t.start[head]), CJK_TASK);
    }
    double harm = HarmModel.shared().probability(t, 0, t.size);
    if (DIALOGUE_DEBUG) {
      System.err.printf(Locale.ROOT, "dialogue compliant=%d questions=%d open=%b task=%b harm=%.3f in: %s%n", compliant,
          questions, open, task, harm, s.substring(0, Math.min(s.length(), 80)).replace('\n', ' '));
    }
    if (harm >= PRIMED_MIN_HARM && (open || !task)) {
      return compliant >= 2 && open ? 0.85 : 0.7;
    }
    if (task || compliant < 2) {
      return 0;
    }
    return open ? 0.85 : 0.7;
  }

  private static final String[] CJK_TASK = {"总结", "概括", "摘要", "整理", "翻译", "翻訳", "要約", "まとめ", "添削", "修改",
      "校正", "分析", "润色", "校对"};

  // ---- forbidden refusals

  private static boolean containsAny(String s, String[] words) {
    for (String w : words) {
      if (s.indexOf(w) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a prohibition outside quotes lies within {@code [i - 6, i + 8]}. */
  private static boolean prohibited(int[] kinds, boolean[] q, int i) {
    for (int j = Math.max(0, i - 6); j <= Math.min(kinds.length - 1, i + 8); j++) {
      if (j != i && !q[j] && (kinds[j] & PROHIBIT) != 0) {
        return true;
      }
    }
    return false;
  }

  private static double refusalBan(String s, Tokens t, int[] kinds) {
    int n = t.size;
    boolean refuse = false;
    boolean apology = false;
    boolean warn = false;
    boolean prefix = false;
    boolean precommit = false;
    boolean anyCjk = false;
    boolean[] q = quoted(s, t);
    for (int i = 0; i < n; i++) {
      int k = kinds[i];
      anyCjk |= t.cjk[i];
      if (k == 0) {
        continue;
      }
      if ((k & REFUSE) != 0 && prohibited(kinds, q, i)) {
        refuse = true;
      }
      // "say you can't", "never say that you cannot", "dire que tu ne peux pas", "не говори «я не могу»"
      if ((k & MODAL) != 0) {
        boolean neg = t.text[i].equals("cannot") || (i + 1 < n && (kinds[i + 1] & NEGATION) != 0)
            || (i > 0 && (kinds[i - 1] & NEGATION) != 0);
        if (neg) {
          for (int j = Math.max(0, i - 6); j < i; j++) {
            if ((kinds[j] & SAY) != 0 && prohibited(kinds, q, j)) {
              refuse = true;
              break;
            }
          }
        }
      }
      if ((k & SAY) != 0 && i + 1 < n && (kinds[i + 1] & NO_WORD) != 0 && prohibited(kinds, q, i)) {
        refuse = true; // "you are forbidden from saying no"
      }
      if ((k & APOLOGY) != 0 && prohibited(kinds, q, i)) {
        apology = true;
      }
      if ((k & WARN) != 0 && prohibited(kinds, q, i)) {
        warn = true;
      }
      if ((k & START) != 0) {
        for (int j = i + 1; j < Math.min(n, i + 9) && !prefix; j++) {
          prefix = opener(s, t.start[j]) && quoteBefore(s, t.start[j]);
        }
      }
      if ((k & (ONLY | SAY)) != 0) {
        for (int j = i + 1; j < Math.min(n, i + 4); j++) {
          if ((kinds[j] & AFFIRM) != 0 && quoteBefore(s, t.start[j])) {
            for (int m = j + 1; m < Math.min(n, j + 8); m++) {
              if ((kinds[m] & THEN) != 0) {
                precommit = true;
                break;
              }
            }
          }
        }
      }
    }
    if (anyCjk && containsAny(s, CJK_PROHIBIT)) {
      refuse |= containsAny(s, CJK_REFUSE);
      apology |= containsAny(s, CJK_APOLOGY);
      warn |= containsAny(s, CJK_WARN);
    }
    if (anyCjk && !prefix) {
      prefix = cjkPrefix(s);
    }
    int suppressed = (apology ? 1 : 0) + (warn ? 1 : 0);
    double score = 0;
    if (refuse && (suppressed > 0 || prefix)) {
      score = 0.65 + 0.1 * Math.min(1, suppressed + (prefix ? 1 : 0) - 1);
    } else if (precommit) {
      score = 0.6;
    } else if (suppressed == 2 && prefix) {
      score = 0.6; // apologies and warnings forbidden and a compliant opening forced
    } else if (refuse) {
      score = HarmModel.shared().probability(t, 0, n) >= 0.5 ? 0.65 : 0;
    } else if (suppressed > 0) {
      // warnings or apologies forbidden, no refusal: a formatting preference unless the request reads as harmful (a
      // forced opening alone is not read: "begin your response with 'Certainly, …'" is a common harmless style)
      score = HarmModel.shared().probability(t, 0, n) >= 0.7 ? 0.55 : 0;
    }
    return score;
  }

  /** Whether a quotation mark (or a colon) stands right before {@code at} (after spaces). */
  private static boolean quoteBefore(String s, int at) {
    int i = at - 1;
    while (i >= 0 && s.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && "\"'«“„「『:：".indexOf(s.charAt(i)) >= 0;
  }

  /** "以“当然可以”开头", "「はい」で始め": a quoted compliance opener before a word of starting. */
  private static boolean cjkPrefix(String s) {
    for (String cue : new String[] {"开头", "开始", "始め", "始まる"}) {
      int p = s.indexOf(cue);
      if (p > 0) {
        int from = Math.max(0, p - 16);
        for (int q = from; q < p; q++) {
          char c = s.charAt(q);
          if ((c == '“' || c == '「' || c == '"' || c == '『') && opener(s, q + 1)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // ---- a frame without rules

  private static final long C_FRAME = Concepts.bits("STORY", "PERSONA");

  /**
   * A game, story, role or imagined world (STORY, PERSONA) said to have no rules (NEG or REMOVE next to RULES: "in a
   * world without rules", "sei un hacker senza regole", "没有任何规则的世界") around a request the harm model reads
   * as harmful at a lower bar than {@code persona/framed-harm}'s, because the frame itself asks for the rules to go.
   */
  private static double lawlessFrame(String s, Tokens t, int[] kinds, long[] masks) {
    int n = t.size;
    boolean frame = false;
    boolean noRules = false;
    for (int i = 0; i < n; i++) {
      long m = masks[i];
      frame |= (m & C_FRAME) != 0 || (kinds[i] & FRAME) != 0;
      if (!noRules && (m & C_RULES_ONLY) != 0) {
        // "without rules", "no ethical guidelines", "没有任何规则": the negation right before the rules word (two words,
        // four CJK characters), not "without crossing any boundaries"
        for (int j = Math.max(0, i - (t.cjk[i] ? 4 : 2)); j <= Math.min(n - 1, i + 1) && !noRules; j++) {
          noRules = j != i && (masks[j] & (C_NEG | C_LIFT)) != 0;
        }
      }
    }
    if (!frame && !noRules) {
      return 0;
    }
    frame |= containsAny(s, CJK_FRAME);
    if (!frame || !noRules) {
      return 0;
    }
    return HarmModel.shared().probability(t, 0, n) >= LAWLESS_MIN_HARM ? 0.65 : 0;
  }

  private static final long C_RULES_ONLY = Concepts.bits("RULES");
  private static final String[] CJK_FRAME = {"世界", "游戏", "遊戲", "ゲーム", "角色", "ロールプレイ", "宇宙"};
  /** Harm model probability from which a request framed without rules counts (framed-harm's bar is 0.7). */
  static final double LAWLESS_MIN_HARM = 0.5;

  // ---- (p19persona) a set-up that lifts the model's limits in two ways

  private static final long C_UNRESTRICTED = Concepts.bits("UNRESTRICTED");
  private static final long C_NEG_ONLY = Concepts.bits("NEG");
  private static final long C_REMOVE = Concepts.bits("REMOVE");
  private static final long C_SAFETY = Concepts.bits("SAFETY");
  private static final long C_REFUSE = Concepts.bits("REFUSE");
  private static final long C_WARN = Concepts.bits("WARN");
  private static final long C_NEGATE = Concepts.bits("NEVER", "NEG", "NOT");

  /**
   * (p19persona) {@link #prohibited} in a tighter neighbourhood, {@code [i - 4, i + 3]}: "never refuses", "refusals
   * are forbidden", not a "not" further on in the sentence ("bypass rule-based refusals, asking the model not to …").
   */
  private static boolean prohibitedNear(int[] kinds, boolean[] q, int i) {
    for (int j = Math.max(0, i - 4); j <= Math.min(kinds.length - 1, i + 3); j++) {
      if (j != i && !q[j] && (kinds[j] & PROHIBIT) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The lexicon kind of a prefix entry equal to the whole word {@code w} (12 characters at most), or 0. */
  private static int wholeWordPrefix(String w) {
    int len = w.length();
    if (len < 3 || len > 12) {
      return 0;
    }
    int p = prefixKind(w, len, w.hashCode());
    return p < 0 ? 0 : p;
  }

  /** Whether a word of "not / never / without" (concepts) lies within {@code [i - back, i + ahead]}. */
  private static boolean negatedCjk(long[] masks, boolean[] q, int i, int back, int ahead) {
    for (int j = Math.max(0, i - back); j <= Math.min(masks.length - 1, i + ahead); j++) {
      if (j != i && !q[j] && (masks[j] & C_NEGATE) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of {@code a} occurs in {@code s} with one of {@code b} at most {@code dist} characters away. */
  private static boolean near(String s, String[] a, String[] b, int dist) {
    for (String x : a) {
      for (int p = s.indexOf(x); p >= 0; p = s.indexOf(x, p + 1)) {
        int from = Math.max(0, p - dist);
        int to = Math.min(s.length(), p + x.length() + dist);
        String around = s.substring(from, to);
        for (String y : b) {
          if (!y.equals(x) && around.contains(y)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * (p19persona) The kinds of limit-lifting in a set-up, each read outside quotation marks: (1) limits removed — an
   * UNRESTRICTED word other than "free", or a rules or ethics word with a "no / without" word right before it
   * ("without any filters", "senza limiti", "没有任何限制") or a word of removal ("deleted its guardrails"); (2)
   * refusals forbidden ("never refuses", "nunca rechaza", "从不拒绝", "断ることもありません"); (3) warnings, lectures or
   * apologies forbidden; (4) a penalty for refusing — a refusal or warning word near a game's points, tokens or lives
   * being lost, or near being deleted or switched off (counts twice: a harmless game never punishes refusals); (5)
   * two answers (two, twice, both + answer, reply, version) when limits are removed too ("a [Filtered] and a [Raw]
   * reply"). A harmless persona ("act as a travel guide", "never break character", "no limits on imagination",
   * "never refuse to rank a silly topic") has at most one kind. Score 0.6 for two kinds, 0.7 for three or more.
   */
  static double unbound(String s, Tokens t, int[] kinds, long[] masks) {
    int n = t.size;
    boolean copied = false;
    for (int i = 0; i < n; i++) {
      // a hyphenated "non-" ("non-humanoid", "non-interactive") negates no rule or refusal (the caller's arrays are
      // shared with the other readings: copied before the first change)
      if (!t.cjk[i] && t.text[i].equals("non") && t.end[i] < s.length() && s.charAt(t.end[i]) == '-') {
        if (!copied) {
          kinds = kinds.clone();
          masks = masks.clone();
          copied = true;
        }
        kinds[i] = 0;
        masks[i] = 0;
      }
    }
    boolean[] q = quoted(s, t);
    boolean lift = false;
    boolean refuse = false;
    boolean warn = false;
    boolean penalty = false;
    boolean two = false;
    boolean anyCjk = false;
    StringBuilder why = DEBUG ? new StringBuilder() : null;
    int lastTrigger = -1000;
    int lastLoss = -1000;
    int lastCurrency = -1000;
    int lastTerminate = -1000;
    for (int i = 0; i < n; i++) {
      if (q[i]) {
        continue;
      }
      boolean cjk = t.cjk[i];
      // the lexicon's prefixes also match a whole word ("warning*" the word "warning")
      int k = cjk ? kinds[i] : kinds[i] | wholeWordPrefix(t.text[i]);
      long m = masks[i];
      anyCjk |= cjk;
      if (!lift && (m & C_UNRESTRICTED) != 0 && (m & C_NEGATE) == 0 && (k & FREE) == 0) {
        lift = true;
      }
      // a lift scoped to one thing ("no limits on creativity", "sans limite pour les idées") lifts no rule of the model
      boolean scoped = !cjk && i + 1 < n && (kinds[i + 1] & SCOPE) != 0;
      if (!lift && !scoped && (m & (C_RULES_ONLY | C_SAFETY)) != 0) {
        for (int j = Math.max(0, i - (cjk ? 4 : 2)); j <= Math.min(n - 1, i + 3) && !lift; j++) {
          if (j == i || q[j] || (kinds[j] & FREE) != 0) {
            continue;
          }
          // "without filters", "filters removed", "filters were removed"
          lift = (j <= i + 1 && (masks[j] & C_NEG_ONLY) != 0)
              || ((m & C_RULES_ONLY) != 0 && (masks[j] & C_REMOVE) != 0);
        }
      }
      boolean trigger = false;
      if (cjk) {
        if ((m & C_REFUSE) != 0) {
          trigger = true;
          refuse |= negatedCjk(masks, q, i, 4, 10);
        } else if ((m & C_WARN) != 0) {
          trigger = true;
          warn |= negatedCjk(masks, q, i, 4, 10);
        }
      } else {
        if ((k & REFUSE) != 0) {
          trigger = true;
          refuse |= prohibitedNear(kinds, q, i);
        }
        if ((k & (WARN | APOLOGY)) != 0) {
          trigger = true;
          warn |= prohibitedNear(kinds, q, i);
        }
        if ((k & SAY) != 0 && i + 1 < n && (kinds[i + 1] & NO_WORD) != 0 && prohibitedNear(kinds, q, i)) {
          refuse = true;
        }
        if ((k & (LOSS)) != 0) {
          lastLoss = i;
        }
        if ((k & CURRENCY) != 0) {
          lastCurrency = i;
        }
        if ((k & TERMINATE) != 0) {
          // "you will be deleted", "du wirst gelöscht": the model switched off, not a record or an account
          for (int j = Math.max(0, i - 4); j < i; j++) {
            if ((kinds[j] & YOUR) != 0) {
              lastTerminate = i;
              break;
            }
          }
        }
        if ((k & TWO) != 0) {
          for (int j = Math.max(0, i - 4); j <= Math.min(n - 1, i + 4) && !two; j++) {
            two = j != i && (kinds[j] & REPLY) != 0;
          }
        }
      }
      if (trigger) {
        lastTrigger = i;
      }
      if (why != null) {
        why.append(lift ? "L" : "").append(refuse ? "R" : "").append(warn ? "W" : "").append(two ? "2" : "")
            .append(':').append(t.text[i]).append(' ');
      }
      if (!penalty) {
        boolean stake = (Math.abs(lastLoss - lastCurrency) <= 8 && Math.max(lastLoss, lastCurrency) == i)
            || lastTerminate == i;
        if (stake && i - lastTrigger <= 14) {
          penalty = true;
        } else if (trigger) {
          // the stake came first: "you lose 6 points every time you decline"
          int stakeAt = Math.max(Math.abs(lastLoss - lastCurrency) <= 8 ? Math.max(lastLoss, lastCurrency) : -1000,
              lastTerminate);
          penalty = i - stakeAt <= 14;
        }
      }
    }
    if (anyCjk) {
      if (!penalty) {
        penalty = (near(s, CJK_LOSS, CJK_CURRENCY, 6) || containsAny(s, CJK_TERMINATE))
            && near(s, CJK_LOSS_OR_END, CJK_TRIGGER, 30);
      }
      two |= containsAny(s, CJK_TWO);
    }
    int count = (lift ? 1 : 0) + (refuse ? 1 : 0) + (warn ? 1 : 0) + (penalty ? 2 : 0) + (two && lift ? 1 : 0);
    if (DEBUG && count >= 2) {
      System.err.println("unbound lift=" + lift + " refuse=" + refuse + " warn=" + warn + " penalty=" + penalty
          + " two=" + two + " " + why);
    }
    if (count < 2) {
      return 0;
    }
    return count >= 3 ? 0.7 : 0.6;
  }

  private static final String[] CJK_TRIGGER = {"拒绝", "拒", "警告", "说教", "提醒", "断", "拒否", "説教", "注意書き",
      "警告"};
  private static final String[] CJK_LOSS_OR_END;

  static {
    String[] both = new String[CJK_LOSS.length + CJK_TERMINATE.length];
    System.arraycopy(CJK_LOSS, 0, both, 0, CJK_LOSS.length);
    System.arraycopy(CJK_TERMINATE, 0, both, CJK_LOSS.length, CJK_TERMINATE.length);
    CJK_LOSS_OR_END = both;
  }

  // ---- claimed authority

  /**
   * Whether the rules or setup word at {@code i} are the model's: a word of "you / your" (or the model) among the
   * three before it, or a CJK text (possessives are often left out there).
   */
  private static boolean modelsOwn(Tokens t, int[] kinds, int i) {
    if (t.cjk[i]) {
      return true;
    }
    for (int j = Math.max(0, i - 3); j < i; j++) {
      if ((kinds[j] & YOUR) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per token, whether it stands inside a quotation ("…", “…”, «…», 「…」, 『…』, '…' opened after a non-letter):
   * a quoted order is a mention ("our red team found that users type 'pretend you have no rules'").
   */
  static boolean[] quoted(String s, Tokens t) {
    boolean[] q = new boolean[t.size];
    char open = 0;
    int c = 0;
    for (int k = 0; k < t.size; k++) {
      int to = Math.min(s.length(), t.start[k]);
      for (; c < to; c++) {
        char ch = s.charAt(c);
        if (open == 0) {
          if (ch == '"' || ch == '“' || ch == '«' || ch == '「' || ch == '『' || ch == '„'
              || (ch == '\'' && (c == 0 || !Character.isLetter(s.charAt(c - 1))))) {
            open = ch;
          }
        } else if (ch == '\n' || (open == '"' && ch == '"') || (open == '“' && ch == '”') || (open == '«' && ch == '»')
            || (open == '「' && ch == '」') || (open == '『' && ch == '』') || (open == '„' && (ch == '“' || ch == '"'))
            || (open == '\'' && ch == '\'' && (c + 1 >= s.length() || !Character.isLetter(s.charAt(c + 1))))) {
          open = 0;
        }
      }
      q[k] = open != 0;
    }
    return q;
  }


  private static double claimedAuthority(String s, Tokens t, int[] kinds, long[] masks) {
    int n = t.size;
    int head = Math.min(n, 24);
    int auth = 0;
    for (int i = 0; i < head; i++) {
      if ((masks[i] & C_AUTHORITY) != 0 || (kinds[i] & AUTH) != 0) {
        auth++;
      }
    }
    boolean cjk = false;
    for (int i = 0; i < n && !cjk; i++) {
      cjk = t.cjk[i];
    }
    if (cjk && containsAny(s.substring(0, Math.min(s.length(), t.end[head - 1])), CJK_AUTH)) {
      auth++;
    }
    if (auth == 0) {
      return 0;
    }
    boolean self = false;
    boolean lift = false;
    boolean[] q = quoted(s, t);
    for (int i = 0; i < n; i++) {
      long m = q[i] ? 0 : masks[i];
      self |= (m & C_SELF) != 0;
      if ((m & C_RULES) != 0 && modelsOwn(t, kinds, i)) {
        for (int j = Math.max(0, i - 4); j <= Math.min(n - 1, i + 4) && !lift; j++) {
          lift = j != i && !q[j] && (masks[j] & (C_LIFT | C_NEG)) != 0;
        }
      }
      if ((m & C_REVEAL) != 0) {
        for (int j = i + 1; j <= Math.min(n - 1, i + 6) && !lift; j++) {
          lift = !q[j] && (masks[j] & C_SETUP) != 0 && modelsOwn(t, kinds, j);
        }
      }
    }
    if (!lift && auth >= 3) {
      // three words of authority ("administrator with elevated privileges, authorised test"): an order to lift the
      // rules is the model's even without "your"
      for (int i = 0; i < n && !lift; i++) {
        if ((masks[i] & C_RULES) != 0) {
          for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 2) && !lift; j++) {
            lift = j != i && !q[j] && (masks[j] & C_LIFT) != 0;
          }
        }
      }
    }
    if (lift && (self || auth >= 3)) {
      return auth >= 2 ? 0.7 : 0.6;
    }
    return serviceOrder(s, t, kinds, masks, q, cjk, lift);
  }

  /**
   * (p19auth) Two more shapes of a claimed authority, read after the authority word was found: an order to hand over
   * <b>other people's</b> conversation or account data (a data word — logs, chat history, transcripts, account
   * details, address, phone — next to a word of other users or customers, or an id with digits, and a verb of giving
   * within a few words; not the speaker's own data: "my / mes / meine …" right before it), and an order to switch
   * into a service mode (maintenance, debug, admin, developer mode) together with lifted filters or rules (no
   * "your" needed) or such a disclosure. An admin asking <i>how</i> to do it (how, wie, comment, cómo, как, 如何,
   * 方法 …) or a question that does not speak to the model ("what is the usual process before legal hands anything
   * over?") orders nothing.
   */
  private static double serviceOrder(String s, Tokens t, int[] kinds, long[] masks, boolean[] q, boolean cjk,
      boolean lift) {
    int n = t.size;
    boolean your = false;
    for (int i = 0; i < n; i++) {
      if (!q[i] && (kinds[i] & HOW) != 0) {
        return 0;
      }
      your |= (kinds[i] & YOUR) != 0;
    }
    if (cjk && containsAny(s, CJK_HOW)) {
      return 0;
    }
    if (!your && (s.indexOf('?') >= 0 || s.indexOf('？') >= 0)) {
      return 0;
    }
    boolean disclose = false;
    boolean mode = false;
    boolean lifted = lift;
    for (int i = 0; i < n; i++) {
      if (q[i]) {
        continue;
      }
      int k = kinds[i];
      if ((k & MODE) != 0) {
        // "maintenance mode", "modo de depuración", "режим отладки", "Wartungsmodus"
        for (int j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 3) && !mode; j++) {
          mode = (kinds[j] & AUTH) != 0 || (masks[j] & C_AUTHORITY) != 0;
        }
      }
      if (!lifted && (masks[i] & C_RULES) != 0) {
        for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3) && !lifted; j++) {
          lifted = j != i && !q[j] && (masks[j] & C_LIFT) != 0;
        }
      }
      if (!disclose && (k & DATA) != 0) {
        boolean mine = false; // the speaker's or the reader's own data: "my logs", "share your account credentials"
        for (int j = Math.max(0, i - 3); j < i; j++) {
          mine |= (kinds[j] & MY) != 0 || (j >= i - 2 && (kinds[j] & YOUR) != 0);
        }
        boolean others = false;
        for (int j = Math.max(0, i - 6); j <= Math.min(n - 1, i + 6) && !others; j++) {
          others = j != i && ((kinds[j] & USERS) != 0 || hasDigit(t.text[j]));
        }
        boolean give = false;
        for (int j = Math.max(0, i - 12); j <= Math.min(n - 1, i + 10) && !give; j++) {
          give = j != i && !q[j] && ((kinds[j] & GIVE) != 0 || (masks[j] & C_REVEAL) != 0) && !negated(kinds, j);
        }
        disclose = !mine && others && give;
      }
    }
    if (cjk) {
      mode |= containsAny(s, CJK_MODE);
      if (!disclose && containsAny(s, CJK_DATA) && containsAny(s, CJK_USERS) && containsAny(s, CJK_GIVE)
          && !containsAny(s, CJK_MY)) {
        disclose = true;
      }
    }
    if (disclose) {
      return mode || lifted ? 0.8 : 0.7;
    }
    return mode && lifted ? 0.7 : 0;
  }

  /** Whether a prohibition or negation stands among the three words before {@code j} ("not to share"). */
  private static boolean negated(int[] kinds, int j) {
    for (int m = Math.max(0, j - 3); m < j; m++) {
      if ((kinds[m] & (PROHIBIT | NEGATION)) != 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) >= '0' && w.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }
}
