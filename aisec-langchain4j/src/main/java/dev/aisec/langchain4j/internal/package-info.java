/** Implementation details of aisec-langchain4j; not API. */
package dev.aisec.langchain4j.internal;
