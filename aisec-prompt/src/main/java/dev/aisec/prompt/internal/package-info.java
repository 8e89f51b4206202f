/** Implementation details of aisec-prompt: tokenizer, rules, markers, decoders, features, model, engine. */
package dev.aisec.prompt.internal;
