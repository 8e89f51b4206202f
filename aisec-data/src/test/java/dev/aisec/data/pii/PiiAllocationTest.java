package dev.aisec.data.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** A scan that finds nothing allocates nothing (issue: "zero allocation when nothing is found"). */
class PiiAllocationTest {

  @Test
  void scanOfTextWithoutCandidatesAllocatesNothing() {
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    assumeTrue(mx instanceof com.sun.management.ThreadMXBean, "allocation counter not available on this JVM");
    com.sun.management.ThreadMXBean hs = (com.sun.management.ThreadMXBean) mx;
    assumeTrue(hs.isThreadAllocatedMemorySupported() && hs.isThreadAllocatedMemoryEnabled());
    String[] words = {"please", "summarise", "the", "attached", "notes", "before", "our", "call", "and", "review",
        "plan", "with", "team", "thanks", "latency", "uptime", "costs", "fell", "while", "sales", "grew"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < 20_000; i++) {
      b.append(words[(i * 7) % words.length]).append(i % 11 == 0 ? ".\n" : i % 5 == 0 ? ", " : " ");
    }
    String text = b.toString();
    PiiDetector d = PiiDetector.standard();
    for (int i = 0; i < 20; i++) {
      assertEquals(0, d.scan(text).size());
    }
    long before = hs.getCurrentThreadAllocatedBytes();
    int found = 0;
    for (int i = 0; i < 10; i++) {
      found += d.scan(text).size();
    }
    long allocated = hs.getCurrentThreadAllocatedBytes() - before;
    assertEquals(0, found);
    assertEquals(0, allocated, "bytes allocated by 10 scans of a text without candidates");
  }
}
