package dev.aisec.langchain4j;

import static com.google.common.base.Preconditions.checkArgument;

import dev.aisec.api.Action;
import dev.aisec.api.Channel;
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
 *       ({@code augmentationResult()}). Each segment found verbatim in the message is checked on the RETRIEVED
 *       channel (a BLOCK withholds that segment, a REDACT rewrites it) and only the rest of the message is checked as
 *       USER_INPUT. Segments that a {@link GuardedContentRetriever} already checked are not checked again. The content
 *       injector's fixed text right before the first segment ({@link Builder#injectorText(String...)}) is not checked
 *       as user input.</li>
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

    StringBuilder safe = new StringBuilder(text.length());
    boolean carvedAny = false;
    int pos = 0;
    for (dev.langchain4j.rag.content.Content doc : docs) {
      String docText = doc == null || doc.textSegment() == null ? null : doc.textSegment().text();
      if (docText == null || docText.isEmpty()) {
        continue;
      }
      int at = Search.indexOf(text, docText, pos);
      Verdict dv = null;
      if (!(doc instanceof CheckedContent)) {
        dv = Checks.check(guard, ctx, Channel.RETRIEVED, docText, "input-guardrail", null);
      }
      if (at < 0) {
        // Not found verbatim (custom injector): it cannot be cut out, so a block stops the whole message.
        if (dv != null && dv.blocked()) {
          return fatal("aisec blocked a retrieved document: " + Summaries.reasons(dv));
        }
        continue;
      }
      String gap = text.substring(pos, at);
      String trusted = "";
      if (!carvedAny) {
        int cut = injectorTextStart(gap);
        trusted = gap.substring(cut);
        gap = gap.substring(0, cut);
      }
      InputGuardrailResult gapFail = appendUserGap(ctx, gap, safe);
      if (gapFail != null) {
        return gapFail;
      }
      safe.append(trusted);
      carvedAny = true;
      if (dv != null && dv.blocked()) {
        safe.append(WITHHELD);
      } else if (dv != null && dv.action() == Action.REDACT) {
        safe.append(dv.text());
      } else {
        safe.append(docText);
      }
      pos = at + docText.length();
    }
    InputGuardrailResult tailFail = appendUserGap(ctx, text.substring(pos), safe);
    if (tailFail != null) {
      return tailFail;
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

  /** Checks a stretch of user (or template) text; appends its safe form or returns the fatal result. */
  private InputGuardrailResult appendUserGap(AisecContext ctx, String gap, StringBuilder safe) {
    if (gap.isBlank()) {
      safe.append(gap);
      return null;
    }
    Verdict v = Checks.check(guard, ctx, Channel.USER_INPUT, gap, "input-guardrail", null);
    if (v.blocked()) {
      return fatal("aisec blocked the user message: " + Summaries.reasons(v));
    }
    safe.append(v.text());
    return null;
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
