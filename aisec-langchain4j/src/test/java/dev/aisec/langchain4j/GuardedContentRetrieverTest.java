package dev.aisec.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.api.DetectionContext;
import dev.aisec.api.Detector;
import dev.aisec.api.Finding;
import dev.aisec.api.Guard;
import dev.aisec.api.policy.Policy;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardedContentRetrieverTest {

  @Test
  void aDocumentBlockedBecauseADetectorFailedIsDroppedEvenWhenBlockedOnesAreSpotlighted() {
    Detector broken = new Detector() {
      @Override
      public String id() {
        return "pii";
      }

      @Override
      public List<Finding> detect(DetectionContext context) {
        throw new IllegalStateException("model not loaded");
      }
    };
    Guard guard = Guard.builder().detector(broken).policy(Policy.defaults()).build();
    ContentRetriever docs = q -> List.of(Content.from("Call Maria Gonzalez at +1 415 555 0132."));
    GuardedContentRetriever r = GuardedContentRetriever.builder(docs, guard)
        .onBlock(GuardedContentRetriever.Treatment.SPOTLIGHT).build();
    // the PII detector redacted nothing: spotlighting used to pass the raw text (with the phone number) on
    assertTrue(r.retrieve(Query.from("who to call?")).isEmpty());
  }

  @Test
  void aDocumentBlockedByTheDeadlineIsDroppedEvenWhenBlockedOnesAreSpotlighted() {
    // the deadline stops the Guard before later detectors run (here the PII one): nothing is known about the text,
    // so spotlighting it would pass the e-mail address on unredacted
    Guard guard = Guard.builder()
        .detector(new Fakes.PhraseDetector("indirect-injection", "INDIRECT_INJECTION", 0.95, "ignore previous"))
        .detector(new Fakes.EmailDetector())
        .policy(Fakes.policy())
        .checkDeadline(java.time.Duration.ofNanos(1))
        .build();
    ContentRetriever docs = q -> List.of(Content.from("Write to maria@example.com for refunds."));
    GuardedContentRetriever r = GuardedContentRetriever.builder(docs, guard)
        .onBlock(GuardedContentRetriever.Treatment.SPOTLIGHT).build();
    List<Content> out = r.retrieve(Query.from("refunds?"));
    assertTrue(out.stream().noneMatch(c -> c.textSegment().text().contains("maria@example.com")), out.toString());
  }

  @Test
  void anOrdinaryDocumentStillPasses() {
    Guard guard = Guard.builder().policy(Policy.defaults()).build();
    ContentRetriever docs = q -> List.of(Content.from("Opening hours are 9 to 5."));
    GuardedContentRetriever r = GuardedContentRetriever.builder(docs, guard)
        .onBlock(GuardedContentRetriever.Treatment.SPOTLIGHT).build();
    List<Content> out = r.retrieve(Query.from("when?"));
    assertEquals(1, out.size());
    assertEquals("Opening hours are 9 to 5.", out.get(0).textSegment().text());
  }
}
