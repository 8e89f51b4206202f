package dev.aisec.data.pii.internal;

import com.google.i18n.phonenumbers.Phonemetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.List;
import java.util.regex.Pattern;

/**
 * libphonenumber's national validity for one region, answered without its parse where that parse is known to keep
 * the digits whole. For digits {@code D} (a number without its separators, 7-15 digits, no {@code +}),
 * {@code parse(num, region)} keeps {@code D} whole as the national significant number when {@code D} neither starts
 * with a match of the region's international (IDD) prefix, nor with the region's calling code, nor with a match of
 * its national prefix for parsing; such a parse throws nothing, and {@code isValidNumberForRegion} is then whether
 * {@code D} matches the region's general description and one of its number types (premium rate, toll free, shared
 * cost, VoIP, personal, pager, UAN, voicemail, fixed line, or mobile when mobile and fixed-line patterns differ),
 * each test being libphonenumber's: the type's possible lengths when listed, then its national number pattern
 * matching {@code D} as a whole (an empty pattern matches nothing). The patterns are compiled once here instead of
 * going through libphonenumber's small regex cache. Every other number goes to libphonenumber as before
 * ({@link #validWhole} answers -1). Immutable and thread-safe.
 */
final class RegionGate {

  /** One number description: its possible lengths (bits; 0 when none are listed) and its pattern (null: empty). */
  private static final class Desc {
    final long lengths;
    final boolean anyLength;
    final Pattern pattern;

    Desc(long lengths, boolean anyLength, Pattern pattern) {
      this.lengths = lengths;
      this.anyLength = anyLength;
      this.pattern = pattern;
    }

    /** libphonenumber's {@code isNumberMatchingDesc}. */
    boolean matches(String d) {
      if (!anyLength && (lengths & (1L << d.length())) == 0) {
        return false;
      }
      return pattern != null && pattern.matcher(d).matches();
    }

    static Desc of(Phonemetadata.PhoneNumberDesc desc) {
      if (desc == null) {
        return null;
      }
      List<Integer> possible = desc.getPossibleLengthList();
      long lengths = 0;
      for (int len : possible) {
        if (len >= 0 && len < 64) {
          lengths |= 1L << len;
        } else if (len != -1) {
          return null; // a length this gate cannot represent: leave the region to libphonenumber
        }
      }
      String p = desc.getNationalNumberPattern();
      return new Desc(lengths, possible.isEmpty(), p == null || p.isEmpty() ? null : Pattern.compile(p));
    }
  }

  private final String callingCode;
  private final Pattern idd;
  private final Pattern nationalPrefix;
  private final Desc general;
  /** Premium rate, toll free, shared cost, VoIP, personal number, pager, UAN, voicemail, fixed line. */
  private final Desc[] types;
  private final Desc mobile;
  private final boolean sameMobileAndFixedLine;

  private RegionGate(String callingCode, Pattern idd, Pattern nationalPrefix, Desc general, Desc[] types,
      Desc mobile, boolean sameMobileAndFixedLine) {
    this.callingCode = callingCode;
    this.idd = idd;
    this.nationalPrefix = nationalPrefix;
    this.general = general;
    this.types = types;
    this.mobile = mobile;
    this.sameMobileAndFixedLine = sameMobileAndFixedLine;
  }

  /** The gate of {@code region}, or null when its metadata is missing or unusable (libphonenumber answers then). */
  static RegionGate of(String region) {
    try {
      Phonemetadata.PhoneMetadata md = DefaultMetadataDependenciesProvider.getInstance()
          .getPhoneNumberMetadataSource().getMetadataForRegion(region);
      if (md == null) {
        return null;
      }
      Desc general = Desc.of(md.getGeneralDesc());
      Desc[] types = {Desc.of(md.getPremiumRate()), Desc.of(md.getTollFree()), Desc.of(md.getSharedCost()),
          Desc.of(md.getVoip()), Desc.of(md.getPersonalNumber()), Desc.of(md.getPager()), Desc.of(md.getUan()),
          Desc.of(md.getVoicemail()), Desc.of(md.getFixedLine())};
      Desc mobile = Desc.of(md.getMobile());
      if (general == null || mobile == null) {
        return null;
      }
      for (Desc t : types) {
        if (t == null) {
          return null;
        }
      }
      Pattern idd = Pattern.compile(md.getInternationalPrefix());
      String np = md.getNationalPrefixForParsing();
      Pattern nationalPrefix = np == null || np.isEmpty() ? null : Pattern.compile(np);
      return new RegionGate(String.valueOf(md.getCountryCode()), idd, nationalPrefix, general, types, mobile,
          md.getSameMobileAndFixedLinePattern());
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

  /**
   * libphonenumber's {@code isValidNumberForRegion(parse(num, region), region)} for the digits {@code d} of
   * {@code num}: 1 valid, 0 not, or -1 when the parse might not keep the digits whole (ask libphonenumber).
   */
  int validWhole(String d) {
    if (d.startsWith(callingCode) || idd.matcher(d).lookingAt()
        || nationalPrefix != null && nationalPrefix.matcher(d).lookingAt()) {
      return -1;
    }
    if (!general.matches(d)) {
      return 0;
    }
    for (Desc t : types) {
      if (t.matches(d)) {
        return 1;
      }
    }
    return !sameMobileAndFixedLine && mobile.matches(d) ? 1 : 0;
  }
}
