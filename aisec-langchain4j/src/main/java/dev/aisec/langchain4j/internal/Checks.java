package dev.aisec.langchain4j.internal;

import dev.aisec.api.Channel;
import dev.aisec.api.Guard;
import dev.aisec.api.Input;
import dev.aisec.api.Verdict;
import dev.aisec.langchain4j.AisecContext;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.TextContent;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Runs the Guard on one text with the attributes every integration point records. Stateless. */
public final class Checks {

  /** Attribute naming the integration point that checked the text (guardrail, model, retriever, tool). */
  public static final String SOURCE = "lc4j.source";
  /** Attribute naming the tool whose arguments or result were checked. */
  public static final String TOOL = "lc4j.tool";

  private Checks() {}

  /** Checks one text for the context on the channel; never throws for non-null arguments. */
  public static Verdict check(Guard guard, AisecContext ctx, Channel channel, String text, String source,
      String tool) {
    return guard.check(input(ctx, channel, text, source, tool));
  }

  /** The input {@link #check} hands to the Guard for these arguments. */
  public static Input input(AisecContext ctx, Channel channel, String text, String source, String tool) {
    TreeMap<String, String> attrs = new TreeMap<>();
    if (ctx.scoped()) {
      // an unscoped context (anonymous, default conversation) is shared by every caller without a context: with no
      // conversation attribute a pseudonymising redactor keeps no vault for it (and a canary check looks at all)
      attrs.put(Input.CONVERSATION, ctx.conversationKey());
    }
    attrs.put(SOURCE, source);
    if (tool != null) {
      // the model writes tool names (in answers and in the history): a name that is not a plain identifier is
      // recorded as "?" (attributes go to the audit trail)
      attrs.put(TOOL, Names.safe(tool));
    }
    return new Input(ctx.principal(), channel, text == null ? "" : text, attrs);
  }

  /** The result of checking every text part of a message. */
  public record PartsResult(List<Content> contents, Verdict blocked, boolean changed) {}

  /**
   * Checks each {@link TextContent} of a message separately and rewrites the REDACT ones; other parts (images,
   * audio, files) pass unchanged. Returns the first blocking verdict, if any.
   */
  public static PartsResult checkParts(Guard guard, AisecContext ctx, Channel channel, List<Content> contents,
      String source, String tool) {
    return checkParts(null, guard, ctx, channel, contents, source, tool);
  }

  /** As {@link #checkParts(Guard, AisecContext, Channel, List, String, String)} through a cache (null: none). */
  public static PartsResult checkParts(VerdictCache cache, Guard guard, AisecContext ctx, Channel channel,
      List<Content> contents, String source, String tool) {
    List<Content> out = new ArrayList<>(contents.size());
    boolean changed = false;
    for (Content c : contents) {
      if (c instanceof TextContent t) {
        Verdict v = VerdictCache.check(cache, guard, ctx, channel, t.text(), source, tool);
        if (v.blocked()) {
          return new PartsResult(contents, v, false);
        }
        if (!v.text().equals(t.text())) {
          out.add(TextContent.from(v.text()));
          changed = true;
          continue;
        }
      }
      out.add(c);
    }
    return new PartsResult(out, null, changed);
  }
}
