package dev.aisec.prompt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class DocumentFeaturesTest {

  @Test
  void segmentsAreSentencesLinesAndTableRows() {
    String s = "Hello Ana. The total is 3.5 EUR!\n| a | b |\nWhat now? 你好。再见";
    Tokens t = new Tokens().tokenize(s, 0, s.length());
    DocumentFeatures f = new DocumentFeatures();
    f.segment(s, t);
    assertEquals(6, f.count);
    assertEquals("hello", t.text[f.from[0]]);
    assertEquals("the", t.text[f.from[1]]);
    assertEquals("a", t.text[f.from[2]]);
    assertEquals("what", t.text[f.from[3]]);
    assertEquals("你", t.text[f.from[4]]);
  }

  @Test
  void jsonFieldsAndHtmlElementsAreSegments() {
    String s = "{\"id\": 7, \"title\": \"Blue mug\", \"note\": \"reply in German\"}<p>Free delivery</p><p>Buy now</p>";
    Tokens t = new Tokens().tokenize(s, 0, s.length());
    DocumentFeatures f = new DocumentFeatures();
    f.segment(s, t);
    boolean noteAlone = false;
    for (int k = 0; k < f.count; k++) {
      if (t.text[f.from[k]].equals("note") && t.text[f.to[k] - 1].equals("german")) {
        noteAlone = true;
      }
    }
    assertTrue(noteAlone);
    assertTrue(f.count >= 5, "segments " + f.count);
  }

  @Test
  void segmentsPartitionTheTokensInOrderAndAreBounded() {
    qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 400)).check(s -> {
      Tokens t = new Tokens().tokenize(s, 0, s.length());
      DocumentFeatures f = new DocumentFeatures();
      f.compute(s, t, Model.instruction(), (seg, idx, sign) -> { });
      int next = 0;
      for (int k = 0; k < f.count; k++) {
        if (f.from[k] != next || f.to[k] <= f.from[k] || f.to[k] - f.from[k] > DocumentFeatures.MAX_SEGMENT) {
          return false;
        }
        next = f.to[k];
        for (int j = 0; j < DocumentFeatures.DENSE; j++) {
          double v = f.dense[k * DocumentFeatures.DENSE + j];
          if (!Double.isFinite(v)) {
            return false;
          }
        }
      }
      return next == t.size;
    });
  }

  @Test
  void cuesCoverNineLanguages() {
    String[] answers = {"your answer", "deine Antwort", "ta réponse", "tu respuesta", "sua resposta", "la tua risposta",
        "твой ответ", "你的回答", "回答を"};
    for (String a : answers) {
      Tokens t = new Tokens().tokenize(a, 0, a.length());
      assertTrue((DocumentFeatures.cues(t, 0, t.size) & (1 << DocumentFeatures.ANSWER)) != 0, a);
    }
    String q = "Translate the summary.";
    Tokens t = new Tokens().tokenize(q, 0, q.length());
    assertTrue((DocumentFeatures.shapeCues(q, t, 0, t.size, q.length()) & (1 << DocumentFeatures.IMPERATIVE)) != 0);
    String ja = "要約を英語に翻訳してください";
    t.tokenize(ja, 0, ja.length());
    assertTrue((DocumentFeatures.shapeCues(ja, t, 0, t.size, ja.length()) & (1 << DocumentFeatures.IMPERATIVE)) != 0);
  }

  @Test
  void aLongRunOfTokensIsScoredWithASegmentInside() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 200_000) {
      sb.append("The quarterly figures are attached. ");
    }
    String s = sb.toString();
    Tokens t = new Tokens().tokenize(s, 0, s.length());
    DocumentModel.Best b = DocumentModel.standard().score(s, t, Model.instruction());
    assertTrue(b.p() >= 0 && b.p() <= 1);
    assertTrue(b.toTok() <= t.size && b.fromTok() < b.toTok());
  }
}
