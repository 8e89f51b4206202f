package dev.aisec.data.pii.internal;

import static dev.aisec.data.pii.internal.PersonSpanFixtures.covered;
import static dev.aisec.data.pii.internal.PersonSpanFixtures.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.data.pii.PiiEntity;
import dev.aisec.data.pii.PiiSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatSpeakersTest {

  @Test
  void theOtherSpeakersOfAChatWithANamedSpeakerAreNames() {
    String t = "[09:12] priya: omg did u see\n[09:13] tom: lol yes\nkev: can someone book it?\n"
        + "Lupita 💅: oye\nInès : oui\nkev: done\nZOE: ok\nZOE: ok!\n[09:14] tom: yep\nale: once";
    // "tom" and "ale" are also English words: a name only when they speak twice
    assertEquals("[priya][tom][kev][Lupita][Inès][kev][ZOE][ZOE][tom]",
        covered(t, ChatSpeakers.complete(t, persons(t, "priya"))));
  }

  @Test
  void rolesFormLabelsAndUnanchoredTextsGetNothing() {
    String chat = "Anna: hi\nbot: hello\nrelease-bot: deployed\nRecept: Omeprazol 20 mg\nNote: later";
    List<PiiSpan> anna = persons(chat, "Anna");
    assertSame(anna, ChatSpeakers.complete(chat, anna));
    // no speaker is a detected person: a log or a form, not a chat
    String log = "INFO: started\nkev: something\nkev: again";
    List<PiiSpan> other = new ArrayList<>(List.of(new PiiSpan(0, 4, PiiEntity.EMAIL_ADDRESS, 0.9, "test")));
    assertSame(other, ChatSpeakers.complete(log, other));
    // a person span elsewhere than on a speaker's label is no anchor
    String form = "Dear Anna Berg,\nkev: x\nkev: y";
    List<PiiSpan> named = persons(form, "Anna Berg");
    assertSame(named, ChatSpeakers.complete(form, named));
  }

  @Test
  void timesAndUrlsAreNoSpeakersAndAddedSpansStaySortedInsideTheText() {
    String t = "maya: see https://x.org\nhttps: //nope\nmeet at 10:15\nnils: ok\nnils: 10:15 works";
    List<PiiSpan> out = ChatSpeakers.complete(t, persons(t, "maya"));
    assertEquals("[maya][nils][nils]", covered(t, out));
    for (int k = 1; k < out.size(); k++) {
      assertTrue(out.get(k - 1).end() <= out.get(k).start());
    }
  }

  @Test
  void aHugeChatIsHandledInOnePass() {
    StringBuilder b = new StringBuilder("Anna: hi\n");
    for (int k = 0; k < 200_000; k++) {
      b.append("kev: line ").append(k).append('\n');
    }
    String t = b.toString();
    List<PiiSpan> out = ChatSpeakers.complete(t, persons(t, "Anna"));
    // bounded: at most 20,000 speaker lines are read
    assertEquals(20_000, out.size());
  }

  /** Round 18: the String path of lineEnd (indexOf) gives the position the character loop gives. */
  @Test
  void lineEndOfAStringIsTheLoopsPosition() {
    org.quicktheories.QuickTheory.qt().withFixedSeed(1811L).withExamples(5_000)
        .forAll(org.quicktheories.generators.SourceDSL.lists()
            .of(org.quicktheories.generators.SourceDSL.integers().between(0, 5)).ofSizeBetween(1, 80))
        .checkAssert(codes -> {
          StringBuilder sb = new StringBuilder();
          for (int c : codes) {
            sb.append("a\n \r\u2028x".charAt(c));
          }
          String s = sb.toString();
          for (int from = 0; from < s.length(); from++) {
            // a StringBuilder takes the loop
            assertEquals(ChatSpeakers.lineEnd(sb, from, s.length()), ChatSpeakers.lineEnd(s, from, s.length()),
                s.replace("\n", "|") + " @" + from);
          }
        });
  }

  private static final String[] CHAT = {"Anna", "kev", "[09:12] ", "tom", "Dr. Ruth", "  ", "ZOE", "bot", ": ",
      " : ", " - ", "hi there", "\n", "\n", "\n", "Maria Gonzalez", " ", "ok", "12:30 ", "Inès", "\t", "a", ":"};

  /**
   * Round 18: {@code anyPersonLabel}, the first question of {@code complete}, says whether some PERSON span is the
   * speaker label of its line exactly when reading every line's label (as the full walk does) finds one.
   */
  @Test
  void anyPersonLabelAgreesWithReadingEveryLine() {
    org.quicktheories.QuickTheory.qt().withFixedSeed(18112026L).withExamples(5_000)
        .forAll(org.quicktheories.generators.SourceDSL.lists()
                .of(org.quicktheories.generators.SourceDSL.integers().between(0, CHAT.length - 1)).ofSizeBetween(1, 40),
            org.quicktheories.generators.SourceDSL.lists()
                .of(org.quicktheories.generators.SourceDSL.integers().between(0, 7)).ofSizeBetween(1, 40))
        .checkAssert((picks, marks) -> {
          StringBuilder sb = new StringBuilder();
          List<int[]> words = new ArrayList<>();
          for (int p : picks) {
            String w = CHAT[p];
            int at = sb.length();
            sb.append(w);
            // each letter-initial run of the piece is a possible span
            for (int k = 0; k < w.length(); k++) {
              if (Character.isLetter(w.charAt(k)) && (k == 0 || !Character.isLetter(w.charAt(k - 1)))) {
                int e = k;
                while (e < w.length() && (Character.isLetter(w.charAt(e)) || w.charAt(e) == '.')) {
                  e++;
                }
                words.add(new int[] {at + k, at + e, at + w.length()});
              }
            }
          }
          String t = sb.toString();
          // spans: some of the words (the word alone or its whole piece), PERSON or not, in order, not overlapping
          List<PiiSpan> spans = new ArrayList<>();
          int last = 0;
          for (int k = 0; k < words.size(); k++) {
            int m = marks.get(k % marks.size());
            int[] w = words.get(k);
            int e = m % 2 == 0 ? w[1] : w[2];
            if (m >= 5 || w[0] < last || e <= w[0]) {
              continue;
            }
            spans.add(new PiiSpan(w[0], e, m == 4 ? PiiEntity.LOCATION : PiiEntity.PERSON, 0.9, "test"));
            last = e;
          }
          boolean expected = false;
          for (int ls = 0; ls < t.length(); ) {
            int le = t.indexOf('\n', ls);
            le = le < 0 ? t.length() : le;
            int[] label = ChatSpeakers.speaker(t, ls, le);
            for (PiiSpan sp : spans) {
              expected |= label != null && PiiEntity.PERSON.equals(sp.type()) && sp.start() == label[0]
                  && sp.end() == label[1];
            }
            ls = le + 1;
          }
          assertEquals(expected, ChatSpeakers.anyPersonLabel(t, spans), () -> t.replace("\n", "|") + " " + spans);
        });
  }

  @Test
  void anyPersonLabelFindsAnchorsAfterManyLines() {
    String t = "x\n".repeat(5) + "Anna: hi\nkev: yo\n";
    assertTrue(ChatSpeakers.anyPersonLabel(t, persons(t, "Anna")));
    assertTrue(!ChatSpeakers.anyPersonLabel(t, persons(t, "hi")));
  }
}
