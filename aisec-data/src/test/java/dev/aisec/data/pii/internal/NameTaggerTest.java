package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.aisec.data.pii.PiiDetector;
import dev.aisec.data.pii.PiiSpan;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The trained PERSON tagger: shipped weights, golden names it adds, look-alikes it must leave, a deterministic trainer. */
class NameTaggerTest {

  static final PiiDetector D = PiiDetector.standard();

  static String persons(String text) {
    List<PiiSpan> spans = D.scan(text);
    return spans.stream().filter(s -> s.type().equals("PERSON")).map(s -> text.substring(s.start(), s.end()))
        .collect(Collectors.joining("|"));
  }

  @Test
  void weightsShipAsASmallResource() throws Exception {
    try (InputStream in = NameTagger.class.getResourceAsStream(NameTagger.RESOURCE)) {
      assertTrue(in != null, "name-tagger resource missing");
      assertTrue(in.readAllBytes().length < 5_000_000, "weights must stay under 5 MB");
    }
    NameTagger t = NameTagger.get();
    assertTrue(t.enabled());
    assertTrue(t.threshold > 0 && t.threshold < 1, "threshold " + t.threshold);
  }

  /** Names in no gazetteer and without a strong cue: found by the tagger (the rules alone leave them). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "hanging out with Beyonce tonight|Beyonce",
      "can't believe Kanye said that lol|Kanye",
      "lunch with Okafor and Brandtner tomorrow|Okafor",
      "lunch with Okafor and Brandtner tomorrow|Brandtner",
      "I talked with Nkechi yesterday|Nkechi",
      "omg Rihanna looks amazing|Rihanna",
      "lunch with Okafor, Brandtner and Ueda tomorrow|Ueda"})
  void findsUnlistedNames(String text, String name) {
    String found = persons(text);
    assertTrue(List.of(found.split("\\|")).contains(name), () -> "expected PERSON " + name + " in: " + text
        + " got [" + found + "]");
  }

  /** Products, software, months, departments, UI words, log fields and lower-case English words: no PERSON. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Deploy the Falcon service to Kubernetes on Friday.",
      "Use Postgres with Redis and Kafka; Grafana shows the Latency.",
      "Meeting with Marketing and Sales at Noon.",
      "I bought a new Pixel and a Kindle for Christmas.",
      "We watched Inception and Interstellar last weekend.",
      "See you in March or maybe in May.",
      "Check the Dashboard, the Billing tab and the Settings page.",
      "The Avengers sequel beat Frozen at the box office.",
      "{\"Name\": \"Widget\", \"Status\": \"Active\", \"Owner\": \"Platform\"}",
      "Product,Category,Price\nGalaxy S21,Phones,799",
      "Lol the Lakers lost again, Warriors won.",
      "Bitte senden Sie die Rechnung an die Buchhaltung.",
      "Restart the Gateway and the Scheduler after the Patch.",
      "THIS IS A HUGE SALE TODAY ONLY",
      "ping the server and check the span of control",
      "trace 9f2c1d, span a0960ad4, host web01",
      "grab the latte and the bagel",
      "meet me at the grove",
      "will you fix the build",
      "Der Kunde hat die Zahlung gestern überwiesen, bitte Beleg prüfen.",
      "Wir treffen uns morgen im Büro.",
      "Merci de vérifier la Facture avant Vendredi.",
      "El Presupuesto del Proyecto fue aprobado por la Junta.",
      "2024-01-01 12:00:00 INFO Starting Server on port 8080\n2024-01-01 12:00:01 WARN Cache Miss for Session",
      "Kollegen aus Vertrieb und Einkauf treffen sich im Juni",
      "Vielen Dank für Ihre Geduld, Ihr Kundenservice-Team",
      "Graag een Offerte voor Maandag"})
  void leavesLookAlikes(String text) {
    assertEquals("", persons(text), text);
  }

  /** Articles do not hide names inside surnames, greetings are not part of a name, log lines keep real names. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Mrs. Ilse Van den Broeck called|Broeck",
      "Hoi Sanne, de vergadering is verplaatst.|Sanne",
      "Unlike the Takuda novel, it was short.|Takuda",
      "2024-01-01 12:00:02 INFO login ok for Maria Gonzalez|Maria Gonzalez"})
  void articlesAndGreetings(String text, String name) {
    String found = persons(text);
    assertTrue(List.of(found.split("\\|")).stream().anyMatch(f -> f.contains(name)), () -> "expected PERSON " + name
        + " in: " + text + " got [" + found + "]");
    assertTrue(!found.contains("Hoi"), found);
  }

  /** JSON string values of person fields are names; other fields and non-name values are not. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"assignee\": \"Ngozi Chukwu\", \"reporter\": \"Bot\", \"status\": \"In Progress\"}|Ngozi Chukwu",
      "{\"author\": \"rhea kapoor\", \"title\": \"Notes\"}|rhea kapoor",
      "{\"created_by\": \"Siddharth\", \"product\": \"Falcon\"}|Siddharth",
      "{\"Name\": \"Widget\", \"Status\": \"Active\", \"Owner\": \"Platform\"}|",
      "{\"name\": \"Dark Mode\", \"owner\": \"Growth Team\"}|",
      "{\"name\": \"Premium Plan\"}|"})
  void personFieldsInJson(String json, String expected) {
    assertEquals(expected == null ? "" : expected, persons(json), json);
  }

  @Test
  void featuresStayInRangeOnAnyText() {
    Gazetteer g = Gazetteer.get();
    qt().withFixedSeed(20261126L).withExamples(300).forAll(strings().allPossible().ofLengthBetween(1, 120))
        .checkAssert(t -> {
          int[] f = new int[NameTagger.MAX_FEATURES];
          for (int i = 0; i < t.length(); i++) {
            if (!Character.isLetter(t.charAt(i))) {
              continue;
            }
            int e = NameWords.letters(t, i);
            int n = NameTagger.features(g, t, i, e, 0.3, f);
            assertTrue(n > 0 && n <= NameTagger.MAX_FEATURES, "feature count " + n);
            for (int k = 0; k < n; k++) {
              assertTrue(f[k] >= 0 && f[k] <= NameTagger.MASK);
            }
            double p = NameTagger.get().probability(g, t, i, e, 0);
            assertTrue(p >= 0 && p <= 1);
            i = e;
          }
        });
  }

  @Test
  void trainerIsDeterministic(@TempDir Path dir) throws Exception {
    // a tiny generated training file: names after "with", common words elsewhere
    String[] names = {"Beyonce", "Okafor", "Liesel", "Tobiah", "Nkechi", "Marisol", "Kwame", "Zendaya"};
    String[] words = {"Dashboard", "Billing", "Gateway", "Scheduler", "Widget", "Platform", "Patch", "Latency"};
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < 40; k++) {
      String name = names[k % names.length];
      String word = words[(k * 3) % words.length];
      String text = "went out with " + name + " and saw the " + word + "\\nok";
      int s = "went out with ".length();
      lines.add("test\t" + s + "-" + (s + name.length()) + "\t" + text);
    }
    Path tsv = dir.resolve("train.tsv");
    Files.write(tsv, lines);
    List<NameTaggerTrainer.Example> a = NameTaggerTrainer.collect(tsv);
    List<NameTaggerTrainer.Example> b = NameTaggerTrainer.collect(tsv);
    assertEquals(a.size(), b.size());
    assertTrue(a.stream().anyMatch(NameTaggerTrainer.Example::positive), "names are candidates");
    assertArrayEquals(NameTaggerTrainer.fit(a, 3, 0.3), NameTaggerTrainer.fit(b, 3, 0.3));
    Path out1 = dir.resolve("w1.bin.gz");
    Path out2 = dir.resolve("w2.bin.gz");
    NameTaggerTrainer.write(NameTaggerTrainer.fit(a, 3, 0.3), 0.4f, 0.6f, out1);
    NameTaggerTrainer.write(NameTaggerTrainer.fit(b, 3, 0.3), 0.4f, 0.6f, out2);
    assertArrayEquals(Files.readAllBytes(out1), Files.readAllBytes(out2));
  }

  @Test
  void englishWordListShips() {
    Gazetteer g = Gazetteer.get();
    assertTrue(g.english.size() > 50_000, "english words " + g.english.size());
    assertTrue(g.english.contains("span") && g.english.contains("falcon"));
    assertTrue(!g.english.contains("beyonce"));
  }

  @Test
  void unescapesTrainingText() {
    assertEquals("a\tb\nc\\d", NameTaggerTrainer.unescape("a\\tb\\nc\\\\d"));
  }
}
