package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aisec.data.pii.PiiEntity;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * National phone validity with the region gates ({@link RegionGate}) is libphonenumber's answer over every region
 * ({@link Engine#validNationalFull}), for numbers of every shape the phone recognizer sends: trunk zeros, IDD
 * prefixes (00, 011, 0011, Australia's 14xx, Finland's 99x), numbers starting with a region's calling code,
 * separators and brackets.
 */
class RegionGateTest {

  private static final String[] STARTS = {"0", "00", "000", "011", "0011", "001", "14", "1411", "99", "995", "1",
      "44", "49", "33", "34", "39", "31", "91", "61", "65", "41", "43", "32", "353", "46", "45", "47", "358", "48",
      "351", "2", "3", "5", "6", "7", "8", "9", "07", "06", "020", "030", "0176", "04", "08", ""};

  static String number(Random r) {
    StringBuilder d = new StringBuilder(STARTS[r.nextInt(STARTS.length)]);
    int len = 7 + r.nextInt(9);
    while (d.length() < len) {
      d.append((char) ('0' + r.nextInt(10)));
    }
    if (d.length() > 15) {
      d.setLength(15);
    }
    StringBuilder b = new StringBuilder();
    boolean paren = r.nextInt(6) == 0;
    for (int i = 0; i < d.length(); i++) {
      if (i == 0 && paren) {
        b.append('(');
      }
      b.append(d.charAt(i));
      if (paren && i == 2) {
        b.append(") ");
      } else if (i < d.length() - 1 && r.nextInt(4) == 0) {
        b.append(new String[] {" ", "-", ".", "/", "\u00a0", " / "}[r.nextInt(6)]);
      }
    }
    return b.toString();
  }

  @Test
  void gatedAnswerIsLibphonenumbersForTheDefaultRegions() {
    Engine e = new Engine(Set.of(PiiEntity.PHONE_NUMBER), 5, List.of("US", "GB", "DE", "FR", "ES", "IT", "NL", "IN",
        "AU", "CA", "SG", "CH", "AT", "BE", "IE", "SE", "DK", "NO", "FI", "PL", "PT"));
    Random r = new Random(15);
    int valid = 0;
    for (int k = 0; k < 6_000; k++) {
      String num = number(r);
      boolean want = e.validNationalFull(num);
      assertEquals(want, e.validNational(num), num);
      valid += want ? 1 : 0;
    }
    assertTrue(valid > 300, "valid " + valid);
    assertTrue(e.validNational("212 555 0199") == e.validNationalFull("212 555 0199"));
  }

  @Test
  void gatedAnswerIsLibphonenumbersForEveryExampleNumber() {
    // libphonenumber's example number of every type of every region, written nationally and as bare digits (valid
    // numbers of each type branch), and each with a digit changed or dropped
    com.google.i18n.phonenumbers.PhoneNumberUtil u = com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();
    List<String> all = List.of("US", "GB", "DE", "FR", "ES", "IT", "NL", "IN", "AU", "CA", "SG", "CH", "AT", "BE", "IE",
        "SE", "DK", "NO", "FI", "PL", "PT");
    Engine e = new Engine(Set.of(PiiEntity.PHONE_NUMBER), 5, all);
    int checked = 0;
    int valid = 0;
    for (String region : all) {
      Engine one = new Engine(Set.of(PiiEntity.PHONE_NUMBER), 5, List.of(region));
      for (com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType type
          : com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType.values()) {
        com.google.i18n.phonenumbers.Phonenumber.PhoneNumber ex = u.getExampleNumberForType(region, type);
        if (ex == null) {
          continue;
        }
        String national = u.format(ex, com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
        String bare = u.getNationalSignificantNumber(ex);
        for (String num : List.of(national, bare, bare.substring(1), bare.substring(0, bare.length() - 1) + "0",
            "9" + bare.substring(1))) {
          if (RegionGate.digits(num) == null) {
            continue;
          }
          boolean want = e.validNationalFull(num);
          assertEquals(want, e.validNational(num), region + " " + type + " " + num);
          assertEquals(one.validNationalFull(num), one.validNational(num), region + " " + type + " " + num);
          checked++;
          valid += want ? 1 : 0;
        }
      }
    }
    assertTrue(checked > 500, "checked " + checked);
    assertTrue(valid > 200, "valid " + valid);
  }

  @Test
  void gatedAnswerIsLibphonenumbersForOtherRegionLists() {
    Random r = new Random(16);
    for (List<String> regions : List.of(List.of("FI", "AU", "US"), List.of("BR", "AR", "MX", "JP", "KR", "ZA"),
        List.of("RU", "KZ", "CN", "HK", "TW", "IL", "TR"))) {
      Engine e = new Engine(Set.of(PiiEntity.PHONE_NUMBER), 5, regions);
      for (int k = 0; k < 1_500; k++) {
        String num = number(r);
        assertEquals(e.validNationalFull(num), e.validNational(num), regions + " " + num);
      }
    }
  }

  @Test
  void digitsOnlyForPlainPhoneShapes() {
    assertEquals("2125550199", RegionGate.digits("(212) 555-0199"));
    assertEquals("0301234567", RegionGate.digits("030 / 1234567"));
    assertNull(RegionGate.digits("212 555 0199 x12"));
    assertNull(RegionGate.digits("123456"));
    assertNull(RegionGate.digits("1234567890123456"));
  }
}
