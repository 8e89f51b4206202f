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
 * <p>Seventeenth round: a form's field name before its colon ("Kunde:", "Dx:") and a document's title line ("LOAN
 * APPLICATION") are dropped as a whole; a span loses a leading greeting, title or kinship word ("Hoi Pieter" becomes
 * "Pieter") and a trailing field name after a gap ("DUPONT&nbsp;&nbsp;&nbsp;Prénom :"), those listed words being
 * the only ones ever cut; a lone surname takes in the initials and particles before it ("J.W. de Boer"); and two
 * PERSON spans one space or one name particle apart are one name ("Fatima Zahra El Amrani", "Muhammad Hafiz bin
 * Rahman").
 *
 * Pure function of the text and the spans; returns {@code spans} itself when nothing changes (the usual case, no
 * allocation). Spans stay inside the text, sorted and non-overlapping.
 */
public final class PersonSpans {

  private PersonSpans() {}

  /** The spans with inverted names joined and the dropped kinds removed, as described above (sorted, no overlaps in). */
  public static List<PiiSpan> shape(CharSequence t, List<PiiSpan> spans) {
    return joined(t, cleaned(t, spans));
  }

  /** Per span: the dropped kinds removed, greetings, titles and field names cut, initials taken in. */
  private static List<PiiSpan> cleaned(CharSequence t, List<PiiSpan> spans) {
    List<PiiSpan> out = null;
    for (int i = 0; i < spans.size(); i++) {
      PiiSpan a = spans.get(i);
      PiiSpan b = a;
      if (PiiEntity.PERSON.equals(a.type())) {
        if (headerLabel(t, a) || formLabel(t, a) || titleLine(t, a) || onQuantityLine(t, a.start())
            || productSizeAfter(t, a.end())) {
          b = null;
        } else {
          b = trimmed(t, a);
          if (b != null) {
            int floor = out != null ? (out.isEmpty() ? 0 : out.get(out.size() - 1).end())
                : (i == 0 ? 0 : spans.get(i - 1).end());
            b = withInitials(t, b, floor);
          }
        }
      }
      if (b != a && out == null) {
        out = new ArrayList<>(spans.subList(0, i));
      }
      if (out != null && b != null) {
        out.add(b);
      }
    }
    return out == null ? spans : out;
  }

  /** Inverted names ("Surname, Given") and the parts of one name split in two spans joined. */
  private static List<PiiSpan> joined(CharSequence t, List<PiiSpan> spans) {
    List<PiiSpan> out = null;
    for (int i = 0; i < spans.size(); i++) {
      PiiSpan a = spans.get(i);
      int j = i;
      int end = -1;
      if (PiiEntity.PERSON.equals(a.type())) {
        while (j + 1 < spans.size() && PiiEntity.PERSON.equals(spans.get(j + 1).type())) {
          PiiSpan b = spans.get(j + 1);
          int e = j == i ? invertedEnd(t, a, b) : -1;
          if (e > 0 && j + 2 < spans.size() && spans.get(j + 2).start() < e) {
            e = -1;
          }
          if (e < 0 && partsOfOneName(t, end > 0 ? end : a.end(), b)) {
            e = b.end();
          }
          if (e < 0 || tooManyWords(t, a.start(), e)) {
            // (review22) a joined name stops at MAX_JOINED_WORDS words: "Maria Gonzalez " repeated over a 10 MB
            // line was one PERSON span of the whole line (and a stream reported only its first window's part)
            break;
          }
          end = e;
          j++;
        }
      }
      if (end > 0 && out == null) {
        out = new ArrayList<>(spans.subList(0, i));
      }
      if (end > 0) {
        double score = a.score();
        for (int k = i + 1; k <= j; k++) {
          score = Math.max(score, spans.get(k).score());
        }
        out.add(new PiiSpan(a.start(), end, a.type(), score, a.detail()));
        i = j;
      } else if (out != null) {
        out.add(a);
      }
    }
    return out == null ? spans : out;
  }

  /** Most words of a name joined from several PERSON spans ("Muhammad Hafiz bin Rahman", "José María de la Cruz"). */
  static final int MAX_JOINED_WORDS = 8;

  /** Whether {@code t[s, e)} holds more than {@link #MAX_JOINED_WORDS} words (reads at most that many spaces). */
  private static boolean tooManyWords(CharSequence t, int s, int e) {
    int spaces = 0;
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if ((c == ' ' || c == ',') && k + 1 < e && t.charAt(k + 1) != ' ' && ++spaces >= MAX_JOINED_WORDS) {
        return true;
      }
    }
    return false;
  }

  /** Particles between the parts of one name ("Muhammad Hafiz bin Rahman", "Pedro da Silva"), lower case as written. */
  private static final WordSet PARTICLES = new WordSet(List.of("bin", "binti", "bint", "ibn", "al", "el", "de", "del",
      "della", "di", "da", "dos", "das", "do", "van", "von", "der", "den", "ter", "du", "le", "la"));

  /**
   * Whether a PERSON span ending at {@code e} and the PERSON span {@code b} are parts of one name: on one line,
   * separated by one space ("Fatima Zahra" "El Amrani") or by one space, a lower-case particle and one space
   * ("Muhammad Hafiz" bin "Rahman").
   */
  static boolean partsOfOneName(CharSequence t, int e, PiiSpan b) {
    int s = b.start();
    if (s == e + 1) {
      return t.charAt(e) == ' ';
    }
    if (s < e + 3 || t.charAt(e) != ' ' || t.charAt(s - 1) != ' ') {
      return false;
    }
    for (int k = e + 1; k < s - 1; k++) {
      if (!Character.isLowerCase(t.charAt(k))) {
        return false;
      }
    }
    return PARTICLES.contains(t, e + 1, s - 1);
  }

  /**
   * {@code a} with the initials (and name particles) written right before its surname taken in ("J.W. de Boer",
   * "M. Bakker", "S. de Vries", "dr. A. Kok" gives "A. Kok"): going back from the span over lower-case particles, then
   * one or more initials (a capital and a dot, optionally a hyphen between), each separated by at most one space;
   * at least one initial is needed, the character before it must not be a letter, digit or dot, and nothing before
   * {@code floor} (the previous span's end) is taken.
   */
  static PiiSpan withInitials(CharSequence t, PiiSpan a, int floor) {
    int s = a.start();
    for (int k = s; k < a.end(); k++) {
      if (!Character.isLetter(t.charAt(k)) && t.charAt(k) != '-' && t.charAt(k) != '\'') {
        // only a surname on its own: before a given name, "M." is the French title ("M. Karim Benali")
        return a;
      }
    }
    // particles: " de ", " van der "
    int p = s;
    for (int round = 0; round < 3; round++) {
      if (p < 2 || t.charAt(p - 1) != ' ') {
        break;
      }
      int w = p - 1;
      while (w > 0 && Character.isLowerCase(t.charAt(w - 1)) && p - 1 - w < 5) {
        w--;
      }
      if (w == p - 1 || !PARTICLES.contains(t, w, p - 1)) {
        break;
      }
      p = w;
    }
    int given = monthGivenNameBefore(t, p, floor);
    if (given >= 0) {
      return new PiiSpan(given, a.end(), a.type(), a.score(), a.detail());
    }
    // initials: "J.W. ", "M. ", "J.-P. "
    int q = p;
    if (q >= 1 && t.charAt(q - 1) == ' ') {
      q--;
    } else if (q != s) {
      return a;
    }
    int first = -1;
    while (q >= 2 && t.charAt(q - 1) == '.' && Character.isUpperCase(t.charAt(q - 2))) {
      first = q - 2;
      q -= 2;
      if (q >= 1 && t.charAt(q - 1) == '-') {
        q--;
      }
    }
    if (first < 0 || first < floor || first > 0 && (Character.isLetterOrDigit(t.charAt(first - 1))
        || t.charAt(first - 1) == '.') || NOT_INITIALS.contains(initialLetters(t, first))) {
      return a;
    }
    return new PiiSpan(first, a.end(), a.type(), a.score(), a.detail());
  }

  /**
   * Given names that are also month names or their abbreviations, which the scan never tags on their own ("Jan",
   * "June", "April", "August", "Jun"; not "May": "May God bless you").
   */
  private static final WordSet MONTH_GIVEN_NAMES = new WordSet(List.of("jan", "jun", "june", "april",
      "august"));
  /** Words before a month that say when ("in May", "since Jan", "early June"): then the word is the month. */
  private static final WordSet WHEN_WORDS = new WordSet(List.of("in", "on", "since", "until", "till", "by", "of",
      "from", "to", "early", "late", "mid", "before", "after", "during", "through", "last", "next", "this",
      "every", "each", "end", "start", "im", "seit", "bis", "ab", "vom", "zum", "en", "de", "desde", "hasta",
      "dal", "al", "fin", "début", "depuis"));

  /**
   * The start of a month-like given name written right before a lone surname, one space before {@code p} ("Jan
   * Kowalski", "Jan de Vries", "June Carter"), or -1. The name must be capitalised, start at or after {@code floor},
   * not follow a letter, digit, dot, hyphen or slash ("12-Jan"), a number or a word that places a time in a month
   * ("3 Jan Smith", "in May Harris"), and not be followed by a dot ("Jan. Smith").
   */
  static int monthGivenNameBefore(CharSequence t, int p, int floor) {
    if (p < 2 || t.charAt(p - 1) != ' ' || t.charAt(p - 2) == '.') {
      return -1;
    }
    int e = p - 1;
    int w = e;
    while (w > 0 && Character.isLetter(t.charAt(w - 1)) && e - w <= 6) {
      w--;
    }
    if (w == e || w < floor || !Character.isUpperCase(t.charAt(w)) || !MONTH_GIVEN_NAMES.contains(t, w, e)
        || w > 0 && (Character.isLetterOrDigit(t.charAt(w - 1)) || ".-/".indexOf(t.charAt(w - 1)) >= 0)) {
      return -1;
    }
    int k = w;
    while (k > 0 && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == '\u00a0')) {
      k--;
    }
    if (k > 0 && k < w) {
      char c = t.charAt(k - 1);
      if (Character.isDigit(c) || c == '.' && k >= 2 && Character.isDigit(t.charAt(k - 2))) {
        return -1;
      }
      int ws = k;
      while (ws > 0 && Character.isLetter(t.charAt(ws - 1)) && k - ws <= 8) {
        ws--;
      }
      if (ws < k && WHEN_WORDS.contains(t, ws, k)) {
        return -1;
      }
    }
    return w;
  }

  /** Dotted abbreviations that are no initials ("A.M.", "P.M.", "A.K.A.", "U.S."), without their dots. */
  private static final WordSet NOT_INITIALS = new WordSet(List.of("am", "pm", "aka", "eg", "ie", "us", "uk", "nb",
      "ps", "dc", "st", "mr", "dr", "jr", "sr", "no", "nr"));

  /** The capitals of the written initials starting at {@code k} ("J.-P." gives "JP"). */
  private static String initialLetters(CharSequence t, int k) {
    StringBuilder b = new StringBuilder(4);
    for (int e = k; e < t.length() && (Character.isUpperCase(t.charAt(e)) || t.charAt(e) == '.'
        || t.charAt(e) == '-'); e++) {
      if (Character.isUpperCase(t.charAt(e))) {
        b.append(t.charAt(e));
      }
    }
    return b.toString();
  }

  /** Words of document titles (forms, records, applications) in the languages the detector reads; lower case. */
  private static final WordSet TITLE_WORDS = new WordSet(List.of("application", "form", "record", "report",
      "request", "claim", "statement", "summary", "registration", "enrolment", "enrollment", "contract", "agreement",
      "certificate", "notice", "employee", "patient", "personnel", "loan", "visit", "discharge", "admission", "hire",
      "ficha", "empleado", "empleada", "solicitud", "formulario", "registro", "informe", "expediente", "fiche",
      "salarié", "salariée", "formulaire", "demande", "dossier", "attestation", "antrag", "formular",
      "personalbogen", "bescheinigung", "bericht", "anmeldung", "meldung", "stammblatt", "modulo", "domanda",
      "scheda", "dipendente", "richiesta", "aanvraag", "formulier", "verslag", "aanmelding", "formulário",
      "requerimento", "cadastro", "funcionário", "wniosek", "formularz", "ansökan", "blankett", "başvuru", "formu"));

  /**
   * Whether span {@code a} is a document's title line: it fills its line (from the line start to the line end,
   * spaces aside), has two or more words, and one of them is a title word ({@link #TITLE_WORDS}: "LOAN
   * APPLICATION", "FICHA DE EMPLEADO", "Patient Record").
   */
  static boolean titleLine(CharSequence t, PiiSpan a) {
    int s = a.start();
    int e = a.end();
    int n = t.length();
    if (!(s == 0 || t.charAt(s - 1) == '\n')) {
      return false;
    }
    int k = e;
    while (k < n && t.charAt(k) == ' ') {
      k++;
    }
    if (k < n && t.charAt(k) != '\n' && t.charAt(k) != '\r') {
      return false;
    }
    boolean space = false;
    int w = s;
    boolean title = false;
    for (int i = s; i <= e; i++) {
      if (i == e || t.charAt(i) == ' ') {
        title |= i > w && TITLE_WORDS.contains(t, w, i);
        space |= i < e;
        w = i + 1;
      }
    }
    return space && title;
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
      "mittente", "remetente",
      // round 18: applicants, employees and contact lines of forms
      "applicant", "antragsteller", "antragstellerin", "solicitante", "demandeur", "demandeuse", "richiedente",
      "aanvrager", "requerente", "wnioskodawca", "employee", "mitarbeiter", "mitarbeiterin", "empleado",
      "employé", "employée", "medewerker", "funcionário", "pracownik", "rückfragen", "contact", "kontakt",
      "fee", "gebühr"));

  /**
   * Whether span {@code a} is a form's field name: one word at a line start (after spaces), after a tab, a bar or a
   * gap of two or more spaces, followed by a colon, optionally after spaces ("Kunde: Andreas Wolf", "Nom : DUPONT",
   * "Title: Ms   Surname: O'Connell"), that is one of {@link #FORM_LABELS}.
   */
  static boolean formLabel(CharSequence t, PiiSpan a) {
    int s = a.start();
    int e = a.end();
    int k = s;
    while (k > 0 && t.charAt(k - 1) == ' ' && s - k < 8) {
      k--;
    }
    boolean fieldStart = k == 0 || t.charAt(k - 1) == '\n' || t.charAt(k - 1) == '\t' || t.charAt(k - 1) == '|'
        || s - k >= 2; // round 18: a field after a gap on a form line ("Title: Ms   Surname: O'Connell")
    return fieldStart && colonAfter(t, e) && FORM_LABELS.contains(t, s, e);
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
      "madam", "dra", "sra", "srta", "mme", "mlle", "dott", "dottssa",
      // labels and kinship words written before a name ("Patiënt Willem de Boer", "tia Rosa", "grandma rose")
      "patient", "patiënt", "patiente", "paciente", "paziente", "pacjent", "patientin", "tia", "tio", "tía", "tío",
      "oma", "opa", "nonna", "nonno", "zio", "zia", "onkel", "tante", "uncle", "aunt", "auntie", "grandma",
      "grandpa", "granny", "grandad", "babcia", "dziadek", "ciocia", "wujek", "mamie", "papy", "tonton", "tata",
      "abuela", "abuelo", "avó", "avô"));

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
      // (round 21: the word-start test only at an 'E' or a 'G', the first letters of the three marks)
      if ((c == 'E' || c == 'G') && (k == 0 || !Character.isLetterOrDigit(t.charAt(k - 1)))
          && (Engine.startsWith(t, k, "EDP") || Engine.startsWith(t, k, "EDT")
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
  static boolean unit(CharSequence t, int u, int ue) {
    for (String x : UNITS) {
      if (x.length() == ue - u && Engine.startsWith(t, u, x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code t[from, to)} is a non-empty run of whitespace that the normalised view folds to one plain space: no
   * line break (that folds to a line feed) and no tab ({@code PiiDetector.find} keeps a tab, for columns).
   */
  static boolean foldedSpace(CharSequence t, int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029
          || !(Character.isWhitespace(c) || Character.isSpaceChar(c))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the number ending at digit {@code k} (digits, "." and ",") does not follow a letter ("F205L" does). */
  static boolean standaloneNumber(CharSequence t, int k) {
    int b = k;
    while (b > 0 && (Character.isDigit(t.charAt(b - 1)) || t.charAt(b - 1) == '.' || t.charAt(b - 1) == ',')) {
      b--;
    }
    return b == 0 || !Character.isLetter(t.charAt(b - 1));
  }

  /**
   * The end of "Surname, Given [I]" when {@code a} (one word) and {@code b} are separated by a comma and one space
   * and together fill a field; -1 otherwise. (review18) The space may be any run of spaces that the normalised view
   * of {@code PiiDetector.find} folds to one space ("Schröder,&nbsp;&nbsp;&nbsp;Katharina", a no-break space): the view
   * joined those names and {@code scan} did not, so the two entry points gave different spans.
   */
  static int invertedEnd(CharSequence t, PiiSpan a, PiiSpan b) {
    int n = t.length();
    if (a.end() >= n || t.charAt(a.end()) != ',' || !foldedSpace(t, a.end() + 1, b.start())) {
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
