package dev.aisec.data.pii.internal;

import com.google.i18n.phonenumbers.Phonemetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cheap, sound reject of a national number (no {@code +}) for one region before libphonenumber parses it. For
 * digits {@code D} (the number without its separators), {@code parse(num, region)} keeps {@code D} whole as the
 * national significant number when {@code D} neither starts with a match of the region's international (IDD)
 * prefix, nor with the region's calling code, nor with a match of its national prefix for parsing; such a parse
 * throws nothing (7-15 digits), and {@code isValidNumberForRegion} is then false when {@code D} fails the first test
 * of its type check, the region's general description: its length is not one of the listed possible lengths, or
 * {@code D} does not match the description's national number pattern as a whole (libphonenumber's own test, here
 * with a pattern compiled once instead of its small regex cache). Only these cases are rejected here; every other
 * number goes to libphonenumber as before. Immutable and thread-safe.
 */
final class RegionGate {

  private final long lengths;
  private final String callingCode;
  private final Pattern idd;
  private final Pattern nationalPrefix;
  /** The general description's national number pattern, or null when it is empty (not used then). */
  private final Pattern general;

  private RegionGate(long lengths, String callingCode, Pattern idd, Pattern nationalPrefix, Pattern general) {
    this.lengths = lengths;
    this.callingCode = callingCode;
    this.idd = idd;
    this.nationalPrefix = nationalPrefix;
    this.general = general;
  }

  /** The gate of {@code region}, or null when its metadata gives no usable length list (never rejects then). */
  static RegionGate of(String region) {
    Phonemetadata.PhoneMetadata md;
    try {
      md = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource()
          .getMetadataForRegion(region);
    } catch (RuntimeException e) {
      return null;
    }
    if (md == null || md.getGeneralDesc() == null) {
      return null;
    }
    List<Integer> possible = md.getGeneralDesc().getPossibleLengthList();
    if (possible.isEmpty()) {
      return null;
    }
    long lengths = 0;
    for (int len : possible) {
      if (len < 0 || len > 63) {
        return null;
      }
      lengths |= 1L << len;
    }
    try {
      Pattern idd = Pattern.compile(md.getInternationalPrefix());
      String np = md.getNationalPrefixForParsing();
      Pattern nationalPrefix = np == null || np.isEmpty() ? null : Pattern.compile(np);
      String gp = md.getGeneralDesc().getNationalNumberPattern();
      Pattern general = gp == null || gp.isEmpty() ? null : Pattern.compile(gp);
      return new RegionGate(lengths, String.valueOf(md.getCountryCode()), idd, nationalPrefix, general);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The ASCII digits of {@code num} when it holds only ASCII digits and the separators a phone span may hold (space,
   * no-break space, {@code - . / ( )}), and 7 to 15 digits; else null (no gate applies).
   */
  static String digits(String num) {
    StringBuilder b = null;
    int n = 0;
    for (int i = 0; i < num.length(); i++) {
      char c = num.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
        if (b != null) {
          b.append(c);
        }
      } else if (c == ' ' || c == '\u00a0' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')') {
        if (b == null) {
          b = new StringBuilder(num.length()).append(num, 0, i);
        }
      } else {
        return null;
      }
    }
    if (n < 7 || n > 15) {
      return null;
    }
    return b == null ? num : b.toString();
  }

  /** True only when libphonenumber's parse of these digits for this region is sure to give an invalid number. */
  boolean surelyInvalid(String d) {
    boolean failsGeneral = (lengths & (1L << d.length())) == 0 || general != null && !general.matcher(d).matches();
    return failsGeneral && !d.startsWith(callingCode) && !idd.matcher(d).lookingAt()
        && (nationalPrefix == null || !nationalPrefix.matcher(d).lookingAt());
  }
}
