/**
 * Differentially private aggregations: count, sum, mean, variance, quantiles and histograms with partition
 * selection; thread-safe, mergeable, exact fixed-point accumulation, releases with confidence intervals.
 */
package dev.aisec.privacy.aggregate;
