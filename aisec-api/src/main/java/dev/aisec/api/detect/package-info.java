/** Detectors that need nothing beyond the API module, starting with {@link dev.aisec.api.detect.UnicodeAnomalyDetector}. */
package dev.aisec.api.detect;
