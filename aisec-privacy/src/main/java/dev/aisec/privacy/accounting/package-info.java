/** Privacy accounting: composition theorems, zCDP, Rényi DP (DP-SGD) and noise calibration. */
package dev.aisec.privacy.accounting;
