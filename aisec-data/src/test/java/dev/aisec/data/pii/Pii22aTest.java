package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.describe;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 22 (pii22a): layouts of driving-licence numbers of more states and countries (a state letter apart from the
 * digit groups, a letter-and-digits prefix group followed by digit groups, one letter and a dash, the Portuguese check
 * digit, the licence labels DLN / OLN / CDL / Fahrerlaubnis, a Spanish licence that carries the DNI number), the
 * nearest document word deciding between a passport and an identity card, and reference numbers that are no phone
 * numbers (bank codes, SEPA mandates, case and file numbers, company registers, German and Dutch compounds naming a
 * contract, order or invoice), passport labels and documents next to a passport (visas, residence permits), and
 * token prefixes of more vendors, keys naming orders and references, subnet masks. Every value is made up here (the DNI's letter computed with
 * aisec-data/tools/handset8.py); none is a line of an evaluation set. Each case of {@code exact} and {@code quiet}
 * above the guard comment failed on main d0ca75e; the guards passed there and must keep passing.
 */
class Pii22aTest {

  private static final PiiDetector D = PiiDetector.standard();

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
      "Operator license (MI): K 402 118 593 260 => K 402 118 593 260 => US_DRIVER_LICENSE",
      "DLN 230 771 845 (NY) => 230 771 845 => US_DRIVER_LICENSE",
      "PP# 661204587 => 661204587 => US_PASSPORT",
      "paspoortnr. NXK6612R4 => NXK6612R4 => US_PASSPORT",
      "Travel document: X6612045 => X6612045 => US_PASSPORT",
      "webhook: whsec_Q7fLm2pRt9XwZk4VbN8cYd3HsJ6eUa1G => whsec_Q7fLm2pRt9XwZk4VbN8cYd3HsJ6eUa1G => API_KEY",
      "Mailgun key-3f9a27c1d84e6b05a2c9f7e13d6b8a40 in the config => key-3f9a27c1d84e6b05a2c9f7e13d6b8a40 => API_KEY",
      "lin_api_R4tY8uIo2pAs6dFg0hJk3lZx7cVb5nMq9wEr => lin_api_R4tY8uIo2pAs6dFg0hJk3lZx7cVb5nMq9wEr => API_KEY",
      "sq0atp-Zq3Wx7Ec1Rv5Tb9Yn2Um6I => sq0atp-Zq3Wx7Ec1Rv5Tb9Yn2Um6I => API_KEY",
      "CDL: B30127745 => B30127745 => US_DRIVER_LICENSE",
      "OLN: H7712034 => H7712034 => US_DRIVER_LICENSE",
      "Fahrerlaubnis-Nr. F115RTZ3K82 => F115RTZ3K82 => US_DRIVER_LICENSE",
      "License: T2290 77412 60318 => T2290 77412 60318 => US_DRIVER_LICENSE",
      "MD licence M-302-771-845-126, exp. 2029 => M-302-771-845-126 => US_DRIVER_LICENSE",
      "Carta de condução n.º P-3377120 5 => P-3377120 5 => US_DRIVER_LICENSE",
      "Permiso de conducir: 47120385D => 47120385D => US_DRIVER_LICENSE",
      "name,licence_no\\nAl Bo,M-302-771-845-126 => M-302-771-845-126 => US_DRIVER_LICENSE",
      "Driver   State   License\\nAl Bo    MI      K 402 118 593 260 => K 402 118 593 260 => US_DRIVER_LICENSE",
      // guards
      "DL 123 456 789 => 123 456 789 => US_DRIVER_LICENSE",
      "Führerschein B072RRE2I55 seit 2019 => B072RRE2I55 => US_DRIVER_LICENSE",
      "DNI 47120385D => 47120385D => ES_NIF",
      "Rufnummer 0176 55201187 => 0176 55201187 => PHONE_NUMBER",
      "Reisepass-Nr. C7K1N9R2T => C7K1N9R2T => US_PASSPORT",
      "il mio numero 347 218 6604 => 347 218 6604 => PHONE_NUMBER",
      "Telefon (Retouren): 030 5520118 => 030 5520118 => PHONE_NUMBER",
      "order_phone: 0687120455 => 0687120455 => PHONE_NUMBER",
      // (added after the honest set's final scoring: main found this number; the register word "NIF" of the line
      // above, a phone-negative word since this round, held it back until the Portuguese mobile word became a cue)
      "NIF: 245 901 118\\nTelemóvel: 936 221 047 => 936 221 047 => PHONE_NUMBER",
      "netmask 255.255.255.0 gateway 192.168.7.1 => 192.168.7.1 => IP_ADDRESS",
      "from 255.255.1.0 => 255.255.1.0 => IP_ADDRESS"})
  void exact(String raw, String value, String type) {
    String text = unescape(raw);
    List<PiiSpan> spans = D.find(text);
    int at = text.indexOf(value);
    assertTrue(at >= 0, "bad case");
    assertTrue(spans.stream().anyMatch(s -> s.type().equals(type) && s.start() == at
        && s.end() == at + value.length()), () -> "not exactly " + type + " '" + value + "' in " + describe(text, spans));
  }

  /** Values that must not be reported as the type given. */
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
      "Reisepass C7K1N9R2T; Personalausweis L01X00T47 => L01X00T47 => US_PASSPORT",
      "Permiso de conducir: 47120385D => 47120385D => ES_NIF",
      "BLZ 370 501 98 => 370 501 98 => PHONE_NUMBER",
      "Mietvertrag 3344-5120-77 => 3344-5120-77 => PHONE_NUMBER",
      "huurcontract 3344 5120 77 => 3344 5120 77 => PHONE_NUMBER",
      "Mandatsreferenz 3344 5120 77 => 3344 5120 77 => PHONE_NUMBER",
      "Numero pratica 3344 5120 77 => 3344 5120 77 => PHONE_NUMBER",
      "Incident number 3344 5120 77 => 3344 5120 77 => PHONE_NUMBER",
      "SIREN 732 829 320 => 732 829 320 => PHONE_NUMBER",
      "NIF empresa 509 442 013 => 509 442 013 => PHONE_NUMBER",
      "Kd.-Nr. 3344 5120 77 => 3344 5120 77 => PHONE_NUMBER",
      "Rif. 3344 5120 77 => 3344 5120 77 => PHONE_NUMBER",
      "Réf. 3344 5120 77 => 3344 5120 77 => PHONE_NUMBER",
      "numero ordine 3344 5120 77 => 3344 5120 77 => PHONE_NUMBER",
      "Retoure: 3344 5120 77 => 3344 5120 77 => PHONE_NUMBER",
      "Passport: 661204587 / Visa: 6612045871 => 6612045871 => US_PASSPORT",
      "Passport: C66120458 (DEU), Personalausweis-Nr. L6612045K => L6612045K => US_PASSPORT",
      "Charge 3344 5120 77, haltbar bis 2027 => 3344 5120 77 => PHONE_NUMBER",
      "SN: 3344 5120 77 => 3344 5120 77 => PHONE_NUMBER",
      "Buchungsbestätigung 3344 5120 77 => 3344 5120 77 => PHONE_NUMBER",
      "docket 3344 5120 77 => 3344 5120 77 => PHONE_NUMBER",
      "order_no: 3344 5120 77 => 3344 5120 77 => PHONE_NUMBER",
      "booking_ref: \"0687120455\" => 0687120455 => PHONE_NUMBER",
      "netmask 255.255.255.0 gateway 192.168.7.1 => 255.255.255.0 => IP_ADDRESS",
      "route add 0.0.0.0/0 via 192.168.7.1 => 0.0.0.0 => IP_ADDRESS",
      // guards
      "Leasingvertragsnummer: 3344 5120 77 => 3344 5120 77 => PHONE_NUMBER",
      "Führerschein B072RRE2I55 2019 => 2019 => US_DRIVER_LICENSE",
      "License: MIT 2.0 => 2.0 => US_DRIVER_LICENSE",
      "see key-rotation-2024-policy-document-v2-final.pdf => key-rotation-2024-policy-document-v2-final => API_KEY",
      "whsec_test => whsec_test => API_KEY"})
  void quiet(String raw, String value, String type) {
    String text = unescape(raw);
    List<PiiSpan> spans = D.find(text);
    int at = text.indexOf(value);
    assertTrue(at >= 0, "bad case");
    assertTrue(spans.stream().noneMatch(s -> s.type().equals(type) && s.start() < at + value.length()
        && at < s.end()), () -> "reported " + type + " over '" + value + "' in " + describe(text, spans));
  }
}
