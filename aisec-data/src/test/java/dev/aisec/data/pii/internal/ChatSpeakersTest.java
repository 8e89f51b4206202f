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
}
