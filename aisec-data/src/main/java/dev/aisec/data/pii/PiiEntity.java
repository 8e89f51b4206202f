package dev.aisec.data.pii;

import java.util.Set;

/**
 * The entity types the built-in recognizers report. Names follow Microsoft Presidio's so that users can switch;
 * national identifiers use Presidio's country-prefixed style. Custom recognizers may report any other upper-case
 * type.
 */
public final class PiiEntity {

  private PiiEntity() {}

  public static final String EMAIL_ADDRESS = "EMAIL_ADDRESS";
  public static final String PHONE_NUMBER = "PHONE_NUMBER";
  public static final String CREDIT_CARD = "CREDIT_CARD";
  public static final String IBAN_CODE = "IBAN_CODE";
  public static final String US_SSN = "US_SSN";
  public static final String US_ITIN = "US_ITIN";
  public static final String US_PASSPORT = "US_PASSPORT";
  public static final String US_DRIVER_LICENSE = "US_DRIVER_LICENSE";
  public static final String UK_NHS = "UK_NHS";
  public static final String UK_NINO = "UK_NINO";
  public static final String IP_ADDRESS = "IP_ADDRESS";
  public static final String MAC_ADDRESS = "MAC_ADDRESS";
  public static final String URL = "URL";
  public static final String CRYPTO = "CRYPTO";
  public static final String DATE_TIME = "DATE_TIME";
  public static final String PERSON = "PERSON";
  public static final String LOCATION = "LOCATION";
  public static final String API_KEY = "API_KEY";
  public static final String DE_TAX_ID = "DE_TAX_ID";
  public static final String FR_NIR = "FR_NIR";
  /** A Spanish DNI (eight digits and the mod-23 letter), Presidio's {@code ES_NIF}. */
  public static final String ES_NIF = "ES_NIF";
  /** A Spanish NIE (X, Y or Z, seven digits and the mod-23 letter), Presidio's {@code ES_NIE}. */
  public static final String ES_NIE = "ES_NIE";
  public static final String IT_FISCAL_CODE = "IT_FISCAL_CODE";
  public static final String NL_BSN = "NL_BSN";
  public static final String IN_AADHAAR = "IN_AADHAAR";
  public static final String IN_PAN = "IN_PAN";
  public static final String AU_TFN = "AU_TFN";
  public static final String AU_ABN = "AU_ABN";
  public static final String AU_MEDICARE = "AU_MEDICARE";
  public static final String CA_SIN = "CA_SIN";
  public static final String SG_NRIC_FIN = "SG_NRIC_FIN";

  /** Every built-in type. */
  public static final Set<String> ALL = Set.of(EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, IBAN_CODE, US_SSN, US_ITIN,
      US_PASSPORT, US_DRIVER_LICENSE, UK_NHS, UK_NINO, IP_ADDRESS, MAC_ADDRESS, URL, CRYPTO, DATE_TIME, PERSON,
      LOCATION, API_KEY, DE_TAX_ID, FR_NIR, ES_NIF, ES_NIE, IT_FISCAL_CODE, NL_BSN, IN_AADHAAR, IN_PAN, AU_TFN, AU_ABN,
      AU_MEDICARE, CA_SIN, SG_NRIC_FIN);
}
