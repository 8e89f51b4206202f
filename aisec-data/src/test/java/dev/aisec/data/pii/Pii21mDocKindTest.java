package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.describe;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/**
 * Round 21 (pii21m): identity documents whose kind is named by a sibling, not next to the value: the type cell of a
 * table row (pipe, CSV, TSV, whitespace-aligned; on either side of the number), a type key of the same JSON object,
 * a type key line of the same YAML or form block; and table header rows whose names are separated by single spaces
 * over whitespace-aligned rows. Every value is made up here (check digits computed for this test); none is a line of
 * an evaluation set. Asked through {@link PiiDetector#find}. The cases marked "fails on main" failed on main
 * d85b7a9; the rest are guards.
 */
class Pii21mDocKindTest {

  private static final PiiDetector D = PiiDetector.standard();

  private static String unescape(String s) {
    return s.replace("\\n", "\n").replace("'", "\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '¦', quoteCharacter = '`', value = {
      // fails on main: the type cell on the right of the number
      "| Doc number | Doc type |\\n|---|---|\\n| 447120981 | passport |\\n| Z4418207 | driver licence |"
          + "¦447120981¦US_PASSPORT",
      // fails on main: the JSON type key after the number, and one written with an underscore
      "{'number': '447120981', 'doc_type': 'passport'}¦447120981¦US_PASSPORT",
      "{'doc_type':'driver_license','number':'X7120447'}¦X7120447¦US_DRIVER_LICENSE",
      "[{'kind': 'booking', 'value': 'QX7T4M'}, {'value': 'T5521907', 'kind': 'DL'}]¦T5521907¦US_DRIVER_LICENSE",
      // fails on main: a row of kind licence under a row of kind passport (the cue word of the row above won)
      "Traveller       Doc type       Doc no.\\nAnn Lowe        Passport       447120981\\n"
          + "Ben Lowe        DL             C2290447¦C2290447¦US_DRIVER_LICENSE",
      // fails on main: header names separated by single spaces over whitespace-aligned rows
      "NAME DOB PASSPORT PHONE\\nAnn Lowe     1980-02-03    K8R41T27    +44 7911 123456¦K8R41T27¦US_PASSPORT",
      // fails on main: a key line of kind passport after the number's line
      "- number: 447120981\\n  kind: Reisepass\\n- number: 14C\\n  kind: seat¦447120981¦US_PASSPORT",
      // fails on main: a BSN named by its sibling key beyond the window
      "{'value': '112233442', 'note': 'checked at the desk on monday morning by the agent on duty', 'kind': 'bsn'}"
          + "¦112233442¦NL_BSN",
      // fails on main: a phone number in a phone column was a passport by the header's passport word
      "Name,Passport,Phone\\nAnne Roy,C1234567,0612345678¦0612345678¦PHONE_NUMBER",
      "Nom Passeport Téléphone\\nAnne Roy     21AB44127     06 71 22 90 14¦06 71 22 90 14¦PHONE_NUMBER",
      // fails on main: a long string value between the number and its type key
      "{'number': 'X4471209', 'remarks': 'renewed at the consulate in spring; the old one was reported lost on a trip "
          + "and replaced by the embassy', 'document_type': 'passport'}¦X4471209¦US_PASSPORT",
      // guards (found on main too)
      "Document type ..... Reisepass\\nDocument no. ...... X7741209¦X7741209¦US_PASSPORT",
      "Staff list\\nNAME DL MOBILE\\nBo Dahl     D7713082     (415) 555-0190¦D7713082¦US_DRIVER_LICENSE",
      "{'doc_type': 'passport', 'number': '447120981'}¦447120981¦US_PASSPORT",
      "{'id':{'kind':'passport','value':'K41207733'}}¦K41207733¦US_PASSPORT",
      "name,doc,doc_no\\nAnn Lowe,passport,X22904471\\nBen Lowe,eticket,2202290447120¦X22904471¦US_PASSPORT",
      "Type;Number\\nPasaporte;XDA447120\\nCarnet de conducir;22904471¦22904471¦US_DRIVER_LICENSE",
      "doc:\\n  type: Reisepass\\n  nr: C4R7K2290¦C4R7K2290¦US_PASSPORT",
      "ID type: Passport\\nID no.: GK473109\\nID type: Driver licence\\nID no.: W4418-20735-91207"
          + "¦W4418-20735-91207¦US_DRIVER_LICENSE",
      "Phone: 0161 496 0211\\nType: passport\\nNumber: 541237890¦541237890¦US_PASSPORT",
      "Phone: 0161 496 0211\\nType: passport\\nNumber: 541237890¦0161 496 0211¦PHONE_NUMBER",
      "id_no,holder,id_type\\n123456774,Ann Lowe,TFN\\n130044027,Ben Lowe,SIN¦130044027¦CA_SIN"})
  void found(String raw, String value, String type) {
    String text = unescape(raw);
    List<PiiSpan> spans = D.find(text);
    int at = text.indexOf(value);
    assertTrue(at >= 0, "bad case");
    assertTrue(spans.stream().anyMatch(s -> s.type().equals(type) && s.start() == at
        && s.end() == at + value.length()), () -> "missed " + type + " '" + value + "' in " + describe(text, spans));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '¦', quoteCharacter = '`', value = {
      // fails on main: a booking row under a licence row, a booking key line after a passport line
      "Traveller       Doc type       Doc no.\\nBen Lowe        DL             C2290447\\n"
          + "Cat Lowe        Booking        4471209812¦4471209812",
      "Passport: C1234567\\nType: booking\\nNumber: 447120981¦447120981",
      // guards
      "Passport ....... C1234567\\nDocument type .. booking\\nDocument no. ... 447120981¦447120981",
      "| Pax | Doc type | Doc number |\\n|---|---|---|\\n| Ann Lowe | PASSPORT | K8R41T27 |\\n"
          + "| Ann Lowe | ID card | L4T8R21K7 |\\n| Ann Lowe | Booking | 7741 2290 |¦L4T8R21K7",
      "{'id':{'kind':'booking','value':'4471209812'}}¦4471209812",
      "- kind: passport\\n  number: 447120981\\n- kind: seat\\n  number: 14C¦14C",
      "Type: order\\nNumber: 447120981¦447120981",
      "ORDER SEAT FLIGHT\\n4471203398    14C    IB3174\\n4471203412    14D    IB3174¦4471203398",
      "NAME PHONE ORDER\\nAnn Lowe     07911 123456    4471209812¦4471209812"})
  void quiet(String raw, String value) {
    String text = unescape(raw);
    List<PiiSpan> spans = D.find(text);
    int at = text.indexOf(value);
    assertTrue(at >= 0, "bad case");
    assertFalse(spans.stream().anyMatch(s -> s.start() < at + value.length() && s.end() > at),
        () -> "flagged '" + value + "' in " + describe(text, spans));
  }

  @Test
  void bookingRowAfterLicenceRowIsNoLicence() {
    // the one case that shows the mechanism: without the row's own type cell, "DL" of the row above made the
    // booking number a licence number on main d85b7a9
    String t = "Traveller       Doc type       Doc no.\nBen Lowe        DL             C2290447\n"
        + "Cat Lowe        Booking        4471209812";
    List<PiiSpan> spans = D.find(t);
    assertTrue(spans.stream().noneMatch(s -> s.type().equals(PiiEntity.US_DRIVER_LICENSE)
        && t.substring(s.start(), s.end()).equals("4471209812")), () -> describe(t, spans));
  }

  private static final String[] PIECES = {"{", "}", "[", "]", "\"", ":", ",", " ", "  ", "   ", "\n", "\t", "|",
      "- ", "kind", "type", "number", "value", "no.", "passport", "DL", "booking", "P", "447120981", "C4R7K2290",
      "\\", "NAME", "DOB", "PASSPORT", ";"};

  private static Gen<String> texts() {
    Gen<String> piece = integers().between(0, PIECES.length - 1).map(i -> PIECES[i]);
    return lists().of(piece).ofSizeBetween(0, 80).map(l -> String.join("", l));
  }

  /** Broken JSON, YAML and tables: spans stay inside the text, ordered and apart; nothing throws. */
  @Test
  void brokenStructuresAreSafe() {
    qt().withFixedSeed(2026112821L).withExamples(3000).forAll(texts()).checkAssert(t -> {
      List<PiiSpan> spans = D.find(t);
      int last = 0;
      for (PiiSpan s : spans) {
        assertTrue(s.start() >= last && s.end() <= t.length() && s.start() < s.end(), () -> describe(t, spans));
        last = s.end();
      }
    });
  }
}
