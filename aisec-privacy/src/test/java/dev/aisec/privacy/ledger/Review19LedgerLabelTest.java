package dev.aisec.privacy.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review round 19: a spend's label is journaled as UTF-8, which writes an unpaired surrogate as '?'; a label with one
 * (or a long label cut at 500 characters between the two halves of a pair) came back from the journal as other text.
 */
class Review19LedgerLabelTest {

  @TempDir
  Path dir;

  @Test
  void aLabelWithALoneSurrogateIsRefusedAndNothingIsSpent() throws Exception {
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(dir.resolve("l.jsonl"), LedgerKey.of(new byte[32]));
    l.init("ds", Budget.of(1.0));
    for (String bad : new String[] {"x\uD800", "\uDC00y", "a\uDC00\uD800b"}) {
      assertThrows(IllegalArgumentException.class, () -> l.spend("ds", null, Budget.of(0.1), bad));
      assertThrows(IllegalArgumentException.class, () -> l.reserve("ds", null, Budget.of(0.1), bad));
    }
    assertEquals(1, l.status("ds").records(), "only the init record");
    l.spend("ds", null, Budget.of(0.1), "ok 😀 label");
    assertEquals(2, l.status("ds").records());
    assertTrue(l.verify().valid());
  }

  @Test
  void aLongLabelIsNeverCutBetweenTheHalvesOfAPair() throws Exception {
    Path f = dir.resolve("l.jsonl");
    PrivacyBudgetLedger l = PrivacyBudgetLedger.open(f, LedgerKey.of(new byte[32]));
    l.init("ds", Budget.of(1.0));
    String label = "a".repeat(499) + "😀" + "b".repeat(100); // the pair at 499-500
    l.spend("ds", null, Budget.of(0.1), label);
    String journal = Files.readString(f, StandardCharsets.UTF_8);
    assertFalse(journal.contains("?"), journal);
    assertTrue(journal.contains("\"label\":\"" + "a".repeat(499) + "\""), journal);
    assertTrue(l.verify().valid());
  }
}
