package dev.aisec.langchain4j;

import static com.google.common.base.Preconditions.checkArgument;

import dev.aisec.api.CapabilityDeniedException;
import dev.aisec.api.Channel;
import dev.aisec.api.Guard;
import dev.aisec.api.Verdict;
import dev.aisec.langchain4j.internal.Checks;
import dev.aisec.langchain4j.internal.Restoring;
import dev.aisec.langchain4j.internal.Summaries;
import dev.aisec.langchain4j.internal.ToolArguments;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.service.tool.BeforeToolExecution;
import dev.langchain4j.service.tool.DefaultToolExecutor;
import dev.langchain4j.service.tool.ToolExecutionResult;
import dev.langchain4j.service.tool.ToolExecutor;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Capability checks for LangChain4j tools: a tool the principal may not use is refused before it runs. The capability
 * of a tool named {@code NAME} is {@code tool:NAME}; grants come from the policy's role grants (default deny).
 *
 * <p>Two ways, both reading the principal from the invocation ({@link AisecContext} in the invocation parameters):
 *
 * <ul>
 *   <li>{@link #guarded(Guard, Object...)}: wraps {@code @Tool} objects into executors for
 *       {@code AiServices.tools(Map)}. A refused call returns an error result to the model ("not permitted") without
 *       running the tool, so the model can tell the user; an allowed call's arguments are checked on MODEL_OUTPUT
 *       (a canary, copied prompt or exfiltration link blocks the call before it runs; on REDACT the JSON string
 *       values are redacted, or the call does not run when that cannot be done safely, see
 *       {@link #ARGUMENTS_NOT_REDACTABLE}), get their pseudonyms restored (never into redacted arguments)
 *       (with a {@link Restorer}, only for the tools named in {@link Builder#restoreArgumentsOf}, and never inside
 *       URL-like values), runs, and its result is checked on the TOOL_RESULT channel (BLOCK withholds it,
 *       REDACT rewrites it) before it goes back to the model. A rewritten or withheld result also replaces the
 *       tool's raw return object ({@code ToolExecutionResult.result()}), so {@code ReturnBehavior.IMMEDIATE} and
 *       {@code Result.toolExecutions()} give the application the checked text, never the raw value. A tool that
 *       throws: its exception's message is checked on TOOL_RESULT too (LangChain4j's default error handler sends it to
 *       the model and logs the exception), and a {@code ToolExecutionException} carrying the checked message (or
 *       {@link GuardedChatModel#TOOL_RESULT_WITHHELD} when blocked), the tool's error code and no cause is thrown
 *       instead.</li>
 *   <li>{@link #gate(Guard)}: a {@code beforeToolExecution} hook for {@code AiServices.beforeToolExecution(..)} that
 *       throws {@link CapabilityDeniedException}, stopping the whole call, when a tool is refused.</li>
 * </ul>
 *
 * <p>All returned objects are immutable and thread-safe.
 */
public final class AisecTools {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AisecTools.class);

  /** The result text the model receives for a refused tool call. */
  public static final String REFUSED = "This tool is not permitted for the current user; aisec refused it before it ran.";

  /** The result text the model receives when the Guard blocked a call's arguments. */
  public static final String ARGUMENTS_BLOCKED = "aisec blocked the arguments of this tool call; it did not run.";

  /**
   * The result text the model receives when the Guard's verdict on a call's arguments was REDACT and the arguments
   * could not be redacted safely (not a JSON object or array, or the data sits in a key, a number or across values).
   */
  public static final String ARGUMENTS_NOT_REDACTABLE = "aisec found data in the arguments of this tool call that "
      + "must be redacted and could not redact it safely; the call did not run.";

  private AisecTools() {}

  /** The capability name of a tool. */
  public static String capability(String toolName) {
    return "tool:" + toolName;
  }

  /** A hook that throws {@link CapabilityDeniedException} before a refused tool runs (standard context resolver). */
  public static Consumer<BeforeToolExecution> gate(Guard guard) {
    return gate(guard, AisecContextResolver.standard());
  }

  /** A hook that throws {@link CapabilityDeniedException} before a refused tool runs. */
  public static Consumer<BeforeToolExecution> gate(Guard guard, AisecContextResolver resolver) {
    if (guard == null || resolver == null) {
      throw new IllegalArgumentException("guard and resolver must not be null");
    }
    return before -> {
      AisecContext ctx = AisecContextResolver.safely(resolver, before.invocationContext());
      String name = before.request().name();
      if (!dev.aisec.langchain4j.internal.Names.plain(name)) {
        guard.authorize(ctx.principal(), capability("?"));
        throw new CapabilityDeniedException(ctx.principal().id(), capability("?"));
      }
      guard.requireAuthorized(ctx.principal(), capability(name));
    };
  }

  /** Guarded executors for the {@code @Tool} methods of the given objects, for {@code AiServices.tools(Map)}. */
  public static Map<ToolSpecification, ToolExecutor> guarded(Guard guard, Object... toolObjects) {
    return builder(guard).tools(toolObjects).build();
  }

  /** A builder of guarded tool executors. */
  public static Builder builder(Guard guard) {
    return new Builder(guard);
  }

  /** Builds guarded tool executors. */
  public static final class Builder {
    private final Guard guard;
    private AisecContextResolver resolver = AisecContextResolver.standard();
    private Restorer restorer = Restorer.none();
    private final java.util.Set<String> restoreInto = new java.util.HashSet<>();
    private final Map<ToolSpecification, ToolExecutor> raw = new LinkedHashMap<>();

    private Builder(Guard guard) {
      checkArgument(guard != null, "guard must not be null");
      this.guard = guard;
    }

    /** How to find the principal of the invocation. */
    public Builder contextResolver(AisecContextResolver r) {
      checkArgument(r != null, "contextResolver must not be null");
      this.resolver = r;
      return this;
    }

    /**
     * Restores the conversation's pseudonyms in the arguments of the tools named in {@link #restoreArgumentsOf}
     * just before they run (default: none). Arguments are checked before restoring, so restored originals are never
     * seen by the Guard: only name tools whose arguments stay inside the application.
     */
    public Builder restorer(Restorer r) {
      checkArgument(r != null, "restorer must not be null");
      this.restorer = r;
      return this;
    }

    /**
     * The tools that may receive original values in their arguments (default: none, so pseudonyms stay in every
     * tool's arguments). An injected instruction can make the model put a pseudonym into any argument; restoring it
     * for a tool that sends data out (mail to any address, HTTP fetch) would send the original out. Even for these
     * tools, a string value that looks like a URL ({@code scheme://}, {@code www.}, {@code mailto:}) keeps its
     * pseudonyms, and arguments that are not a JSON object are not restored.
     */
    public Builder restoreArgumentsOf(String... toolNames) {
      checkArgument(toolNames != null, "toolNames must not be null");
      for (String n : toolNames) {
        checkArgument(n != null && !n.isBlank(), "toolNames must not contain null or blank names");
        restoreInto.add(n);
      }
      return this;
    }

    /** Adds every {@code @Tool} method of the objects. */
    public Builder tools(Object... toolObjects) {
      checkArgument(toolObjects != null, "toolObjects must not be null");
      for (Object o : toolObjects) {
        checkArgument(o != null, "toolObjects must not contain null");
        for (Method m : o.getClass().getDeclaredMethods()) {
          if (m.isAnnotationPresent(Tool.class)) {
            raw.put(ToolSpecifications.toolSpecificationFrom(m), new DefaultToolExecutor(o, m));
          }
        }
      }
      return this;
    }

    /** Adds one tool given by specification and executor. */
    public Builder tool(ToolSpecification spec, ToolExecutor executor) {
      if (spec == null || executor == null) {
        throw new IllegalArgumentException("tool spec and executor must not be null");
      }
      raw.put(spec, executor);
      return this;
    }

    /** The guarded executors, keyed by specification, in the order added. */
    public Map<ToolSpecification, ToolExecutor> build() {
      Map<ToolSpecification, ToolExecutor> out = new LinkedHashMap<>();
      raw.forEach((spec, ex) -> out.put(spec, new GuardedToolExecutor(ex, guard, resolver,
          restoreInto.contains(spec.name()) ? restorer : Restorer.none())));
      return java.util.Collections.unmodifiableMap(out);
    }
  }

  /** A tool executor that authorises, restores arguments, runs, and checks the result. */
  static final class GuardedToolExecutor implements ToolExecutor {
    private final ToolExecutor delegate;
    private final Guard guard;
    private final AisecContextResolver resolver;
    private final Restorer restorer;

    GuardedToolExecutor(ToolExecutor delegate, Guard guard, AisecContextResolver resolver, Restorer restorer) {
      this.delegate = delegate;
      this.guard = guard;
      this.resolver = resolver;
      this.restorer = restorer;
    }

    @Override
    public String execute(ToolExecutionRequest request, Object memoryId) {
      ToolExecutionResult r = executeWithContext(request, null);
      return r.resultText();
    }

    @Override
    public ToolExecutionResult executeWithContext(ToolExecutionRequest request, InvocationContext invocation) {
      AisecContext ctx = AisecContextResolver.safely(resolver, invocation);
      String name = String.valueOf(request.name());
      if (!dev.aisec.langchain4j.internal.Names.plain(name)) {
        // LangChain4j dispatches only known names, but an executor can be called directly: a name no tool can have is
        // refused and audited as "tool:?" (its text stays out of the audit trail), as GuardedChatModel does
        guard.authorize(ctx.principal(), capability("?"));
        return ToolExecutionResult.builder().isError(true).resultText(REFUSED).build();
      }
      if (!guard.authorize(ctx.principal(), capability(name))) {
        return ToolExecutionResult.builder().isError(true).resultText(REFUSED).build();
      }
      ToolExecutionRequest call = request;
      boolean redacted = false;
      if (request.arguments() != null && !request.arguments().isEmpty()) {
        // The model wrote these arguments: a canary, a copied prompt or an exfiltration link in them blocks the call.
        Verdict args = Checks.check(guard, ctx, Channel.MODEL_OUTPUT, request.arguments(), "tool-arguments", name);
        if (args.blocked()) {
          return ToolExecutionResult.builder().isError(true)
              .resultText(ARGUMENTS_BLOCKED + " (" + Summaries.reasons(args) + ")").build();
        }
        // Data the policy says to redact must not go out in the call: redact the JSON string values, or refuse.
        String applied = ToolArguments.apply(guard, ctx, request.arguments(), args, "tool-arguments", name);
        if (applied == null) {
          return ToolExecutionResult.builder().isError(true)
              .resultText(ARGUMENTS_NOT_REDACTABLE + " (" + Summaries.reasons(args) + ")").build();
        }
        if (!applied.equals(request.arguments())) {
          call = request.toBuilder().arguments(applied).build();
          redacted = true;
        }
      }
      if (call.arguments() != null && !redacted) {
        // restoring into redacted arguments could put back the very values the policy just redacted: not done
        String restored = Restoring.arguments(call.arguments(), s -> restorer.restore(ctx, s));
        if (restored != null && !restored.equals(call.arguments())) {
          call = call.toBuilder().arguments(restored).build();
        }
      }
      ToolExecutionResult result;
      try {
        result = invocation == null
            ? ToolExecutionResult.builder().resultText(delegate.execute(call, null)).build()
            : delegate.executeWithContext(call, invocation);
      } catch (RuntimeException e) {
        throw checkedFailure(e, ctx, name);
      }
      Checks.PartsResult checked = Checks.checkParts(guard, ctx, Channel.TOOL_RESULT, result.resultContents(), "tool",
          name);
      if (checked.blocked() != null) {
        return ToolExecutionResult.builder().isError(true)
            .resultText(GuardedChatModel.TOOL_RESULT_WITHHELD + " (" + Summaries.reasons(checked.blocked()) + ")")
            .build();
      }
      if (!checked.changed()) {
        return result;
      }
      // The rewritten text replaces the raw result object too: with ReturnBehavior.IMMEDIATE or through
      // Result.toolExecutions().resultObject() the application would otherwise get the unredacted value.
      StringBuilder text = new StringBuilder();
      for (dev.langchain4j.data.message.Content c : checked.contents()) {
        if (c instanceof dev.langchain4j.data.message.TextContent t) {
          text.append(t.text());
        }
      }
      return ToolExecutionResult.builder().isError(result.isError()).result(text.toString())
          .resultContents(checked.contents()).attributes(result.attributes()).build();
    }

    /**
     * The tool threw. LangChain4j's default error handler sends the exception's message to the model as the tool's
     * result (and logs the exception with its causes), so the message is checked on TOOL_RESULT like a result: the
     * exception thrown instead carries the checked message (or {@link GuardedChatModel#TOOL_RESULT_WITHHELD} and the
     * reasons when it is blocked), the tool's error code, and no cause, so no raw text of the original reaches the
     * model, a log or the caller.
     */
    private RuntimeException checkedFailure(RuntimeException e, AisecContext ctx, String name) {
      LOG.warn("tool {} failed with {}; its message goes on only after the aisec check", name,
          e.getClass().getName());
      String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getName() : e.getMessage();
      dev.aisec.api.Verdict v = Checks.check(guard, ctx, Channel.TOOL_RESULT, message, "tool-error", name);
      String safe = v.blocked() ? GuardedChatModel.TOOL_RESULT_WITHHELD + " (" + Summaries.reasons(v) + ")"
          : v.text();
      Integer code = e instanceof dev.langchain4j.exception.ToolExecutionException t ? t.errorCode() : null;
      return new dev.langchain4j.exception.ToolExecutionException(safe, code);
    }
  }
}
