package dev.aisec.data.pii;

import static dev.aisec.data.pii.PiiDetectorTest.assertCovered;
import static dev.aisec.data.pii.PiiDetectorTest.assertNothingLike;
import static dev.aisec.data.pii.PiiDetectorTest.unescape;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases for the ninth round: capitalised function words of de, nl, fr, es, it and pt at the start of a sentence
 * or line (possessives, pronouns, articles, prepositions, conjunctions, auxiliaries, adverbs) are never a name on their
 * own and never part of one, while a real name right after such a word is still found. Every text is made up here
 * ({@code \n} stands for a line break).
 */
class PiiNinthRoundTest {

  private static final String DE = "Ihre neue Adresse wurde gespeichert.\\nIhre Ärztin Dr. Keller ruft Sie morgen an."
      + "\\nUnsere Filiale bleibt heute geschlossen.";
  private static final String NL = "Mijn adres is gewijzigd.\\nMijn collega Sanne de Wit belt u morgen terug."
      + "\\nOnze winkel is vandaag dicht.";
  private static final String FR = "Votre commande est partie.\\nNotre conseillère Camille Durand vous contactera."
      + "\\nLeur réponse arrive demain.";
  private static final String ES = "Nuestra oficina cierra hoy.\\nNuestro gestor Javier Morales le llamará mañana."
      + "\\nSus datos están guardados.";
  private static final String IT = "Questa settimana siamo chiusi.\\nLa nostra collega Giulia Ferrante la richiamerà."
      + "\\nVostro ordine è in arrivo.";
  private static final String PT = "Minha conta foi bloqueada.\\nMeu gerente Rui Carvalho vai ligar amanhã."
      + "\\nNossa loja abre às nove.";
  private static final String BEFORE_NAME = "Mijn Sanne komt morgen. Ihre Anna ist krank. Votre Camille est arrivée.";

  static String text(String id) {
    return unescape(switch (id) {
      case "de" -> DE;
      case "nl" -> NL;
      case "fr" -> FR;
      case "es" -> ES;
      case "it" -> IT;
      case "pt" -> PT;
      default -> BEFORE_NAME;
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "de#Ihre", "de#Unsere",
      "nl#Mijn", "nl#Onze",
      "fr#Votre", "fr#Notre", "fr#Leur",
      "es#Nuestra", "es#Nuestro", "es#Sus",
      "it#Questa", "it#Vostro",
      "pt#Minha", "pt#Meu", "pt#Nossa",
      // a function word right before a name does not start the name
      "mixed#Mijn", "mixed#Ihre", "mixed#Votre"})
  void functionWordsAreNoNames(String lang, String word) {
    assertNothingLike(text(lang), word);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "de#Keller", "nl#Sanne", "fr#Camille Durand", "es#Javier Morales", "it#Giulia Ferrante", "pt#Rui Carvalho",
      "mixed#Sanne", "mixed#Anna", "mixed#Camille"})
  void namesAfterThemAreFound(String lang, String name) {
    assertCovered(text(lang), name, "PERSON");
  }
}
