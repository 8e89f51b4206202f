/**
 * Role-based policy: which detectors run on which channel for which roles, the thresholds that turn a finding's
 * score into an action, whether a failing detector fails open, and which roles may use which capability (models,
 * tools, data sources). Policies are immutable and load from JSON with errors that name the bad field's path.
 */
package dev.aisec.api.policy;
