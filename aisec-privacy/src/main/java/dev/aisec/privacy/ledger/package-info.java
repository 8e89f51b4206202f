/** A durable, hash-chained privacy budget ledger safe under threads and processes. */
package dev.aisec.privacy.ledger;
