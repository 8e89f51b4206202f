package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.D;
import static dev.aisec.data.pii.PiiDetectorTest.assertFound;
import static dev.aisec.data.pii.PiiDetectorTest.assertNothingLike;
import static dev.aisec.data.pii.PiiDetectorTest.describe;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for the failures found with the generated check set ({@code aisec-data/tools/PiiCheckSet.java}): CSV
 * header context, phone cues of nl/it/de, long grouped numbers, shouted names, sign-offs, signature company lines and
 * field labels. All texts are made up here ({@code \n} in a case stands for a line break).
 */
class PiiGeneralisationTest {


  @ParameterizedTest
  @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
      // CSV: the header names the column
      "id,first_name,last_name,phone\\n17,Wenke,Osterhagen,0259358291\\n#0259358291#PHONE_NUMBER",
      "id,first_name,last_name,phone\\n17,Wenke,Osterhagen,0259358291\\n#Osterhagen#PERSON",
      "first_name,last_name,city\\nCecil,Green,Chicago\\nMara,Jenkins,Leipzig#Green#PERSON",
      "first_name,last_name,city\\nCecil,Green,Chicago\\nMara,Jenkins,Leipzig#Jenkins#PERSON",
      "first_name,last_name,city\\nCecil,Green,Chicago\\nMara,Jenkins,Leipzig#Chicago#LOCATION",
      "Name;E-Mail;Ort\\nOona Brightwater;oona@example.org;Kassel#Oona Brightwater#PERSON",
      "customer_id,full_name,date_of_birth\\nC100200,Oona Brightwater,1984-07-19#1984-07-19#DATE_TIME",
      // phone cues of nl, de, it
      "Afspraak verzet, bel 070-2368571 als je later bent.#070-2368571#PHONE_NUMBER",
      "Herr Kowalczyk ist unter (0211) 6882391 erreichbar.#(0211) 6882391#PHONE_NUMBER",
      "Ho parlato con Bernardo ieri, mi ha dato il suo numero: 347 123 4567#347 123 4567#PHONE_NUMBER",
      // DNI written with a dash
      "NIE/DNI: 69508895-C#69508895-C#ES_NIF",
      // shouted chat: listed first names after "with" / "and"
      "HAD LUNCH WITH GWENDOLYN AND PIETRO TODAY#GWENDOLYN#PERSON",
      "HAD LUNCH WITH GWENDOLYN AND PIETRO TODAY#PIETRO#PERSON",
      "DINNER AT NICOLE'S PLACE, BRING WINE#NICOLE#PERSON",
      // sign-offs of it, nl, fr
      "Grazie, a presto,\\nLorenzo Mazza\\nUfficio acquisti#Lorenzo Mazza#PERSON",
      "Met vriendelijke groet,\\nAra Schadee#Ara Schadee#PERSON",
      "Bien à vous,\\nEnzo Petit\\nMobile : 06 12 34 56 78#Enzo Petit#PERSON",
      "Ho parlato con Bernardo ieri#Bernardo#PERSON",
      // a name before the bar is still a name
      "Ask Maria Keller | Head of Sales#Maria Keller#PERSON",
      // lower-case chat speakers after a time stamp, and a name after "ping"
      "[15:48] birthe: can someone ping demetriusz?#birthe#PERSON",
      "[15:48] birthe: can someone ping demetriusz?#demetriusz#PERSON",
      // JSON keys naming a part of a name take common words too
      "[{\"firstName\":\"Leta\",\"lastName\":\"Hill\",\"plan\":\"pro\"}]#Hill#PERSON",
      // a number before "ou" / "or" is not a house number
      "Pour toute question : 04.46.44.00.95 ou par e-mail.#04.46.44.00.95#PHONE_NUMBER",
      // ten digits after a trunk 0, written in one piece
      "Pour toute question : 0688400510 ou par e-mail.#0688400510#PHONE_NUMBER",
      // shouted first name before a listed surname; greetings of nl; salutations of it and es
      "LLAMAR A JAIME BUSTAMANTE AL 612 345 678 ANTES DEL VIERNES#BUSTAMANTE#PERSON",
      "hoi roswita, bel me even op +31 70 568 5999#roswita#PERSON",
      "Gentile Sig. Amato, il suo conto è aggiornato.#Amato#PERSON",
      "Estimado Sr. Feliciano: le confirmamos el cargo.#Feliciano#PERSON",
      // a price next to a card is a payment; a phone in parentheses right after a name
      "Paid USD 332.76 with 6011020063894762 on 2024-05-01 (auth code 4F2509)#6011020063894762#CREDIT_CARD",
      "Paid 4.243,95 € with 4909-4871-7029-1523 yesterday#4909-4871-7029-1523#CREDIT_CARD",
      "CRM note: spoke with Fernando Cruz (02.88.76.87.06), wants a quote#02.88.76.87.06#PHONE_NUMBER",
      "CRM note: spoke with Johnathan Veum (06 34256703), wants a quote#06 34256703#PHONE_NUMBER",
      "Bitte rufen Sie mich unter 0711 8593513 zurück.#0711 8593513#PHONE_NUMBER",
      // five groups followed by a word are no house number
      "appelle-moi au 06 12 34 56 78 stp#06 12 34 56 78#PHONE_NUMBER"})
  void finds(String text, String value, String type) {
    assertFound(unescape(text), value, type);
  }

  /** Tab-separated records through the normalised view (which folds a tab to a space): the columns stay apart. */
  @org.junit.jupiter.api.Test
  void tabSeparatedRecordsKeepTheirColumnsInTheNormalisedView() {
    String t = "Nachname\tVorname\tTelefon\tOrt\nUrban\tDenise\t0157-07215272\tKiel\n"
        + "Paukner\tPenelope\t+49 89 42957124\tBerlin\n";
    List<PiiSpan> spans = D.find(t);
    for (String v : new String[] {"Urban", "Denise", "Paukner", "Penelope"}) {
      assertTrue(spans.stream().anyMatch(s -> s.type().equals("PERSON") && t.substring(s.start(), s.end()).equals(v)),
          () -> v + " in " + describe(t, spans));
    }
    assertTrue(spans.stream().anyMatch(s -> s.type().equals("PHONE_NUMBER")
        && t.substring(s.start(), s.end()).equals("0157-07215272")), () -> describe(t, spans));
    assertTrue(spans.stream().noneMatch(s -> t.substring(s.start(), s.end()).contains("\t")), () -> describe(t, spans));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
      "Track & trace: 9400 1562 6175 9019 0723 08.#PHONE_NUMBER",
      "Your order 2630 7664 3697 has shipped#PHONE_NUMBER",
      "{\"phone\": \"07778 724649\", \"order\": {\"number\": \"0537 7594 9739\"}}#0537",
      "Call-in: meeting ID 840 7733 0342, passcode 928938#PHONE_NUMBER",
      "Mozilla/5.0 (X11; Linux x86_64) Chrome/124.0.6367.91#PHONE_NUMBER",
      "\"GET /api/v2/orders/5752106 HTTP/1.1\" 200 25215 \"-\"#PHONE_NUMBER",
      "[1712345678] job finished in 42 ms#PHONE_NUMBER",
      "hierbij de factuur 2023-71171. Graag overmaken#PHONE_NUMBER",
      "Best,\\nSherell Carter\\nSenior Account Manager | Jast, Becker and Spencer\\nTel: 1-312-702-6801#Becker",
      "Cordialement,\\nSacha Joly\\nSales | Lemaire SAS\\nTél. 02.17.26.16.03#Lemaire",
      "Mit freundlichen Grüßen,\\nMelvin Pflügner\\nTel.: (0711) 0482344#Tel",
      "Cordiali saluti,\\nRenato Ferraro\\nCell: +39 338 343 0396#Cell",
      "Bien à vous,\\nEnzo Petit#Bien",
      "Bonne journée,\\nLéo Vasseur#Bonne",
      "Ho parlato con Bernardo ieri#Ho",
      "Pedido 40012345 enviado, factura F20263598#Pedido",
      "Titular: Jacobo Mendoza\\nNIE/DNI: 69329911-E#NIE",
      "name,price\\nWidget Pro,9.99\\nSummer Sale,19.99#PERSON",
      "HAPPY NEW YEAR TO THE WHOLE TEAM AND FAMILY#PERSON",
      "Attendees: Nga Dickinson, Roine Ahnlund\\nAgenda: Town Hall, Budget Review#Attendees",
      "Attendees: Nga Dickinson, Roine Ahnlund\\nAgenda: Town Hall, Budget Review#Agenda",
      "IBAN AT40 2679 2080 1768 5824, Verwendungszweck 2026/9058.#2026/9058",
      "Numéro de commande 0688400510 expédié.#PHONE_NUMBER",
      "Gentile Sig. Amato, il suo conto è aggiornato.#Gentile",
      "Estimado Sr. Feliciano: le confirmamos el cargo.#Sr",
      "LLAMAR A JAIME BUSTAMANTE AL 612 345 678 ANTES DEL VIERNES#LOCATION",
      "Order total $49.99, order number 4111111111111111#CREDIT_CARD",
      "meine Vertragsnummer ist 893524424. Bitte rufen Sie mich unter 0711 8593513 zurück.#893524424",
      "The Pixel 8a update (10.27.102) is live.#PHONE_NUMBER",
      "ship Ubuntu 24.04 10.14.52 next week#PHONE_NUMBER",
      "Totals: 3023 156 009 impressions, 8258 clicks#PHONE_NUMBER"})
  void ignores(String text, String what) {
    // "what" is an entity type that must not be reported, or a piece of text no span may contain
    assertNothingLike(unescape(text), what);
  }
}
