package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases of the nineteenth round (lead, from the failure classes of two independent probes): numbers under a
 * key, label or column that names another kind of number are no phone numbers (a rejected identifier, a bank routing
 * or account number, a claim number), nor is an ABN-shaped number; a public key is no secret; an ABN named earlier in
 * the sentence, a DNI in its own CSV column beside an order column, an address under a "…_host" key and a German
 * "Handynummer" are found. Every value is made up.
 */
class PiiLeadRound19Test {

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Test vectors (invalid on purpose):\\nNHS: 401 023 2138\\nTFN: 123 456 780#401 023 2138#PHONE_NUMBER",
      "Test vectors (invalid on purpose):\\nNHS: 401 023 2138\\nTFN: 123 456 780#123 456 780#PHONE_NUMBER",
      "Direct deposit routing: 026009593 (bank) - account on file#026009593#PHONE_NUMBER",
      "Versicherung: HUK\\nSchadennummer: 31-207-00518\\nUnfallort: Bremen#31-207-00518#PHONE_NUMBER",
      "Polisnummer: 2024-77120, relatienummer 204 771 093\\nNieuw adres volgt#204 771 093#PHONE_NUMBER",
      "id,full_name,sin,province\\n7,Test Person,612 450 331,ON#612 450 331#PHONE_NUMBER",
      "Student record\\nOEN: 314-159-265\\nGrade: 10#314-159-265#PHONE_NUMBER",
      "note: the client typed the SIN wrongly at first, 612-450-331, and it was rejected#612-450-331#PHONE_NUMBER",
      "Benefit paid to BSB 062-000, acct 4471 2093 this morning#4471 2093#PHONE_NUMBER",
      "Previous attempt: 35 056 009 717 (rejected by the checksum)#35 056 009 717#PHONE_NUMBER",
      "[Peer]\\nPublicKey = Qm7Zt2vK9xPa4LrN8sW3yE6uH1cJ5dF0gB2nM4kT7oA=\\nAllowedIPs = 10.8.0.2/32"
          + "#Qm7Zt2vK9xPa4LrN8sW3yE6uH1cJ5dF0gB2nM4kT7oA=#API_KEY"})
  void lookAlikesStayQuiet(String text, String value, String type) {
    assertNoTypeOn(unescape(text), value, type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "Our ABN for the Sydney office is 35 056 009 716, please update the invoice#35 056 009 716#AU_ABN",
      "nombre,apellidos,dni_nie,telefono,pedido\\nLucía,Ferrer Gil,37215840T,612 345 678,PED-118#37215840T#ES_NIF",
      "APP_PORT=8080\\nDB_HOST=10.20.3.41\\nDB_PORT=5432#10.20.3.41#IP_ADDRESS",
      "Meine Handynummer, falls was ist: 0151 2233 4455#0151 2233 4455#PHONE_NUMBER",
      "[Peer]\\nPrivateKey = Qm7Zt2vK9xPa4LrN8sW3yE6uH1cJ5dF0gB2nM4kT7oA=\\nAllowedIPs = 10.8.0.2/32"
          + "#Qm7Zt2vK9xPa4LrN8sW3yE6uH1cJ5dF0gB2nM4kT7oA=#API_KEY",
      // a phone number in a plain label line is still one
      "Name: Jonas Weber\\nTel: 0151 2233 4455#0151 2233 4455#PHONE_NUMBER",
      "anna: 0612 345 678 ruf mich an#0612 345 678#PHONE_NUMBER"})
  void valuesAreFound(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }
}
