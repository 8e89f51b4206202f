/**
 * Prompt-injection and jailbreak detection ({@link dev.aisec.prompt.PromptInjectionDetector},
 * {@link dev.aisec.prompt.IndirectInjectionDetector}), sanitisation ({@link dev.aisec.prompt.PromptSanitizer}),
 * spotlighting of untrusted text ({@link dev.aisec.prompt.Spotlighter}), canary tokens
 * ({@link dev.aisec.prompt.CanaryToken}, {@link dev.aisec.prompt.CanaryDetector}) and output checks
 * ({@link dev.aisec.prompt.OutputLeakDetector}). Everything here is thread-safe and linear in the text's length.
 */
package dev.aisec.prompt;
