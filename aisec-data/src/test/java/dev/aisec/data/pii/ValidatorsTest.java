package dev.aisec.data.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Golden values for every validator: published test numbers and one-character corruptions. */
class ValidatorsTest {

  @Test
  void luhnAndBrands() {
    assertTrue(Validators.luhn("4111111111111111"));
    assertFalse(Validators.luhn("4111111111111112"));
    assertEquals("VISA", Validators.cardBrand("4111111111111111"));
    assertEquals("AMEX", Validators.cardBrand("378282246310005"));
    assertEquals("MASTERCARD", Validators.cardBrand("5555555555554444"));
    assertEquals("MASTERCARD", Validators.cardBrand("2223003122003222"));
    assertEquals("DISCOVER", Validators.cardBrand("6011111111111117"));
    assertEquals("JCB", Validators.cardBrand("3530111333300000"));
    assertEquals("DINERS", Validators.cardBrand("30569309025904"));
    assertNull(Validators.cardBrand("9111111111111111"));
    assertNull(Validators.cardBrand("41111111111"));
  }

  @Test
  void iban() {
    assertTrue(Validators.iban("GB82WEST12345698765432"));
    assertTrue(Validators.iban("GB82 WEST 1234 5698 7654 32"));
    assertTrue(Validators.iban("DE89370400440532013000"));
    assertTrue(Validators.iban("de89370400440532013000"));
    assertFalse(Validators.iban("DE89370400440532013001"));
    assertFalse(Validators.iban("DE8937040044053201300"));
    assertFalse(Validators.iban("XX89370400440532013000"));
    assertEquals(22, Validators.ibanLength("DE"));
  }

  @Test
  void usNumbers() {
    assertTrue(Validators.usSsn(536, 22, 1234));
    assertFalse(Validators.usSsn(0, 22, 1234));
    assertFalse(Validators.usSsn(666, 22, 1234));
    assertFalse(Validators.usSsn(901, 22, 1234));
    assertFalse(Validators.usSsn(536, 0, 1234));
    assertFalse(Validators.usSsn(536, 22, 0));
    assertFalse(Validators.usSsn(78, 5, 1120));
    assertTrue(Validators.usItin(912, 70, 1234));
    assertFalse(Validators.usItin(912, 69, 1234));
  }

  @Test
  void ukNumbers() {
    assertTrue(Validators.ukNhs("9434765919"));
    assertFalse(Validators.ukNhs("9434765918"));
    assertTrue(Validators.ukNino("AB123456C"));
    assertTrue(Validators.ukNino("AB 12 34 56 C"));
    assertFalse(Validators.ukNino("QQ123456C"));
    assertFalse(Validators.ukNino("GB123456A"));
    assertFalse(Validators.ukNino("AB123456E"));
  }

  @Test
  void nationalIds() {
    assertTrue(Validators.deTaxId("86095742719"));
    assertFalse(Validators.deTaxId("86095742718"));
    assertTrue(Validators.frNir("255081416802538"));
    assertFalse(Validators.frNir("255081416802539"));
    assertTrue(Validators.esDniNie("12345678Z"));
    assertFalse(Validators.esDniNie("12345678A"));
    assertTrue(Validators.esDniNie("X1234567L"));
    assertTrue(Validators.itCodiceFiscale("RSSMRA85T10A562S"));
    assertFalse(Validators.itCodiceFiscale("RSSMRA85T10A562T"));
    assertTrue(Validators.nlBsn("111222333"));
    assertFalse(Validators.nlBsn("111222334"));
    assertTrue(Validators.verhoeff("2363"));
    assertFalse(Validators.verhoeff("2364"));
    assertTrue(Validators.inPan("ABCPE1234F"));
    assertFalse(Validators.inPan("ABCXE1234F"));
    assertTrue(Validators.auTfn("123456782"));
    assertFalse(Validators.auTfn("123456783"));
    assertTrue(Validators.auAbn("51824753556"));
    assertFalse(Validators.auAbn("51824753557"));
    assertTrue(Validators.auMedicare("2123456701"));
    assertTrue(Validators.caSin("130692544"));
    assertFalse(Validators.caSin("130692545"));
    assertFalse(Validators.caSin("046454286"));
    assertTrue(Validators.sgNric("S1234567D"));
    assertTrue(Validators.sgNric("T1234567J"));
    assertFalse(Validators.sgNric("S1234567A"));
  }

  @Test
  void network() {
    assertTrue(Validators.ipv4("192.168.0.1"));
    assertTrue(Validators.ipv4("0.0.0.0"));
    assertFalse(Validators.ipv4("256.1.1.1"));
    assertFalse(Validators.ipv4("01.2.3.4"));
    assertFalse(Validators.ipv4("1.2.3"));
    assertFalse(Validators.ipv4("1.2.3.4.5"));
    assertTrue(Validators.ipv6("2001:db8::1"));
    assertTrue(Validators.ipv6("::1"));
    assertTrue(Validators.ipv6("fe80:0:0:0:202:b3ff:fe1e:8329"));
    assertTrue(Validators.ipv6("::ffff:192.0.2.128"));
    assertFalse(Validators.ipv6("12:30:45"));
    assertFalse(Validators.ipv6("1::2::3"));
    assertFalse(Validators.ipv6("12345::1"));
  }

  @Test
  void crypto() {
    assertTrue(Validators.base58Check("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"));
    assertFalse(Validators.base58Check("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb"));
    assertTrue(Validators.bech32("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"));
    assertFalse(Validators.bech32("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp"));
    assertTrue(Validators.eip55("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
    assertFalse(Validators.eip55("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"));
    assertTrue(Validators.eip55("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"));
  }
}
