/** Test and demo helpers for LangChain4j applications guarded by aisec: an in-process scripted chat model. */
package dev.aisec.langchain4j.testing;
