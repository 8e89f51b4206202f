package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiEntity;
import dev.aisec.data.pii.PiiSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The other speakers of a chat whose speakers include a detected person (seventeenth round). A chat line starts
 * (after an optional time stamp, "[09:13] ") with its speaker's name, an optional emoji or two, and a colon:
 * "tom: lol yes", "Lupita 💅: oye", "Inès : oui", "giulia b.: siii", "KLAUS-DIETER: HALLO". The word tagger decides
 * each speaker on its own and misses nicknames, lower-case or all-caps names and names that are also words. Once one
 * speaker of the text is a detected PERSON (a span exactly on its label), the text is a chat between people, and every
 * other speaker label shaped like a name (one or two words of a cased alphabet, the second possibly an initial) is a
 * PERSON too when it is a listed first name or speaks on two lines or more, unless it is a role ("bot", "agent",
 * "Kunde", "Note"), a stop word or an excluded word. A text that opens as a chat between people (round 21,
 * {@link #chatShaped}) needs no tagged speaker.
 *
 * <p>Pure function of the text and the spans; returns {@code spans} itself when nothing is added (no allocation
 * when the text has no PERSON span). Added spans overlap no other span; the result stays sorted.
 */
public final class ChatSpeakers {

  private ChatSpeakers() {}

  /** The score of an added speaker span. */
  public static final double SCORE = 0.6;

  /** At most this many speaker lines are examined in one text (bounded memory on huge inputs). */
  private static final int MAX_LINES = 20_000;

  /** Roles and labels that stand where a speaker's name does in transcripts, logs and forms; lower case. */
  private static final WordSet ROLES = new WordSet(List.of("user", "bot", "assistant", "ai", "system", "agent",
      "customer", "client", "support", "admin", "administrator", "moderator", "mod", "operator", "host", "guest",
      "caller", "callee", "me", "you", "q", "a", "note", "notes", "info", "warn", "warning", "error", "debug", "trace",
      "fatal", "status", "subject", "from", "to", "cc", "date", "re", "fw", "fwd", "ps", "nb", "todo", "fixme",
      "kunde", "kundin", "mitarbeiter", "cliente", "klant", "medewerker", "conseiller", "conseillère", "agente",
      "operador", "operadora", "operatore", "interviewer", "interviewee", "speaker", "sprecher", "doctor", "patient",
      "nurse", "teacher", "student", "tutor", "coach", "server", "service", "team", "everyone", "all", "group",
      "channel", "thread", "reply", "answer", "question", "tip", "update", "edit", "summary", "result", "output",
      "input", "prompt", "response", "request", "example", "source", "title", "name", "tel", "phone", "email", "mail",
      "address", "ip", "id", "url", "link", "time", "day", "today", "tomorrow", "yesterday",
      // round 21: conventional-commit and changelog labels ("fix: …\nfeat: …")
      "fix", "feat", "chore", "docs", "refactor", "perf", "test", "tests", "build", "ci", "style", "revert", "deps",
      "added", "changed", "removed", "fixed", "security", "deprecated"));

  /** The text's spans with the unlisted speakers of a chat added as PERSON spans, as described above. */
  public static List<PiiSpan> complete(CharSequence t, List<PiiSpan> spans) {
    boolean anyPerson = false;
    for (PiiSpan s : spans) {
      if (PiiEntity.PERSON.equals(s.type())) {
        anyPerson = true;
        break;
      }
    }
    boolean shaped = false;
    if ((!anyPerson || !anyPersonLabel(t, spans)) && !(shaped = chatShaped(t))) {
      return spans;
    }
    int n = t.length();
    List<int[]> speakers = new ArrayList<>();
    for (int ls = 0; ls < n && speakers.size() < MAX_LINES; ) {
      int le = lineEnd(t, ls, n);
      int[] sp = speaker(t, ls, le);
      if (sp != null) {
        speakers.add(sp);
      }
      ls = le + 1;
    }
    if (speakers.size() < 2) {
      return spans;
    }
    // speakers and spans are both in text order: one walk over the spans for all of them
    boolean[] taken = new boolean[speakers.size()];
    boolean anchored = false;
    int x = 0;
    for (int k = 0; k < speakers.size(); k++) {
      int s = speakers.get(k)[0];
      int e = speakers.get(k)[1];
      while (x < spans.size() && spans.get(x).end() <= s) {
        x++;
      }
      if (x < spans.size() && spans.get(x).start() < e) {
        taken[k] = true;
        PiiSpan c = spans.get(x);
        anchored |= PiiEntity.PERSON.equals(c.type()) && c.start() == s && c.end() == e;
      }
    }
    if (!anchored && !shaped) {
      return spans;
    }
    Map<String, Integer> times = new HashMap<>();
    for (int[] sp : speakers) {
      times.merge(key(t, sp[0], sp[1]), 1, Integer::sum);
    }
    Gazetteer g = Gazetteer.get();
    List<PiiSpan> added = null;
    for (int k = 0; k < speakers.size(); k++) {
      int s = speakers.get(k)[0];
      int e = speakers.get(k)[1];
      if (taken[k] || !nameShaped(t, s, e, g, times)) {
        continue;
      }
      if (added == null) {
        added = new ArrayList<>();
      }
      added.add(new PiiSpan(s, e, PiiEntity.PERSON, SCORE, "chat speaker beside a named speaker"));
    }
    if (added == null) {
      return spans;
    }
    List<PiiSpan> out = new ArrayList<>(spans.size() + added.size());
    int j = 0;
    for (PiiSpan s : spans) {
      while (j < added.size() && added.get(j).start() < s.start()) {
        out.add(added.get(j++));
      }
      out.add(s);
    }
    while (j < added.size()) {
      out.add(added.get(j++));
    }
    return out;
  }

  /**
   * Whether some PERSON span is exactly the speaker label of its line ({@link #speaker}). Without one, no speaker is
   * anchored and {@link #complete} returns the spans as they are, so this is asked first: it reads the speaker label
   * only of the lines that hold a PERSON span, where the full walk reads every line's (round 18: about 0.7 ms on a
   * 1 MB text of some 14,000 lines). Spans are in text order, so one forward walk over the lines serves them all.
   */
  static boolean anyPersonLabel(CharSequence t, List<PiiSpan> spans) {
    int n = t.length();
    // the line [ls, le) of the last PERSON span looked at; le = -1 before the first
    int ls = 0;
    int le = -1;
    for (PiiSpan sp : spans) {
      if (!PiiEntity.PERSON.equals(sp.type())) {
        continue;
      }
      int s = sp.start();
      if (s > le) {
        // (round 21) the line holding s, found from s itself rather than by walking every line before it (a 1 MB
        // text has ~14,000 lines and ~1,000 PERSON spans): its end is the first line break at or after s, its start
        // follows the last line break before s, looked for back to the previous line's break at most (t[le] is one),
        // so every character is read at most twice over the whole walk
        int from = le + 1;
        le = lineEnd(t, s, n);
        int k = s;
        while (k > from && t.charAt(k - 1) != '\n') {
          k--;
        }
        ls = k;
      }
      if (s >= le) {
        continue; // at a line break: no label starts there
      }
      int[] label = speaker(t, ls, le);
      if (label != null && label[0] == s && label[1] == sp.end()) {
        return true;
      }
    }
    return false;
  }

  /** How many lines from the start {@link #chatShaped} reads at most. */
  private static final int SHAPE_LINES = 40;

  /**
   * Whether the text opens as a chat between people although no speaker was tagged (round 21: "giuli: raga domani
   * …\nste: ok ma fede …\nfede: ahaha …"): its first line has a speaker label, and of its first
   * {@value #SHAPE_LINES} lines at least four are speaker lines, three quarters or more of the non-empty ones, with two
   * or more distinct labels taking turns at least twice, and either one label is a listed first name that is no role,
   * stop or excluded word, or no label is a role, stop, excluded or common word and two labels speak twice or more
   * (or one does, among three labels taking three turns).
   * Reads only the first line when that has no speaker label.
   */
  static boolean chatShaped(CharSequence t) {
    int n = t.length();
    if (n == 0) {
      return false;
    }
    int le = lineEnd(t, 0, n);
    if (speaker(t, 0, le) == null) {
      return false;
    }
    Gazetteer g = Gazetteer.get();
    String prev = null;
    String first = null;
    int speakerLines = 0;
    int nonEmpty = 0;
    int turns = 0;
    boolean twoLabels = false;
    boolean listed = false;
    boolean allPlain = true;
    Map<String, Integer> times = new HashMap<>();
    int lines = 0;
    for (int ls = 0; ls < n && lines < SHAPE_LINES; lines++) {
      le = lineEnd(t, ls, n);
      if (!blank(t, ls, le)) {
        nonEmpty++;
        int[] sp = speaker(t, ls, le);
        if (sp != null) {
          speakerLines++;
          String k = key(t, sp[0], sp[1]);
          if (first == null) {
            first = k;
          } else if (!k.equals(first)) {
            twoLabels = true;
          }
          if (prev != null && !k.equals(prev)) {
            turns++;
          }
          prev = k;
          times.merge(k, 1, Integer::sum);
          boolean plain = !ROLES.contains(t, sp[0], sp[1]) && !g.stop.contains(t, sp[0], sp[1])
              && !g.never.contains(t, sp[0], sp[1]) && !g.common.contains(t, sp[0], sp[1]);
          allPlain &= plain;
          if (!listed && sp[1] - sp[0] <= 20 && indexOfSpace(t, sp[0], sp[1]) < 0 && g.first.contains(t, sp[0], sp[1])
              && !ROLES.contains(t, sp[0], sp[1]) && !g.stop.contains(t, sp[0], sp[1])
              && !g.never.contains(t, sp[0], sp[1])) {
            listed = true;
          }
        }
      }
      ls = le + 1;
    }
    if (speakerLines < 4 || speakerLines * 4 < nonEmpty * 3 || !twoLabels || turns < 2) {
      return false;
    }
    if (listed) {
      return true;
    }
    // nicknames only ("giuli", "ste", "fede"; "mateus", "rafa"): no label a role, stop, excluded or common word, and
    // two of them speaking twice or more, or one among three labels
    int repeated = 0;
    for (int c : times.values()) {
      repeated += c >= 2 ? 1 : 0;
    }
    return allPlain && (repeated >= 2 || repeated >= 1 && times.size() >= 3 && turns >= 3);
  }

  private static boolean blank(CharSequence t, int s, int e) {
    for (int k = s; k < e; k++) {
      if (!Character.isWhitespace(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfSpace(CharSequence t, int s, int e) {
    for (int k = s; k < e; k++) {
      if (t.charAt(k) == ' ') {
        return k;
      }
    }
    return -1;
  }

  /**
   * The end of the line starting at {@code from} ({@code from < n}): the first line break at or after it, or
   * {@code n}. For a {@code String} this is {@link String#indexOf(int, int)}, whose intrinsic reads many characters a
   * step (round 18: the loop of one {@code charAt} a character was ~0.7 ms of a 1 MB text's scan); the same position.
   */
  static int lineEnd(CharSequence t, int from, int n) {
    if (t instanceof String) {
      int k = ((String) t).indexOf('\n', from);
      return k < 0 ? n : k;
    }
    int le = from;
    while (le < n && t.charAt(le) != '\n') {
      le++;
    }
    return le;
  }

  /**
   * The speaker label of the line {@code [ls, le)} as {start, end}, or null: after leading spaces and an optional time
   * stamp, one or two words (letters, hyphens, apostrophes; a second word may be an initial with its dot), then up
   * to four characters that are neither letters, digits nor a colon (emoji, a space), a colon, and more text on the
   * line.
   */
  static int[] speaker(CharSequence t, int ls, int le) {
    int k = ls;
    while (k < le && (t.charAt(k) == ' ' || t.charAt(k) == '\t')) {
      k++;
    }
    k = afterTimeStamp(t, k, le);
    int s = k;
    int words = 0;
    int e = -1;
    while (k < le && words < 2) {
      int w = k;
      while (k < le && (Character.isLetter(t.charAt(k)) || t.charAt(k) == '-' || t.charAt(k) == '\'')) {
        k++;
      }
      if (k == w || !Character.isLetter(t.charAt(w)) || k - w > 20 || Character.isIdeographic(t.charAt(w))
          || !Character.isUpperCase(t.charAt(w)) && !Character.isLowerCase(t.charAt(w))) {
        return words == 0 ? null : tail(t, e, le, s);
      }
      words++;
      if (k < le && t.charAt(k) == '.' && k - w == 1) {
        k++;
      }
      e = k;
      if (k + 1 < le && t.charAt(k) == ' ' && Character.isLetter(t.charAt(k + 1))) {
        k++;
      } else {
        break;
      }
    }
    return tail(t, e, le, s);
  }

  /** {s, e} when a colon follows {@code e} after at most four non-letter, non-digit characters and text follows. */
  private static int[] tail(CharSequence t, int e, int le, int s) {
    if (e < 0) {
      return null;
    }
    int k = e;
    while (k < le && k - e < 4 && t.charAt(k) != ':' && !Character.isLetterOrDigit(t.charAt(k))
        && t.charAt(k) != '\t') {
      k++;
    }
    if (k >= le || t.charAt(k) != ':' || k + 1 >= le || t.charAt(k + 1) == '/' || Engine.isDigit(t.charAt(k + 1))) {
      // "https:", "10:15" and the like are no speaker's colon
      return null;
    }
    return new int[] {s, e};
  }

  /** After a time stamp that starts at {@code k} ("[09:13] ", "09:13 ", "[2024-03-12 15:48:03] "), or {@code k}. */
  private static int afterTimeStamp(CharSequence t, int k, int le) {
    int j = k;
    boolean bracket = j < le && t.charAt(j) == '[';
    if (bracket) {
      j++;
    }
    int digits = 0;
    int colons = 0;
    while (j < le && j - k < 24) {
      char c = t.charAt(j);
      if (Engine.isDigit(c)) {
        digits++;
      } else if (c == ':') {
        colons++;
      } else if (!(c == '-' || c == '.' || c == '/' || c == 'T' || c == ' ' && bracket)) {
        break;
      }
      j++;
    }
    if (digits < 3 || colons < 1) {
      return k;
    }
    if (bracket) {
      if (j >= le || t.charAt(j) != ']') {
        return k;
      }
      j++;
    }
    if (j >= le || t.charAt(j) != ' ') {
      return k;
    }
    return j + 1;
  }

  /**
   * Whether the label {@code [s, e)} reads as a person's name here: its first word is no role or field name (nor
   * any hyphenated part of it: "release-bot"), no stop or excluded word, and either a listed first name or a label
   * that speaks on two lines or more ("kev", "ZOE"; a form's "Recept:" or "Produto:" stands once).
   */
  private static boolean nameShaped(CharSequence t, int s, int e, Gazetteer g, Map<String, Integer> times) {
    int w = s;
    while (w < e && t.charAt(w) != ' ') {
      w++;
    }
    for (int p = s, q = s; q <= w; q++) {
      if (q == w || t.charAt(q) == '-') {
        if (ROLES.contains(t, p, q)) {
          return false;
        }
        p = q + 1;
      }
    }
    if (g.stop.contains(t, s, w) || g.never.contains(t, s, w)) {
      return false;
    }
    if (w == e && g.first.contains(t, s, w) && !(g.english.contains(t, s, w) && Character.isLowerCase(t.charAt(s))
        && times.getOrDefault(key(t, s, e), 0) < 2)) {
      return true;
    }
    return times.getOrDefault(key(t, s, e), 0) >= 2;
  }

  private static String key(CharSequence t, int s, int e) {
    return t.subSequence(s, e).toString().toLowerCase(Locale.ROOT);
  }
}
