package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static dev.aisec.data.pii.PiiTenthRoundTest.assertNoTypeOn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases of the nineteenth round (lead, from the failure classes of independent probes): numbers under a key,
 * label or column that names another kind of number are no phone numbers (a rejected identifier, a bank routing or
 * account number, a claim number), nor is an ABN- or Medicare-shaped number, a Brazilian CEP or a date with a serial;
 * a public key and the zero address are no secrets. Found: identifiers asked for on the line before, an ABN named
 * earlier in the sentence, a DNI in its own CSV column beside an order column, NIEs written with dashes or spaces, a
 * Medicare card by its grouping, identifiers under keys with a country suffix or an employer prefix, an address under
 * a "…_host" key, a German "Handynummer" and a German number with its extension. Every value is made up.
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
          + "#Qm7Zt2vK9xPa4LrN8sW3yE6uH1cJ5dF0gB2nM4kT7oA=#API_KEY",
      // a Medicare card's grouping with a wrong check digit, a Brazilian CEP, a JSON key naming a TFN
      "Old card 6301 66133 2 is cancelled#6301 66133 2#PHONE_NUMBER",
      "Avenida Paulista 1100, São Paulo - SP, 01310-100, Brasil#01310-100#PHONE_NUMBER",
      "{\"itin_us\": \"n/a\", \"tfn_au\": \"432-319-488\", \"note\": \"wrong\"}#432-319-488#PHONE_NUMBER",
      // a date and a serial, an Australian company number, the zero (burn) address
      "Vou gerar a etiqueta. Protocolo 20250311-0447.#20250311-0447#PHONE_NUMBER",
      "Harriet: ACN 004 085 616, GST registered#004 085 616#PHONE_NUMBER",
      "{\"chain\":\"ethereum\",\"contract\":\"0x0000000000000000000000000000000000000000\"}"
          + "#0x0000000000000000000000000000000000000000#CRYPTO",
      // a Medicare card number is no NHS number; a date written with spaces; a key glued to its number
      "Patient: Jack Smith\\nMedicare card no.: 4787 78935 2 IRN 1#4787 78935 2#UK_NHS",
      "Date of birth: 21 07 1999\\nAddress: Flat 12#21 07 1999#PHONE_NUMBER",
      "register token failed for user_id=88213049 device=Pixel#user_id=88213049#API_KEY",
      // company and giro numbers; a "Nummer" on the other side of the number is not its phone word
      "Imobiliária Douro Lar | NIPC 509 876 543#509 876 543#PHONE_NUMBER",
      "Vendor: Nordic Steel AB (Org.nr 556677-8899)#556677-8899#PHONE_NUMBER",
      "Payment terms 30 days net. Bankgiro 5050-1055.#5050-1055#PHONE_NUMBER",
      "Die alte Angabe auf dem Formular (56053271498) war falsch. Die Nummer ist jetzt korrigiert.#56053271498"
          + "#PHONE_NUMBER"})
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
      "anna: 0612 345 678 ruf mich an#0612 345 678#PHONE_NUMBER",
      // NIEs with their letters apart, a DNI/NIE column, a Medicare card's grouping, identifier keys with a suffix or
      // prefix, an ITIN whose next line is a licence
      "Vendedor: Pablo Ruiz   NIE: Y-4417203-K\\nComprador: otro#Y-4417203-K#ES_NIE",
      "Agente: ¿Me facilita su NIE?\\nCliente: Z 1180562 T#Z 1180562 T#ES_NIE",
      "id,nombre,DNI/NIE,provincia,importe_pendiente,pedido\\n17,Ana Gil,Y4417203K,Madrid,12.00,PED-1#Y4417203K#ES_NIE",
      "New card number 4260 18159 1, valid to 08/2031.#4260 18159 1#AU_MEDICARE",
      "{\"employer_abn\": \"35 056 009 716\", \"period\": \"2026-10\"}#35 056 009 716#AU_ABN",
      "{\"tfn_au\": \"432-319-487\", \"note\": \"cross-border\"}#432-319-487#AU_TFN",
      "Name: Rosa Marin\\nITIN: 912784401\\nFL DL: P330-737-91-338-9#912784401#US_ITIN",
      // identifiers answered on the line after the question that names them; a German number with its extension
      "AGENT: And your tax file number for the payment summary?\\nCALLER: 432 319 487.#432 319 487#AU_TFN",
      "[00:00:09] Operator: Do you have his NHS number?\\n[00:00:15] Caller: Yes, it's 398 259 7919."
          + "#398 259 7919#UK_NHS",
      "Bundeszentralamt – Servicecenter, Tel. 0228 406-1240#0228 406-1240#PHONE_NUMBER",
      "El Idrissi,Noor,2000-07-29,Rotterdam,010-418 2277,PN-44#010-418 2277#PHONE_NUMBER",
      "Patient: Jack Smith\\nMedicare card no.: 4787 78935 2 IRN 1#4787 78935 2#AU_MEDICARE",
      "sponsor: Goh Siew Ling, NRIC T6545224Z, +65 8123 4409#+65 8123 4409#PHONE_NUMBER",
      "Vendedora: Carmen Ríos (NIE Y4417203K)\\nPrecio: 312.000 €#Y4417203K#ES_NIE",
      "hallo, meine Steuer-ID hat sich nicht geändert, die ist 79081634596. Danke#79081634596#DE_TAX_ID",
      "sachbearbeiter: ich brauche noch ihre steuerliche id\\nkunde: 79081634596#79081634596#DE_TAX_ID",
      "jens hat die neue Nummer: 0176 2938 4410 👍#0176 2938 4410#PHONE_NUMBER"})
  void valuesAreFound(String text, String value, String type) {
    assertCovered(unescape(text), value, type);
  }
}
