/** A durable privacy budget ledger, MAC-chained under a secret key, safe under threads and processes. */
package dev.aisec.privacy.ledger;
