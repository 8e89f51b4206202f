package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.aisec.data.pii.PiiDetector;
import dev.aisec.data.pii.PiiEntity;
import dev.aisec.data.pii.PiiSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressSpansTest {

  private static List<PiiSpan> at(String t, String type, String... values) {
    List<PiiSpan> l = new ArrayList<>();
    int from = 0;
    for (String v : values) {
      int s = t.indexOf(v, from);
      l.add(new PiiSpan(s, s + v.length(), type, 0.7, "test"));
      from = s + v.length();
    }
    return l;
  }

  private static String covered(String t, List<PiiSpan> spans) {
    StringBuilder b = new StringBuilder();
    for (PiiSpan s : spans) {
      b.append('[').append(t, s.start(), s.end()).append(']');
    }
    return b.toString();
  }

  private static String widened(String t, String... locations) {
    return covered(t, AddressSpans.complete(t, at(t, PiiEntity.LOCATION, locations)));
  }

  @Test
  void takesRegionCodesAndPostcodesOfEachLayout() {
    assertEquals("[Seattle, WA 98103]", widened("Home: Seattle, WA 98103\nStart: 2019", "Seattle"));
    assertEquals("[Glasgow G11 5RG]", widened("Address: Glasgow G11 5RG\nTax code", "Glasgow"));
    assertEquals("[London SW1A 2AA]", widened("Ship to: London SW1A 2AA", "London"));
    assertEquals("[Halifax, NS B3H 2A2]", widened("at Halifax, NS B3H 2A2. Call", "Halifax"));
    assertEquals("[Dublin 2, D02 FK91]", widened("to Dublin 2, D02 FK91 tomorrow", "Dublin 2"));
    assertEquals("[Kalverstraat 92, 1012 PH Amsterdam]", widened("Kalverstraat 92, 1012 PH Amsterdam",
        "Kalverstraat 92", "Amsterdam"));
    assertEquals("[ul. Piotrkowska 104, 90-004 Łódź]", widened("ul. Piotrkowska 104, 90-004 Łódź",
        "ul. Piotrkowska 104", "Łódź"));
    assertEquals("[São Paulo, CEP 05435-000]", widened("São Paulo, CEP 05435-000\n", "São Paulo"));
    assertEquals("[Chicago, IL 60647-4417]", widened("Chicago, IL 60647-4417\nUnited States", "Chicago"));
  }

  @Test
  void takesPlaceWordsUnitsAndStreetWords() {
    assertEquals("[1600 Amphitheatre Parkway, Mountain View, CA 94043]", widened(
        "send it to 1600 Amphitheatre Parkway, Mountain View, CA 94043.", "1600 Amphitheatre Parkway"));
    assertEquals("[88 Crown St, Surry Hills NSW 2010]", widened("88 Crown St, Surry Hills NSW 2010\n0412",
        "88 Crown St"));
    assertEquals("[Storgatan 17, Visby]", widened("hos grannen på Storgatan 17, Visby. Ring mig", "Storgatan 17"));
    assertEquals("[880 Pearl St, Apt 12, Boulder, CO 80302]", widened("880 Pearl St, Apt 12, Boulder, CO 80302\n",
        "880 Pearl St"));
    assertEquals("[Elm Street][Springfield]", widened("She lives on Elm Street in Springfield.", "Elm",
        "Springfield"));
  }

  @Test
  void leavesOtherTextAlone() {
    for (String[] c : new String[][] {
        {"The Berlin Wall fell on 9 November 1989.", "Berlin"},
        {"We met in Paris, 2019 was great.", "Paris"},
        {"Schillerstraße 27, Tel. 030 3127 4480", "Schillerstraße 27"},
        {"flew to Rome, IT was down all week", "Rome"},
        {"office in Leeds, Phone Support team", "Leeds"},
        {"in Madrid\nCA 94043", "Madrid"},
        {"Paris 75001234 is the code", "Paris"}}) {
      List<PiiSpan> spans = at(c[0], PiiEntity.LOCATION, c[1]);
      assertSame(spans, AddressSpans.complete(c[0], spans), c[0]);
    }
  }

  @Test
  void neverTakesAnotherTypesSpan() {
    String t = "Storgatan 17, Visby 0701234567";
    List<PiiSpan> spans = new ArrayList<>(at(t, PiiEntity.LOCATION, "Storgatan 17"));
    spans.add(new PiiSpan(t.indexOf("Visby"), t.indexOf("Visby") + 5, PiiEntity.PERSON, 0.7, "test"));
    assertSame(spans, AddressSpans.complete(t, spans));
  }

  @Test
  void theDetectorCoversTheWholeAddress() {
    String t = "Please send it to 1600 Amphitheatre Parkway, Mountain View, CA 94043.";
    List<PiiSpan> spans = PiiDetector.standard().scan(t);
    assertEquals("[1600 Amphitheatre Parkway, Mountain View, CA 94043]", covered(t, spans));
  }

  private static final String[] PIECES = {"Leeds", " ", ", ", "WA", "98103", "G11 5RG", "Apt 4", "Mountain",
      "View", "\n", ".", "3511 ED", "CA", "Street", "x", "-", "2019", "NSW", "Tel", "º"};

  @Test
  void spansOnlyGrowJoinAndStayInsideSortedAndApart() {
    qt().withFixedSeed(27112026L).withExamples(3000)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(1, 40),
            lists().of(integers().between(0, 60)).ofSizeBetween(0, 12))
        .checkAssert((pieces, marks) -> {
          StringBuilder b = new StringBuilder();
          for (int p : pieces) {
            b.append(PIECES[p]);
          }
          String t = b.toString();
          List<PiiSpan> in = new ArrayList<>();
          int from = 0;
          for (int k = 0; k + 1 < marks.size(); k += 2) {
            int s = from + marks.get(k) % 7;
            int e = s + 1 + marks.get(k + 1) % 9;
            if (e > t.length()) {
              break;
            }
            in.add(new PiiSpan(s, e, k % 6 == 4 ? PiiEntity.PHONE_NUMBER : PiiEntity.LOCATION, 0.7, "t"));
            from = e + marks.get(k) % 3;
          }
          List<PiiSpan> out = AddressSpans.complete(t, in);
          int last = 0;
          for (PiiSpan s : out) {
            assertTrue(s.start() >= last && s.end() <= t.length() && s.start() < s.end(), t);
            last = s.end();
          }
          for (PiiSpan s : in) {
            assertTrue(out.stream().anyMatch(o -> o.type().equals(s.type()) && o.start() == s.start() || o.type()
                .equals(s.type()) && o.start() <= s.start() && o.end() >= s.end()), t);
            if (!PiiEntity.LOCATION.equals(s.type())) {
              assertTrue(out.contains(s), t);
            }
          }
          assertTrue(out.size() <= in.size());
        });
  }
}
