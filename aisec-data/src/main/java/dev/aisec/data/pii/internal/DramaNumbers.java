package dev.aisec.data.pii.internal;

import java.util.Set;

/**
 * The United Kingdom's telephone numbers for drama: Ofcom keeps blocks of ten-digit national numbers that are never
 * given to a subscriber so that films, plays and examples can print realistic numbers ({@code 07700 900123},
 * {@code 020 7946 0123}, {@code 0113 496 0123}). libphonenumber reads them as unassigned and so not valid, but they
 * are exactly what people write in sample and test data, and a text holding one still shows where a phone number
 * stands: the detector treats them as valid UK numbers. Each block is one seven-digit prefix of the national
 * significant number (without the trunk 0) followed by any three digits. Immutable and thread-safe.
 */
final class DramaNumbers {

  private DramaNumbers() {}

  /** Seven-digit prefixes of the drama blocks: mobile, the geographic ones, then freephone, premium and UK-wide. */
  private static final Set<String> BLOCKS = Set.of("7700900", "1134960", "1144960", "1154960", "1164960", "1174960",
      "1184960", "1214960", "1314960", "1414960", "1514960", "1614960", "1914980", "2079460", "1632960", "2896496",
      "2920180", "8081570", "9098790", "3069990");

  /** Whether {@code nsn} (digits only) is a ten-digit national significant number in a drama block. */
  static boolean nationalSignificant(CharSequence nsn, int from) {
    if (nsn.length() - from != 10) {
      return false;
    }
    for (int k = from; k < nsn.length(); k++) {
      if (!Engine.isDigit(nsn.charAt(k))) {
        return false;
      }
    }
    return BLOCKS.contains(nsn.subSequence(from, from + 7).toString());
  }

  /** Whether the digits of a national number ({@code 07700900482}) are a drama number with its trunk 0. */
  static boolean national(String digits) {
    return digits != null && digits.length() == 11 && digits.charAt(0) == '0' && nationalSignificant(digits, 1);
  }

  /**
   * Whether a compacted international number ({@code +447700900482}, or {@code +4407700900482} from
   * {@code +44 (0)7700 …}) is a UK drama number.
   */
  static boolean international(String compact) {
    if (!compact.startsWith("+44")) {
      return false;
    }
    int from = compact.length() == 14 && compact.charAt(3) == '0' ? 4 : 3;
    return nationalSignificant(compact, from);
  }
}
