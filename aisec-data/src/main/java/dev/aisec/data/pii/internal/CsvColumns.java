package dev.aisec.data.pii.internal;

/**
 * Header-driven context for delimited records (CSV, semicolon or tab separated): when a text's first line is a header
 * and a value starts a field of a later line with the same number of fields, the header name of its column says what
 * the value is ({@code first_name}, {@code Telefon}, {@code city}, {@code date_of_birth}). Only asked for candidates
 * that start a field (right after a delimiter, a line break or an opening quote), reads at most
 * {@link #MAX_LINE} characters of the header line and of the record line, and allocates nothing (the key is compared
 * in a per-thread buffer). Thread-safe.
 */
final class CsvColumns {

  private CsvColumns() {}

  /** Longest header or record line looked at. */
  static final int MAX_LINE = 2048;

  private static final ThreadLocal<StringBuilder> KEY = ThreadLocal.withInitial(() -> new StringBuilder(32));

  /** Header names (letters only, lower case) of person columns. */
  static final WordSet PERSON = set("name fullname firstname lastname givenname familyname surname displayname "
      + "customer customername client clientname contact contactname employee employeename patient patientname "
      + "holder cardholder accountholder accountname beneficiary payee payer recipient sender owner assignee "
      + "first last given family vorname nachname kunde kundenname prenom prénom nom nomcomplet nombre apellido "
      + "apellidos nombrecompleto nome cognome nominativo voornaam achternaam naam titular intestatario inhaber "
      + "nazwisko imie imię imieinazwisko imięinazwisko apelido sobrenome nomecompleto klient pacjent");
  /** Header names of columns that hold a part of a person's name and nothing else: any capitalised value counts. */
  static final WordSet NAME_PART = set("firstname lastname givenname familyname surname first last given family "
      + "vorname nachname prenom prénom nomdefamille apellido apellidos cognome voornaam achternaam middlename "
      + "nazwisko imie imię apelido sobrenome primeironome");
  /** Header names of place columns. */
  static final WordSet PLACE = set("city town ort stadt wohnort ville ciudad città citta plaats woonplaats "
      + "locality municipality gemeinde commune comune localidad poblacion cidade localidade miasto miejscowosc "
      + "miejscowość stad");
  /** Header names of country columns and keys (twelfth round; values of four or more letters only, no codes). */
  static final WordSet COUNTRY = set("country countryname land pays país pais paese kraj");
  /** Header names of street columns (the whole field, house number included, is a LOCATION). */
  static final WordSet STREET = set("street streetaddress address address1 addressline addressline1 straat strasse "
      + "straße adres adresse anschrift rue calle dirección direccion domicilio indirizzo via morada endereço "
      + "endereco");
  /** Header names of postcode columns and keys (eleventh round). */
  static final WordSet POSTCODE = set("postcode postalcode postcodes zip zipcode plz postleitzahl codepostal cp cap "
      + "codigopostal códigopostal codpostal postnummer postnr postnumero kodpocztowy eircode");
  /** Header names of phone columns. */
  static final WordSet PHONE = set("phone phonenumber telephone telephonenumber tel telno telefon telefonnummer "
      + "mobile mobilephone mobilenumber mobil cell cellphone handy téléphone telephone portable teléfono telefono "
      + "móvil movil cellulare telefoon telefoonnummer mobiel gsm fax contactnumber telemóvel telemovel "
      + "telefonkomórkowy komórka komorka "
      // round 21: Singapore and Malaysia say "hp" (hand phone) for a mobile number
      + "hp handphone hpno");
  /** Header names and keys of US social security number columns. */
  static final WordSet SSN = set("ssn socialsecurity socialsecuritynumber socialsecurityno ssnumber ssno");
  /** Header names and keys of NHS number columns ("nhs_number", "patient_nhs"). */
  static final WordSet NHS = set("nhs nhsnumber nhsno nhsnum nhsnr nhsid patientnhs patientnhsnumber");
  /** Header names and keys of Dutch citizen service number columns ("bsn", "burgerservicenummer"). */
  static final WordSet BSN = set("bsn bsnnummer bsnnr burgerservicenummer sofinummer");
  /** Header names and keys of German tax identification number columns ("Steuer-ID", "steuer_idnr"). */
  static final WordSet DE_TAX = set("steuerid steueridnr steueridentifikationsnummer identifikationsnummer idnr "
      + "taxid taxidentificationnumber");
  /** Header names and keys of US driver licence number columns ("dl_number", "drivers_license"). */
  static final WordSet DL = set("dl dlnumber dlno dlnum driverslicense driverlicense driverslicensenumber "
      + "driverlicensenumber driverslicence driverlicence licensenumber licenceno licenseno licencenumber "
      // round 21: a bare "License" column in a table of drivers (a value needs four digits and stays one token)
      + "license licence");
  /**
   * (round 21) Header names and keys of passport number columns ("passport", "passport_no", "Reisepass"): a value
   * there is a passport number as a value of a {@link #DL} column is a licence number.
   */
  static final WordSet PASSPORT = set("passport passportnumber passportno passportnr passportnum passportid reisepass "
      + "reisepassnummer reisepassnr passnummer passnr passeport numeropasseport pasaporte numeropasaporte "
      + "nropasaporte passaporto numeropassaporto paspoort paspoortnummer passaporte numeropassaporte");
  /**
   * (round 21) Header names and keys that name the kind of a document held in another column or key of the same row
   * or object ("DOC TYPE", "id_type", "kind", "Dokumentart", "tipo_documento", "soort document"): {@code type}
   * words, not the number.
   */
  static final WordSet DOC_TYPE = set("type doctype doctyp documenttype documenttyp dokumenttyp dokumentart "
      + "ausweisart ausweistyp idtype idtyp idkind identitytype identificationtype kind dockind documentkind doc "
      + "document documento dokument ausweis art tipo tipodoc tipodocumento tipodedocumento tipoid "
      + "tipoidentificacion typedocument typedepiece typedepièce typepiece piece pièce soort soortdocument "
      + "documentsoort soortid documentype artdesdokuments artdesausweises dokumentenart typeofdocument typeofid");
  /**
   * (round 21) Header names and keys of a generic number column or key ("DOC NUMBER", "ID no.", "number", "value",
   * "Nummer", "numero_doc"): what the number is, another cell of its row or a sibling key says.
   */
  static final WordSet DOC_NUMBER = set("number no nr num nummer numero número nº n value id idno idnr idnum "
      + "idnumber idvalue docnumber docno docnr docnum docid documentnumber documentno documentnr documentid "
      + "dokumentnummer dokumentnr ausweisnummer ausweisnr numerodocumento numdocumento numerodoc numdoc "
      + "nrdocumento numéro numerodepiece numérodepièce nodepiece documentnummer documentnr identificationnumber "
      + "identifier identificador identificativo details detail numer");

  /** Header names and keys of Australian tax file number columns. */
  static final WordSet TFN = set("tfn taxfilenumber taxfileno");
  /** Header names and keys of Australian Medicare card number columns. */
  static final WordSet MEDICARE = set("medicare medicarenumber medicareno medicarecard medicarecardnumber");
  /** Header names and keys of Australian business number columns. */
  static final WordSet ABN = set("abn australianbusinessnumber businessnumber");
  /** Header names and keys of Aadhaar number columns. */
  static final WordSet AADHAAR = set("aadhaar aadhar aadhaarno aadhaarnumber aadharno aadharnumber uidai");
  /** Keys and header names of MAC address fields ("mac", "mac_address", "hwaddr", "bssid"; round 21). */
  static final WordSet MAC = set("mac macaddress macaddr hwaddr hwaddress hardwareaddress ethaddr ethernetaddress "
      + "bssid wifimac ethmac devicemac");
  /** Header names and keys of Canadian social insurance number columns. */
  static final WordSet SIN = set("sin socialinsurancenumber socialinsuranceno nas");
  /**
   * Header names and keys of numbers that are no phone numbers: the identifier columns above, and bank routing and
   * account, policy, claim, customer, contract and student numbers ("routing: 021000021", "Schadennummer: 25-118-00431",
   * a {@code sin} column). The phone recognizer leaves a number under one of these alone; the identifier's own
   * recognizer has already had its turn (a value failing its check digit is a rejected identifier, not a phone).
   */
  static final WordSet NOT_PHONE = WordSet.union(SSN, NHS, BSN, DE_TAX, DL, TFN, MEDICARE, ABN, AADHAAR, SIN,
      set("routing routingnumber routingno aba abanumber account accountnumber accountno acct acctno konto "
          + "kontonummer kontonr rekening rekeningnummer iban policy policynumber policyno polizza policennr "
          + "policennummer polizzennummer polisnummer claim claimnumber claimno schadennummer schadennr "
          + "relatienummer kundennummer kundennr customernumber customerno vertragsnummer vertragsnr "
          + "contractnumber studentnumber studentno studentid matrikelnummer matrikelnr oen itin nino ninumber "
          + "nric acn"));
  /**
   * (pii20q) Header names of record columns that hold a reference, a count or an amount, never a phone number: the
   * order, ticket, invoice, serial, batch, extension and quantity columns of tables ("Order    Ticket    Phone").
   * Asked for values of delimited and whitespace-aligned records only, not for keys.
   */
  static final WordSet NOT_PHONE_COLUMN = set("order orderid orderno ordernumber ordernr ticket ticketid ticketno "
      + "ticketnumber invoice invoiceid invoiceno invoicenumber invoicenr ref reference referenceno serial serialno "
      + "serialnumber batch batchno lot lotno sku qty quantity amount total price ext extension durchwahl room "
      + "bestellung bestellnr bestellnummer rechnung rechnungsnr rechnungsnummer auftrag auftragsnr commande facture "
      + "pedido factura ordine fattura bestelling factuur personalnr personalnummer employeeno employeeid empno "
      + "staffno mitarbeiternr artikel artikelnr claim claimno claimnumber claimid policy policyno policynumber "
      + "case caseno caseid casenumber protocol protocollo tracking trackingno trackingnumber ordine numerodordine "
      + "numeropedido auftragsnummer bestelnummer zamowienie zamówienie siparis sipariş confirmation "
      + "confirmationcode confirmationno confirmationnumber booking bookingref bookingno bookingcode reservation "
      + "reservationno reservationcode");

  /**
   * (pii20q) Whether the value starting a field at {@code i} is in a record under a header that names, in another
   * column than the value's own, a column of {@code keys}: the phone word of the header then belongs to that column,
   * not to this value. False when {@code i} is not in a record under a header.
   */
  static boolean otherColumnIs(CharSequence t, int i, WordSet keys) {
    long own = headerField(t, i);
    if (own < 0) {
      return false;
    }
    Memo m = MEMO.get();
    for (long b : m.bounds) {
      if (b != own && keyIn(t, (int) (b >>> 32), (int) b, keys)) {
        return true;
      }
    }
    return false;
  }

  /**
   * (round 21) The cell of the same record row as the value starting a field at {@code i} that stands under a column
   * named in {@code keys} (other than the value's own column), as {@code start << 32 | end} (spaces and quotes
   * trimmed), or -1: "| 2 | Ann Lowe | PASSPORT | K8R41T27 |" under "| # | Name | Doc type | Doc number |" gives
   * "PASSPORT". Reads the value's line (at most {@link #MAX_LINE} characters) once; asked only for id-like values.
   */
  static long siblingCell(CharSequence t, int i, WordSet keys) {
    long own = headerField(t, i);
    if (own < 0) {
      return -1;
    }
    Memo m = MEMO.get();
    int col = -1;
    for (int c = 0; c < m.bounds.length; c++) {
      long b = m.bounds[c];
      if (b != own && keyIn(t, (int) (b >>> 32), (int) b, keys)) {
        col = c;
        break;
      }
    }
    if (col < 0 || m.ls < 0) {
      return -1;
    }
    int n = t.length();
    int k = m.ls;
    int c = 0;
    boolean q = false;
    int fs = k;
    for (; k <= n && k - m.ls <= MAX_LINE; k++) {
      char ch = k < n ? t.charAt(k) : '\n';
      if (ch == '"') {
        q = !q;
      } else if (ch == '\n' || ch == '\r' || ch == m.d && !q) {
        if (c == col) {
          int a = fs;
          int e = k;
          while (a < e && (t.charAt(a) == ' ' || t.charAt(a) == '"')) {
            a++;
          }
          while (e > a && (t.charAt(e - 1) == ' ' || t.charAt(e - 1) == '"')) {
            e--;
          }
          return e > a ? ((long) a << 32) | e : -1;
        }
        if (ch != m.d || q) {
          return -1;
        }
        c++;
        fs = k + 1;
      }
    }
    return -1;
  }

  /** Header names and keys of Spanish DNI/NIE/NIF columns ("dni", "dni_nie", "numero_documento"). */
  static final WordSet ES_NIF = set("dni nie nif dninie nienif dninif nifnie dnienif documento numerodocumento "
      + "numdocumento documentoidentidad");
  /** Header names and keys of payment-card columns ("card_number", "pan", "cc_number"; round 20). */
  static final WordSet CARD = set("card cardnumber cardno cardnum creditcard creditcardnumber ccnumber ccnum cc pan "
      + "kartennummer kreditkarte kreditkartennummer numerotarjeta tarjeta numerocarte carte numerocarta carta");
  /** Header names of birth-date columns. */
  static final WordSet BIRTH = set("dob dateofbirth birthdate birthday born geburtsdatum geburtstag datedenaissance "
      + "naissance fechadenacimiento nacimiento datadinascita geboortedatum");

  private static WordSet set(String words) {
    return new WordSet(java.util.Arrays.asList(words.split(" ")));
  }

  /** Whether {@code t[i]} starts a field: right after a delimiter, a line break, or a quote that follows one. */
  static boolean fieldStart(CharSequence t, int i) {
    if (i <= 0) {
      return false;
    }
    int j = i;
    if (t.charAt(j - 1) == '"' && j >= 2) {
      j--; // a quoted field starts at its quote
    }
    char p = t.charAt(j - 1);
    return p == ',' || p == ';' || p == '\t' || p == '\n' || p == '|'
        // (round 20) a cell of a pipe table, written after one space: "| 944 091 222 |" (review21: also when the
        // cell is quoted, "| \"944 091 222\" |")
        || p == ' ' && j >= 2 && t.charAt(j - 2) == '|';
  }

  /** Whether the value starting a field at {@code i} is in a column whose header name is in {@code keys}. */
  static boolean in(CharSequence t, int i, WordSet keys) {
    long f = headerField(t, i);
    return f >= 0 && keyIn(t, (int) (f >>> 32), (int) f, keys);
  }

  /**
   * The header field of the column holding {@code i}, as {@code start << 32 | end}, or -1 when {@code i} is not in a
   * record under a header (the first line has a delimiter, no {@code @} and no all-digit field, and the record line
   * has as many fields).
   *
   * <p>(review17) Amortised linear: the header's reading and the record line's start, field count and the column
   * count up to the last value asked are kept per thread for the text being scanned ({@link Memo}), so the many
   * values of one long record line (and the several column questions asked of one value) do not each read the header
   * and their line again: a record line of 2,000 characters with 300 numbers made every number read about 6,000
   * characters. A value before the last one asked of its line reads its line again. The answers are those of the
   * plain reading (the header line, then the value's line back to its start and on to its end, for every value;
   * {@code Review17CsvColumnsTest} compares the two).
   */
  static long headerField(CharSequence t, int i) {
    Memo m = MEMO.get();
    if (m.text != t || m.length != t.length()) {
      m.reset(t);
    }
    if (m.he < 0 || i <= m.he) {
      return -1;
    }
    if (m.ls == -1 || i < m.pos || !lineGoesOn(m, t, i)) {
      // another line, or a value before the last one asked: find the line's start from the value back
      m.startLine(t, i);
    }
    if (m.ls == TOO_LONG) {
      // the line starts more than MAX_LINE characters before a value asked on it (and so before this one)
      m.pos = i;
      return -1;
    }
    if (i - m.ls - 1 >= MAX_LINE) {
      m.ls = TOO_LONG;
      m.pos = i;
      return -1;
    }
    m.advance(t, i); // (also when the answer is -1: the next value of the line goes on from here)
    if (!m.lineCountMatches(t) || !m.headerOk) {
      return -1;
    }
    return m.col < m.bounds.length ? m.bounds[m.col] : -1;
  }

  /** {@link Memo#ls} of a line that starts more than {@link #MAX_LINE} characters before a value asked on it. */
  private static final int TOO_LONG = -2;

  /** Whether no line break stands in {@code t[m.pos, i)}, so {@code i} is on the memo's line. */
  private static boolean lineGoesOn(Memo m, CharSequence t, int i) {
    for (int k = m.pos; k < i; k++) {
      if (t.charAt(k) == '\n') {
        return false;
      }
    }
    return true;
  }

  private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

  /**
   * Forgets the text read last on this thread: called when a scan starts (a text object may have changed since) and
   * when it ends (so the memo keeps no text alive).
   */
  static void forget() {
    MEMO.get().text = null;
  }

  /** (review17) What {@link #headerField} read of one text: its header, and the record line asked last. */
  private static final class Memo {
    CharSequence text;
    int length;
    /** End of the header line (its line break), or -1 when the text has no header line with a delimiter. */
    int he;
    char d;
    /** Delimiters outside quotes in the header line (a record line must have as many). */
    int fields;
    /** No field of the header is all digits and it holds no {@code @}. */
    boolean headerOk;
    /** Header fields split at every delimiter, as {@code start << 32 | end}. */
    long[] bounds;
    /** Start of the record line asked last; -1: none yet; {@link #TOO_LONG}: further back than MAX_LINE. */
    int ls;
    /** Whether that line's field count (read up to MAX_LINE characters) equals the header's; -1: not read yet. */
    int lineMatch;
    /** Delimiters outside quotes in {@code [ls, pos)}, and whether {@code pos} is inside quotes. */
    int pos;
    int col;
    boolean quoted;

    void reset(CharSequence t) {
      text = t;
      length = t.length();
      ls = -1;
      int n = t.length();
      int h = 0;
      while (h < n && h < MAX_LINE && t.charAt(h) != '\n') {
        h++;
      }
      he = -1;
      if (h >= n || t.charAt(h) != '\n') {
        return;
      }
      int hs = 0;
      d = delimiter(t, 0, h);
      if (d == 0 || d == '\t' && !headerLike(t, 0, h, d)) {
        // (round 20) a table under a title or a border line: the first of the next lines (at most
        // TITLE_LINES, within MAX_LINE characters) that looks like a header row, "| ID | Name | SIN |" or
        // "Name<gap>TFN<gap>Medicare" (column gaps are tabs in the scanned view)
        long r = laterHeader(t, h + 1);
        if (r < 0 && d == 0 && spacedHeader(t, 0, h)) {
          // (round 21) "NAME DOB PASSPORT PHONE" over whitespace-aligned rows
          r = h;
        }
        if (r < 0 && d == 0) {
          return;
        }
        if (r < 0) {
          // the first line stays the header as before (a title with a column gap and a date: headerOk is false)
          r = h;
        }
        hs = (int) (r >>> 32);
        h = (int) r;
        d = delimiter(t, hs, h);
      }
      // (round 21) a header row whose names are separated by single spaces (spacedHeader): its fields split at
      // the spaces, the records' at their column gaps (tabs in the scanned view)
      char hd = d;
      if (d == 0) {
        hd = ' ';
        d = '\t';
      }
      he = h;
      fields = count(t, hs, h, hd);
      headerOk = true;
      java.util.List<Long> b = new java.util.ArrayList<>();
      int fs = hs;
      boolean digitsOnly = true;
      boolean any = false;
      for (int k = hs; k <= h; k++) {
        char ch = k < h ? t.charAt(k) : hd;
        if (ch == hd) {
          if (any && digitsOnly) {
            headerOk = false;
          }
          b.add(((long) fs << 32) | k);
          fs = k + 1;
          digitsOnly = true;
          any = false;
        } else if (ch == '@') {
          headerOk = false;
        } else if (ch != ' ' && ch != '"' && ch != '\r') {
          any = true;
          digitsOnly &= Engine.isDigit(ch);
        }
      }
      bounds = new long[b.size()];
      for (int k = 0; k < bounds.length; k++) {
        bounds[k] = b.get(k);
      }
    }

    /**
     * Finds the start of the line holding {@code i} as the plain reading does (at most {@link #MAX_LINE} characters
     * back; {@link #TOO_LONG} when it is further).
     */
    void startLine(CharSequence t, int i) {
      int s = i;
      while (s > 0 && t.charAt(s - 1) != '\n') {
        if (i - s >= MAX_LINE) {
          ls = TOO_LONG;
          pos = i;
          return;
        }
        s--;
      }
      ls = s;
      lineMatch = -1;
      pos = s;
      col = 0;
      quoted = false;
    }

    /** Whether the line's fields (up to its break or MAX_LINE characters) are as many as the header's. */
    boolean lineCountMatches(CharSequence t) {
      if (lineMatch < 0) {
        int n = t.length();
        int le = ls;
        while (le < n && t.charAt(le) != '\n' && le - ls < MAX_LINE) {
          le++;
        }
        lineMatch = count(t, ls, le, d) == fields ? 1 : 0;
      }
      return lineMatch == 1;
    }

    /** Counts the delimiters outside quotes from the last position asked up to {@code i}. */
    void advance(CharSequence t, int i) {
      for (int k = pos; k < i; k++) {
        char ch = t.charAt(k);
        if (ch == '"') {
          quoted = !quoted;
        } else if (ch == d && !quoted) {
          col++;
        }
      }
      pos = i;
    }
  }

  /**
   * (review21) The end (after its line break) of the line that a text starting with {@code t} reads as its header
   * row: the first line, or the table's header row after a title or border lines ({@link #laterHeader}), as
   * {@link Memo#reset} chooses; -1 when the first line has no line break within {@link #MAX_LINE} characters. A
   * streamed scan keeps these lines before every window, so a table under a title keeps its columns there.
   */
  static int headerEnd(CharSequence t) {
    int n = t.length();
    int h = 0;
    while (h < n && h < MAX_LINE && t.charAt(h) != '\n') {
      h++;
    }
    if (h >= n || t.charAt(h) != '\n') {
      return -1;
    }
    char d = delimiter(t, 0, h);
    if (d == 0 || d == '\t' && !headerLike(t, 0, h, d)) {
      long r = laterHeader(t, h + 1);
      if (r >= 0) {
        return (int) r + 1;
      }
    }
    return h + 1;
  }

  /** Lines after a first line without a delimiter that may hold a table's header row. */
  private static final int TITLE_LINES = 4;

  /**
   * (round 20) The first line among the {@link #TITLE_LINES} lines from {@code from} that looks like the header row of
   * a table, as {@code start << 32 | end} (its line break), or -1: two or more delimiters (tab or pipe), every field
   * at most 32 characters of letters, spaces and {@code _ - . / # ( )} (no digit, no {@code @}), and the next line with
   * as many delimiters. Lines of only border characters ({@code + - = |}) and blank lines are passed over. Reads at
   * most {@link #MAX_LINE} characters.
   */
  static long laterHeader(CharSequence t, int from) {
    int n = t.length();
    int s = from;
    for (int line = 0; line < TITLE_LINES && s < n && s < MAX_LINE; line++) {
      int e = s;
      boolean border = true;
      while (e < n && t.charAt(e) != '\n' && e - from < MAX_LINE) {
        char c = t.charAt(e);
        border &= c == '+' || c == '-' || c == '=' || c == '|' || c == ' ' || c == '\r';
        e++;
      }
      if (e >= n || t.charAt(e) != '\n') {
        return -1;
      }
      if (!border) {
        char d = delimiter(t, s, e);
        if (d == 0 && spacedHeader(t, s, e)) {
          return ((long) s << 32) | e;
        }
        if (d != '\t' && d != '|') {
          return -1;
        }
        int c = count(t, s, e, d);
        if (c < 2 || !headerLike(t, s, e, d)) {
          return -1;
        }
        // the next line that is no border line has as many delimiters
        int ns = e + 1;
        for (int k = 0; k < 2 && ns < n; k++) {
          int ne = ns;
          boolean nb = true;
          while (ne < n && t.charAt(ne) != '\n' && ne - e < MAX_LINE) {
            char x = t.charAt(ne);
            nb &= x == '+' || x == '-' || x == '=' || x == '|' || x == ' ' || x == '\r';
            ne++;
          }
          if (!nb) {
            return count(t, ns, ne, d) == c ? ((long) s << 32) | e : -1;
          }
          ns = ne + 1;
        }
        return -1;
      }
      s = e + 1;
    }
    return -1;
  }

  /**
   * (round 21) Whether the line {@code t[s, e)} is a header row whose names are separated by single spaces over
   * whitespace-aligned rows ("NAME DOB PASSPORT PHONE", "Nom Passeport Téléphone"): three to twelve names of
   * letters (and {@code . / _ - # ( )}), each starting with a capital letter, one space between two names, and the
   * next line that is no border line with exactly one column gap (a tab in the scanned view) fewer than names.
   */
  static boolean spacedHeader(CharSequence t, int s, int e) {
    int words = 0;
    int len = 0;
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if (c == ' ') {
        if (len == 0) {
          return false;
        }
        len = 0;
      } else if (c == '\r' && k == e - 1) {
        break;
      } else if (Character.isLetter(c) || len > 0 && (c == '.' || c == '/' || c == '_' || c == '-' || c == '#'
          || c == '(' || c == ')')) {
        if (len == 0) {
          if (!Character.isUpperCase(c)) {
            return false;
          }
          words++;
        }
        if (++len > 32) {
          return false;
        }
      } else {
        return false;
      }
    }
    if (words < 3 || words > 12 || len == 0) {
      return false;
    }
    int n = t.length();
    int ns = e + 1;
    for (int line = 0; line < 2 && ns < n; line++) {
      int ne = ns;
      boolean border = true;
      while (ne < n && t.charAt(ne) != '\n' && ne - ns < MAX_LINE) {
        char x = t.charAt(ne);
        border &= x == '+' || x == '-' || x == '=' || x == '|' || x == ' ' || x == '\r';
        ne++;
      }
      if (!border) {
        return count(t, ns, ne, '\t') == words - 1;
      }
      ns = ne + 1;
    }
    return false;
  }

  /** Whether every field of {@code t[s, e)} split at {@code d} is a short header name (see {@link #laterHeader}). */
  static boolean headerLike(CharSequence t, int s, int e, char d) {
    int len = 0;
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if (c == d) {
        len = 0;
      } else if (Character.isLetter(c) || c == ' ' || c == '_' || c == '-' || c == '.' || c == '/' || c == '#'
          || c == '(' || c == ')' || c == '\r') {
        if (++len > 32) {
          return false;
        }
      } else {
        return false;
      }
    }
    return true;
  }

  /** The delimiter of a header line: tab, else semicolon, else comma; 0 when it has none. */
  private static char delimiter(CharSequence t, int s, int e) {
    boolean comma = false;
    boolean semi = false;
    boolean pipe = false;
    for (int k = s; k < e; k++) {
      char c = t.charAt(k);
      if (c == '\t') {
        return '\t';
      }
      semi |= c == ';';
      comma |= c == ',';
      pipe |= c == '|';
    }
    return semi ? ';' : comma ? ',' : pipe ? '|' : 0;
  }

  /** Delimiters in {@code t[s, e)} outside double quotes. */
  private static int count(CharSequence t, int s, int e, char d) {
    int c = 0;
    boolean q = false;
    for (int k = s; k < e; k++) {
      char ch = t.charAt(k);
      if (ch == '"') {
        q = !q;
      } else if (ch == d && !q) {
        c++;
      }
    }
    return c;
  }

  /** Whether the header name {@code t[s, e)} (letters only, lower-cased; "_", "-", " ", "." dropped) is a key. */
  static boolean keyIn(CharSequence t, int s, int e, WordSet keys) {
    StringBuilder key = KEY.get();
    key.setLength(0);
    int part = 0;
    for (int k = s; k < e && key.length() < 32; k++) {
      char c = t.charAt(k);
      if (Character.isLetter(c)) {
        key.append(Character.toLowerCase(c));
      } else if (c == '(') {
        // "ABN (contractor)": a remark in brackets after the name
        break;
      } else if (c == '/') {
        // "DNI/NIE", "Tel/Fax": two names of one column; either one names it (round 19)
        if (key.length() > part && keys.contains(key, part, key.length())) {
          return true;
        }
        part = key.length();
      } else if (c != '_' && c != '-' && c != ' ' && c != '.' && c != '"' && c != '\r' && c != '°' && c != '#') {
        // ("N°", round 21: the degree sign written for the ordinal; round 22: "DL#", "SSN#", a number sign glued on)
        return false;
      }
    }
    return key.length() > 0 && (keys.contains(key, 0, key.length())
        || part > 0 && key.length() > part && keys.contains(key, part, key.length()));
  }

  /**
   * A postcode that is the whole value of a postcode column of delimited text or of a JSON postcode key
   * ({@code "zip": "10115"}, {@code "plz":"80331"}, "name,postcode\nJan,2514 EA"), starting at the digit {@code i}:
   * four or five digits, optionally followed by a space and two capitals (nl) or a dash and three or four digits
   * (pt, US ZIP+4). Returns the end of the postcode, or -1. Only values of that shape pay for the header lookup.
   */
  static int postcodeValueEnd(CharSequence t, int i) {
    int n = t.length();
    if (i == 0) {
      return -1;
    }
    char p = t.charAt(i - 1);
    if (p != '"' && p != ',' && p != ';' && p != '\t' && p != '\n') {
      return -1;
    }
    int k = i;
    while (k < n && Engine.isDigit(t.charAt(k)) && k - i < 6) {
      k++;
    }
    if (k - i == 2 && k + 4 <= n && t.charAt(k) == '-' && Engine.isDigit(t.charAt(k + 1))
        && Engine.isDigit(t.charAt(k + 2)) && Engine.isDigit(t.charAt(k + 3))
        && (k + 4 == n || !Engine.isDigit(t.charAt(k + 4)))) {
      k += 4; // "31-042": a Polish postcode (twelfth round)
    } else if (k - i < 4 || k - i > 5) {
      return -1;
    } else if (k + 3 <= n && t.charAt(k) == ' ' && upper(t.charAt(k + 1)) && upper(t.charAt(k + 2)) && k - i == 4) {
      k += 3;
    } else if (k + 4 <= n && t.charAt(k) == '-' && Engine.isDigit(t.charAt(k + 1))) {
      int q = k + 1;
      while (q < n && Engine.isDigit(t.charAt(q)) && q - k <= 5) {
        q++;
      }
      if (q - k - 1 != 3 && q - k - 1 != 4) {
        return -1;
      }
      k = q;
    }
    char x = k < n ? t.charAt(k) : '\n';
    if (p == '"') {
      return x == '"' && jsonKeyBefore(t, i - 1, POSTCODE) ? k : -1;
    }
    if (!(x == ',' || x == ';' || x == '\t' || x == '\n' || x == '\r')) {
      return -1;
    }
    return in(t, i, POSTCODE) ? k : -1;
  }

  /**
   * As {@link #postcodeValueEnd} for a postcode that starts with a capital: uk ("SW1A 1AA", "M1 1AE") and ca
   * ("K1A 0B1"), the whole value of a postcode column or JSON key. Returns its end, or -1.
   */
  static int letterPostcodeEnd(CharSequence t, int i) {
    int n = t.length();
    if (i == 0 || i + 6 > n) {
      return -1;
    }
    char p = t.charAt(i - 1);
    if (p != '"' && p != ',' && p != ';' && p != '\t' && p != '\n') {
      return -1;
    }
    int k = eircodeEnd(t, i);
    if (k > 0) {
      // "D02 X285", "V95 X2P7": an Irish Eircode (twelfth round)
      char x = k < n ? t.charAt(k) : '\n';
      if (p == '"') {
        return x == '"' && jsonKeyBefore(t, i - 1, POSTCODE) ? k : -1;
      }
      return (x == ',' || x == ';' || x == '\t' || x == '\n' || x == '\r') && in(t, i, POSTCODE) ? k : -1;
    }
    k = i;
    // outward code: 1-2 capitals, a digit, an optional capital or digit (uk); or capital, digit, capital (ca)
    while (k < n && k - i < 2 && upper(t.charAt(k))) {
      k++;
    }
    if (k == i || k >= n || !Engine.isDigit(t.charAt(k))) {
      return -1;
    }
    k++;
    if (k < n && (upper(t.charAt(k)) || Engine.isDigit(t.charAt(k)))) {
      k++;
    }
    if (k + 4 > n || t.charAt(k) != ' ' || !Engine.isDigit(t.charAt(k + 1))) {
      return -1;
    }
    char a = t.charAt(k + 2);
    char b = t.charAt(k + 3);
    if (!(upper(a) && upper(b) || upper(a) && Engine.isDigit(b))) {
      return -1;
    }
    k += 4;
    char x = k < n ? t.charAt(k) : '\n';
    if (p == '"') {
      return x == '"' && jsonKeyBefore(t, i - 1, POSTCODE) ? k : -1;
    }
    if (!(x == ',' || x == ';' || x == '\t' || x == '\n' || x == '\r')) {
      return -1;
    }
    return in(t, i, POSTCODE) ? k : -1;
  }

  /**
   * The end of an Irish Eircode at {@code i} ("D02 X285", "D6W 1234", "V95 X2P7": a routing key of a capital and two
   * digits, or D6W, a space and four capitals or digits, at least one a capital, not followed by a letter or digit),
   * or -1.
   */
  static int eircodeEnd(CharSequence t, int i) {
    int n = t.length();
    if (i + 8 > n || !upper(t.charAt(i)) || t.charAt(i + 3) != ' ') {
      return -1;
    }
    char a = t.charAt(i + 1);
    char b = t.charAt(i + 2);
    boolean routing = Engine.isDigit(a) && Engine.isDigit(b) || t.charAt(i) == 'D' && a == '6' && b == 'W';
    if (!routing) {
      return -1;
    }
    int caps = 0;
    for (int k = i + 4; k < i + 8; k++) {
      char c = t.charAt(k);
      if (upper(c)) {
        caps++;
      } else if (!Engine.isDigit(c)) {
        return -1;
      }
    }
    if (caps == 0 || i + 8 < n && Character.isLetterOrDigit(t.charAt(i + 8))) {
      return -1;
    }
    return i + 8;
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Whether the quote at {@code q} opens the value of a JSON key in {@code keys} ({@code "zip": "}). */
  static boolean jsonKeyBefore(CharSequence t, int q, WordSet keys) {
    int k = q - 1;
    while (k >= 0 && q - k < 8 && t.charAt(k) == ' ') {
      k--;
    }
    if (k < 1 || t.charAt(k) != ':') {
      return false;
    }
    k--;
    while (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    if (k < 1 || t.charAt(k) != '"') {
      return false;
    }
    int ke = k;
    int ks = ke - 1;
    while (ks >= 0 && ke - ks <= 24 && t.charAt(ks) != '"') {
      ks--;
    }
    return ks >= 0 && t.charAt(ks) == '"' && ke - ks >= 3 && keyIn(t, ks + 1, ke, keys);
  }

  /**
   * The end of a name-like field value starting at {@code i}: 1-4 words of letters (with {@code . - '} and spaces)
   * up to the delimiter, closing quote or line end; -1 otherwise.
   */
  static int wordsValueEnd(CharSequence t, int i) {
    int n = t.length();
    int k = i;
    int words = 0;
    boolean inWord = false;
    while (k < n && k - i <= 80) {
      char c = t.charAt(k);
      if (Character.isLetter(c)) {
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else if (c == ' ' || c == '.' || c == '-' || c == '\'') {
        inWord = false;
      } else {
        break;
      }
      k++;
    }
    if (words == 0 || words > 4 || k - i > 80) {
      return -1;
    }
    if (k < n) {
      char c = t.charAt(k);
      if (c != ',' && c != ';' && c != '\t' && c != '"' && c != '\n' && c != '\r') {
        return -1;
      }
    }
    int e = k;
    while (e > i && !Character.isLetter(t.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
