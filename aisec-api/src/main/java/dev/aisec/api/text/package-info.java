/**
 * Text normalisation shared by every detector: {@link dev.aisec.api.text.TextView} is computed once per check and
 * keeps an exact offset map from the normalised text back to the caller's original string.
 */
package dev.aisec.api.text;
