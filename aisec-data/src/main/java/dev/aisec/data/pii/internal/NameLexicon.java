package dev.aisec.data.pii.internal;

/**
 * The word lists of the name rules: titles and degrees, left and right cue phrases (with their {@link CueIndex}
 * tables), weekdays and months, street, unit and building words, brand, shop, venue and company words, form and
 * value labels, sign-offs, particles and the small lower-case and all-caps word sets the rules of {@link Names}
 * and its helpers ask. Everything here is an immutable constant built once at class initialisation from the
 * literals in this file; nothing here depends on any other name class, so initialisation order cannot matter.
 */
final class NameLexicon {

  private NameLexicon() {}

  private static final String TITLES = " mr mrs ms miss dr prof sir madam mister herr herrn frau mme mlle m monsieur "
      + "madame sr sra srta señor señora doña dott sig signor signora dear avv ing geom dottor dottoressa "
      + "signorina avvocato ingegnere mevrouw meneer dhr mevr senhor senhora "
      // thirteenth round: professional titles of it, es, fr before a surname ("ingegner Gallo", "licenciada Torres")
      + "ingegner licenciada licenciado ingeniero ingeniera abogado abogada arquitecto arquitecta maître maitre "
      + "notaio notaire "
      // round 17: Polish forms of address before a first name in the vocative ("Pani Agnieszko", "Panie Tomaszu")
      + "pani panie panu pana ";

  /** Degrees written after a title ("Dr. med. Anna Berg", "Dr. rer. nat.", "Dr. phil."); only after a title. */
  private static final String DEGREES = " med rer nat phil jur dent vet habil ";

  private static final String[] STRONG_CUES = {" my name is ", " name is ", " name's ", " mein name ist ",
      " last name ", " first name ", " surname ", " full name ", " nachname ", " vorname ", " nom de famille ",
      " prénom ", " apellido ", " calls me ", " everyone calls me ", " named him ", " named her ", " my kid ",
      " kid ", " my son ", " my daughter ", " says ", " said ", " ich heiße ", " ich heisse ", " je m'appelle ",
      " m'appelle ", " me llamo ", " mi nombre es ", " named ", " called ", " signed ", " name ", " nom ",
      " nombre ", " patient ", " customer ", " employee ", " applicant ", " maiden name is ", " son ",
      " daughter ", " wife ", " husband ", " brother ", " sister ", " mother ", " father ", " mom ", " dad ",
      " friend ", " colleague ", " boss ", " my friend ", " contact person ", " from: ", " to: ", " cc: ",
      // eighth round: person labels of tickets, forms and bank records
      " reporter ", " requester ", " assignee ", " kontoinhaber ", " kontoinhaberin ", " titular ",
      " intestato a ", " voornaam ", " achternaam ", " cognome ", " apellidos ",
      // round 19: name fields of pl, pt, sv, da, no, tr forms
      " nazwisko ", " imię ", " sobrenome ", " efternamn ", " förnamn ", " efternavn ", " fornavn ", " etternavn ",
      " soyadı ", " soyad ",
      // twelfth round: kinship words before a first name ("grandpa Wiesław", "tía Carmen", "babcia Zosia")
      " grandpa ", " grandma ", " granny ", " grandad ", " uncle ", " aunt ", " auntie ", " opa ", " oma ",
      " onkel ", " nonna ", " nonno ", " zio ", " zia ", " tía ", " tío ", " abuela ", " abuelo ", " avó ", " avô ",
      " babcia ", " dziadek ", " wujek ", " ciocia ", " mamie ", " papy ", " tonton ", " tata ", " mama "};

  private static final String[] MEDIUM_CUES = {" i am ", " i'm ", " im ", " this is ", " call me ", " ask for ",
      " sung by ", " hi ", " hello ", " hey ", " thanks ", " thank you ", " regards ", " sincerely ", " cheers ",
      " hallo ", " bonjour ", " hola ", " ciao ", " salut ", " grüße ", " gruß ", " cordialement ", " saludos ",
      " bin ", " soy ", " suis ", " gesendet von ", " met ", " meet ", " ask ", " tell ", " told ", " asked ",
      " contact ", " ping ", " cc ", " attn ", " thx ", " ty ", " love ", " xoxo ", " dm ", " @ ",
      // sign-offs of it, nl, es, fr, de before the sender's name
      " saluti ", " a presto ", " groet ", " groetjes ", " groeten ", " mvg ", " atentamente ", " un saludo ",
      " un abrazo ", " abrazo ", " abrazos ", " abraço ", " abraços ", " atenciosamente ", " cumprimentos ",
      " beijos ", " besos ",
      " bien à vous ", " bonne journée ", " grüßen ", " grüsse ", " beste ", " liebe ",
      // letter salutations of it, es, nl, de, fr before the addressee's name
      " gentile ", " gentili ", " egregio ", " egregia ", " estimado ", " estimada ", " querido ", " querida ",
      " geachte ", " geehrte ", " geehrter ", " chère ",
      // round 17: sign-offs of pl, sv, da, no, it, pt, nl before the sender's name on the next line
      " pozdrawiam ", " pozdrowienia ", " z poważaniem ", " serdecznie ", " mvh ", " hälsningar ",
      " vänliga hälsningar ", " hilsen ", " hilsner ", " venlig hilsen ", " vennlig hilsen ", " un abbraccio ",
      " abbracci ", " un bacio ", " baci ", " bacioni ", " beijinhos ", " bjs ", " saudações ", " hartelijke groet ",
      " hartelijke groeten ", " caro ", " cara ", " prezado ", " prezada ", " szanowny ", " szanowna ", " drogi ",
      " droga ", " kära "};

  private static final String[] WEAK_CUES = {" by ", " with ", " from ", " to ", " best ", " yours ", " and ",
      " said ", " per ", " for ", " via ", " am "};

  /** Cues after which a lower-case word may be a name ("my name is john", "hey sarah"). */
  private static final String[] LOWER_CUES = {" my name is ", " name is ", " name's ", " dear ", " named ",
      " called ", " call me ", " im ", " i'm ", " hi ", " hey ", " hello ", " thanks ", " thank you ", " mr ",
      " mrs ", " ms ", " dr ", " ich heiße ", " ich heisse ", " je m'appelle ", " m'appelle ", " me llamo ",
      " mi nombre es ", " mein name ist ", " this is ", " it's ", " yo soy ", " ich bin ", " je suis ",
      // twelfth round: self-introductions of es, it, pt, nl, de, pl ("hola soy pablo", "hier ist jens")
      " soy ", " sono ", " sou ", " ik ben ", " hier ist ", " aqui é ", " jestem ", " mi chiamo ", " me chamo ",
      " ik heet ", " nazywam się ",
      " hallo ", " hola ", " bonjour ", " salut ", " ciao ", " cheers ", " regards ", " love ", " thx ", " ty ",
      " with ", " and ", " to ", " from ", " about ", " for ", " by ", " tell ", " ask ", " told ", " met ",
      " ping ", " cc ",
      // greetings of nl, da/sv, de, it, fr, es (each also in CUE_LAST_WORDS, which Engine.lowerRun asks)
      " hoi ", " hej ", " moin ", " servus ", " buongiorno ", " buonasera ", " bonsoir ", " buenas ",
      // eighth round: "with" of es/it, fr, de ("quedamos con iker", "ho parlato con chiara")
      " con ", " avec ", " mit ",
      // sixteenth round: thanks of fr, it, de, es, pt, nl in chat ("merci camille", "valeu joão")
      " merci ", " grazie ", " danke ", " gracias ", " obrigado ", " obrigada ", " valeu ", " bedankt ",
      // round 17: chat greetings of pl, pt, sv ("cześć kasia", "olá bia", "hejka ola")
      " cześć ", " czesc ", " hejka ", " olá ", " oi ", " tjena ", " hallå "};

  static final int LOWER_STRONG_END = 43;

  private static final String[] STRONG;

  static final int STRONG_END;

  static final int WEAK_FROM;

  static {
    STRONG = new String[STRONG_CUES.length + MEDIUM_CUES.length + WEAK_CUES.length];
    System.arraycopy(STRONG_CUES, 0, STRONG, 0, STRONG_CUES.length);
    System.arraycopy(MEDIUM_CUES, 0, STRONG, STRONG_CUES.length, MEDIUM_CUES.length);
    System.arraycopy(WEAK_CUES, 0, STRONG, STRONG_CUES.length + MEDIUM_CUES.length, WEAK_CUES.length);
    STRONG_END = STRONG_CUES.length;
    WEAK_FROM = STRONG_CUES.length + MEDIUM_CUES.length;
  }

  private static final String[] PLACE_CUES = {" in ", " from ", " to ", " at ", " near ", " city ", " where ",
      " country ", " visit ", " visiting ", " aus ", " nach ", " bei ", " à ", " en ", " desde ", " hacia ",
      " dans ", " around ", " outside ", " town ", " village ", " state ", " province ", " region ", " across ",
      " toward ", " towards ", " of ", " and ",
      // strong from here
      " live in ", " lives in ", " living in ", " moved to ", " based in ", " located in ", " flew to ", " fly to ",
      " wohne in ", " j'habite à ", " vivo en ", " born in ", " headquartered in ", " office in ", " trip to ",
      " travel to ", " traveling to ", " i am in ", " i'm in ", " im in ", " am in ", " originally from ",
      " moved here from ", " here from ", " where ", " lives near ", " wohnt in ", " habite à ", " vive en ",
      " ich wohne in ", " we are in ", " we're in ", " arrived in ", " stay in ", " staying in "};

  static final int PLACE_STRONG_FROM = 30;

  static final CueIndex LOWER_CUES_INDEX = new CueIndex(LOWER_CUES, false);

  static final CueIndex STRONG_INDEX = new CueIndex(STRONG, false);

  static final CueIndex PLACE_CUES_INDEX = new CueIndex(PLACE_CUES, true);

  static final String[] VERBS_AFTER = {" said ", " says ", " wrote ", " writes ", " told ", " asked ",
      " replied ", " answered ", " called ", " texted ", " emailed ", " mentioned ", " thinks ", " was born ",
      " is my ", " will ", " has ", " had ", " and i ", " sagte ", " a dit ", " dijo ", " lives ", " lived ",
      " spent ", " shouted ", " explained ", " is from ", " was ", " is ", " wants ", " went ", " works ",
      " married ", " died ", " joined ", " left ", " sent ", " signed ", " agreed "};

  private static final String[] SURNAME_SUFFIXES = {"ov", "ova", "ev", "ski", "ska", "sky", "ić", "vić",
      "ović", "sson", "dóttir", "dottir", "escu", "enko", "yan", "idze", "shvili", "oglu", "oğlu", "evich",
      "ovich", "ovna", "evna", "czyk", "wicz", "ová", "ská", "poulos", "akis", "idis", "ssen", "ckij"};

  private static final String WEEKDAYS = " monday tuesday wednesday thursday friday saturday sunday montag dienstag "
      + "mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes "
      + "miércoles jueves viernes sábado domingo ";

  private static final String MONTHS = " january february march april may june july august september october "
      + "november december jan feb mar apr jun jul aug sep sept oct nov dec januar februar märz mai juni juli "
      + "oktober dezember janvier février mars avril juin juillet août septembre octobre novembre décembre enero "
      + "febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre ";

  // (thirteenth round: "by" and "every" left out: "send it by Friday", "we ship every Friday" are deadlines and
  // schedules, not a person's date)
  static final String WEEKDAY_CUES = " on next this until since am le el coming meet see ";

  static final WordSet WEEKDAY_SET = set(WEEKDAYS);

  static final WordSet MONTH_SET = set(MONTHS);

  static final WordSet TITLE_SET = set(TITLES);

  static final WordSet CUE_LAST_WORDS = set(" is name's dear hi hey hello thanks thank yo soy llamo appelle "
      + "heiße heisse ist es named called signed regards sincerely cheers in from to at near where city live lives "
      + "living moved based located flew fly born trip travel traveling am im i'm with by and met meet ask tell "
      + "told asked contact ping cc attn thx ty love xoxo dm for via per said best yours suis bin "
      + "hoi hej moin servus buongiorno buonasera bonsoir buenas "
      // twelfth round: kinship words ("grandpa Wiesław", "tía Carmen")
      + "grandpa grandma granny grandad uncle aunt auntie opa oma onkel nonna nonno zio zia tía tío abuela abuelo "
      + "avó avô babcia dziadek wujek ciocia mamie papy tonton "
      // twelfth round: self-introductions ("sono giulia", "me chamo rui", "jestem ania")
      + "sono sou jestem chiamo chamo heet "
      // sixteenth round: thanks of fr, it, de, es, pt, nl ("merci camille")
      + "merci grazie danke gracias obrigado obrigada valeu bedankt "
      // round 17: chat greetings of pl, pt, sv
      + "cześć czesc hejka olá oi tjena hallå ");

  static WordSet set(String words) {
    java.util.List<String> l = new java.util.ArrayList<>();
    for (String w : words.trim().split("\\s+")) {
      if (!w.isEmpty()) {
        l.add(w);
      }
    }
    return new WordSet(l);
  }

  private static final String STREET_SUFFIX = " street st avenue ave road rd lane ln drive dr boulevard blvd way "
      + "court ct place pl square sq terrace parkway pkwy highway hwy circle cir trail alley crescent close strasse "
      + "straße str weg gasse platz allee ring damm ufer rue chemin calle avenida plaza paseo via viale piazza corso "
      + "straat laan plein gracht gade vej gatan vägen katu tie utca ulica ";

  static final String[] STREET_ENDINGS = {"straße", "strasse", "weg", "gasse", "platz", "allee",
      "katu", "gatan", "vägen", "vej", "gade", "straat", "laan", "plein", "utca", "ulica", "veien", "kuja", "tie",
      "gracht", "kade", "singel", "steeg", "damm", "ufer"};

  static final String[] NO_ENDINGS = {};

  /** The last letters of {@link #STREET_ENDINGS} (ASCII). */
  static final boolean[] STREET_LAST = new boolean[128];

  static {
    for (String end : STREET_ENDINGS) {
      char c = end.charAt(end.length() - 1);
      if (c < 128) {
        STREET_LAST[c] = true;
      }
    }
  }

  private static final String UNIT_WORDS = " apt apartment suite unit box psc floor flat wohnung piso ";

  static final WordSet UNIT_SET = set(UNIT_WORDS);

  static final WordSet STREET_SET = set(" street st avenue ave road rd lane ln drive dr boulevard blvd way "
      + "court ct place pl square sq terrace parkway pkwy highway hwy circle cir trail alley crescent close strasse "
      + "straße str weg gasse platz allee ring damm ufer rue chemin calle avenida plaza paseo via viale piazza corso "
      + "straat laan plein gracht gade vej gatan vägen katu tie utca ulica mall bypass prairie greens loop hills "
      + "point pass union extensions extension squares rapids gateway crossroad crossing courts coves cove parks "
      + "heights harbor harbour junction knoll landing manor meadow meadows mews mill mills orchard ridge shoal "
      + "shores springs station summit valley view villas vista walk wells ");

  private static final String STREET_PREFIXES = " rua rue avda avenida calle via ul ulica strada av "
      + "boulevard piazza plaza largo travessa viale carrer avenue chemin impasse allée quai paseo camino "
      + "carretera ronda vicolo corso ";

  static final WordSet STREET_PREFIX_SET = set(STREET_PREFIXES);

  /**
   * The lower-cased first two letters of the street prefixes, as {@code (c0 - 'a') * 26 + (c1 - 'a')}; null when a
   * prefix does not start with two ASCII letters (then {@link Names#mayStartStreetPrefix} never rejects).
   */
  static final boolean[] STREET_PREFIX_STARTS = starts(STREET_PREFIXES);

  static boolean[] starts(String words) {
    boolean[] b = new boolean[26 * 26];
    for (String w : words.trim().split("\\s+")) {
      String k = w.toLowerCase(java.util.Locale.ROOT);
      if (k.length() < 2 || k.charAt(0) < 'a' || k.charAt(0) > 'z' || k.charAt(1) < 'a' || k.charAt(1) > 'z') {
        if (k.length() >= 2) {
          return null;
        }
        continue; // a one-letter prefix never matches: prefixStreet wants two letters or more
      }
      b[(k.charAt(0) - 'a') * 26 + k.charAt(1) - 'a'] = true;
    }
    return b;
  }

  /**
   * The lower-cased first two letters of the words that start with two ASCII letters, as {@code (c0 - 'a') * 26 +
   * (c1 - 'a')}; other words are left out (a gate built on this table answers true for any text that does not start
   * with two ASCII letters, so a word left out can never be rejected).
   */
  static boolean[] asciiStarts(String words) {
    boolean[] b = new boolean[26 * 26];
    for (String w : words.trim().split("\\s+")) {
      String k = w.toLowerCase(java.util.Locale.ROOT);
      if (k.length() >= 2 && k.charAt(0) >= 'a' && k.charAt(0) <= 'z' && k.charAt(1) >= 'a' && k.charAt(1) <= 'z') {
        b[(k.charAt(0) - 'a') * 26 + k.charAt(1) - 'a'] = true;
      }
    }
    return b;
  }

  /**
   * Words that are brands, products or missions as often as names or places: "Jordan 4s", "Apollo 11",
   * "the new Mercedes EQS", "Mercedes Shop". A hit made of such a word alone, or of such a word and words that are
   * no listed names, stays a name only with a cue right before it (a greeting, a title, a place preposition for
   * places), as a chat speaker ("jordan: ...") or below a sign-off line; never before a number.
   */
  static final WordSet BRANDS = set(" jordan apollo mercedes porsche ferrari lamborghini maserati bugatti "
      + "chanel hermès hermes tiffany jaguar chevrolet cadillac peugeot renault citroën citroen skoda "
      + "lexus bentley rolls royce miele nivea heineken carlsberg guinness marlboro "
      + "lacoste armani valentino fendi cartier bulgari rolex omega hilton marriott hyatt mercury gemini "
      + "artemis orion athena atlas hermes nike puma fila "
      // twelfth round: car makes, electronics, fashion, banks and games that are read as names
      + "lancia alfa fiat tesla opel hyundai toyota honda nissan mazda subaru volvo audi dacia lenovo samsung "
      + "xiaomi huawei logitech gucci prada versace dior monzo revolut klarna zelda lego ikea adidas reebok asics "
      // sixteenth round: companies named after a founder that are written alone ("Dell XPS 15", "Danone")
      + "dell danone nestlé nestle bosch siemens philips boeing michelin kellogg kellogg's cadbury dyson disney "
      + "lidl aldi bugatti ");

  /**
   * Keys and column names whose values are products, titles, colours or code names, never a person or a place:
   * {"product": "Lisbon Sofa"}, {"color": "Sierra Grey"}, "isbn,title,author" (twelfth round).
   */
  static final WordSet THING_KEYS = set(" product productname title model brand color colour codename "
      + "category item itemname variant style collection sku artikel produkt farbe titel modell produit titre "
      + "couleur modèle producto título titulo modelo prodotto titolo colore modello kleur ");

  /** Abbreviations of "number" that are never a street or a name: "Rechnung Nr. 2025", "No. 5", "n° 12". */
  static final WordSet NUMBER_ABBREVIATIONS = set(" nr no nº num nro núm numero número nummer ");

  /** Count and unit words after a number that is then no house number: "432 Seiten", "1000 Mbps". */
  static final WordSet COUNT_UNITS = set(" seiten pages páginas pagine paginas mbps gbps kbps mbit gbit "
      + "stück stk pcs items users nutzer utilisateurs usuarios utenti ");

  /** Verbs of visiting before a place ("visited Jordan"), en, de, fr, es, it, nl, pt (twelfth round). */
  static final WordSet VISIT_WORDS = set(" visited visit visiting toured touring explored besucht besuchen "
      + "visité visiter visitamos visitar visitato visitare bezocht bezoeken visitei visitou ");

  /** "is", "was", "has", "team", "office": a word after a place that makes it the subject or a modifier. */
  static final WordSet AFTER_PLACE_SUBJECT = set(" is was has had are were team office will ");

  /** Conjunctions of a list ("Santander, ING and Monzo"): no cue for a brand word (twelfth round). */
  static final WordSet LIST_CONJUNCTIONS = set(" and und et y e en i or oder ou o of ");

  /** Prepositions of en, de, fr, es, it, nl, pt before a place name ("in Jordan", "nach Jordanien"). */
  static final WordSet PLACE_PREPOSITIONS = set(" in to from into via nach aus von en à au a de da em "
      + "para naar uit di ");

  /** Words of hospitals and buildings that are also names or places: "Ward 4B", "Room 12", "Bay 3", "Zimmer 5". */
  static final WordSet ROOM_WORDS = set(" ward room bed bay wing floor level gate platform hall zimmer "
      + "raum saal station stanza sala chambre salle kamer zaal quarto box ");

  /**
   * Frequent lower-case chat words of nl, de, fr, es, it and pt that the surname or place lists also hold and that
   * are no first names (written by hand, then kept only when the gazetteer lists them; fifteenth round).
   */
  static final WordSet LOWER_FOREIGN_WORDS = set(" bellen werk haar komen kunnen hebben werken halen huis "
      + "straat stad middag gisteren laat snel mooi goed groot klein oud vriend broer vader kinderen hond kat winkel "
      + "markt kerk zee wijn kaas melk boter vis feest dokter buren buurman deur raam kamer keuken tuin stoel boek wel "
      + "niet maar dus stadt zug freund bruder hund meer wasser zimmer schade sagen wissen essen bon petit porte "
      + "aller bueno niño mercado pero ir bello bosco bom mau praia jardim morar "
      // sixteenth round: "grazie mille", "merci mille fois" after the thanks cues of chat
      + "mille ");

  /**
   * Greetings of nl, pt, it, pl, sv, da, de, fr, es and en that open a letter or a chat line before the addressee's
   * name (round 17): "Hoi", "Olá", "Buongiorno", "Cześć", "Hej", "Dzień dobry", "Bom dia", "Caro", "Szanowny", and the
   * Polish forms of address "Pani", "Panie". Accented "Olá" only: "Ola" is also a first name.
   */
  static final WordSet GREETING_WORDS = set(" hoi hej hejsan hallo hello hi hey olá oi buongiorno caro cara "
      + "carissimo carissima querido querida prezado prezada estimado estimada szanowny szanowna drogi droga kära "
      + "pani panie panu pana "
      + "buonasera salve ciao cześć czesc witam witaj dzień dobry dobry bom dia boa tarde noite hola buenas buenos "
      + "días bonjour bonsoir salut moin servus goedemorgen goedemiddag goedenavond dag tjena god morgon morgen "
      + "guten tag ");

  static final WordSet POLISH_ADDRESS = set(" pani panie panu pana ");

  /** Verbs of moving and travelling of en, de, fr, es, it, nl, pt before a place preposition (round 17). */
  static final WordSet MOVE_VERBS = set(" landed landing moved moving move relocated flew fly flying flown "
      + "drove driving drive arrived arriving heading headed travelled traveled travelling traveling commute "
      + "commuting emigrated gezogen umgezogen geflogen gelandet angekommen "
      + "déménagé arrivé arrivée atterri mudé mudamos llegué llegamos aterrizamos trasferito arrivato arrivata "
      + "atterrato verhuisd geland aangekomen mudei mudamos cheguei chegamos ");

  static final WordSet SHOP_PREPOSITIONS = set(" at from ");

  /** Legal forms of companies written after the name (pl, de, nl, se, fi, it, es, fr, pt, en; round 17). */
  static final WordSet COMPANY_SUFFIXES = set(" sp spółka gmbh ag kg ohg ug ab oy bv nv srl spa sarl sas "
      + "ltd ltda llc plc inc corp lda aps asa ");

  /**
   * Form labels of pt, pl, sv, it, nl, es, de that are read as a chat speaker before a colon at a line start
   * ("Endereço:", "Sökande:", "Oferta:"; round 17).
   */
  static final WordSet FORM_LABELS = set(" endereço morada oferta sökande adress adres indirizzo dirección "
      + "direccion domicilio leveradres afleveradres pacjent pacjentka klient klientka sökanden namn nazwisko imię "
      + "firma empresa azienda bedrijf företag preço precio prezzo pris cena kwota valor importe summa bizum swish "
      + "mottagare odbiorca destinatario destinatário ontvanger empfänger ");

  /** Endings of German offices and authorities ("Finanzamt", "Krankenkasse", "Stadtverwaltung", "Amtsgericht"). */
  static final WordSet OFFICE_ENDINGS = set(" amt verwaltung kasse versicherung behörde gericht ministerium "
      + "kammer abteilung direktion polizei agentur ");

  /**
   * Brands, shops and labels named after a person, two to four words ("Hugo Boss", "Calvin Klein", "Yves Saint
   * Laurent", "Marc O'Polo", "Aston Martin"): fashion, cosmetics, retail, drinks, cars and food, written by hand
   * (fifteenth round). The full name says brand; its parts alone stay names.
   */
  static final WordSet BRAND_NAMES = new WordSet(java.util.Arrays.asList(("hugo boss|tommy hilfiger|"
      + "calvin klein|ralph lauren|polo ralph lauren|michael kors|marc jacobs|tory burch|kate spade|ted baker|"
      + "vera wang|stella mccartney|giorgio armani|emporio armani|karl lagerfeld|christian dior|"
      + "christian louboutin|christian lacroix|pierre cardin|louis vuitton|jimmy choo|manolo blahnik|"
      + "alexander mcqueen|vivienne westwood|carolina herrera|donna karan|anne klein|kenneth cole|steve madden|"
      + "fred perry|ben sherman|levi strauss|estée lauder|estee lauder|helena rubinstein|elizabeth arden|"
      + "coco chanel|salvatore ferragamo|roberto cavalli|jean paul gaultier|yves saint laurent|oscar de la renta|"
      + "tom tailor|marc o'polo|marc o’polo|sonia rykiel|isabel marant|dries van noten|max mara|philipp plein|"
      + "thomas sabo|bruno banani|jack wolfskin|charles tyrwhitt|tommy jeans|tommy bahama|"
      + "johnnie walker|jack daniel's|jim beam|john deere|harley davidson|aston martin|"
      + "tim hortons|paul hewitt|elie saab|emilio pucci|wolfgang puck|walt disney|"
      + "ben jerry|ben & jerry's|dolce gabbana|dolce & gabbana|victoria's secret|abercrombie fitch|"
      + "abercrombie & fitch|hugo boss orange|kurt geiger|ted lapidus|guy laroche|nina ricci|paco rabanne|"
      + "van cleef|diane von furstenberg|ermenegildo zegna|brunello cucinelli|bottega veneta|"
      + "ray ban|martha stewart living|"
      // round 17: banks, brokers, auditors and firms named after founders
      + "morgan stanley|goldman sachs|charles schwab|wells fargo|merrill lynch|lehman brothers|edward jones|"
      + "raymond james|dow jones|ernst young|ernst & young|procter gamble|procter & gamble|johnson & johnson|"
      + "marks & spencer|marks spencer|arthur andersen|booz allen|baker mckenzie|hewlett packard|"
      + "johnson controls|jp morgan|john lewis partnership|sherwin williams|kimberly clark").split("\\|")));

  /** Shopping words of en, de, fr, es, it, nl, pt (clothes, shops, sales, sizes). */
  static final WordSet SHOP_WORDS = set(" jacket jackets shirt shirts jeans dress dresses shoes sneakers bag "
      + "bags perfume fragrance watch watches coat suit belt wallet sunglasses store stores shop shops outlet "
      + "boutique sale sales off discount size sizes stock order ordered buy bought price jacke hemd hose kleid "
      + "schuhe tasche parfüm uhr mantel anzug laden rabatt größe angebot veste chemise jean robe chaussures sac "
      + "parfum montre manteau boutique soldes taille chaqueta camisa vestido zapatos bolso perfume reloj tienda "
      + "rebajas talla giacca camicia vestito scarpe borsa profumo orologio negozio saldi taglia jas overhemd "
      + "broek jurk schoenen tas horloge winkel korting maat casaco calças sapatos saldos tamanho "
      // sixteenth round: company and market news ("Hugo Boss Q3 results beat forecasts", "Aktie von Hugo Boss")
      + "shares shareholders results revenue revenues earnings profit profits quarter quarterly investors ipo "
      + "nasdaq nyse dax ftse aktie aktien umsatz gewinn quartal bourse actions chiffre ventas beneficio "
      + "acciones ricavi utile azioni omzet winst aandelen lucro ações receita "
      // round 17: banking and audit news ("Morgan Stanley cut fees", "lost the audit")
      + "fees fee bank banks banking brokerage broker stock stocks bonds fund funds analysts merger acquisition "
      + "audit auditor auditors firm "
      // round 17: food and drink ("a bottle of Jack Daniel's", "coffee at Tim Hortons")
      + "bottle bottles whisky whiskey bourbon beer wine drinks tub tubs pint coffee lunch breakfast dinner donut "
      + "donuts burger ");

  /** Museums, galleries, theatres, libraries and stadiums of en, de, fr, es, it, nl, pt. */
  static final WordSet VENUE_WORDS = set(" museum musée museo museu gallery galerie galleria theatre "
      + "theater théâtre teatro library bibliothek bibliothèque biblioteca academy akademie stadium stadion stadio "
      + "arena memorial monument "
      // round 17: bars, pubs and restaurants ("Gordon's Wine Bar", "Madison Square Garden")
      + "bar pub café cafe restaurant ristorante trattoria pizzeria bistro brasserie tavern taverna kneipe diner "
      + "garden gardens ");

  /** Words naming software before its name ("l'application Marcel", "the app Bruno", "version Oscar"). */
  static final WordSet APP_WORDS = set(" app apps application applications appli aplicación aplicativo "
      + "chatbot chatbots bot bots "
      + "applicazione anwendung version versión versione versão release codename ");

  /** Shipping and shop nouns after a brand ("your Hugo order", "la commande Zara"). */
  static final WordSet PRODUCT_NOUNS = set(" order orders parcel package shipment delivery purchase "
      + "bestellung lieferung paket commande colis livraison pedido envío paquete ordine spedizione pacco "
      + "encomenda gift giftcard voucher ");

  /**
   * Romanised given names and surnames of origins that the gazetteer (built from datafaker's locale files) holds few
   * of: Japan, Korea, China, Vietnam, India, West, East and southern Africa, the Arab world, Turkey, Iran; written by
   * hand in the fifteenth round, leaving out English words, words of the common list and names already listed. Kept
   * apart from the gazetteer so the name tagger's features (and weights) do not change; asked only for runs of
   * capitalised words that hold no listed name.
   */
  static final WordSet ORIGIN_NAMES = set(
      " aarav abena abhishek achieng adaeze adebayo aditi aishwarya ajay akinyi akosua amaka amani amit ananya "
      + " ankit aoi ayaka ayodele babatunde baraka behnam bongani chiamaka chidi chinedu chioma daiki dariush dayo "
      + " deepak deepika do-yun dong-hyun donghyun doyun ebuka efua eun-ji eunji farhad folake funmilayo guiying "
      + " ha-eun haeun haoran harish haruka haruto hieu hiroshi huda hye-jin hyejin hyun-woo hyunwoo ifeoma ishaan "
      + " jae-won jaewon ji-hoon ji-woo jiahui jianguo jianhua jie jihoon jin-woo jing jinwoo jiwoo junjie kagiso "
      + " kaito kavya kazuki kelechi kenji kenta khanh kojo kwame lijuan makoto masato meera megumi min-jun min- "
      + " seo minjun minoru minseo misaki nanami naoki naoko neema ngozi nikhil niloufar njeri nnamdi nomvula "
      + " obinna olumide oluwaseun osamu ozan parisa pooja pradeep prakash qiang quang quynh rajesh rekha reyansh "
      + " riku ryo ryota sakura satoshi segun seo-jun seo-yeon seojun seoyeon shinji shota shweta siddharth sipho "
      + " sneha soo-jin soojin sota sung-min sungmin sunil swati takashi takeshi takumi temitope tetsuya thabo "
      + " thandiwe trung tshepo tunde uchenna varun vihaan vivaan wanjiku wanjiru weiwei wenjing xiaohong xiaoling "
      + " xiaoming xiaoyu xinyi xiuying yanping ye-jin yejin yetunde yichen yusuke yuto yutong yuxuan zainab "
      + " zanele zhiwei zihan zixuan zuberi abubakar adeleke adeyemi afolabi agyeman akinola al-sayed ando aoki "
      + " arai baek balogun bhatia bose cetin chatterjee chauhan chebet cui deng duan endo farouk fujii fujimoto "
      + " fujita fukuda goto harada hasegawa hashimoto hayashi hegde hirano hwang ikeda imai inoue ishida ishii "
      + " ishikawa iwasaki jafari jang jeon kamath kamau kaneko kang kariuki khoury kikuchi kimura kinoshita "
      + " kiprop kobayashi kondo krishnan kubo kudo kulkarni kwon malhotra maruyama masuda matsuda matsui "
      + " matsumoto matsuo mehta miura miyamoto miyazaki moradi morita mukherjee murakami murata mutua mwangi "
      + " nakagawa nakamura nakano nakayama nasser nishimura njoroge noguchi nomura nwosu ochieng ogawa ogunleye "
      + " okada okafor okamoto okeke okonkwo olawale onishi otieno otsuka ozdemir ozkan ozturk peng qiu raghavan "
      + " rao rezaei saito sakai sakamoto sakurai sano sasaki sato saxena shao shetty shibata shimizu siddiqui "
      + " srinivasan subramanian sugawara sugimoto sugiyama suzuki takada takagi takahashi takeda takeuchi tamura "
      + " tanaka taniguchi tehrani thakur tian tiwari tsui uchida ueda ueno venkatesh wada wanjala watanabe xue "
      + " yadav yamada yamaguchi yamamoto yamazaki yokoyama yoon yoshida yuan zeng zhong ");

  /** Copulas of it, es, pt, fr, de, en in all-caps chat ("FRANCESCA SONO LUCA", "HOLA SOY DIEGO"). */
  static final WordSet CAPS_COPULAS = set(" SONO SOY SOU SUIS IST BIN AM ");

  /** Particles between a calling verb and a name: de mal, doch, nochmal, kurz; nl even, maar, eens; it pure, un po'. */
  static final WordSet CUE_PARTICLES = set(" mal doch nochmal kurz schnell even maar eens pure subito a à ao al ");

  /** Role labels of notes and tickets written before a person's full name (thirteenth round). */
  static final WordSet ROLE_LABELS = set(" paziente paciente patientin patient patiente mitarbeiter "
      + "mitarbeiterin cliente kunde kundin client cliente utente usuario usuaria dipendente empleado empleada ");

  static final WordSet GREETINGS = set(" hi hey hello hiya there morning evening afternoon ");

  /** States and moods that are also listed first names ("I'm Fine, thanks", "I'm Lucky"): no self-introduction. */
  static final WordSet SELF_INTRO_NOT = set(" fine lucky sunny free good well sure ready happy glad late done "
      + "back home here busy tired sorry okay new bored hungry honest serious young rich strong brave sweet true "
      + "blessed grateful cool hot cold sick better best bad mad sad single proud safe calm curious ");

  static final WordSet SELF_INTRO_AFTER = set(" and from here speaking again with at calling und et y e ");

  static final WordSet SEA_WORDS = set(" sea ocean meer zee ");

  static final WordSet THE_WORDS = set(" the das die dem het de ");

  /** Tag names of HTML and XML that start lines as {@code <p> text}: never a chat nick. */
  static final WordSet MARKUP_TAGS = set(" html head body div span p a b i u s br hr li ul ol dl dt dd table "
      + "tr td th img script style title meta link form input button label select option section article header "
      + "footer nav main pre code em strong small sub sup h1 h2 h3 h4 h5 h6 blockquote tbody thead caption xml "
      + "root item entry field value name id response request data ");

  /** English and Nordic patronymic endings of surnames: "patterson", "nielsen", "robertson" (twelfth round). */
  static final String[] LOWER_SURNAME_ENDINGS = {"son", "sen", "ez", "ski", "ska", "wicz", "czyk"};

  /** Interjections and greetings of chat: in both {@link #LOWER_CHAT_CUES} and {@link #CHAT_INTERJECTIONS}. */
  private static final String INTERJECTION_WORDS = " lol omg haha hahaha jaja jajaja yo oye hey hi hallo hoi ciao hola "
      + "oi olá salut coucou ";

  /**
   * Words of chat before a lower-case first name: interjections, greetings, "and"/"with" of en, de, fr, es, it, nl,
   * pt and calling or asking verbs. Not articles ("la mia casa") nor bare "a"/"o"/"e".
   */
  static final WordSet LOWER_CHAT_CUES = set(INTERJECTION_WORDS
      + "und mit bei and with avec chez con com met samen appelé appelle appeler "
      + "frag fragt frage ruf anrufen call text ask tell called texted asked told bel gebeld bellen chiama chiamato "
      + "llama llamé ligue liguei falei visto vu gesehen gezien saw da "
      // fifteenth round: "dile a marta", "diz à inês", "chiedi a luca", "demande à hugo" (with a particle between)
      + "dile dígale diz dis dì chiedi demande pregunta pergunta pregúntale escribe escreve scrivi ");

  /** Interjections and greetings of chat ("lol ANNA forgot her keys"): the first words of {@link #LOWER_CHAT_CUES}. */
  static final WordSet CHAT_INTERJECTIONS = set(INTERJECTION_WORDS);

  /**
   * Listed first names that are function words of it, es, fr, nl, pt, de in lower case ("con mia sorella"); left
   * out of the function-word list because they are names (see the ninth round), so excluded here.
   */
  static final WordSet LOWER_AMBIGUOUS = set(" mia mio ella elle ben lei lui nel nella sera ora per son sue "
      + "una uma dan han chi wen nur vos ton mas ante alla dalla allen alle andere ihnen nina ");

  /** Place prepositions before a lower-case place in chat, en, de, fr, es, it, nl, pt. */
  static final WordSet LOWER_PLACE_PREPOSITIONS = set(" in im nach naar to from à a em en au ");

  /** Short English words before the article "a" that the English word list leaves out ("in a", "of a"). */
  static final WordSet ENGLISH_BEFORE_ARTICLE = set(" in to of on at for is was as into from by like be "
      + "have has had get got buy need want such what quite ");

  /**
   * Number words of en, de, fr, es, it, nl, pt: a lower-case word right after one is a counted noun ("da due anni",
   * "vor drei jahren"), not a name for the tagger (eleventh round).
   */
  static final WordSet NUMBER_WORDS = set(" two three four five six seven eight nine ten zwei drei vier fünf "
      + "sechs sieben acht neun zehn deux trois quatre cinq sept huit neuf dix tres cuatro cinco seis siete ocho "
      + "nueve diez due tre quattro cinque sette otto nove dieci twee drie vijf zes zeven negen tien dois duas três "
      + "quatro sete oito nove dez ");

  /** Articles that pt and it put before first names in speech ("o joão chegou", "la giulia ha detto"). */
  static final WordSet NAME_ARTICLES = set(" o a la il ");

  /** "e" (it, pt "and") between two first names: "francesca e giorgio". */
  static final WordSet NAME_AND = set(" e ");

  /** Month names of de, fr, nl, pt that are also given names ("Mai", "Mei", "Maio", "Mars"). */
  static final WordSet NAME_MONTHS = set(" mai mei maio mars april juni juli ");

  /** Words before a month that say when in it: "Ende Mai", "Anfang Juni", "fin mars", "eind mei", "im Mai". */
  static final WordSet MONTH_PARTS = set(" ende anfang mitte im seit bis ab fin début mi en eind begin "
      + "half medio inicio finales principios em até desde de ");

  /**
   * Articles and article contractions of de, fr, es, it, nl (German capitalises every noun); not English ones ("the
   * Takuda novel", "a Taylor Swift concert" are names) nor name particles (de, van, von, di).
   */
  static final WordSet ARTICLES = set(" der die das den dem des ein eine einen einem einer eines "
      + "im am zum zur vom beim ins le la les un une du au aux el los las unos unas al il lo gli uno una dei degli "
      + "della dello delle het een ");

  /** German possessives before a noun ("Ihre Anfrage", "meine Unterlagen"); compared without case. */
  static final WordSet POSSESSIVES = set(" ihre ihr ihren ihrem ihrer ihres meine mein meinen meinem meiner "
      + "deine dein deinen deinem deiner unsere unser unseren unserem unserer eure euer euren seine seinen seinem ");

  static final WordSet LOG_LEVELS = set(" INFO WARN WARNING ERROR DEBUG TRACE FATAL SEVERE CRITICAL NOTICE ");

  static final WordSet PARTICLES = set(" van von vom de di da del della dos das du ");

  /** Lower-case particles inside a name ("Sanne de Wit", "Noor el Amrani", "Vincent van der Berg"). */
  static final WordSet NAME_PARTICLES = set(" van von vom de di da del della dos das du der den ter te el al "
      + "la le ");

  /** JSON keys whose string value is a person's name (compared without case, "_" and "-"). */
  static final WordSet PERSON_KEYS = set(" name fullname firstname lastname givenname familyname surname "
      + "displayname customer customername client clientname assignee assignedto reporter author owner ownername "
      + "contact contactname employee employeename patient patientname sender sendername recipient recipientname "
      + "manager createdby updatedby modifiedby requester requestedby approver approvedby person personname "
      + "holder cardholder accountholder accountname beneficiary payee payer driver passenger guest member buyer "
      + "seller applicant candidate student teacher doctor physician nurse agent representative signatory "
      + "nombre apellido prenom nom vorname nachname kunde ");

  /** Job-title words of en, de, fr, es, it, nl that make a signature line "Title | Company". */
  static final WordSet JOB_WORDS = set(" manager engineer sales finance director head officer consultant "
      + "developer assistant analyst lead president ceo cto cfo coo founder cofounder partner specialist "
      + "coordinator administrator advisor designer recruiter accountant architect executive associate intern "
      + "geschäftsführer geschäftsführerin leiter leiterin referent referentin berater beraterin vertrieb "
      + "directeur directrice responsable chargé chargée ingénieur gérant gérante directora jefe jefa gerente "
      + "responsabile direttore direttrice ingegnere commerciale medewerker directeur adviseur ");

  static final WordSet DEGREE_SET = set(DEGREES);

  /** Base letter of each character U+00C0..U+017F without its accents (0 when it has none); built once. */
  static final char[] FOLD = new char[0x180 - 0xC0];

  static {
    for (int c = 0xC0; c < 0x180; c++) {
      String d = java.text.Normalizer.normalize(String.valueOf((char) c), java.text.Normalizer.Form.NFD);
      if (d.length() > 1 && d.charAt(0) < 128 && Character.isLetter(d.charAt(0))) {
        FOLD[c - 0xC0] = d.charAt(0);
      }
    }
  }

  static final String[] LABEL_ENDINGS = {"adresse", "anschrift", "nummer", "datum", "name", "straße",
      "strasse", "zeit", "ort", "ung", "ität", "heit", "keit", "schaft", "ción", "sión", "tion", "mento", "ità",
      "dade", "dad", "adres", "icilio",
      // twelfth round: German document words ("Arztbrief:", "Laborbefund:", "Pflegebericht:")
      "brief", "bericht", "befund", "notiz", "protokoll", "vermerk"};

  /** Labels of contact and network values in en, de, fr, es, it, nl, pt (lower case; compared without case). */
  static final WordSet VALUE_LABELS = set(" ip ipv4 ipv6 mac host hostname server tel tél phone telephone "
      + "mobile mobil mobiel cell cel gsm fax handy telefon telefoon telefono teléfono téléphone telemóvel telemovel "
      + "portable móvil movil cellulare celular whatsapp email mail courriel correo iban bic swift ssn dob pin port "
      + "login user usuario utente gebruiker benutzer utilisateur ");

  /** Labels of a list of people in minutes and mails ("Aanwezig: Sanne de Wit, ..."), en, de, fr, es, it, nl, pt. */
  static final WordSet LIST_LABELS = set(" aanwezig afwezig anwesend abwesend teilnehmer présents présentes "
      + "absents participants asistentes presentes ausentes presenti assenti partecipanti deelnemers attendees "
      + "present absent apologies entschuldigt excusés ");

  /** All-caps abbreviations of identity numbers that are also given names in mixed case ("Nino", "Pan", "Fin"). */
  static final WordSet ID_LABELS = set(" nino pan fin nie sin nas uid dob nif nir nhs imei iccid ");

  static final String[] PRODUCT_KEYS = {"\"sku\"", "\"price\"", "\"qty\"", "\"quantity\"", "\"stock\"",
      "\"category\"", "\"brand\"", "\"unit_price\"", "\"unitprice\"", "\"product_id\"", "\"ean\"", "\"upc\"",
      "\"gtin\"", "\"inventory\""};

  static final WordSet BUILDINGS = set(" station airport stadium arena bahnhof hauptbahnhof flughafen gare "
      + "aéroport aeroporto estación stazione "
      // thirteenth round: hospitals named after a person or a virtue ("Mercy General", "St Luke's Hospital")
      + "general hospital memorial clinic infirmary klinikum krankenhaus hôpital hospital ospedale ");

  static final WordSet FEMININE_ENDINGS = set(" ssa ra na ");

  static final WordSet LOWER_TITLE_SET = set(" dott sig avv ing geom prof dottor dottoressa signor signora "
      + "signorina avvocato ingegnere ingegner licenciada licenciado ingeniero ingeniera abogado abogada arquitecto "
      + "arquitecta maître maitre notaio notaire ");

  private static final String[] ENGLISH_SUFFIXES = {"ing", "ment", "tion", "sion", "ness", "ity", "ance", "ence",
      "ship", "able", "ible", "ous", "ive", "ful", "less", "ism", "ist", "ure", "ery", "ology", "ical", "ings",
      "ments", "tions", "ized", "ised", "izes", "ises", "ally", "ward", "wards", "ware", "work", "book"};

  static final WordSet ENGLISH_SUFFIX_SET = new WordSet(java.util.Arrays.asList(ENGLISH_SUFFIXES));

  static final WordSet SURNAME_SUFFIX_SET = new WordSet(java.util.Arrays.asList(SURNAME_SUFFIXES));

  static final WordSet VERB_AFTER_SET = set(" said says wrote writes told asked replied answered called "
      + "texted emailed mentioned thinks lives lived spent shouted explained wants went works married died joined "
      + "left sent signed agreed is was will has had lets let gets got can could would should does did began "
      + "just ");

  /** "Martinez Mall St.", "Lahtinen Road", "Rua Mina 50", "Tjalling Harkeswei 125": a name inside a street. */
  static final WordSet STREET_CONNECTORS = set(" de la del des du dei della delle degli di da das dos do le "
      + "les el los lo van der den von am an l d ");

  /** Last words of a sign-off line: "Kind regards,", "Best wishes,", "Pozdrawiam,", "Un saludo,". */
  static final WordSet SIGN_OFF_WORDS = set(" regards wishes sincerely cheers best thanks grüße grüßen gruß "
      + "cordialement salutations saludos saludo saluti groet groeten abraço abraços cumprimentos pozdrawiam "
      + "poważaniem pozdrowienia atentamente distinti cordiali yours ");

  static final WordSet STREET_JOINERS = set(" and or in at on near by und oder in bei et ou à y o en e a "
      + "da di em of en ");

  static final WordSet NAME_LABELS = set("surname firstname lastname vorname nachname prénom prenom "
      + "apellido apellidos cognome voornaam achternaam reporter requester assignee kontoinhaber kontoinhaberin "
      + "titular "
      // round 19: name fields of pl, pt, sv, da, no, tr forms ("Nazwisko: Lewandowska", "Sobrenome: Costa")
      + "nazwisko imię imie sobrenome efternamn förnamn fornamn efternavn fornavn etternavn soyad soyadı soyadi");

  /** Generic "name" labels: a name only after a word that makes it a person's ("First name:", not "Product name:"). */
  static final WordSet GENERIC_NAME_LABELS = set("name nom nombre nome naam");

  /**
   * (review22) Column names of a table's header row that a generic "Name" label may stand before ("Name Role Team",
   * "Name Passport Nationality"); the identifier and contact cue words count too ({@code Names.headerAfterNameLabel}).
   */
  static final WordSet HEADER_WORDS = set("role team title department dept position job occupation company "
      + "organisation organization office manager status type level grade rank group username login account "
      + "nationality country city region location address age gender sex dob birthday date start end amount total "
      + "salary notes note comment comments remarks rolle abteilung funktion puesto cargo departamento fonction "
      + "poste functie afdeling ruolo reparto");

  static final WordSet NAME_LABEL_QUALIFIERS = set("first last full given family middle maiden customer "
      + "patient contact employee applicant holder account card");

  /**
   * Month names of every supported language, any case, for dates that start with the day ("5 juin 1990", "12 de
   * mayo de 1988", "3 maggio 1992", "9 maart 1970", "30 de janeiro de 1995", "5 june 1990"); kept apart from
   * {@link #MONTH_SET} (which keeps month words out of names) because "Mei" and "Maio" are names too.
   */
  private static final String DAY_MONTHS_WORDS = MONTHS + " gennaio febbraio marzo aprile maggio giugno luglio agosto "
      + "settembre ottobre novembre dicembre januari februari maart april mei juni juli augustus september oktober "
      + "november december janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro "
      + "jänner mrz okt dez janv févr avr juil sept déc ene abr ago dic gen mag giu lug set ott mei mrt okt ";

  static final WordSet DAY_MONTHS = set(DAY_MONTHS_WORDS);

  /**
   * The lower-cased first two letters of the {@link #DAY_MONTHS} names that start with two ASCII letters, as
   * {@code (c0 - 'a') * 26 + (c1 - 'a')} ("févr", "déc" start with one ASCII letter only: see
   * {@link Names#mayStartDayMonth}).
   */
  static final boolean[] DAY_MONTH_STARTS = asciiStarts(DAY_MONTHS_WORDS);

  static final String[] RANGE_WORDS = {"au", "bis", "to", "al", "a", "tot", "till", "-", "\u2013"};

  static final String[] REPLY_STARTS = {"on ", "am ", "le ", "el ", "il ", "op ", "em "};

  static final String[] REPLY_ENDS = {"wrote:", "schrieb:", "a écrit :", "a écrit:", "escribió:",
      "ha scritto:", "schreef:", "escreveu:"};

  /** {@link #VERBS_AFTER} by the first character after their leading space (ASCII). */
  static final String[][] VERBS_BY_FIRST = new String[128][];

  static {
    for (char c = 0; c < 128; c++) {
      java.util.List<String> l = new java.util.ArrayList<>();
      for (String v : VERBS_AFTER) {
        if (v.length() > 1 && v.charAt(1) == c) {
          l.add(v);
        }
      }
      VERBS_BY_FIRST[c] = l.toArray(new String[0]);
    }
  }
}
