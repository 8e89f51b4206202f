package dev.aisec.data.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine's shortcut for {@code isValidNumber} answers exactly as libphonenumber does. */
class PhoneValidityTest {

  @Test
  void sameAnswerAsLibphonenumberForEveryCallingCode() {
    PhoneNumberUtil u = PhoneNumberUtil.getInstance();
    Random r = new Random(7);
    int valid = 0;
    for (int cc : u.getSupportedCallingCodes()) {
      for (String region : u.getRegionCodesForCountryCode(cc)) {
        if ("001".equals(region)) {
          continue;
        }
        Phonenumber.PhoneNumber ex = u.getExampleNumberForType(region, PhoneNumberUtil.PhoneNumberType.MOBILE);
        if (ex != null) {
          assertEquals(u.isValidNumber(ex), Engine.isValidNumber(ex), ex.toString());
          valid += u.isValidNumber(ex) ? 1 : 0;
        }
        ex = u.getExampleNumber(region);
        if (ex != null) {
          assertEquals(u.isValidNumber(ex), Engine.isValidNumber(ex), ex.toString());
        }
      }
      for (int k = 0; k < 40; k++) {
        Phonenumber.PhoneNumber p = new Phonenumber.PhoneNumber().setCountryCode(cc)
            .setNationalNumber(Math.abs(r.nextLong()) % 10_000_000_000L + (k % 2 == 0 ? 0 : 1_000_000));
        assertEquals(u.isValidNumber(p), Engine.isValidNumber(p), p.toString());
      }
    }
    assertEquals(true, valid > 100);
  }

  @Test
  void compactNumberParsesToTheSameNumber() throws Exception {
    PhoneNumberUtil u = PhoneNumberUtil.getInstance();
    Random r = new Random(11);
    String[] seps = {" ", "-", ".", "/", "(", ")", " (", ") ", " - ", "  "};
    int checked = 0;
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder(r.nextInt(4) == 0 ? "(+" : "+");
      int digits = 2 + r.nextInt(16);
      for (int d = 0; d < digits; d++) {
        if (d > 0 && r.nextInt(3) == 0) {
          b.append(seps[r.nextInt(seps.length)]);
        }
        b.append((char) ('0' + (d == 0 ? 1 + r.nextInt(9) : r.nextInt(10))));
      }
      if (r.nextInt(5) == 0) {
        b.append(')');
      }
      String num = b.toString();
      String slim = Engine.compact(num);
      String a;
      String c;
      try {
        Phonenumber.PhoneNumber p = u.parse(num, "ZZ");
        a = p.toString() + u.isValidNumber(p);
      } catch (com.google.i18n.phonenumbers.NumberParseException e) {
        a = e.getErrorType().toString();
      }
      try {
        Phonenumber.PhoneNumber p = u.parse(slim, "ZZ");
        c = p.toString() + u.isValidNumber(p);
      } catch (com.google.i18n.phonenumbers.NumberParseException e) {
        c = e.getErrorType().toString();
      }
      assertEquals(a, c, num);
      checked++;
    }
    assertEquals(20_000, checked);
  }
}
