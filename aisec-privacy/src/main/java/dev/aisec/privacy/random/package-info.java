/** Randomness for noise: a secure per-thread ChaCha20 source and a seeded source for tests only. */
package dev.aisec.privacy.random;
