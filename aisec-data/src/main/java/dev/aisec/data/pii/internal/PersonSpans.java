package dev.aisec.data.pii.internal;

import dev.aisec.data.pii.PiiEntity;
import dev.aisec.data.pii.PiiSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Final shaping of resolved PERSON spans by the layout around them (sixteenth round): a surname, a comma and given
 * names that fill one field ("00417;Schröder, Katharina;…", "PATIENT: BROOKS, TYLER J&nbsp;&nbsp;&nbsp;MRN: …") are
 * one name, not two, so a pseudonym or a mask covers the whole name and the comma between. Both parts must already be
 * names, the pair must start a field (line start, a delimiter, a quote or a label's colon) and end one (line end, a
 * delimiter, a quote or a gap of two spaces), and the surname must be one word. Names are joined, never cut.
 *
 * <p>Two kinds of PERSON span are dropped as a whole:
 * <ul>
 *   <li>a mail header's field name at a line start before its colon, in the languages the detector reads ("Da:",
 *       "Van:", "Från:", "Temat:", "Ämne:");</li>
 *   <li>a span on an order or receipt line that starts with a quantity ("1 × Tommy Hilfiger Essential Crew Jumper –
 *       £79.00", "6 x Brooklyn Lager 0,355 l"), or that is followed on its line by a product size ("Estée Lauder
 *       Advanced Night Repair 50ml", "Yves Saint Laurent Libre EDP 90ml", "Stan Smith Sneaker, Gr. 42"): the words
 *       there name products.</li>
 * </ul>
 *
 * <p>Seventeenth round: a form's field name before its colon is dropped as a whole ("Kunde:", "Dx:"), and a span
 * loses a leading greeting or title ("Hoi Pieter" becomes "Pieter") and a trailing field name after a gap
 * ("DUPONT&nbsp;&nbsp;&nbsp;Prénom :"); those listed words are the only ones ever cut.
 *
 * Pure function of the text and the spans; returns {@code spans} itself when nothing changes (the usual case, no
 * allocation). Spans stay inside the text, sorted and non-overlapping.
 */
public final class PersonSpans {

  private PersonSpans() {}

  /** The spans with inverted names joined and the dropped kinds removed, as described above (sorted, no overlaps in). */
  public static List<PiiSpan> shape(CharSequence t, List<PiiSpan> spans) {
    List<PiiSpan> out = null;
    for (int i = 0; i < spans.size(); i++) {
      PiiSpan a = spans.get(i);
      if (PiiEntity.PERSON.equals(a.type())
          && (headerLabel(t, a) || formLabel(t, a) || onQuantityLine(t, a.start()) || productSizeAfter(t, a.end()))) {
        if (out == null) {
          out = new ArrayList<>(spans.subList(0, i));
        }
        continue;
      }
      if (PiiEntity.PERSON.equals(a.type())) {
        PiiSpan b = trimmed(t, a);
        if (b != a) {
          if (out == null) {
            out = new ArrayList<>(spans.subList(0, i));
          }
          if (b != null) {
            out.add(b);
          }
          continue;
        }
      }
      int end = -1;
      if (i + 1 < spans.size() && PiiEntity.PERSON.equals(a.type())
          && PiiEntity.PERSON.equals(spans.get(i + 1).type())) {
        end = invertedEnd(t, a, spans.get(i + 1));
        if (i + 2 < spans.size() && spans.get(i + 2).start() < end) {
          end = -1;
        }
      }
      if (end > 0 && out == null) {
        out = new ArrayList<>(spans.subList(0, i));
      }
      if (end > 0) {
        out.add(new PiiSpan(a.start(), end, a.type(), Math.max(a.score(), spans.get(i + 1).score()), a.detail()));
        i++;
      } else if (out != null) {
        out.add(a);
      }
    }
    return out == null ? spans : out;
  }

  /** Field names of mail headers (from, to, copy, subject, date) in en, de, fr, es, it, nl, pt, sv, da, no, pl, cs. */
  private static final WordSet MAIL_LABELS = new WordSet(List.of("from", "to", "cc", "bcc", "subject", "von", "an",
      "betreff", "de", "à", "objet", "para", "asunto", "da", "a", "oggetto", "van", "aan", "onderwerp", "assunto",
      "från", "till", "ämne", "fra", "til", "emne", "od", "do", "temat", "komu", "předmět", "kopie", "datum", "data",
      "fecha", "date"));

  /** Whether span {@code a} is a mail header's field name: a whole line-start word right before a colon. */
  static boolean headerLabel(CharSequence t, PiiSpan a) {
    int s = a.start();
    int e = a.end();
    return (s == 0 || t.charAt(s - 1) == '\n') && e < t.length() && t.charAt(e) == ':'
        && MAIL_LABELS.contains(t, s, e);
  }

  /**
   * Field names of forms, records and tickets (en, de, fr, es, it, nl, pt, pl, sv, tr): a person's name fields
   * ("Nom :", "Vornamen:", "Nazwisko:") and labels that read like a speaker at a line start ("Kunde:", "Anliegen:",
   * "Huisarts:", "Dx:"). Compared without case.
   */
  private static final WordSet FORM_LABELS = new WordSet(List.of("name", "names", "surname", "forename", "forenames",
      "vorname", "vornamen", "nachname", "familienname", "geburtsname", "nom", "prénom", "prénoms", "prenom", "nombre",
      "nombres", "apellido", "apellidos", "cognome", "nome", "nomi", "voornaam", "voornamen", "achternaam", "naam",
      "imię", "imie", "nazwisko", "förnamn", "efternamn", "namn", "ad", "adı", "soyad", "soyadı", "kunde", "kundin",
      "klant", "cliente", "client", "anliegen", "grund", "reden", "motivo", "motif", "reason", "huisarts", "hausarzt",
      "hausärztin", "dx", "ddx", "diagnose", "diagnosis", "diagnosi", "diagnóstico", "befund", "bevinding", "betreft",
      "sachbearbeiter", "sachbearbeiterin", "bearbeiter", "ansprechpartner", "ansprechpartnerin", "behandelaar",
      "empfänger", "absender", "ontvanger", "afzender", "destinataire", "expéditeur", "destinatario", "remitente",
      "mittente", "remetente"));

  /**
   * Whether span {@code a} is a form's field name: one word at a line start (after spaces) followed by a colon,
   * optionally after spaces ("Kunde: Andreas Wolf", "Nom : DUPONT"), that is one of {@link #FORM_LABELS}.
   */
  static boolean formLabel(CharSequence t, PiiSpan a) {
    int s = a.start();
    int e = a.end();
    int k = s;
    while (k > 0 && t.charAt(k - 1) == ' ' && s - k < 8) {
      k--;
    }
    return (k == 0 || t.charAt(k - 1) == '\n') && colonAfter(t, e) && FORM_LABELS.contains(t, s, e);
  }

  /** Whether a colon follows {@code e}, after at most three spaces. */
  private static boolean colonAfter(CharSequence t, int e) {
    int k = e;
    while (k < t.length() && t.charAt(k) == ' ' && k - e < 3) {
      k++;
    }
    return k < t.length() && t.charAt(k) == ':';
  }

  /**
   * Greetings and titles that a capitalised run takes in with the name after it ("Hoi Pieter", "Cześć Agnieszka",
   * "Selam Ayşe", "G'day Liam", "Mdm Tan Siew Hoon", "Dra. Helena"). Not first names in any language the detector
   * reads ("Dag", "Cara" and "Caro" are, and are left out). Compared without case.
   */
  private static final WordSet LEAD_WORDS = new WordSet(List.of("hi", "hey", "hello", "hallo", "hoi", "hej", "hei",
      "moin", "servus", "ahoj", "cześć", "czesc", "selam", "merhaba", "salut", "coucou", "oi", "olá", "g'day",
      "ciao", "hola", "bonjour", "bonsoir", "buongiorno", "buonasera", "goedemorgen", "goedemiddag", "goedenavond",
      "beste", "lieve", "liebe", "lieber", "querido", "querida", "estimado", "estimada", "cher", "chère", "mdm",
      "madam", "dra", "sra", "srta", "mme", "mlle", "dott", "dottssa"));

  /**
   * {@code a} without a leading greeting or title word ({@link #LEAD_WORDS}, followed by an optional dot and
   * spaces) and without a trailing form field name after two or more spaces ("DUPONT   Prénom" before its colon);
   * null when nothing but a greeting or title is left ("Dra", "Mdm"); {@code a} itself when neither applies. Only those
   * words are cut, never a part of a name.
   */
  static PiiSpan trimmed(CharSequence t, PiiSpan a) {
    int s = a.start();
    int e = a.end();
    int w = s;
    while (w < e && (Character.isLetter(t.charAt(w)) || t.charAt(w) == '\'')) {
      w++;
    }
    if (w > s && LEAD_WORDS.contains(t, s, w)) {
      int k = w;
      if (k < e && t.charAt(k) == '.') {
        k++;
      }
      if (k == e) {
        return null;
      }
      if (t.charAt(k) == ' ') {
        while (k < e && t.charAt(k) == ' ') {
          k++;
        }
        s = k;
      }
    }
    int v = e;
    while (v > s && Character.isLetter(t.charAt(v - 1))) {
      v--;
    }
    if (v > s && v < e && colonAfter(t, e) && FORM_LABELS.contains(t, v, e)) {
      int k = v;
      while (k > s && t.charAt(k - 1) == ' ') {
        k--;
      }
      if (v - k >= 2) {
        e = k;
      }
    }
    if (s == a.start() && e == a.end()) {
      return a;
    }
    return new PiiSpan(s, e, a.type(), a.score(), a.detail());
  }

  /**
   * Whether the line holding {@code s} starts (after spaces, a dash or a bullet) with a quantity: digits, optional
   * spaces, and "×", "x" or "X" followed by a space ("1 × ", "6x ").
   */
  static boolean onQuantityLine(CharSequence t, int s) {
    int k = s;
    while (k > 0 && t.charAt(k - 1) != '\n' && s - k < 200) {
      k--;
    }
    if (k > 0 && t.charAt(k - 1) != '\n') {
      return false;
    }
    while (k < s && (t.charAt(k) == ' ' || t.charAt(k) == '-' || t.charAt(k) == '•' || t.charAt(k) == '*')) {
      k++;
    }
    int d = k;
    while (k < s && Character.isDigit(t.charAt(k))) {
      k++;
    }
    if (k == d || k - d > 4) {
      return false;
    }
    while (k < s && t.charAt(k) == ' ') {
      k++;
    }
    return k + 1 < s && (t.charAt(k) == '×' || t.charAt(k) == 'x' || t.charAt(k) == 'X') && t.charAt(k + 1) == ' ';
  }

  /**
   * Whether a product size follows {@code e} on its line within 40 characters: a number with a unit of volume or
   * weight ("50ml", "0,355 l", "125 g", "3.4 oz"), "EDP"/"EDT", or a shoe or clothing size ("Gr. 42", "Size 9").
   */
  static boolean productSizeAfter(CharSequence t, int e) {
    int n = t.length();
    int lim = Math.min(n, e + 40);
    for (int k = e; k < lim; k++) {
      char c = t.charAt(k);
      if (c == '\n') {
        return false;
      }
      boolean wordStart = k == 0 || !Character.isLetterOrDigit(t.charAt(k - 1));
      if (wordStart && (Engine.startsWith(t, k, "EDP") || Engine.startsWith(t, k, "EDT")
          || Engine.startsWith(t, k, "Gr. ")
          && k + 4 < n && Character.isDigit(t.charAt(k + 4)))) {
        return true;
      }
      if (Character.isDigit(c) && (k + 1 >= n || !Character.isDigit(t.charAt(k + 1))) && standaloneNumber(t, k)) {
        int u = k + 1;
        if (u < n && t.charAt(u) == ' ') {
          u++;
        }
        int ue = u;
        while (ue < n && ue - u < 3 && Character.isLetter(t.charAt(ue))) {
          ue++;
        }
        if (ue > u && (ue >= n || !Character.isLetterOrDigit(t.charAt(ue))) && unit(t, u, ue)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final String[] UNITS = {"ml", "cl", "l", "g", "kg", "oz", "mg"};

  /** Whether {@code t[u, ue)} is one of {@link #UNITS}, in lower case as written. */
  private static boolean unit(CharSequence t, int u, int ue) {
    for (String x : UNITS) {
      if (x.length() == ue - u && Engine.startsWith(t, u, x)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the number ending at digit {@code k} (digits, "." and ",") does not follow a letter ("F205L" does). */
  private static boolean standaloneNumber(CharSequence t, int k) {
    int b = k;
    while (b > 0 && (Character.isDigit(t.charAt(b - 1)) || t.charAt(b - 1) == '.' || t.charAt(b - 1) == ',')) {
      b--;
    }
    return b == 0 || !Character.isLetter(t.charAt(b - 1));
  }

  /**
   * The end of "Surname, Given [I]" when {@code a} (one word) and {@code b} are separated by a comma and one space
   * and together fill a field; -1 otherwise.
   */
  static int invertedEnd(CharSequence t, PiiSpan a, PiiSpan b) {
    int n = t.length();
    if (b.start() != a.end() + 2 || t.charAt(a.end()) != ',' || t.charAt(a.end() + 1) != ' ') {
      return -1;
    }
    for (int k = a.start(); k < a.end(); k++) {
      if (Character.isWhitespace(t.charAt(k))) {
        return -1;
      }
    }
    if (!fieldStartsAt(t, a.start())) {
      return -1;
    }
    int e = b.end();
    // a middle initial after the given name ("TYLER J", "Anna M.")
    if (e + 2 <= n && t.charAt(e) == ' ' && Character.isUpperCase(t.charAt(e + 1))
        && (e + 2 == n || !Character.isLetter(t.charAt(e + 2)))) {
      e += 2;
      if (e < n && t.charAt(e) == '.') {
        e++;
      }
    }
    return fieldEndsAt(t, e) ? e : -1;
  }

  private static boolean fieldStartsAt(CharSequence t, int s) {
    if (s == 0) {
      return true;
    }
    char p = t.charAt(s - 1);
    if (p == '\n' || p == ';' || p == '\t' || p == '|' || p == '"') {
      return true;
    }
    int k = s;
    while (k > 0 && s - k < 8 && t.charAt(k - 1) == ' ') {
      k--;
    }
    return k < s && k > 0 && (t.charAt(k - 1) == ':' || t.charAt(k - 1) == '|' || t.charAt(k - 1) == ';');
  }

  private static boolean fieldEndsAt(CharSequence t, int e) {
    int n = t.length();
    if (e == n) {
      return true;
    }
    char c = t.charAt(e);
    return c == '\n' || c == '\r' || c == ';' || c == '\t' || c == '|' || c == '"'
        || c == ' ' && e + 1 < n && isSpace(t.charAt(e + 1));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0';
  }
}
