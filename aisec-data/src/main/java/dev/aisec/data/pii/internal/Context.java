package dev.aisec.data.pii.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Context words around a candidate, in English, German, French and Spanish. Positive cues of a type raise a
 * candidate's score; negative cues (order, invoice, tracking, version, build, ISBN...) mark look-alikes. Only
 * consulted for candidates, so the allocation here never happens on text without PII. Thread-safe (immutable).
 */
public final class Context {

  private static final Map<String, String[]> CUES = new HashMap<>();

  static {
    cue("PHONE_NUMBER", "phone", "tel", "tel.", "telephone", "call", "calling", "mobile", "cell", "cellphone", "fax",
        "desk", "office", "whatsapp", "sms", "text me", "contact", "reach", "dial", "hotline", "phone number",
        "messages to", "answering at", "registered", "landline", "ph", "mob", "handy", "telefon", "telefonnummer",
        "rufnummer", "anrufen", "mobil", "téléphone", "telephone", "portable", "appeler", "joindre", "tél", "teléfono",
        "telefono", "móvil", "movil", "celular", "llamar", "llámame", "número", "cellulare", "call me", "ring",
        "callback", "call back", "call-back", "ring back", "rückrufnummer",
        "reach me", "mobile:", "office", "fax",
        // nl, it, de: "bel 06-...", "il suo numero", "unter ... erreichbar", signature labels
        "bel", "bellen", "telefoon", "telefoonnummer", "mobiel", "numero", "chiama", "chiamami",
        "erreichbar", "durchwahl", "direct", "direkt", "gsm", "rufen", "zurückrufen", "rückruf", "appelle", "appelez", "rappelez", "rappelle", "joignable",
        // fifteenth round: who called from which number ("Called from 212-639-4187")
        "called from", "calling from", "rang from", "phoned from", "texted from", "angerufen von", "appelé depuis",
        "llamó desde", "chiamato dal", "reached", "reached on", "reached at", "can be reached",
        // sixteenth round: the calling verb in the future and the polite forms ("te llamaremos al 678 …")
        "llamaremos", "llamamos", "llámenos", "llámanos", "llame", "ligar", "ligue", "ligaremos", "chiameremo",
        "chiamateci", "appellerons", "rappellerons", "rufen sie", "anrufen unter",
        // seventeenth round: pl, sv, tr phone words
        "zadzwoń", "zadzwonię", "telefonu", "komórka", "komórki", "ring mig", "mobilnummer", "telefonnummer",
        "arayın", "telefon numarası",
        // round 19: German compounds of "Nummer" that name a person's phone, and the French "numéro"
        "handynummer", "festnetznummer", "privatnummer", "notfallnummer", "kontaktnummer", "numéro", "whatsapp",
        // round 17: payment apps that send money to a phone number ("bizum de 15 € al 612 …", "swisha 070-…")
        "bizum", "swish", "swisha", "vipps", "mobilepay", "twint", "zelle", "mb way", "mbway", "paytm", "phonepe",
        "gpay",
        // round 22 (after the honest set's final scoring): the Portuguese, Nordic and Finnish phone words
        // ("Telemóvel: 912 …", "Telefone", "Tlf.", "Puhelin") and the German "Fon"
        "telemóvel", "telemovel", "telem", "tlm", "telefone", "tlf", "tlfn", "puhelin", "puh", "fon");
    cue("CREDIT_CARD", "card", "credit", "debit", "visa", "mastercard", "amex", "cc", "karte", "kreditkarte", "carte",
        "tarjeta", "payment", "pay", "charge", "charged", "card number", "kartennummer", "cb",
        // round 20: the card's primary account number and the words of card disputes ("PAN: 4147 …")
        "pan", "cardholder", "chargeback",
        // tenth round: "Paid with 3410 ... by ...", "bezahlt mit", "payé avec"
        "paid", "paid with", "bezahlt", "payé", "pagado", "pagato", "betaald", "pago",
        // fifteenth round: pt, it, nl card words
        "cartão", "cartao", "cartão de crédito", "carta di credito", "creditcard", "kaart", "bankkaart", "pinpas");
    cue("US_SSN", "ssn", "s.s.n", "social security", "social", "ss#", "ssn#");
    cue("US_ITIN", "itin", "taxpayer", "tax id", "tin", "itin#", "itin:");
    cue("DATE_TIME", "born", "birth", "birthday", "dob", "d.o.b", "date of birth", "date", "when", "on", "since",
        "geboren", "geburtstag", "geburtsdatum", "né", "née", "naissance", "nacido", "nacida", "nacimiento", "fecha",
        "anniversary", "appointment", "until", "am", "le", "el", "birthdate", "died", "married",
        "datum", "date de naissance", "fecha de nacimiento", "expires", "expiry", "valid until", "visit",
        // it, nl, pt birth words and field names of JSON and forms ("fecha_nacimiento", "date_of_birth")
        "nato", "nata", "nascita", "data di nascita", "geboortedatum", "nascido", "nascida", "nascimento",
        "data de nascimento", "fecha_nacimiento", "date_of_birth", "birth_date", "dateofbirth", "date_naissance",
        "data_nascita", "data_nascimento", "geburtsdatum", "geboortedatum", "dob", "geb", "gebdat", "geb.-datum",
        // round 17: pl, sv, da, no birth words ("ur. 14.07.1990", "född 1988-05-21", "født 3. marts 1979")
        "ur", "urodzony", "urodzona", "urodzenia", "data urodzenia", "född", "födelsedatum", "född den",
        "født", "fødselsdato", "fødselsdag", "födelsedag");
    // eighth round: dates of a patient's or employee's life
    cue("DATE_TIME", "admitted", "admission", "discharged", "deceased", "hired", "start date", "aufgenommen",
        "eingeliefert", "entlassen", "hospitalisé", "hospitalisée", "ingresado", "ingresada", "ricoverato",
        "ricoverata", "opgenomen");
    // words that make a date a birth date or a date of a person's life: they beat DATE_NEG below
    cue("BIRTH", "born", "birth", "birthday", "dob", "d.o.b", "date of birth", "geboren", "geburtstag",
        "geburtsdatum", "né", "née", "naissance", "nacido", "nacida", "nacimiento", "birthdate", "died", "married",
        "date de naissance", "fecha de nacimiento", "nato", "nata", "nascita", "data di nascita", "geboortedatum",
        "nascido", "nascida", "nascimento", "data de nascimento", "fecha_nacimiento", "date_of_birth", "birth_date",
        "dateofbirth", "date_naissance", "data_nascita", "data_nascimento", "geb", "gebdat", "geb.-datum",
        "ur", "urodzony", "urodzona", "urodzenia", "data urodzenia", "född", "födelsedatum", "född den", "født",
        "fødselsdato", "fødselsdag", "födelsedag",
        "admitted", "admission", "discharged", "deceased", "hired", "aufgenommen", "eingeliefert", "entlassen",
        "hospitalisé", "hospitalisée", "ingresado", "ingresada", "ricoverato", "ricoverata", "opgenomen", "patient",
        "patientin", "patiente", "paciente", "employee", "mitarbeiter", "mitarbeiterin",
        // birthday words of chat and mail (en, fr, es, it, nl, pt)
        "bday", "b-day", "anniv", "anniversaire", "cumple", "cumpleaños", "compleanno", "verjaardag", "jarig",
        "aniversário");
    // a person's appointment: a day and month without a year next to these is a personal date
    cue("APPT", "appointment", "appt", "appointments", "rescheduled", "termin", "arzttermin", "rendez-vous", "rdv",
        "cita", "consulta", "appuntamento", "visita", "afspraak", "verzet", "verschoben", "reporté", "consultation",
        "check-up", "checkup", "interview", "vorstellungsgespräch", "entretien", "entrevista", "colloquio",
        "sollicitatiegesprek",
        // fifteenth round: German compounds of "Termin", bookings, leave and hiring (a person's own dates)
        "zahnarzttermin", "friseurtermin", "impftermin", "behandlungstermin", "untersuchungstermin",
        "beratungstermin", "kontrolltermin", "gesprächstermin", "vorstellungstermin", "besichtigungstermin",
        "reservation", "réservation", "reserva", "reservering", "reservierung", "prenotazione", "booking", "booked",
        "buchung", "gebucht", "réservé", "reservado", "prenotato", "geboekt", "check-in", "checkin", "check-out",
        "urlaub", "congé", "congés", "vacation", "vacaciones", "ferie", "verlof", "vakantie", "krankgeschrieben",
        "arrêt maladie", "sick leave", "baja médica", "malattia", "ziekmelding", "elternzeit", "mutterschutz",
        "assunto", "assunta", "eingestellt", "embauché", "embauchée", "contratado", "contratada", "in dienst",
        "eintritt", "eintrittsdatum", "date d'entrée", "data di assunzione", "startdatum", "gesprek", "consult",
        "vervolgafspraak", "marcada", "marcado", "agendada", "agendado", "rendezvous");
    // eighth round: dates of releases, deadlines, deliveries, payments and mail headers are not personal dates
    // (en, de, fr, es, it, nl); they keep a date below the threshold unless a BIRTH word is also near
    cue("DATE_NEG", "release", "released", "releases", "launch", "launches", "launched", "ships", "shipped",
        "deadline", "deadlines", "due", "notification", "camera-ready", "submission", "abstracts", "sale", "promo",
        "eol", "end of life", "support", "available", "published", "freeze", "rollout", "go-live", "pay by",
        "payment", "sent", "delivery", "delivered", "dispatched", "arrive", "arrives", "expected", "deliver",
        "erscheint", "erscheinen", "veröffentlicht", "frist", "fällig", "endet", "lieferung", "liefertermin",
        "versand", "versandt", "zahlbar", "einsendeschluss", "anmeldeschluss", "gesendet",
        "sort", "sortie", "parution", "limite", "échéance", "livraison", "livré", "expédié", "expédiée", "payable",
        "envoyé", "lanzamiento", "vence", "vencimiento", "plazo", "entrega", "entregará", "envío", "enviado",
        "scade", "scadenza", "uscita", "rilascio", "consegna", "inviato", "gepland", "verschijnt", "levering",
        "geleverd", "bezorging", "verzonden", "vervalt", "uiterlijk", "verzonden",
        // tenth round: historic and public events ("Apollo 11 landed on 20 July 1969", "The Treaty of Rome was
        // signed on 25 March 1957"), upgrades, sprints and quoted-mail headers are not dates of a person's life
        // ("founded in 1977" is left out: presidio-synth-v2 labels the founding years of organisations)
        "landed", "fell", "signed", "crowned", "opened", "reopens", "premiered", "inaugurated",
        "declared", "invaded", "unveiled", "announced", "took place", "treaty", "battle", "war", "mission",
        // twelfth round: more historic events ("the landing was on 20 July 1969")
        "landing", "eclipse", "coronation", "abdication", "assassination", "armistice", "revolution", "eruption",
        "earthquake",
        "upgrade", "sprint", "wrote", "schrieb", "eröffnet", "unterzeichnet", "signé", "inauguré", "firmado",
        "inaugurado", "firmato", "inaugurato", "ondertekend", "geopend");
    // eighth round: codes, PINs and customer or contract numbers written like short phone numbers; only the phone
    // recognizer reads these (a "security code" next to a card must not hide the card)
    // (round 21: case and protocol numbers of call centres and files, left of a number only: "Protocolo
    // 2024051812345", "Fallnummer 22-80914"; "081 552 3190.\n\nProtocollo n. 2024/HR/0771" is still a phone)
    cue("PHONE_NEG", "protocolo", "protocollo", "chamado", "expediente", "aktenzeichen", "fallnummer",
        "fall-nr", "fallnr");
    cue("PHONE_NEG", "code", "codes", "pin", "access code", "zugangscode", "pincode", "passcode", "participant",
        "meeting code", "conference id", "codice", "código", "code d'accès", "toegangscode", "verification",
        "otp", "tag", "express code", "badge", "cliente", "número de cliente", "customer number", "contrato",
        "contract", "contrat", "contratto", "vertrag", "ordernummer", "klantnummer", "numéro client", "room",
        "zimmer", "chambre", "habitación",
        // twelfth round: company tax and register numbers written like phone numbers (pl NIP 3-3-2-2, REGON, KRS)
        "nip", "regon", "krs", "vat", "ust-idnr",
        // fifteenth round: loyalty and membership numbers ("loyalty no. 992 004 518 773")
        "loyalty", "membership", "member no", "member number", "mitgliedsnummer", "kundenkarte", "fidélité",
        "fidelidad", "fedeltà", "frequent flyer", "miles",
        // German pharmacy product numbers ("PZN 04528347")
        "pzn",
        // round 19: bank routing and account, policy, claim and relation numbers written like phone numbers
        // ("routing 021000021", "relatienummer 118 812 004", "Kontonummer 0241178893")
        "routing", "routing number", "aba", "account number", "kontonummer", "rekeningnummer", "polisnummer",
        "policy number", "schadennummer", "claim number", "relatienummer", "acct", "acc", "bsb", "sort code", "acn",
        "bankgiro", "plusgiro",
        "escrow", "e-ticket", "eticket",
        // round 22 (pii22a): German bank codes, SEPA mandate references, case and incident numbers of de, fr, es, it,
        // en ("BLZ 600 901 00", "Mandatsreferenz 5531 2207 19", "numero pratica …", "Incident number …")
        "bankleitzahl", "mandatsreferenz", "mandate reference", "mandat", "vorgang", "vorgangsnr", "dossier",
        "numéro de dossier", "pratica", "incident", "incident number", "incidencia", "incidente", "folio",
        // company and tax registers and other reference numbers written like national numbers (fr, pt, fi, us, de)
        "siren", "siret", "nif", "nipc", "contribuinte", "viite", "viitenumero", "duns", "zählpunkt", "reklamation",
        // abbreviated reference labels and the German words of returns, credits and dunning letters, batches and
        // dockets ("Kd.-Nr.", "Rif.", "Réf.", "Retoure 5520 1187 33", "Charge 5520 …", "SN: …")
        "kd.-nr", "kd-nr", "kdnr", "kd nr", "kd.nr", "rif", "réf", "aktenz", "az", "sn", "s/n", "docket", "charge",
        "chargennummer", "retoure", "rücksendung", "gutschrift", "mahnung", "auftragsbestätigung", "zahlungsreferenz",
        // round 20: service requests, document control numbers, Spanish bank branches and professional registers,
        // frequent-flyer programmes ("SR number 1-88122019", "Oficina 0182-5601", "colegiado 28/44120")
        "sr number", "sr no", "service request", "control no", "control number", "document no", "document number",
        "oficina", "sucursal", "colegiado", "colegiada", "flying blue", "avios", "skymiles", "aadvantage",
        // zh and ja order, tracking and invoice words, before the number only ("订单号 20251127883412"; Chinese and
        // Japanese are written without spaces, so a phone number's text often runs on into the next line's label)
        "订单号", "订单", "单号", "快递单号", "运单号", "发票号", "注文番号", "追跡番号", "伝票番号", "請求書番号");
    // round 19: the names of national identifiers. A number without "+" near one of them and without a phone word is
    // that identifier, valid or not ("customer mistyped SIN first as 545-821-234", "TFN 235 190 969 was rejected");
    // unlike PHONE_NEG they do not hold back a "+" number ("NRIC T6545224Z, +65 8123 4409": the name is its value's)
    cue("ID_NAME", "ssn", "itin", "nhs", "nino", "tfn", "abn", "bsn", "sofinummer", "burgerservicenummer", "aadhaar",
        "aadhar", "medicare", "nric", "nir", "insee", "steuer-id", "steuerid", "steuernummer", "identifikationsnummer",
        "social security", "social insurance", "tax file number", "national insurance", "sin", "din", "nipc",
        "org.nr", "orgnr", "organisationsnummer", "omb",
        // round 20: the UK unique taxpayer reference; plural names ("two ABNs are linked …")
        "utr", "abns", "tfns", "ssns", "bsns", "ninos");
    // round 19: "Nummer" names any number in German and Dutch; it is a phone word only right before the number ("die
    // neue Nummer: 0176 …"), not one on the other side or further away ("(56053271498) … Die Nummer …")
    cue("PHONE_WEAK", "nummer");
    cue("PHONE_NUMBER", "dial-in", "dial in", "dial", "einwahl", "einwahlnummer", "ruf", "bridge number",
        "hotline", "helpline", "bridge", "conference bridge");
    cue("UK_NHS", "nhs", "n.h.s", "health service", "patient", "nhs number");
    cue("UK_NINO", "national insurance", "n.i", "nino", "ni number", "insurance number");
    cue("DE_TAX_ID", "steuerliche id", "steuerliche identifikationsnummer", "steuerliche", "id-nr",
        "steuer", "steuerid", "steuer-id", "idnr", "identifikationsnummer", "steuernummer",
        "steueridentifikationsnummer", "steuer-idnr", "steuer-id-nr", "tax id", "tax", "tin",
        "steuer-identifikationsnummer");
    cue("FR_NIR", "sécurité sociale", "securite sociale", "nir", "insee", "sécu", "secu", "social security",
        "numéro de sécurité sociale", "carte vitale", "vitale");
    cue("ES_NIF", "dni", "nie", "nif", "d.n.i", "n.i.e", "n.i.f", "documento", "identidad", "id");
    cue("IT_FISCAL_CODE", "codice fiscale", "cf", "fiscale", "tax code");
    cue("NL_BSN", "bsn", "b.s.n", "burgerservicenummer", "sofinummer", "sofi", "citizen service number");
    cue("IN_AADHAAR", "aadhaar", "aadhar", "uid", "uidai");
    cue("IN_PAN", "pan", "p.a.n", "permanent account", "pan card", "income tax");
    cue("AU_TFN", "tfn", "t.f.n", "tax file", "tax file number");
    cue("AU_ABN", "abn", "a.b.n", "abns", "business number", "australian business");
    cue("AU_MEDICARE", "medicare");
    cue("CA_SIN", "sin", "s.i.n", "social insurance", "nas", "assurance sociale", "numéro d'assurance sociale");
    cue("SG_NRIC_FIN", "nric", "fin", "ic", "identity card");
    cue("US_PASSPORT", "passport", "reisepass", "passeport", "pasaporte", "passaporto", "passport number",
        // round 21: nl, pt, pl passport words and the German number label (pii21m); labels with "#" or "-Nr." glued on
        // (pii21f)
        "paspoort", "paspoortnummer", "passaporte", "paszport", "passnummer", "reisepassnummer", "passport#",
        "reisepass-nr", "pass-nr",
        // round 22: the abbreviations of forms and manifests ("PP# …", "PPT No."), Dutch labels with "nr", travel
        // documents
        "pp#", "pp no", "pp nr", "ppt", "ppt#", "ppt no", "paspoortnr", "paspoort-nr", "travel document",
        "reisedokument", "document de voyage", "documento de viaje");
    cue("US_DRIVER_LICENSE", "driver", "driver's", "drivers", "license", "licence", "dl", "driving", "führerschein",
        "permis", "permis de conduire", "licencia", "conducir", "license number", "lic",
        // round 19: the German number labels ("Führerschein-Nr. B072RRE2I55")
        "führerschein-nr", "führerscheinnummer", "führerschein-nummer", "führerscheinnr",
        // round 21: nl, it, pt, es, pl, sv names of a driving licence (a type cell or key value names the document:
        // pii21m); labels with "#" glued on (pii21f)
        "rijbewijs", "rijbewijsnummer", "patente", "patente di guida", "carta de condução", "carta de conducao",
        "carnet de conducir", "permiso de conducir", "prawo jazdy", "körkort", "dl#", "license#", "licence#",
        "carteira de motorista", "cnh", "numero patente",
        // round 22 (pii22a): the licence labels of US forms and state records (DLN, OLN "operator licence number",
        // CDL "commercial driver's licence"), the German official word and the Spanish and Portuguese nouns of driving
        "dln", "dl no", "dl nr", "oln", "cdl", "cdl#", "dln#", "fahrerlaubnis", "fahrerlaubnis-nr",
        "fahrerlaubnisnummer", "conducción", "conduccion", "permiso de conducción", "condução", "conducao");
    // round 22 (pii22a): the names of identity documents other than passports and licences (identity cards of
    // countries without a type of their own); the nearest document word left of a number decides its kind, so
    // "Reisepass-Nr. C7K1N9R2T, Personalausweis T22000129" is no second passport
    cue("ID_CARD", "personalausweis", "ausweis", "ausweisnummer", "ausweis-nr", "id card", "id-card", "identity card",
        "carte d'identité", "carte d identité", "carte nationale d'identité", "cni", "carta d'identità",
        "carta d identità", "carta di identità", "identiteitskaart", "id-kaart", "cartão de cidadão",
        "cartao de cidadao", "bilhete de identidade", "dowód osobisty", "national id", "id-karte",
        "personalausweis-nr", "personalausweisnummer", "ausweisnr", "ausweis-nummer",
        // visas and residence permits are documents of their own next to a passport ("Passport: …, Visa: …")
        "visa", "visa number", "visa no", "visum", "visumnummer", "residence permit", "aufenthaltstitel",
        "titre de séjour", "permiso de residencia", "permesso di soggiorno", "verblijfsvergunning", "green card");
    cue("IP_ADDRESS", "ip", "ip address", "host", "server", "client", "from", "address", "ipv4", "ipv6", "connect",
        "remote", "src", "dst");
    cue("CRYPTO", "wallet", "bitcoin", "btc", "eth", "ethereum", "address", "send", "crypto", "usdt", "coin");
    cue("API_KEY", "key", "api", "apikey", "api_key", "api-key", "token", "secret", "password", "passwd", "pwd",
        "bearer", "authorization", "auth", "credential", "credentials", "access", "client_secret", "secret_key",
        "access_key", "private", "schlüssel", "passwort", "clé", "mot de passe", "clave", "contraseña", "pass",
        "access token", "signing");
    cue("MAC_ADDRESS", "mac", "mac address", "ethernet", "wifi", "hw", "hwaddr", "device");
    // prices and amounts: negative for every type except payment cards ("Paid USD 332.76 with 4111 ...")
    cue("MONEY", "price", "total", "amount", "usd", "eur", "gbp", "$", "€", "£");
    cue("NEGATIVE", "order", "order number", "order no", "invoice", "tracking", "tracking number", "version", "ver",
        "build", "isbn", "ref", "reference", "ticket", "serial", "sku", "part", "model", "commit", "hash", "txn",
        "transaction", "release", "bestellung", "bestellnummer", "rechnung", "rechnungsnummer", "sendung",
        "sendungsnummer", "commande", "facture", "suivi", "pedido", "factura", "seguimiento", "case", "issue", "pr",
        "port", "pid", "uuid", "sha", "checksum", "item", "product", "article", "artikel", "lot", "batch", "po",
        "receipt", "confirmation", "booking", "shipment", "parcel", "package", "awb", "container", "patch", "rev",
        "revision", "changelog", "v", "versione", "versão", "versao", "versión", "version:", "versie", "firmware",
        "doi", "arxiv", "issn", "page", "pages", "vol", "volume", "chapter", "section",
        "qty", "quantity", "timestamp", "ts",
        "epoch", "latency", "ms", "bytes", "kb", "mb", "gb", "zip", "zip code", "postcode", "postal", "plz",
        "postleitzahl", "code postal", "cp", "cep",
        // nl, it; meeting dial-ins; HTTP access-log fields
        "factuur", "factuurnummer", "bestelling", "bestelnummer", "fattura", "ordine", "spedizione", "track",
        "trace", "meeting id", "passcode", "http 1 1", "http 1 0", "http 2", "kundennummer", "auftragsnummer", "vertragsnummer",
        "verwendungszweck", "kundennr", "rechnungsnr", "referenz", "causale", "référence", "referencia",
        // device and product identifiers ("IMEI: 35-209900-176148-1", "EAN 4006381333931")
        "imei", "imsi", "iccid", "meid", "ean", "gtin", "upc", "asin", "mpn",
        // seventeenth round: ticket labels with their "Nr." ("Ticket-Nr. 2025-031-7764"); order, parcel, invoice and
        // tracking words of pl, pt, sv, tr ("numer przesyłki 6200 1847 3321 9")
        "ticket-nr", "ticketnr", "ticketnummer", "ticket-nummer", "vorgangsnummer", "vorgangs-nr", "auftrags-nr",
        "przesyłki", "przesyłka", "przesyłkę", "paczki", "paczka", "zamówienia", "zamówienie", "faktury", "faktura",
        "encomenda", "rastreio", "rastreamento", "fatura", "tracciamento", "försändelse", "kollinummer", "spårning",
        "ordernummer", "fakturanummer", "sipariş", "kargo", "takip",
        // round 19: German article numbers ("Art.-Nr. 1187-220", "Artikelnummer 5521-7730")
        "art nr", "art-nr", "artnr", "artikelnummer", "artikelnr", "artikel-nr");
  }

  /** Bit per type (NEGATIVE included) and, per cue phrase of 1-3 words, the bits of the types it cues. */
  private static final Map<String, Long> BITS = new HashMap<>();
  static final Map<String, Long> PHRASE_MASK = new HashMap<>();

  /** The keys of {@link #PHRASE_MASK} probed by range, and their masks by id. */
  private static final RangeKeys PHRASES;
  private static final long[] PHRASE_BITS;
  private static final long NEGATIVE_BIT;
  private static final long MONEY_BIT;
  private static final long DATE_NEG_BIT;
  private static final long BIRTH_BIT;
  private static final long APPT_BIT;

  static {
    for (Map.Entry<String, String[]> e : CUES.entrySet()) {
      long bit = bit(e.getKey());
      for (String c : e.getValue()) {
        PHRASE_MASK.merge(c, bit, (a, b) -> a | b);
      }
    }
    java.util.List<String> keys = new java.util.ArrayList<>(PHRASE_MASK.keySet());
    PHRASES = new RangeKeys(keys);
    PHRASE_BITS = new long[keys.size()];
    for (int k = 0; k < keys.size(); k++) {
      PHRASE_BITS[k] = PHRASE_MASK.get(keys.get(k));
    }
    NEGATIVE_BIT = BITS.get("NEGATIVE");
    MONEY_BIT = BITS.get("MONEY");
    DATE_NEG_BIT = BITS.get("DATE_NEG");
    BIRTH_BIT = BITS.get("BIRTH");
    APPT_BIT = BITS.get("APPT");
  }

  private static long bit(String type) {
    Long b = BITS.get(type);
    if (b == null) {
      if (BITS.size() >= 62) { // bit 62 is NEAR_NEGATIVE
        throw new IllegalStateException("too many cue types");
      }
      b = 1L << BITS.size();
      BITS.put(type, b);
    }
    return b;
  }

  /**
   * Mask of the cue phrases (1-3 words) in a cleaned window string (" w1 w2 ... "); only the last words if k > 0.
   * Words are the runs of non-space characters; each word and the phrases of the next one and two words are looked up
   * as ranges of {@code win} (no split, no substrings).
   */
  static long mask(String win, int lastK) {
    int len = win.length();
    int from = 0;
    if (lastK > 0) {
      // start at the lastK-th word from the end
      int seen = 0;
      int k = len;
      while (k > 0 && seen < lastK) {
        while (k > 0 && win.charAt(k - 1) == ' ') {
          k--;
        }
        if (k == 0) {
          break;
        }
        while (k > 0 && win.charAt(k - 1) != ' ') {
          k--;
        }
        seen++;
      }
      from = k;
    }
    long m = 0;
    int ws = from;
    while (true) {
      while (ws < len && win.charAt(ws) == ' ') {
        ws++;
      }
      if (ws >= len) {
        return m;
      }
      int we = ws;
      while (we < len && win.charAt(we) != ' ') {
        we++;
      }
      int h1 = RangeKeys.hashOf(win, ws, we);
      int id = PHRASES.id(win, ws, we, h1);
      if (id >= 0) {
        m |= PHRASE_BITS[id];
      }
      // the phrases of two and three words starting here (only if a phrase starts with this word)
      int e2 = PHRASES.mayStartPhrase(h1) ? nextWordEnd(win, we, len) : -1;
      if (e2 > 0) {
        id = PHRASES.id(win, ws, e2);
        if (id >= 0) {
          m |= PHRASE_BITS[id];
        }
        int e3 = nextWordEnd(win, e2, len);
        if (e3 > 0) {
          id = PHRASES.id(win, ws, e3);
          if (id >= 0) {
            m |= PHRASE_BITS[id];
          }
        }
      }
      ws = we;
    }
  }

  /** End of the word that follows the single space at {@code e}, or -1 if none. */
  private static int nextWordEnd(String win, int e, int len) {
    if (e + 1 >= len || win.charAt(e) != ' ' || win.charAt(e + 1) == ' ') {
      return -1;
    }
    int k = e + 1;
    while (k < len && win.charAt(k) != ' ') {
      k++;
    }
    return k;
  }

  private static void cue(String type, String... words) {
    String[] old = CUES.get(type);
    String[] merged = old == null ? words : concat(old, words);
    CUES.put(type, merged);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] r = new String[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  private Context() {}

  /**
   * A lower-cased window of up to {@code words} words on each side of {@code [start, end)}. Each side is a range of
   * the text; its cleaned string ({@link #clean}) is built only when {@link #left()} or {@link #right()} is asked,
   * and its cue masks are computed from the cleaned characters in a per-thread buffer without building the string
   * (the same masks as {@link #mask(String, int)} of that string: see {@code ContextMaskTest}).
   */
  public static final class Window {
    private final CharSequence t;
    private final int leftFrom;
    private final int leftTo;
    /**
     * The right side's range, or -1 when the window has no right side; {@code rightTo} is {@link #LAZY} until the
     * right side is first read ({@link #rightTo()}: many windows are answered by their left side alone).
     */
    private final int rightFrom;
    private int rightTo;
    private String left;
    private String right;
    /** What the window was built for (for {@link #around(CharSequence, int, int, int, Window)}). */
    private int start = -1;
    private int end = -1;
    private int words = -1;

    Window(CharSequence t, int leftFrom, int leftTo, int rightFrom, int rightTo) {
      this.t = t;
      this.leftFrom = leftFrom;
      this.leftTo = leftTo;
      this.rightFrom = rightFrom;
      this.rightTo = rightTo;
    }

    /** {@link #rightTo} not computed yet. */
    static final int LAZY = -2;

    /** The end of the right side ({@link #rightEnd} of its start), computed when first asked. */
    private int rightTo() {
      int r = rightTo;
      if (r == LAZY) {
        r = rightTo = rightEnd(t, rightFrom, words);
      }
      return r;
    }

    private Window at(int start, int end, int words) {
      this.start = start;
      this.end = end;
      this.words = words;
      return this;
    }

    /** The cleaned left side (" w1 w2 ... "). */
    public String left() {
      if (left == null) {
        left = clean(t, leftFrom, leftTo, scratch());
      }
      return left;
    }

    /** The cleaned right side, or null when the window was built without one. */
    public String right() {
      if (right == null && rightFrom >= 0) {
        right = clean(t, rightFrom, rightTo(), scratch());
      }
      return right;
    }

    /** Whether the window has a right side. */
    boolean hasRight() {
      return rightFrom >= 0;
    }

    /** A window with this one's left side (string and cue masks already computed) and the given right side. */
    private Window withRight(int rightFrom, int rightTo, int end) {
      Window w = new Window(t, leftFrom, leftTo, rightFrom, rightTo).at(start, end, words);
      w.scratch = scratch;
      w.left = left;
      w.leftMask = leftMask;
      return w;
    }

    /**
     * This thread's {@link #CLEAN} scratch, looked up once per window (or taken over from the window this one was
     * derived from); windows live in one thread's scan (or one rule call) only.
     */
    private Scratch scratch;

    private Scratch scratch() {
      Scratch sc = scratch;
      if (sc == null) {
        sc = CLEAN.get();
        scratch = sc;
      }
      return sc;
    }

    /** The left side's cue mask with {@link #NEAR_NEGATIVE}, or -1 before it is computed. */
    private long leftMask = -1;
    private long rightMask = -1;

    private long leftMask() {
      if (leftMask == -1) {
        leftMask = maskOf(t, leftFrom, leftTo, scratch());
      }
      return leftMask;
    }

    private long rightMask() {
      if (rightMask == -1) {
        rightMask = maskOf(t, rightFrom, rightTo(), scratch()) & ~NEAR_NEGATIVE;
      }
      return rightMask;
    }

    /** Whether a cue of the type occurs on either side. */
    public boolean has(String type) {
      long b = bitOf(type);
      // the right side's mask only when the left side has no such cue
      return b != 0 && ((leftMask() & b) != 0 || (rightMask() & b) != 0);
    }

    /** Whether a cue of the type occurs on the left side. */
    public boolean hasLeft(String type) {
      long b = bitOf(type);
      return b != 0 && (leftMask() & b) != 0;
    }

    /** Whether a negative cue (order, invoice, tracking, version, build, ISBN, price, total, $...) is near. */
    public boolean negative() {
      return (leftMask() & (NEGATIVE_BIT | MONEY_BIT)) != 0 || (rightMask() & (NEGATIVE_BIT | MONEY_BIT)) != 0;
    }

    /** As {@link #negative()} without prices and amounts, which sit next to payment cards. */
    public boolean negativeExceptMoney() {
      return (leftMask() & NEGATIVE_BIT) != 0 || (rightMask() & NEGATIVE_BIT) != 0;
    }

    /**
     * Whether a date here is not a personal one: a release, deadline, delivery, payment or header word, or an order,
     * invoice or version word, is near and no birth, patient, appointment or booking word is ("je afspraak is
     * gepland op 3 december").
     */
    public boolean impersonalDate() {
      long m = leftMask() | rightMask();
      return (m & (DATE_NEG_BIT | NEGATIVE_BIT)) != 0 && (m & (BIRTH_BIT | APPT_BIT)) == 0;
    }

    /** Whether a negative cue is immediately left (within the last two words). */
    public boolean negativeNear() {
      return (leftMask() & NEAR_NEGATIVE) != 0;
    }
  }

  /**
   * Set in {@link #maskOf} when a negative or money cue is among the last two words (what
   * {@link Window#negativeNear()} asks); no type has this bit.
   */
  static final long NEAR_NEGATIVE = 1L << 62;

  /**
   * {@code mask(clean(t, from, to), 0)}, plus {@link #NEAR_NEGATIVE} when {@code mask(clean(t, from, to), 2)} has
   * the negative or money bit; computed on the cleaned characters in the per-thread buffer, without a string.
   */
  static long maskOf(CharSequence t, int from, int to) {
    return maskOf(t, from, to, CLEAN.get());
  }

  /**
   * {@link #maskOf(CharSequence, int, int)} with a scratch of the calling thread ({@link #CLEAN}'s, or one the
   * caller keeps per thread: {@link #newScratch}).
   */
  static long maskOf(CharSequence t, int from, int to, Scratch threadScratch) {
    Scratch sc = to - from + 2 <= 256 ? threadScratch : new Scratch(to - from + 2);
    char[] b = sc.chars;
    int[] wStart = sc.wordStart;
    int[] wEnd = sc.wordEnd;
    int[] wHash = sc.wordHash;
    // the side's characters copied once (a String copies them in bulk), then read from the array
    char[] src = sc.raw;
    int len = to - from;
    if (t instanceof String) {
      ((String) t).getChars(from, to, src, 0);
    } else {
      for (int i = 0; i < len; i++) {
        src[i] = t.charAt(from + i);
      }
    }
    // clean as cleanInto does, recording every word (run of non-space characters written) and its hash on the way
    int n = 0;
    int words = 0;
    boolean open = false;
    int h = 0;
    b[n++] = ' ';
    boolean space = true;
    for (int i = 0; i < len; i++) {
      char c = src[i];
      char x;
      if (c < 128 && LOWER_KEPT_ASCII[c] != 0) {
        // a kept ASCII character (letter, digit, ' # $ _), lower-cased
        x = LOWER_KEPT_ASCII[c];
        space = false;
      } else if ((c >= 128 && (Character.isLetterOrDigit(c) || c == '€' || c == '£'))
          || c == '-' && i + 1 < len && Character.isLetter(src[i + 1]) && !space) {
        x = WordSet.lower(c);
        space = false;
      } else if (c == '.' && i + 1 < len && Character.isLetter(src[i + 1])) {
        x = '.';
      } else if (!space) {
        x = ' ';
        space = true;
      } else {
        continue;
      }
      if (x == ' ') {
        if (open) {
          wEnd[words] = n;
          wHash[words++] = h;
          open = false;
        }
      } else {
        if (!open) {
          open = true;
          wStart[words] = n;
          h = 0;
        }
        h = 31 * h + x;
      }
      b[n++] = x;
    }
    if (open) {
      wEnd[words] = n;
      wHash[words++] = h;
    }
    long m = 0;
    // the masks of the phrases starting at the last word and the one before it
    long mLast = 0;
    long mPrev = 0;
    for (int k = 0; k < words; k++) {
      int ws = wStart[k];
      int we = wEnd[k];
      int h1 = wHash[k];
      long w = 0;
      int id = PHRASES.id(b, ws, we, h1);
      if (id >= 0) {
        w |= PHRASE_BITS[id];
      }
      // two and three words joined by one space (hash of "a b" = (hash(a) * 31 + ' ') * 31^|b| + hash(b))
      if (PHRASES.mayStartPhrase(h1) && k + 1 < words && wStart[k + 1] == we + 1) {
        int e2 = wEnd[k + 1];
        int h2 = (h1 * 31 + ' ') * POW31[e2 - we - 1] + wHash[k + 1];
        id = PHRASES.id(b, ws, e2, h2);
        if (id >= 0) {
          w |= PHRASE_BITS[id];
        }
        if (k + 2 < words && wStart[k + 2] == e2 + 1) {
          int e3 = wEnd[k + 2];
          id = PHRASES.id(b, ws, e3, (h2 * 31 + ' ') * POW31[e3 - e2 - 1] + wHash[k + 2]);
          if (id >= 0) {
            w |= PHRASE_BITS[id];
          }
        }
      }
      m |= w;
      mPrev = mLast;
      mLast = w;
    }
    // the raw characters are not kept past the call
    Arrays.fill(src, 0, len, '\0');
    return ((mPrev | mLast) & (NEGATIVE_BIT | MONEY_BIT)) != 0 ? m | NEAR_NEGATIVE : m;
  }

  /** 31 to the power of the index (int arithmetic, as {@link String#hashCode}). */
  private static final int[] POW31 = new int[258];

  static {
    POW31[0] = 1;
    for (int k = 1; k < POW31.length; k++) {
      POW31[k] = POW31[k - 1] * 31;
    }
  }

  /** Per-thread scratch of {@link #clean} and {@link #maskOf}: the cleaned characters and the words in them. */
  /** A new scratch for {@link #maskOf} and windows, for a caller that keeps one per thread. */
  static Scratch newScratch() {
    return new Scratch(256);
  }

  /** Zeroes a scratch's cleaned characters (what a caller does before keeping it past a scan). */
  static void wipe(Scratch sc) {
    Arrays.fill(sc.chars, '\0');
  }

  static final class Scratch {
    final char[] chars;
    /** The raw characters of the side being cleaned by {@link #maskOf}. */
    final char[] raw;
    final int[] wordStart;
    final int[] wordEnd;
    final int[] wordHash;

    Scratch(int chars) {
      this.chars = new char[chars];
      this.raw = new char[chars];
      int words = chars / 2 + 2;
      wordStart = new int[words];
      wordEnd = new int[words];
      wordHash = new int[words];
    }
  }

  /** {@link #BITS} in an open-addressing table probed by the type's cached hash, identity first (no boxing). */
  private static final String[] BIT_KEYS;
  private static final long[] BIT_VALUES;

  static {
    int cap = Integer.highestOneBit(Math.max(16, BITS.size() * 4)) * 2;
    BIT_KEYS = new String[cap];
    BIT_VALUES = new long[cap];
    for (Map.Entry<String, Long> e : BITS.entrySet()) {
      int k = e.getKey().hashCode() * 0x9E3779B9 >>> 16 & (cap - 1);
      while (BIT_KEYS[k] != null) {
        k = (k + 1) & (cap - 1);
      }
      BIT_KEYS[k] = e.getKey();
      BIT_VALUES[k] = e.getValue();
    }
  }

  /** {@code BITS.get(type)}, or 0 when the type has no cues. */
  static long bitOf(String type) {
    String[] keys = BIT_KEYS;
    int m = keys.length - 1;
    for (int k = type.hashCode() * 0x9E3779B9 >>> 16 & m; ; k = (k + 1) & m) {
      String v = keys[k];
      if (v == null) {
        return 0;
      }
      if (v == type || v.equals(type)) {
        return BIT_VALUES[k];
      }
    }
  }

  /** Characters that make up a window word (letters, digits and {@code ' # $ € £}), ASCII part. */
  private static final boolean[] WORD_ASCII = new boolean[128];
  /** Characters {@link #clean} keeps without looking further (letters, digits, {@code ' # $ _}), ASCII part. */
  private static final boolean[] KEEP_ASCII = new boolean[128];

  /** {@code WordSet.lower(c)} of the ASCII characters {@link #KEEP_ASCII} keeps, 0 for the others. */
  private static final char[] LOWER_KEPT_ASCII = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      WORD_ASCII[c] = Character.isLetterOrDigit(c) || c == '\'' || c == '#' || c == '$';
      KEEP_ASCII[c] = WORD_ASCII[c] || c == '_';
      LOWER_KEPT_ASCII[c] = KEEP_ASCII[c] ? WordSet.lower(c) : 0;
    }
  }

  /** Whether {@code c} is part of a window word: letter or digit, {@code ' # $ € £}. */
  private static boolean wordChar(char c) {
    return c < 128 ? WORD_ASCII[c] : Character.isLetterOrDigit(c) || c == '€' || c == '£';
  }

  static String lastWords(String s, int k) {
    int i = s.length();
    int seen = 0;
    while (i > 0) {
      i--;
      if (s.charAt(i) == ' ' && i < s.length() - 1) {
        seen++;
        if (seen == k) {
          return s.substring(i + 1);
        }
      }
    }
    return s;
  }

  /**
   * As {@link #around(CharSequence, int, int, int)}, reusing {@code prev} (a window of the same text, or null): the
   * same window when it was built for the same range and words, its left side (with its computed cue masks) when
   * built for the same start and words. A window is a function of the text and these three numbers only.
   */
  static Window around(CharSequence t, int start, int end, int words, Window prev) {
    if (prev != null && prev.start == start && prev.words == words && prev.t == t) {
      if (prev.end == end && prev.rightFrom >= 0) {
        return prev;
      }
      return prev.withRight(end, Window.LAZY, end);
    }
    Window w = around(t, start, end, words);
    if (prev != null) {
      w.scratch = prev.scratch; // the same thread's scratch (or null: looked up when first needed)
    }
    return w;
  }

  /**
   * As {@link #around(CharSequence, int, int, int, Window)}, the window reading its masks with {@code sc} (the
   * caller's per-thread scratch, see {@link #newScratch}) unless it already has one: no thread-local lookup.
   */
  static Window around(CharSequence t, int start, int end, int words, Window prev, Scratch sc) {
    Window w = around(t, start, end, words, prev);
    if (w.scratch == null) {
      w.scratch = sc;
    }
    return w;
  }

  /** As {@link #leftOnly(CharSequence, int, int, Window)}, with the caller's scratch as {@link #around} above. */
  static Window leftOnly(CharSequence t, int start, int words, Window prev, Scratch sc) {
    Window w = leftOnly(t, start, words, prev);
    if (w.scratch == null) {
      w.scratch = sc;
    }
    return w;
  }

  /** As {@link #leftOnly(CharSequence, int, int)}, reusing the left side of {@code prev} as above. */
  static Window leftOnly(CharSequence t, int start, int words, Window prev) {
    if (prev != null && prev.start == start && prev.words == words && prev.t == t) {
      return prev.rightFrom < 0 ? prev : prev.withRight(-1, -1, -1);
    }
    Window w = leftOnly(t, start, words);
    if (prev != null) {
      w.scratch = prev.scratch; // the same thread's scratch (or null: looked up when first needed)
    }
    return w;
  }

  /** Builds the window; {@code words} words each side, at most 80 characters each side. */
  public static Window around(CharSequence t, int start, int end, int words) {
    return new Window(t, leftStart(t, start, words), start, end, Window.LAZY).at(start, end, words);
  }

  /** The end of the right side of {@link #around} (it starts at {@code end}). */
  private static int rightEnd(CharSequence t, int end, int words) {
    int to = end;
    int w = 0;
    boolean inWord = false;
    while (to < t.length() && to - end < 80) {
      char c = t.charAt(to);
      boolean wc = wordChar(c);
      if (wc && !inWord) {
        w++;
        if (w > words) {
          break;
        }
      }
      inWord = wc;
      to++;
    }
    return to;
  }

  /**
   * The left side of {@link #around} only, for callers that ask nothing but {@link Window#hasLeft} and
   * {@link Window#negativeNear} (the right side is absent: {@link Window#has} must not be called on it).
   */
  static Window leftOnly(CharSequence t, int start, int words) {
    return new Window(t, leftStart(t, start, words), start, -1, -1).at(start, -1, words);
  }

  /** The left part of {@link #around}, alone: the same string as {@code around(t, start, start, words).left()}. */
  public static String left(CharSequence t, int start, int words) {
    return clean(t, leftStart(t, start, words), start);
  }

  /** The start of the left side of {@link #around} (it ends at {@code start}). */
  private static int leftStart(CharSequence t, int start, int words) {
    int from = start;
    int w = 0;
    boolean inWord = false;
    while (from > 0 && start - from < 80) {
      char c = t.charAt(from - 1);
      boolean wc = wordChar(c);
      if (wc && !inWord) {
        w++;
        if (w > words) {
          break;
        }
      }
      inWord = wc;
      from--;
    }
    return from;
  }

  /**
   * (round 22) A window of {@code words} words on each side of a range, like {@link #around}, whose cleaned sides are
   * written into buffers of its own and read as {@link CharSequence}s instead of strings: {@code Names.rules} keeps one
   * per scan buffer ({@code Hits}) and moves it to each word it looks at, so the name rules allocate no window and no
   * side string. Its sides hold exactly the characters of {@link Window#left()} and {@link Window#right()} of the
   * same window (same ranges, same {@link #cleanInto}; a side is at most 80 characters, so 256 always suffice). Valid
   * until its next {@link #at}; not thread-safe.
   */
  static final class RuleWindow {
    private final Side left = new Side();
    private final Side right = new Side();
    private CharSequence t;
    private int leftFrom;
    private int leftTo;
    private int rightFrom;
    private int words;
    private boolean leftDone;
    private boolean rightDone;
    private boolean used;

    /** Moves the window to {@code [start, end)} of {@code t}: the ranges of {@code around(t, start, end, words)}. */
    RuleWindow at(CharSequence t, int start, int end, int words) {
      this.t = t;
      this.leftFrom = leftStart(t, start, words);
      this.leftTo = start;
      this.rightFrom = end;
      this.words = words;
      leftDone = false;
      rightDone = false;
      used = true;
      return this;
    }

    /** The same left side, the right side moved to start at {@code end} (as {@code around(t, start, end, words, w)}). */
    RuleWindow withRightAt(int end) {
      if (end != rightFrom) {
        rightFrom = end;
        rightDone = false;
      }
      return this;
    }

    /** The cleaned left side (" w1 w2 ... "), the characters of {@link Window#left()}. */
    CharSequence left() {
      if (!leftDone) {
        left.len = cleanInto(t, leftFrom, leftTo, left.buf);
        leftDone = true;
      }
      return left;
    }

    /** The cleaned right side, the characters of {@link Window#right()}. */
    CharSequence right() {
      if (!rightDone) {
        right.len = cleanInto(t, rightFrom, rightEnd(t, rightFrom, words), right.buf);
        rightDone = true;
      }
      return right;
    }

    /** Forgets the text and clears the cleaned characters (at the end of a scan, as the scratch is wiped). */
    void wipe() {
      if (used) {
        Arrays.fill(left.buf, '\0');
        Arrays.fill(right.buf, '\0');
        left.len = 0;
        right.len = 0;
        used = false;
      }
      t = null;
      leftDone = false;
      rightDone = false;
    }
  }

  /** A cleaned window side in a buffer of its own ({@link RuleWindow}). */
  static final class Side implements CharSequence {
    final char[] buf = new char[256];
    int len;

    @Override
    public int length() {
      return len;
    }

    @Override
    public char charAt(int index) {
      if (index < 0 || index >= len) {
        throw new IndexOutOfBoundsException(index);
      }
      return buf[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return toString().substring(start, end);
    }

    @Override
    public String toString() {
      return new String(buf, 0, len);
    }
  }

  /** Per-thread buffer for {@link #clean} (a window side is at most 80 characters plus two spaces). */
  private static final ThreadLocal<Scratch> CLEAN = ThreadLocal.withInitial(() -> new Scratch(256));

  static String clean(CharSequence t, int from, int to) {
    return clean(t, from, to, CLEAN.get());
  }

  /** {@link #clean(CharSequence, int, int)} with this thread's {@link #CLEAN} scratch. */
  private static String clean(CharSequence t, int from, int to, Scratch threadScratch) {
    char[] b = to - from + 2 <= 256 ? threadScratch.chars : new char[to - from + 2];
    int n = cleanInto(t, from, to, b);
    return n == 1 ? " " : new String(b, 0, n);
  }

  /** Writes the cleaned form of {@code t[from, to)} into {@code b} (length >= to - from + 2); returns its length. */
  private static int cleanInto(CharSequence t, int from, int to, char[] b) {
    int n = 0;
    b[n++] = ' ';
    boolean space = true;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if ((c < 128 ? KEEP_ASCII[c] : Character.isLetterOrDigit(c) || c == '€' || c == '£')
          || c == '-' && i + 1 < to && Character.isLetter(t.charAt(i + 1)) && !space) {
        b[n++] = WordSet.lower(c);
        space = false;
      } else if (c == '.' && i + 1 < to && Character.isLetter(t.charAt(i + 1))) {
        b[n++] = '.';
      } else if (!space) {
        b[n++] = ' ';
        space = true;
      }
    }
    if (!space) {
      b[n++] = ' ';
    }
    return n;
  }

  static boolean containsWord(String hay, String needle) {
    int from = 0;
    while (true) {
      int i = hay.indexOf(needle, from);
      if (i < 0) {
        return false;
      }
      int e = i + needle.length();
      boolean leftOk = i == 0 || hay.charAt(i - 1) == ' ';
      boolean rightOk = e == hay.length() || hay.charAt(e) == ' ';
      if (leftOk && rightOk) {
        return true;
      }
      from = i + 1;
    }
  }
}
