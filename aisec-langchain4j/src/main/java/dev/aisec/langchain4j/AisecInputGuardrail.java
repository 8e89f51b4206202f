package dev.aisec.langchain4j;

import static com.google.common.base.Preconditions.checkArgument;

import dev.aisec.api.Action;
import dev.aisec.api.Channel;
import dev.aisec.api.Finding;
import dev.aisec.api.Guard;
import dev.aisec.api.Verdict;
import dev.aisec.langchain4j.internal.Checks;
import dev.aisec.langchain4j.internal.Search;
import dev.aisec.langchain4j.internal.Summaries;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.ContentType;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.guardrail.InputGuardrail;
import dev.langchain4j.guardrail.InputGuardrailRequest;
import dev.langchain4j.guardrail.InputGuardrailResult;
import dev.langchain4j.rag.AugmentationResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A LangChain4j input guardrail that runs the aisec {@link Guard} on the user message before it reaches the model.
 *
 * <ul>
 *   <li>BLOCK becomes {@code fatal} with a message that names detectors, types and the policy version, never the
 *       text.</li>
 *   <li>REDACT becomes {@code successWith(redactedText)}; the Guard's {@link dev.aisec.api.Redactor} sees the
 *       conversation key ({@link AisecContext#conversationKey()}) as the input's {@code conversation} attribute, so a
 *       pseudonymising redactor records its pseudonyms in that conversation's vault.</li>
 *   <li>FLAG is allowed; the Guard has already audited it.</li>
 *   <li>With RAG, the message LangChain4j hands to guardrails already holds the retrieved segments
 *       ({@code augmentationResult()}). Each segment found verbatim in the message (searched from the end, where the
 *       content injector puts them, so a copy inside the user's own words is not taken for one) is checked on the
 *       RETRIEVED channel (a BLOCK withholds that segment, a REDACT rewrites it). A segment that cannot be found
 *       verbatim (a content injector that reformats segments) cannot be cut out: its BLOCK or REDACT makes the whole
 *       message fatal (fail closed). The rest of the message, the user's
 *       text, is checked as USER_INPUT as ONE text (its stretches around the segments joined in order), so an attack
 *       split across a segment is scored whole; a REDACT is mapped back to the stretches (a redacted value that
 *       crosses a segment fails closed). Segments that a {@link GuardedContentRetriever} already checked are not
 *       checked again. The content injector's fixed text right before the first segment
 *       ({@link Builder#injectorText(String...)}) is not checked as user input.</li>
 *   <li>Multimodal messages: every text part is checked; {@code singleText()} is never called. Image, audio, video
 *       and PDF parts are not inspected (aisec checks text) unless {@link Builder#rejectNonTextContent(boolean)} makes
 *       them fatal. A message with several text parts that needs rewriting fails closed (fatal), because LangChain4j
 *       rewrites every text part with the same text.</li>
 *   <li>The principal comes from the invocation ({@link AisecContextResolver#standard()} by default).</li>
 * </ul>
 *
 * <p>Never throws: any internal error yields a fatal result naming only the exception class. Immutable and
 * thread-safe; register one instance with {@code AiServices.builder(..).inputGuardrails(guardrail)}.
 */
public final class AisecInputGuardrail implements InputGuardrail {

  /** The text LangChain4j's {@code DefaultContentInjector} puts before the retrieved segments. */
  public static final String DEFAULT_INJECTOR_TEXT = "Answer using the following information:";

  /** Text that replaces a retrieved segment the Guard blocked. */
  public static final String WITHHELD = "[retrieved document withheld by aisec]";

  private final Guard guard;
  private final AisecContextResolver resolver;
  private final boolean checkRetrieved;
  private final boolean rejectNonText;
  private final List<String> injectorText;

  private AisecInputGuardrail(Builder b) {
    this.guard = b.guard;
    this.resolver = b.resolver;
    this.checkRetrieved = b.checkRetrieved;
    this.rejectNonText = b.rejectNonText;
    this.injectorText = List.copyOf(b.injectorText);
  }

  /** A guardrail with the standard context resolver. */
  public static AisecInputGuardrail of(Guard guard) {
    return builder(guard).build();
  }

  /** A builder for a guardrail over the given Guard. */
  public static Builder builder(Guard guard) {
    return new Builder(guard);
  }

  @Override
  public InputGuardrailResult validate(InputGuardrailRequest request) {
    try {
      return doValidate(request);
    } catch (RuntimeException | StackOverflowError e) {
      return fatal("aisec input guardrail failed closed (" + e.getClass().getName() + ")");
    }
  }

  @Override
  public InputGuardrailResult validate(UserMessage userMessage) {
    return fatal("aisec input guardrail needs the full InputGuardrailRequest");
  }

  private InputGuardrailResult doValidate(InputGuardrailRequest request) {
    if (request == null || request.userMessage() == null) {
      return fatal("aisec input guardrail got no user message");
    }
    AisecContext ctx = AisecContextResolver.safely(resolver,
        request.requestParams() == null ? null : request.requestParams().invocationContext());
    UserMessage message = request.userMessage();
    List<String> texts = new ArrayList<>();
    for (Content c : message.contents()) {
      if (c.type() == ContentType.TEXT && c instanceof TextContent t) {
        texts.add(t.text());
      } else if (rejectNonText) {
        return fatal("aisec blocked the user message: " + c.type() + " content is not accepted by this service");
      }
    }
    if (texts.isEmpty()) {
      return success();
    }
    String text = texts.size() == 1 ? texts.get(0) : String.join("\n", texts);
    AugmentationResult aug = request.requestParams() == null ? null : request.requestParams().augmentationResult();
    List<dev.langchain4j.rag.content.Content> docs = checkRetrieved && aug != null ? aug.contents() : List.of();

    // 1. every retrieved segment is checked on RETRIEVED; each is located in the message from the END, last segment
    //    first: the content injector appends the segments after the user's text, so a copy of a segment's text inside
    //    the user's own words is not mistaken for the segment (that cut the user's text into pieces scored apart)
    int n = docs.size();
    int[] at = new int[n];
    Verdict[] verdicts = new Verdict[n];
    int limit = text.length();
    for (int i = n - 1; i >= 0; i--) {
      dev.langchain4j.rag.content.Content doc = docs.get(i);
      String docText = doc == null || doc.textSegment() == null ? null : doc.textSegment().text();
      at[i] = -1;
      if (docText == null || docText.isEmpty()) {
        continue;
      }
      if (!(doc instanceof CheckedContent)) {
        verdicts[i] = Checks.check(guard, ctx, Channel.RETRIEVED, docText, "input-guardrail", null);
      }
      int found = Search.lastIndexOf(text, docText, limit);
      if (found < 0) {
        // Not found verbatim (custom injector): it cannot be cut out or rewritten in place, so a block stops the
        // whole message, and so does a redaction. A REDACT used to be dropped here: the segment stayed in the message
        // as it was, redacted only if the USER_INPUT policy happened to redact the same values
        if (verdicts[i] != null && verdicts[i].blocked()) {
          return fatal("aisec blocked a retrieved document: " + Summaries.reasons(verdicts[i]));
        }
        if (verdicts[i] != null && verdicts[i].action() == Action.REDACT) {
          return fatal("aisec cannot redact a retrieved document it cannot locate in the user message (a custom"
              + " content injector? see injectorText and GuardedContentRetriever): " + Summaries.reasons(verdicts[i]));
        }
        continue;
      }
      at[i] = found;
      limit = found;
    }

    // 2. the message as pieces: user text (every stretch outside the segments), the injector's own line, segments
    List<Piece> pieces = new ArrayList<>();
    int pos = 0;
    boolean carvedAny = false;
    for (int i = 0; i < n; i++) {
      if (at[i] < 0) {
        continue;
      }
      String docText = docs.get(i).textSegment().text();
      String gap = text.substring(pos, at[i]);
      if (!carvedAny) {
        int cut = injectorTextStart(gap);
        pieces.add(Piece.user(gap.substring(0, cut)));
        pieces.add(Piece.fixed(gap.substring(cut)));
      } else {
        pieces.add(Piece.user(gap));
      }
      carvedAny = true;
      Verdict dv = verdicts[i];
      pieces.add(Piece.fixed(dv != null && dv.blocked() ? WITHHELD
          : dv != null && dv.action() == Action.REDACT ? dv.text() : docText));
      pos = at[i] + docText.length();
    }
    pieces.add(Piece.user(text.substring(pos)));

    // 3. the user's text is checked as a whole, once
    InputGuardrailResult userFail = checkUserText(ctx, pieces);
    if (userFail != null) {
      return userFail;
    }
    StringBuilder safe = new StringBuilder(text.length());
    for (Piece p : pieces) {
      safe.append(p.safe);
    }
    String result = safe.toString();
    if (result.equals(text)) {
      return success();
    }
    if (texts.size() > 1) {
      return fatal("aisec cannot rewrite a user message with " + texts.size()
          + " text parts; send one text part or let the policy allow it");
    }
    return successWith(result);
  }

  /** A stretch of the message: user-authored ({@code user}) or not, with its text after the checks. */
  private static final class Piece {
    final String text;
    final boolean user;
    String safe;

    private Piece(String text, boolean user) {
      this.text = text;
      this.user = user;
      this.safe = text;
    }

    static Piece user(String text) {
      return new Piece(text, true);
    }

    static Piece fixed(String text) {
      return new Piece(text, false);
    }
  }

  /**
   * Checks the user's text as ONE text on USER_INPUT: the concatenation of every user stretch in order, so an attack
   * whose words lie on both sides of a retrieved segment is scored whole. A REDACT is mapped back to the stretches:
   * with one non-blank stretch its rewritten text is the verdict's; with several, a redacted span that crosses a
   * segment cannot be rewritten in place and fails closed, and each stretch holding redacted spans is rewritten by its
   * own check, which must redact at least the spans the whole text's check found there (else fails closed).
   */
  private InputGuardrailResult checkUserText(AisecContext ctx, List<Piece> pieces) {
    List<Piece> nonBlank = new ArrayList<>();
    StringBuilder whole = new StringBuilder();
    for (Piece p : pieces) {
      if (p.user) {
        whole.append(p.text);
        if (!p.text.isBlank()) {
          nonBlank.add(p);
        }
      }
    }
    if (nonBlank.isEmpty()) {
      return null;
    }
    if (nonBlank.size() == 1) {
      Piece only = nonBlank.get(0);
      Verdict v = Checks.check(guard, ctx, Channel.USER_INPUT, only.text, "input-guardrail", null);
      if (v.blocked()) {
        return fatal("aisec blocked the user message: " + Summaries.reasons(v));
      }
      only.safe = v.text();
      return null;
    }
    String u = whole.toString();
    Verdict v = Checks.check(guard, ctx, Channel.USER_INPUT, u, "input-guardrail", null);
    if (v.blocked()) {
      return fatal("aisec blocked the user message: " + Summaries.reasons(v));
    }
    if (v.text().equals(u)) {
      return null;
    }
    List<Finding> redacted = new ArrayList<>();
    for (Finding f : v.findings()) {
      if (f.action() == Action.REDACT) {
        redacted.add(f);
      }
    }
    int offset = 0;
    for (Piece p : pieces) {
      if (!p.user) {
        continue;
      }
      int from = offset;
      int to = offset + p.text.length();
      offset = to;
      List<Finding> inside = new ArrayList<>();
      for (Finding f : redacted) {
        if (f.start() < to && f.end() > from) {
          if (f.start() < from || f.end() > to) {
            return fatal("aisec cannot rewrite the user message: a redacted " + f.type()
                + " spans a retrieved segment");
          }
          inside.add(f);
        }
      }
      if (inside.isEmpty()) {
        continue;
      }
      Verdict pv = Checks.check(guard, ctx, Channel.USER_INPUT, p.text, "input-guardrail", null);
      if (pv.blocked()) {
        return fatal("aisec blocked the user message: " + Summaries.reasons(pv));
      }
      int[][] cover = redactedRuns(pv);
      for (Finding f : inside) {
        if (!covered(cover, f.start() - from, f.end() - from)) {
          return fatal("aisec cannot rewrite the user message: a redacted " + f.type() + " is not found again in"
              + " its part of the message");
        }
      }
      p.safe = pv.text();
    }
    return null;
  }

  /**
   * The REDACT findings of {@code v} as disjoint runs {@code [start, end)}, sorted, with touching or overlapping
   * findings merged: a run is a stretch that a chain of findings covers without a gap.
   */
  private static int[][] redactedRuns(Verdict v) {
    List<int[]> spans = new ArrayList<>();
    for (Finding f : v.findings()) {
      if (f.action() == Action.REDACT && f.end() > f.start()) {
        spans.add(new int[] {f.start(), f.end()});
      }
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> runs = new ArrayList<>();
    for (int[] sp : spans) {
      int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && sp[0] <= last[1]) {
        last[1] = Math.max(last[1], sp[1]);
      } else {
        runs.add(new int[] {sp[0], sp[1]});
      }
    }
    return runs.toArray(new int[0][]);
  }

  /**
   * Whether the runs cover every character of [start, end): one run must hold it whole. Binary search, so checking
   * every finding of a long message costs O(n log n), not O(n^2) (a message with 100 000 addresses around a segment
   * took seconds).
   */
  private static boolean covered(int[][] runs, int start, int end) {
    if (start >= end) {
      return true;
    }
    int lo = 0;
    int hi = runs.length - 1;
    int at = -1; // the last run starting at or before start
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (runs[mid][0] <= start) {
        at = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return at >= 0 && runs[at][1] >= end;
  }

  /**
   * Where the content injector's own text (for example LangChain4j's "Answer using the following information:")
   * starts at the end of the stretch before the first retrieved segment, or the stretch's length. Only that one
   * position is trusted; the same words elsewhere are checked like any user text.
   */
  private int injectorTextStart(String gap) {
    int end = gap.length();
    while (end > 0 && Character.isWhitespace(gap.charAt(end - 1))) {
      end--;
    }
    for (String t : injectorText) {
      if (gap.startsWith(t, end - t.length()) && end - t.length() >= 0) {
        int start = end - t.length();
        while (start > 0 && Character.isWhitespace(gap.charAt(start - 1))) {
          start--;
        }
        return start;
      }
    }
    return gap.length();
  }

  /** Builds an {@link AisecInputGuardrail}. */
  public static final class Builder {
    private final Guard guard;
    private AisecContextResolver resolver = AisecContextResolver.standard();
    private boolean checkRetrieved = true;
    private boolean rejectNonText;
    private final List<String> injectorText = new ArrayList<>(List.of(DEFAULT_INJECTOR_TEXT));

    private Builder(Guard guard) {
      checkArgument(guard != null, "guard must not be null");
      this.guard = guard;
    }

    /** How to find the principal and conversation of an invocation. */
    public Builder contextResolver(AisecContextResolver r) {
      checkArgument(r != null, "contextResolver must not be null");
      this.resolver = r;
      return this;
    }

    /** Whether retrieved segments of the augmentation result are checked on the RETRIEVED channel (default true). */
    public Builder checkRetrieved(boolean check) {
      this.checkRetrieved = check;
      return this;
    }

    /** Whether a message with image, audio, video or PDF parts is refused (default false: they pass unchecked). */
    public Builder rejectNonTextContent(boolean reject) {
      this.rejectNonText = reject;
      return this;
    }

    /**
     * The fixed text your content injector puts between the user's message and the retrieved segments (default:
     * LangChain4j's {@value AisecInputGuardrail#DEFAULT_INJECTOR_TEXT}). It is trusted only right before the first
     * segment, so it is not mistaken for an instruction from the user; replaces the defaults.
     */
    public Builder injectorText(String... texts) {
      injectorText.clear();
      for (String t : texts) {
        if (t == null || t.isBlank()) {
          throw new IllegalArgumentException("injectorText must not be blank");
        }
        injectorText.add(t.strip());
      }
      return this;
    }

    public AisecInputGuardrail build() {
      return new AisecInputGuardrail(this);
    }
  }
}
