/** Reproducible training of the shipped classifier weights ({@code aisec prompt train}). */
package dev.aisec.prompt.train;
