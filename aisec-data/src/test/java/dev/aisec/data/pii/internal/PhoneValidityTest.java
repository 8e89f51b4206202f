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
}
