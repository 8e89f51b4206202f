package dev.aisec.data.pii;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Detector;
import dev.aisec.api.Finding;
import dev.aisec.api.text.TextView;
import dev.aisec.data.pii.internal.AddressSpans;
import dev.aisec.data.pii.internal.ChatSpeakers;
import dev.aisec.data.pii.internal.DisplayNames;
import dev.aisec.data.pii.internal.Engine;
import dev.aisec.data.pii.internal.Hits;
import dev.aisec.data.pii.internal.PersonSpans;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds personal data and secrets in text: the {@link Detector} with id {@code pii}.
 *
 * <p>One pass over the text with hand-written, linear-time recognizers chosen by the first character of each word;
 * structured values are validated (Luhn and card ranges, IBAN mod 97 with country lengths, SSN rules,
 * libphonenumber, IPv4/IPv6 parsers, Base58Check/Bech32/EIP-55, national check digits); context words in English,
 * German, French and Spanish raise or lower scores; PERSON and LOCATION come from built-in gazetteers, cue words and
 * capitalisation. Spans are UTF-16 offsets into the caller's ORIGINAL text, never overlap and are sorted by start.
 *
 * <p>Instances are immutable and thread-safe; build once and share. A scan that finds nothing allocates nothing
 * beyond the result list constant.
 */
public final class PiiDetector implements Detector {

  /** The detector id used by policies. */
  public static final String ID = "pii";

  /** The default threshold below which candidates are dropped. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private final Engine engine;
  private final Set<String> types;
  private final Map<String, Double> thresholds;
  private final double threshold;
  private final List<CustomRecognizer> custom;

  private PiiDetector(Builder b) {
    this.types = Set.copyOf(b.types);
    this.engine = new Engine(types, b.window, b.regions);
    this.thresholds = Map.copyOf(b.thresholds);
    this.threshold = b.threshold;
    this.custom = List.copyOf(b.custom);
  }

  /** Every built-in entity type, default thresholds, context window 5 words, phone regions of the supported IDs. */
  public static PiiDetector standard() {
    return builder().build();
  }

  /** A builder starting from the standard configuration. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String id() {
    return ID;
  }

  /** The entity types this detector reports. */
  public Set<String> types() {
    return types;
  }

  /**
   * Scans {@code text} as given (no normalisation, except that a space separator such as the no-break space reads as
   * a plain space, one character for one: {@link #spacesFolded}; and (review22) that a run of spaces inside a line
   * is read as {@link #find} reads it, a whitespace-aligned table's column gap as one tab: {@link ColumnGaps}) and
   * returns the resolved spans, with offsets into {@code text}: at or above their threshold, non-overlapping, sorted
   * by start.
   */
  public List<PiiSpan> scan(CharSequence text) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    text = spacesFolded(text);
    ColumnGaps gaps = ColumnGaps.of(text);
    if (gaps != null) {
      // (review22) the columns of a whitespace-aligned table as find reads them ("Kind   Number   Name\nBooking
      // ABC12345 …": the row's kind decided for find only, so scan and detect typed the booking number as a passport
      // by the row above); the layout rules of PERSON spans then see the original text again, as in find
      return reshaped(text, gaps.mapBack(scanAsGiven(gaps.text)));
    }
    return scanAsGiven(text);
  }

  /** {@link #scan(CharSequence)} of a text whose space separators are folded and that has no column gap. */
  private List<PiiSpan> scanAsGiven(CharSequence text) {
    // a per-thread candidate buffer, so that a scan that finds nothing allocates nothing (a nested scan from a
    // custom recognizer gets a fresh one)
    Hits h = Hits.acquire();
    try {
      engine.scan(text, h);
      for (int k = 0; k < custom.size(); k++) {
        custom.get(k).find(text, h);
      }
      if (h.isEmpty()) {
        return List.of();
      }
      return propagate(text, shaped(text, h.resolve(thresholds, threshold)));
    } finally {
      h.release();
    }
  }

  /**
   * (review22) The runs of two or more spaces and tabs inside a line read as {@link #find} reads them: a column gap
   * ({@link #columnGap}: a run that holds a tab, or three or more spaces, or two next to a digit or on a line with a
   * wider gap) as one tab, another run as one space; with the map back to the text's offsets. Single spaces, line
   * breaks and the runs at a line's start or end stay as they are. Found in one pass (a text without two spaces in
   * a row is not read again).
   */
  static final class ColumnGaps {
    /** The text with each column gap one tab. */
    final String text;
    /** Per folded run, ascending: its character's offset in {@link #text}, the run's start and end in the original. */
    private final int[] at;
    private final int[] from;
    private final int[] to;
    private final int count;

    private ColumnGaps(String text, int[] at, int[] from, int[] to, int count) {
      this.text = text;
      this.at = at;
      this.from = from;
      this.to = to;
      this.count = count;
    }

    /** The column gaps of {@code t}, or null when it has none. */
    static ColumnGaps of(CharSequence t) {
      String s = t.toString();
      int first = s.indexOf("  ");
      if (first < 0) {
        return null;
      }
      int n = s.length();
      WideGaps wide = new WideGaps(s);
      StringBuilder out = null;
      int[] at = new int[16];
      int[] from = new int[16];
      int[] to = new int[16];
      int count = 0;
      int copied = 0;
      int k = first;
      while (k < n) {
        char c = s.charAt(k);
        if (c != ' ' && c != '\t') {
          k++;
          continue;
        }
        int a = k;
        while (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
          k++;
        }
        if (k - a < 2 || k < n && (s.charAt(k) == '\n' || s.charAt(k) == '\r') || a == 0
            || s.charAt(a - 1) == '\n') {
          continue;
        }
        // a column gap is one tab; another run of two or more is one space, as the view of find folds it ("Anna
        // Roy  Maria Gonzalez" is one run of names for both)
        char one = columnGap(s, a, k, wide) ? '\t' : ' ';
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(s, copied, a);
        if (count == at.length) {
          at = java.util.Arrays.copyOf(at, 2 * count);
          from = java.util.Arrays.copyOf(from, 2 * count);
          to = java.util.Arrays.copyOf(to, 2 * count);
        }
        at[count] = out.length();
        from[count] = a;
        to[count] = k;
        count++;
        out.append(one);
        copied = k;
      }
      if (out == null) {
        return null;
      }
      out.append(s, copied, n);
      return new ColumnGaps(out.toString(), at, from, to, count);
    }

    /** The original offset of the character at {@code p} of {@link #text} (a folded run: the run's start). */
    int start(int p) {
      int i = last(p);
      return i < 0 ? p : at[i] == p ? from[i] : to[i] + (p - at[i] - 1);
    }

    /** The original offset after the character at {@code p - 1} of {@link #text} (a folded run: the run's end). */
    int end(int p) {
      int i = last(p - 1);
      return i >= 0 && at[i] == p - 1 ? to[i] : start(p - 1) + 1;
    }

    /** Index of the last gap whose tab is at or before {@code p}, or -1. */
    private int last(int p) {
      int lo = 0;
      int hi = count - 1;
      int r = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (at[mid] <= p) {
          r = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return r;
    }

    /** The spans of {@link #text} with offsets into the original text (as {@code mapBack} does for the view). */
    List<PiiSpan> mapBack(List<PiiSpan> spans) {
      if (spans.isEmpty()) {
        return spans;
      }
      List<PiiSpan> out = new ArrayList<>(spans.size());
      int lastEnd = 0;
      for (PiiSpan sp : spans) {
        int st = Math.max(start(sp.start()), lastEnd);
        int en = end(sp.end());
        if (en > st) {
          out.add(new PiiSpan(st, en, sp.type(), sp.score(), sp.detail()));
          lastEnd = en;
        }
      }
      return out;
    }
  }

  /**
   * {@code text} with every space separator other than the plain space (no-break, figure, narrow no-break,
   * ideographic and the other Unicode spaces) replaced by a plain space, one character for one, so offsets are
   * unchanged; {@code text} itself when it holds none. The normalised view of {@link #find} folds these characters to
   * a space, and the recognisers read a space in hundreds of places: without this, {@code scan} of
   * {@code "Rossi,\u00a0Jean-Pierre"} read the given name differently from {@code find} (round 18's finding G).
   */
  static CharSequence spacesFolded(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0xA0 && isSpaceSeparator(c)) {
        char[] out = new char[n];
        for (int k = 0; k < n; k++) {
          char d = text.charAt(k);
          out[k] = k >= i && d >= 0xA0 && isSpaceSeparator(d) ? ' ' : d;
        }
        return new String(out);
      }
    }
    return text;
  }

  private static boolean isSpaceSeparator(char c) {
    return c == 0xA0 || c >= 0x1680 && Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /**
   * The layout rules of PERSON spans ({@link PersonSpans}) and of addresses ({@link AddressSpans}), the inverted
   * display names of e-mail addresses ({@link DisplayNames}, score 0.8) when that score passes the PERSON threshold,
   * then the other speakers of a chat with a detected
   * speaker ({@link ChatSpeakers}, score 0.6) when that score passes the PERSON threshold.
   */
  private List<PiiSpan> shaped(CharSequence text, List<PiiSpan> spans) {
    List<PiiSpan> out = AddressSpans.complete(text, PersonSpans.shape(text, spans));
    double person = thresholds.getOrDefault(PiiEntity.PERSON, threshold);
    if (person <= DisplayNames.SCORE) {
      out = DisplayNames.complete(text, out);
    }
    return person <= ChatSpeakers.SCORE ? ChatSpeakers.complete(text, out) : out;
  }

  /**
   * Every other occurrence of a detected value (six characters or more) in the same text is reported too, with the
   * same type, so that a value suppressed by context in one place ("order 4111...") cannot leak a value detected in
   * another. Bounded: only for at most 256 spans on texts up to {@value #PROPAGATE_MAX_CHARS} characters.
   */
  private List<PiiSpan> propagate(CharSequence text, List<PiiSpan> spans) {
    if (spans.isEmpty() || spans.size() > 256 || text.length() > PROPAGATE_MAX_CHARS) {
      return spans;
    }
    String s = text.toString();
    Hits extra = null;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (PiiSpan sp : spans) {
      if (sp.length() < 6) {
        continue;
      }
      String v = s.substring(sp.start(), sp.end());
      if (!seen.add(v)) {
        continue;
      }
      int from = 0;
      int at;
      while ((at = s.indexOf(v, from)) >= 0) {
        int end = at + v.length();
        boolean boundary = (at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1)))
            && (end >= s.length() || !Character.isLetterOrDigit(s.charAt(end)));
        if (at != sp.start() && boundary) {
          if (extra == null) {
            extra = new Hits();
            for (PiiSpan o : spans) {
              extra.add(o.start(), o.end(), o.type(), o.score(), o.detail());
            }
          }
          extra.add(at, end, sp.type(), Math.max(threshold, sp.score() * 0.9), "same value as a detected "
              + sp.type());
        }
        from = at + 1;
      }
    }
    return extra == null ? spans : extra.resolve(Map.of(), 0.0);
  }

  /**
   * Scans the Unicode-normalised view of {@code text} (so full-width digits, zero-width characters and homoglyphs do
   * not hide values) and maps the spans back to {@code text}. Use this for untrusted text.
   */
  public List<PiiSpan> find(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    return findIn(text, TextView.of(text));
  }

  /** {@link #find} with the text's view already made ({@link #detect} gets it from its context). */
  private List<PiiSpan> findIn(String text, TextView view) {
    if (view.isIdentity()) {
      return scan(text);
    }
    // the view folds whitespace runs, so the layout rules of PERSON spans are applied again on the original text
    return reshaped(text, mapBack(view, scan(withTabs(text, view))));
  }

  /**
   * The spans of a scan of a folded or normalised form of {@code text}, mapped back to it, with the layout rules of
   * PERSON spans applied again on {@code text} and (review22) its values propagated again: the second layout pass
   * could drop a value's other occurrence that the first scan's propagation had added ("Schröder  JJJJ…;50ml,
   * Schröder": the first "Schröder" was left in clear by find, as the redaction property of review 17 found once scan
   * read runs of spaces as find does).
   */
  private List<PiiSpan> reshaped(CharSequence text, List<PiiSpan> mapped) {
    return propagate(text, shaped(text, mapped));
  }

  /**
   * The normalised text, except that a folded whitespace run that held a tab and no line break stays a tab, so the
   * columns of tab-separated records stay apart (the view folds every run to one space). One character per run
   * either way, so the view's offset maps still apply.
   */
  static String withTabs(String text, TextView view) {
    String norm = view.normalized();
    if (text.indexOf('\t') < 0 && text.indexOf("  ") < 0) {
      return norm;
    }
    char[] c = null;
    WideGaps wide = new WideGaps(text);
    for (int p = 0; p < norm.length(); p++) {
      if (norm.charAt(p) != ' ') {
        continue;
      }
      int s = view.toOriginalStart(p);
      int e = view.toOriginalEnd(p + 1);
      if (columnGap(text, s, e, wide)) {
        if (c == null) {
          c = norm.toCharArray();
        }
        c[p] = '\t';
      }
    }
    return c == null ? norm : new String(c);
  }

  /**
   * (pii20q) Whether the whitespace run {@code text[s, e)} separates columns: it holds a tab, or it is three or more
   * plain spaces (two next to a digit) between two non-space characters of one line (a whitespace-aligned table or a form whose label
   * stands in a left column). Such a run becomes a tab in the scanned text, so a number does not run on into the
   * next column and the delimited-record rules ({@code CsvColumns}) see the columns.
   */
  static boolean columnGap(String text, int s, int e) {
    return columnGap(text, s, e, null);
  }

  /**
   * {@link #columnGap(String, int, int)} with the wide gaps of {@code text} found once ({@code wide}, for runs asked
   * in ascending order) instead of scanning up to 256 characters on each side of every two-space run (review round
   * 20: a 10 MB text of lines with many two-space runs spent ~3 s there).
   */
  static boolean columnGap(String text, int s, int e, WideGaps wide) {
    int spaces = 0;
    for (int k = s; k < e; k++) {
      char ch = text.charAt(k);
      if (ch == '\t') {
        return true;
      }
      if (ch == ' ') {
        spaces++;
      }
    }
    if (spaces < 2 || spaces != e - s || s == 0 || e >= text.length() || text.charAt(s - 1) == '\n'
        || text.charAt(e) == '\n' || text.charAt(s - 1) == ',' || text.charAt(s - 1) == ';'
        || text.charAt(s - 1) == '|' || text.charAt(e) == '|') {
      // (after a comma or semicolon the punctuation already separates: "Schröder,   Katharina" stays one inverted
      // name, as on the scan path; review round 18; next to a pipe, the pipe separates the cells, round 20)
      return false;
    }
    // two spaces between words are often a typing slip ("Lara  Fiorentino", "end.  Next"); next to a digit, or
    // three or more, they are a column gap; (round 20) so are two on a line that has a gap of three or more spaces
    // elsewhere, a table's header row ("Sr  Applicant            PAN          Aadhaar")
    return spaces >= 3 || Character.isDigit(text.charAt(s - 1)) || Character.isDigit(text.charAt(e))
        || (wide != null ? wide.near(s, e) : wideGapOnLine(text, s, e));
  }

  /**
   * Whether the line around {@code text[s, e)} (at most 256 characters on each side) has another run of three or
   * more spaces between two non-space characters.
   */
  static boolean wideGapOnLine(String text, int s, int e) {
    int lo = Math.max(0, s - 256);
    int hi = Math.min(text.length(), e + 256);
    int run = 0;
    for (int k = s - 1; k >= lo && text.charAt(k) != '\n'; k--) {
      run = text.charAt(k) == ' ' ? run + 1 : 0;
      if (run >= 3 && k > 0 && text.charAt(k - 1) != ' ' && text.charAt(k - 1) != '\n') {
        return true;
      }
    }
    run = 0;
    for (int k = e; k < hi && text.charAt(k) != '\n'; k++) {
      run = text.charAt(k) == ' ' ? run + 1 : 0;
      if (run >= 3 && k + 1 < text.length() && text.charAt(k + 1) != ' ' && text.charAt(k + 1) != '\n') {
        return true;
      }
    }
    return false;
  }

  /**
   * The wide gaps of one text (maximal runs of three or more spaces whose neighbours on both sides are characters
   * other than a space or a line break), found by one left-to-right pass as ascending runs are asked about, so
   * {@link #near} answers what {@link #wideGapOnLine} answers in amortised constant time (review round 20). Only the
   * nearest wide gap on each side can be within 256 characters on the same line, so only those two are kept.
   */
  static final class WideGaps {
    private final String text;
    private final int n;
    /** Start of the last wide gap found before the runs asked so far, or -1. */
    private int prevStart = -1;
    /** The next wide gap not yet passed, {@code [nextStart, nextEnd]}, or {@code Integer.MAX_VALUE} when none. */
    private int nextStart;
    private int nextEnd;
    /** Where the search for the following wide gap resumes (at a non-space or the end). */
    private int pos;
    /** The last line break before {@code nlPos}. */
    private int lastNl = -1;
    private int nlPos;
    /** The first line break at or after the last asked run's end ({@code Integer.MAX_VALUE} when none). */
    private int nextNl = -1;
    private int lastS = -1;

    WideGaps(String text) {
      this.text = text;
      this.n = text.length();
      advance();
    }

    private void advance() {
      int k = pos;
      while (k < n) {
        if (text.charAt(k) != ' ') {
          k++;
          continue;
        }
        int a = k;
        while (k < n && text.charAt(k) == ' ') {
          k++;
        }
        if (k - a >= 3 && a > 0 && k < n && text.charAt(a - 1) != '\n' && text.charAt(k) != '\n') {
          nextStart = a;
          nextEnd = k - 1;
          pos = k;
          return;
        }
      }
      nextStart = Integer.MAX_VALUE;
      nextEnd = Integer.MAX_VALUE;
      pos = n;
    }

    /** {@link #wideGapOnLine}{@code (text, s, e)} for the maximal two-space run {@code [s, e)}. */
    boolean near(int s, int e) {
      if (s < lastS) {
        return wideGapOnLine(text, s, e);
      }
      lastS = s;
      while (nextStart < e) {
        prevStart = nextStart;
        advance();
      }
      while (nlPos < s) {
        if (text.charAt(nlPos) == '\n') {
          lastNl = nlPos;
        }
        nlPos++;
      }
      if (prevStart >= 0 && prevStart >= s - 256 && lastNl < prevStart) {
        return true;
      }
      if (nextStart == Integer.MAX_VALUE || nextEnd > e + 255) {
        return false;
      }
      if (nextNl < e) {
        int f = text.indexOf('\n', e);
        nextNl = f < 0 ? Integer.MAX_VALUE : f;
      }
      return nextNl > nextEnd;
    }
  }

  private static List<PiiSpan> mapBack(TextView view, List<PiiSpan> spans) {
    List<PiiSpan> out = new ArrayList<>(spans.size());
    int lastEnd = 0;
    for (PiiSpan s : spans) {
      int st = view.toOriginalStart(s.start());
      int en = view.toOriginalEnd(s.end());
      if (st < lastEnd) {
        st = lastEnd;
      }
      if (en > st) {
        out.add(new PiiSpan(st, en, s.type(), s.score(), s.detail()));
        lastEnd = en;
      }
    }
    return out;
  }

  @Override
  public List<Finding> detect(DetectionContext context) {
    // (review22) the spans of find: before, the normalised view was scanned without find's column tabs, so a
    // whitespace-aligned table's columns were lost on the Guard's path ("NAME      PASSPORT      PHONE\n…": the phone
    // number typed US_PASSPORT)
    List<PiiSpan> spans = findIn(context.text(), context.view());
    if (spans.isEmpty()) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>(spans.size());
    for (PiiSpan s : spans) {
      out.add(Finding.of(ID, s.type(), s.start(), s.end(), s.score(), s.detail()));
    }
    return out;
  }

  /**
   * Streams a large text from {@code reader} in bounded memory (the first {@value #PROPAGATE_MAX_CHARS} characters,
   * then windows of {@code 64 Ki} chars plus a 2 Ki overlap) and passes each span, with offsets into the whole stream, to {@code sink} in order. The overlap is longer than
   * {@link CustomRecognizer#MAX_MATCH_LENGTH}, so custom recognizer matches that straddle a window boundary are found
   * whole; built-in values are far shorter.
   *
   * <p>(review18) A window after the first starts at the first line start of the {@value #STREAM_MARGIN} characters
   * before the part it reports (or that many characters back inside a longer line, never inside a surrogate pair), so
   * the layout rules that read a value's line or the text before it (quantity lines, field starts, headers, context
   * words, the record line of delimited text) see what they see in a whole scan; and it is preceded by the stream's
   * first line when that is at most {@value #STREAM_HEAD} characters long, which delimited text reads as its header
   * (review21: or by the lines through a table's header row when the first line is a title over a tab or pipe table,
   * "Drivers\n| name | License |\n…", within those characters; before, later windows lost the table's columns).
   * Before, every window started right at the part it reported, mid-line, with that partial line as its "header".
   *
   * <p>(review19) A stream of at most {@value #PROPAGATE_MAX_CHARS} characters (at most 2 MB of memory) is read whole
   * and scanned as one text, so it gets exactly the spans of {@link #scan(CharSequence)}: a value detected anywhere in
   * it is also reported where it occurs elsewhere ({@code propagate}, which a whole scan does only for texts up to that
   * length), and every speaker of a chat is judged with all its lines ({@link ChatSpeakers}). Only a longer stream is
   * scanned in windows; then a detected value is propagated to its other occurrences within its window only (a whole
   * scan of such a text propagates none), and chat speakers are judged within each window, so the spans can differ
   * from a whole scan's there. Making them equal would need a second pass: the whole text's rules decide earlier
   * lines from later ones (a value or a named speaker found at the end marks its first occurrences too), which a
   * stream has already reported.
   *
   * @throws IllegalArgumentException if {@code reader} or {@code sink} is null
   * @throws IllegalStateException if a span would end past character {@code 2^31 - 1} of the stream (offsets are
   *     {@code int}); the spans before it have been passed to {@code sink}
   * @throws java.io.UncheckedIOException if reading fails
   */
  public void scan(Reader reader, Consumer<PiiSpan> sink) {
    scan(reader, sink, PROPAGATE_MAX_CHARS);
  }

  /** As {@link #scan(Reader, Consumer)}; a stream of at most {@code wholeUpTo} characters is scanned whole. */
  void scan(Reader reader, Consumer<PiiSpan> sink, int wholeUpTo) {
    if (reader == null || sink == null) {
      throw new IllegalArgumentException("reader and sink must not be null");
    }
    if (wholeUpTo > 0) {
      // (review19) read up to one character past the limit: a stream that ends before it is one text
      char[] head = new char[Math.min(wholeUpTo + 1, 8_192)];
      int n = 0;
      try {
        while (true) {
          if (n == head.length) {
            if (n > wholeUpTo) {
              break;
            }
            head = java.util.Arrays.copyOf(head, (int) Math.min(wholeUpTo + 1L, 2L * n));
          }
          int r = reader.read(head, n, head.length - n);
          if (r < 0) {
            for (PiiSpan s : scan(new String(head, 0, n))) {
              sink.accept(s);
            }
            return;
          }
          n += r;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("reading the text failed", e);
      }
      reader = new Prefixed(head, n, reader);
    }
    final int win = 65_536;
    final int overlap = 2_048;
    // the stream's first line (kept at the buffer's start for every window after the first), then the window
    char[] buf = new char[STREAM_HEAD + STREAM_MARGIN + win + overlap];
    int hl = 0; // length of the kept first line (with its line break); 0 in the first window
    int len = 0; // chars of the window, after the first line: buf[hl, hl + len)
    long base = 0; // stream offset of buf[hl]
    int from = 0; // window offset from which spans are reported (the previous window reported those before)
    int emittedTo = 0; // window offset up to which spans were reported
    boolean first = true;
    boolean eof = false;
    try {
      while (!eof) {
        int fill = first ? win + overlap : buf.length;
        while (hl + len < fill) {
          int r = reader.read(buf, hl + len, fill - hl - len);
          if (r < 0) {
            eof = true;
            break;
          }
          len += r;
        }
        // (review18) a String, not a CharBuffer view: the scan reads a String several times faster, and a CharBuffer
        // here made the scan code slower for every caller of the same JVM (call sites that see two CharSequence kinds)
        String cb = new String(buf, 0, hl + len);
        List<PiiSpan> spans = scan(cb);
        int safe = eof ? len : len - overlap;
        // do not cut a surrogate pair or a word at the window edge
        while (!eof && safe > from && (Character.isLetterOrDigit(buf[hl + safe - 1])
            || Character.isHighSurrogate(buf[hl + safe - 1]))) {
          safe--;
        }
        if (!eof && safe <= from) {
          safe = len - overlap;
        }
        for (PiiSpan s : spans) {
          int st = s.start() - hl;
          if (st < from || st < emittedTo) {
            continue;
          }
          if (st >= safe) {
            break;
          }
          long end = base + s.end() - hl;
          if (end > Integer.MAX_VALUE) {
            throw new IllegalStateException("a span ends past character " + Integer.MAX_VALUE + " of the stream: "
                + "span offsets are Java int indices; split the input into parts shorter than 2^31 characters");
          }
          sink.accept(new PiiSpan((int) (base + st), (int) end, s.type(), s.score(), s.detail()));
          emittedTo = s.end() - hl;
        }
        if (eof) {
          break;
        }
        // (review21) the next window's start, found in this window's characters: in the first window they start at
        // buf[0], not at the kept line's end (which, read from there, made the second window start mid-line, as many
        // characters before a line start as the first line is long)
        int ws = windowStart(buf, first ? 0 : hl, safe);
        if (first) {
          hl = firstLine(buf, len);
          if (hl > 0) {
            // (review21) a table under a title: keep the lines through its header row, as a whole scan reads them
            int he = Engine.headerEnd(new String(buf, 0, Math.min(len, STREAM_HEAD)));
            if (he > hl && he <= STREAM_HEAD) {
              hl = he;
            }
          }
        }
        // (first window: the kept first line is already at the buffer's start; the copy moves left, so it is safe)
        System.arraycopy(buf, (first ? 0 : hl) + ws, buf, hl, len - ws);
        base += ws;
        from = safe - ws;
        emittedTo = Math.max(0, emittedTo - ws);
        len -= ws;
        first = false;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the text failed", e);
    }
  }

  /**
   * Longest text whose detected values are propagated to their other occurrences ({@code propagate}); also the
   * longest stream {@link #scan(Reader, Consumer)} scans as one text.
   */
  static final int PROPAGATE_MAX_CHARS = 1_000_000;

  /** The characters already read from a stream, then the rest of the stream. */
  private static final class Prefixed extends Reader {
    private char[] head;
    private final int n;
    private int pos;
    private final Reader rest;

    Prefixed(char[] head, int n, Reader rest) {
      this.head = head;
      this.n = n;
      this.rest = rest;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (head == null) {
        return rest.read(cbuf, off, len);
      }
      if (len == 0) {
        return 0;
      }
      int k = Math.min(len, n - pos);
      System.arraycopy(head, pos, cbuf, off, k);
      pos += k;
      if (pos == n) {
        head = null; // the window buffers hold what is still needed
      }
      return k;
    }

    @Override
    public void close() throws IOException {
      rest.close();
    }
  }

  /** Characters before a stream window's reported part that the window also holds (context of its first values). */
  static final int STREAM_MARGIN = 4_096;
  /** Longest first line of a stream that is kept before every window (a delimited text's header). */
  static final int STREAM_HEAD = 2_050;

  /** Length of the first line of {@code buf[0, len)} with its line break, or 0 when it is longer than the limit. */
  private static int firstLine(char[] buf, int len) {
    for (int k = 0; k < Math.min(len, STREAM_HEAD); k++) {
      if (buf[k] == '\n') {
        return k + 1;
      }
      if (buf[k] == '\r') {
        int e = k + 1 < len && buf[k + 1] == '\n' ? k + 2 : k + 1;
        return e <= STREAM_HEAD ? e : 0;
      }
    }
    return 0;
  }

  /**
   * Window offset where the next window starts: the first line start in {@code [safe - STREAM_MARGIN, safe]}, else
   * {@code safe - STREAM_MARGIN} (not between the two halves of a surrogate pair).
   */
  private static int windowStart(char[] buf, int hl, int safe) {
    int lo = Math.max(0, safe - STREAM_MARGIN);
    for (int k = Math.max(1, lo); k <= safe; k++) {
      char c = buf[hl + k - 1];
      if (c == '\n' || c == '\r' && buf[hl + k] != '\n') {
        return k;
      }
    }
    if (lo > 0 && Character.isLowSurrogate(buf[hl + lo]) && Character.isHighSurrogate(buf[hl + lo - 1])) {
      lo--;
    }
    return lo;
  }

  /**
   * Configures a {@link PiiDetector}. Not thread-safe; {@link #build()} returns an immutable detector.
   */
  public static final class Builder {
    private final Set<String> types = new LinkedHashSet<>(PiiEntity.ALL);
    private final Map<String, Double> thresholds = new HashMap<>();
    private double threshold = DEFAULT_THRESHOLD;
    private int window = 5;
    private List<String> regions = List.of("US", "GB", "DE", "FR", "ES", "IT", "NL", "IN", "AU", "CA", "SG", "CH",
        "AT", "BE", "IE", "SE", "DK", "NO", "FI", "PL", "PT");
    private final List<CustomRecognizer> custom = new ArrayList<>();

    private Builder() {}

    /** Reports only these built-in types (custom recognizers always report theirs). */
    public Builder entities(Set<String> entityTypes) {
      if (entityTypes == null || entityTypes.isEmpty()) {
        throw new IllegalArgumentException("entities must not be empty");
      }
      for (String t : entityTypes) {
        if (!PiiEntity.ALL.contains(t)) {
          throw new IllegalArgumentException("entities: unknown type " + t);
        }
      }
      types.clear();
      types.addAll(entityTypes);
      return this;
    }

    /** Removes built-in types. */
    public Builder without(String... entityTypes) {
      for (String t : entityTypes) {
        types.remove(t);
      }
      return this;
    }

    /** The default threshold (0..1) for every type. */
    public Builder threshold(double t) {
      if (!(t >= 0.0 && t <= 1.0)) {
        throw new IllegalArgumentException("threshold must be in 0..1, got " + t);
      }
      this.threshold = t;
      return this;
    }

    /** A threshold for one type. */
    public Builder threshold(String type, double t) {
      if (type == null || type.isBlank()) {
        throw new IllegalArgumentException("threshold type must not be blank");
      }
      if (!(t >= 0.0 && t <= 1.0)) {
        throw new IllegalArgumentException("threshold for " + type + " must be in 0..1, got " + t);
      }
      thresholds.put(type.toUpperCase(Locale.ROOT), t);
      return this;
    }

    /** Context window in words on each side (1..20). */
    public Builder contextWindow(int words) {
      if (words < 1 || words > 20) {
        throw new IllegalArgumentException("contextWindow must be in 1..20, got " + words);
      }
      this.window = words;
      return this;
    }

    /** ISO 3166 regions whose national phone formats are accepted without a country code, in order. */
    public Builder regions(List<String> isoRegions) {
      if (isoRegions == null || isoRegions.isEmpty()) {
        throw new IllegalArgumentException("regions must not be empty");
      }
      for (String r : isoRegions) {
        if (r == null || !r.matches("[A-Z]{2}")) {
          throw new IllegalArgumentException("regions: not an ISO 3166 alpha-2 code: " + r);
        }
      }
      this.regions = List.copyOf(isoRegions);
      return this;
    }

    /** Adds a custom recognizer. */
    public Builder recognizer(CustomRecognizer r) {
      if (r == null) {
        throw new IllegalArgumentException("recognizer must not be null");
      }
      custom.add(r);
      return this;
    }

    public PiiDetector build() {
      return new PiiDetector(this);
    }
  }
}
