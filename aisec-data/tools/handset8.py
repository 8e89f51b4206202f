#!/usr/bin/env python3
"""Eighth-round check set for the PII detector, written by hand (no templates, no datafaker, no shared data).

  python3 aisec-data/tools/handset8.py aisec-data/src/test/resources/dev/aisec/data/pii/handset8.jsonl
  python3 aisec-data/tools/handset8.py OUT --second    # the small second set written after the round's fixes

Same format as handset7.py: labelled spans are marked inline as [[TYPE|value]]; the script strips the markers and
writes score.py pii JSON Lines {"text", "spans": [{"start","end","type"}], "source": "handset8:<kind>#<n>"} with
UTF-16 offsets. Values with check digits are written as %%name%% and computed by the small generators below (own
code, not handset7_values.py) from base numbers chosen by hand, and each value is checked again by an independent
validator before it is written. Labelling conventions: PERSON = a person's name without title (chat speakers too);
DATE_TIME = birth dates and dates of medical and HR events of a named person (admission, start, leave) only, never release dates,
deadlines, invoice dates or log timestamps; LOCATION = street addresses (house number included; a flat number before
them not), postcodes with their city, every city, region and country name (also in signatures; not inside an
organisation's name); every e-mail,
phone number, IP, URL, card, IBAN, key and national ID is labelled; dial-in access codes, PINs, order, tracking and
invoice numbers, versions, hashes, companies and products are not. Deterministic output.
"""
import sys

from handset_markup import write


# ------------------------------------------------------------------ check-digit generators (own code)
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card(body):
    v = body + luhn_digit(body)
    assert luhn_ok(v)
    return v


def _mod97(s):
    r = 0
    for ch in s:
        r = (r * 10 + int(ch)) % 97 if ch.isdigit() else (r * 100 + (ord(ch) - 55)) % 97
    return r


def iban(cc, bban):
    check = 98 - _mod97(bban + cc + "00")
    v = "%s%02d%s" % (cc, check, bban)
    assert _mod97(v[4:] + v[:4]) == 1
    return v


def de_taxid(ten):
    product = 10
    for ch in ten:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    counts = sorted((ten.count(d) for d in set(ten)), reverse=True)
    assert ten[0] != "0" and counts[0] in (2, 3) and counts[1] == 1, ten
    return ten + str(check)


def fr_nir(thirteen):
    return thirteen + "%02d" % (97 - int(thirteen) % 97)


DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(eight):
    return eight + DNI[int(eight) % 23]


def es_nie(prefix, seven):
    return prefix + seven + DNI[int(str("XYZ".index(prefix)) + seven) % 23]


ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
               [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                14, 16, 10, 22, 25, 24, 23]))


def it_cf(fifteen):
    total = 0
    for i, ch in enumerate(fifteen):
        if i % 2 == 0:
            total += ODD[ch]
        else:
            total += int(ch) if ch.isdigit() else ord(ch) - 65
    return fifteen + chr(65 + total % 26)


def nl_bsn(eight):
    s = sum(int(d) * w for d, w in zip(eight, range(9, 1, -1)))
    check = s % 11
    assert check < 10, eight
    v = eight + str(check)
    assert (s - check) % 11 == 0
    return v


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _i in range(2, 8):
    _VP.append([_VP[_i - 1][_VP[1][k]] for k in range(10)])
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _verhoeff_check(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c


def verhoeff(eleven):
    c = 0
    for i, ch in enumerate(reversed(eleven)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    v = eleven + str(_VINV[c])
    assert _verhoeff_check(v) == 0
    return v


def au_tfn(eight):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    for last in range(10):
        v = eight + str(last)
        if sum(int(d) * k for d, k in zip(v, w)) % 11 == 0:
            return v
    raise ValueError(eight)


def ca_sin(eight):
    v = eight + luhn_digit(eight)
    assert luhn_ok(v)
    return v


def nhs(nine):
    s = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    check = 11 - s % 11
    if check == 11:
        check = 0
    assert check != 10, nine
    return nine + str(check)


def sg_nric(prefix, seven):
    s = sum(int(d) * w for d, w in zip(seven, [2, 7, 6, 5, 4, 3, 2])) + (4 if prefix in "TG" else 0)
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + seven + table[s % 11]


def grouped(s, sizes, sep=" "):
    out, i = [], 0
    for g in sizes:
        out.append(s[i:i + g])
        i += g
    assert i == len(s), (s, sizes)
    return sep.join(out)


def g4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


V = {
    "visa": card("426398170052118"), "mc": card("537914062288431"), "amex": card("37828224631000"),
    "mc2": card("223100481772004"),
    "de_iban": iban("DE", "210500001234567890"), "fr_iban": iban("FR", "30006000011234567890189"),
    "es_iban": iban("ES", "00491500051234567892"), "it_iban": iban("IT", "Y0306909606100000063719"),
    "nl_iban": iban("NL", "INGB0007125843"), "be_iban": iban("BE", "063512345675"),
    "at_iban": iban("AT", "1200011122233344"), "gb_iban": iban("GB", "BARC20035361529087"),
    "ch_iban": iban("CH", "00230123456789012"),
    "de_tax": de_taxid("6539172846"), "de_tax2": de_taxid("4817209355"),
    "fr_nir": fr_nir("1850675056123"), "fr_nir2": fr_nir("2910313055487"),
    "dni": es_dni("51839204"), "dni2": es_dni("02749361"), "nie": es_nie("Y", "4820613"),
    "cf": it_cf("RSSMRA80A01H501"), "cf2": it_cf("BNCGLI95M52F205"),
    "bsn": nl_bsn("11122233"), "bsn2": nl_bsn("30457812"),
    "aadhaar": verhoeff("48213659072"), "tfn": au_tfn("45903721"),
    "sin": ca_sin("13047291"), "sin2": ca_sin("72819304"),
    "nhs": nhs("732109456"), "nhs2": nhs("485106239"),
    "nric": sg_nric("S", "8403126"), "fin": sg_nric("G", "5127384"),
}
V["visa_sp"] = g4(V["visa"])
V["mc_dash"] = g4(V["mc"], "-")
V["amex_sp"] = grouped(V["amex"], [4, 6, 5])
for k in ["de_iban", "fr_iban", "es_iban", "it_iban", "nl_iban", "be_iban", "at_iban", "gb_iban", "ch_iban"]:
    V[k + "_sp"] = g4(V[k])
V["fr_nir_sp"] = grouped(V["fr_nir"], [1, 2, 2, 2, 3, 3, 2])
V["aadhaar_sp"] = grouped(V["aadhaar"], [4, 4, 4])
V["sin_sp"] = grouped(V["sin"], [3, 3, 3])
V["sin2_dash"] = grouped(V["sin2"], [3, 3, 3], "-")
V["nhs_sp"] = grouped(V["nhs"], [3, 3, 4])
V["nhs2_sp"] = grouped(V["nhs2"], [3, 3, 4])
V["tfn_sp"] = grouped(V["tfn"], [3, 3, 3])
V["de_tax_sp"] = grouped(V["de_tax"], [2, 3, 3, 3])
V["bsn_dot"] = grouped(V["bsn"], [4, 2, 3], ".")

TEXTS = [
    # ---------------------------------------------------------------- e-mails with signatures
    ("email", "Hi all,\n\nthe slides are on the drive.\n\nCheers,\n[[PERSON|Tamsin Hollis]]\nProduct Designer\n[[LOCATION|Bristol]], UK\n[[PHONE_NUMBER|+44 117 496 0824]]"),
    ("email", "Hello [[PERSON|Jonas]],\n\nI can do Thursday at 10.\n\nBest,\n[[PERSON|Rafaela Quintero]]\nSenior Analyst | Brightline Capital\n[[LOCATION|Calle de Serrano 41, 28001 Madrid]]\nTel. [[PHONE_NUMBER|+34 914 35 62 18]]"),
    ("email", "Moin zusammen,\n\nanbei das Protokoll.\n\nBeste Grüße\n[[PERSON|Henrike Albers]]\nTeamleitung Einkauf\nNordwind Handels GmbH\n[[LOCATION|Große Elbstraße 145, 22767 Hamburg]]"),
    ("email", "Bonjour [[PERSON|Sophie]],\n\nmerci pour votre retour rapide.\n\nCordialement,\n[[PERSON|Baptiste Moreau]]\nResponsable achats\n[[LOCATION|18 rue de la République, 69002 Lyon]]\n[[PHONE_NUMBER|04 78 42 19 63]]"),
    ("email", "Ciao [[PERSON|Marco]],\n\nti mando il preventivo entro domani.\n\nCordiali saluti,\n[[PERSON|Federica Lanzi]]\n[[LOCATION|Via Garibaldi 27, 10122 Torino]]\ncell. [[PHONE_NUMBER|+39 333 718 2046]]"),
    ("email", "Hoi [[PERSON|Daan]],\n\nzie bijlage.\n\nMet vriendelijke groet,\n[[PERSON|Marloes Verbeek]]\n[[LOCATION|Keizersgracht 212, 1016 DX Amsterdam]]\nT [[PHONE_NUMBER|020 624 7731]]"),
    ("email", "Dear Ms [[PERSON|Okafor]],\n\nthank you for your application.\n\nYours sincerely,\n[[PERSON|Graham Whitcombe]]\nHR Manager\n[[EMAIL_ADDRESS|g.whitcombe@hollandpark-school.org.uk]]"),
    ("email", "Hi [[PERSON|Priyanka]],\n\nquick reminder that the release of v4.2 is planned for 14 March 2025 and the code freeze is on 7 March.\n\nThanks,\n[[PERSON|Colm Brennan]]\nRelease Manager"),
    ("email", "Thanks [[PERSON|Lena]]!\n\n--\n[[PERSON|Arvid Lindqvist]]\nCTO, Fjordbyte AB\n[[LOCATION|Stockholm]] | [[PHONE_NUMBER|+46 70 412 85 39]]"),
    ("email", "Sent from my iPhone\n\n> On 3 Feb 2025, at 09:14, [[PERSON|Nadia Haddad]] <[[EMAIL_ADDRESS|nadia.haddad@protonmail.com]]> wrote:\n> Can we move the call to Friday?"),
    ("email", "Estimada Sra. [[PERSON|Villanueva]]:\n\nle recordamos que el plazo de entrega vence el 30 de junio de 2025.\n\nAtentamente,\nDepartamento de Administración"),
    ("email", "Sehr geehrter Herr [[PERSON|Kowalczyk]],\n\nIhr Termin am 12.05.2025 um 14:30 Uhr ist bestätigt. Einwahlnummer: [[PHONE_NUMBER|069 1234 5678]], Zugangscode 448 201 93#.\n\nFreundliche Grüße\n[[PERSON|Petra Lindner]]"),
    ("email", "Hi [[PERSON|Malik]],\n\ndial-in for tomorrow: [[PHONE_NUMBER|+1 646 558 8656]], meeting ID 843 2291 0475, passcode 662914.\n\n[[PERSON|Janelle]]"),
    ("email", "Kind regards,\n\n[[PERSON|Siddharth Rao]]\nPrincipal Engineer\nOrbital Data Ltd, [[LOCATION|Cambridge]]\n[[URL|https://orbitaldata.example.com]]"),
    ("email", "Gracias por todo.\n\nUn abrazo,\n[[PERSON|Mercedes]]\n[[LOCATION|Sevilla]]"),
    ("email", "Grazie mille,\n[[PERSON|Alessio Ferrante]]\n[[LOCATION|Piazza Navona 45, 00186 Roma]]"),
    ("email", "Bien cordialement,\n\n[[PERSON|Inès Benali]]\nChargée de clientèle\nBanque Rivage, [[LOCATION|Marseille]]"),
    ("email", "Viele Grüße aus [[LOCATION|Freiburg]]\n[[PERSON|Jakob]]"),
    ("email", "Subject: Invoice INV-2025-0311 due 31/01/2025\n\nPlease pay by 31 January 2025. Amount due: $4,210.00. PO 7781-22."),
    ("email", "From: \"Hartley, Simon\" <[[EMAIL_ADDRESS|simon.hartley@lawfirm.example]]>\nSent: Monday, 10 March 2025 16:02\nTo: Records\nSubject: file ref 2024/0815\n\nPlease archive."),
    ("email", "Hi [[PERSON|Tom]],\n\nmy new address from 1 April is Flat 4, [[LOCATION|27 Wellington Road, Leeds LS1 4AP]].\n\n[[PERSON|Bronwyn]]"),
    ("email", "Liebe Frau [[PERSON|Schäfer]],\n\nbitte senden Sie das Paket an [[LOCATION|Lindenallee 8, 50968 Köln]].\n\nHerzliche Grüße\n[[PERSON|Ulrike Brandt]]"),
    # ---------------------------------------------------------------- chats
    ("chat", "omg [[PERSON|kasia]] just texted me, she's at the airport already"),
    ("chat", "[[PERSON|jordan]]: who has the keys?\n[[PERSON|mo]]: i gave them to [[PERSON|priti]]"),
    ("chat", "lunch w/ [[PERSON|ahmed]] and [[PERSON|lise]] today, u in?"),
    ("chat", "can u ask [[PERSON|bernadette]] for the wifi password"),
    ("chat", "the wifi pw is on the fridge lol, code for the door is 4821"),
    ("chat", "my pin is 0917 don't tell anyone 🤫"),
    ("chat", "[[PERSON|Yara]] moved to [[LOCATION|Lisbon]] last month!! 🇵🇹"),
    ("chat", "im in [[LOCATION|rotterdam]] till sunday, call me [[PHONE_NUMBER|+31 6 4127 8803]]"),
    ("chat", "hahaha [[PERSON|finn]] fell asleep on the train again 😴"),
    ("chat", "tbh the new iPhone 16 Pro is not worth it, Pixel 9 is better"),
    ("chat", "who's bringing the cake? [[PERSON|Ngozi]] or [[PERSON|Brigid]]?"),
    ("chat", "[09:41] [[PERSON|tereza]]: morning!\n[09:42] [[PERSON|paulo]]: bom dia 😄"),
    ("chat", "order #558213 still hasn't arrived, tracking says 1Z999AA10123456784"),
    ("chat", "meeting code is 771 204 9932, see u there"),
    ("chat", "happy bday [[PERSON|dimitri]]!!! 🎂🎂 30 looks good on u"),
    ("chat", "je suis chez [[PERSON|mathilde]] ce soir, on se voit demain ?"),
    ("chat", "quedamos con [[PERSON|iker]] en la plaza a las 8"),
    ("chat", "ho parlato con [[PERSON|chiara]], arriva domani a [[LOCATION|Bologna]]"),
    ("chat", "ich bin gerade bei [[PERSON|Lotte]] in [[LOCATION|Leipzig]], ruf mich unter [[PHONE_NUMBER|0176 2284 9917]] an"),
    ("chat", "GOT THE TICKETS!!! [[PERSON|RAMONA]] YOU'RE THE BEST"),
    ("chat", "the Galaxy Buds are on sale, 79.99 until Sunday"),
    ("chat", "ok boomer 😂 anyway standup at 9:15 tmrw"),
    ("chat", "text [[PERSON|hamid]] when u land, his number is [[PHONE_NUMBER|07700 900461]]"),
    # ---------------------------------------------------------------- support tickets
    ("ticket", "Ticket #77120 — Customer: [[PERSON|Lorenzo Bassi]], phone [[PHONE_NUMBER|+39 02 8645 3310]], reports that order 4410-2231-09 arrived damaged."),
    ("ticket", "Caller [[PERSON|Wendy Achterberg]] ([[EMAIL_ADDRESS|wendy.a@ziggo.nl]]) cannot log in since the 3.8.1 update. Verified with last 4 digits of card: 4417."),
    ("ticket", "Customer asked to update the delivery address to [[LOCATION|Rue Neuve 14, 1000 Bruxelles]]. Refund to [[IBAN_CODE|%%be_iban_sp%%]]."),
    ("ticket", "Issue: conference bridge rejects PIN 30871. Bridge number [[PHONE_NUMBER|0800 496 0021]] works, access code 5512 8830."),
    ("ticket", "Kunde [[PERSON|Dragan Petrović]] meldet: Rechnung RE-2025-00412 doppelt abgebucht. Rückruf unter [[PHONE_NUMBER|0221 9874 5512]]."),
    ("ticket", "Cliente [[PERSON|Ana Beatriz Souto]] solicita cambio de dirección a [[LOCATION|Avenida Diagonal 512, 08006 Barcelona]]."),
    ("ticket", "Le client signale que le colis 6A12345678901 n'est pas arrivé. Numéro de commande : 100045872."),
    ("ticket", "RMA 2025-4471 approved for serial SN-88X-4410-22. Ship to warehouse bay 12."),
    ("ticket", "Priority: P2\nReporter: [[PERSON|Hiroshi Yamada]]\nEnvironment: build 2025.03.14-rc2, Chrome 133.0.6943.98\nSteps: open /settings, click Save"),
    ("ticket", "The user [[PERSON|Greta Nyström]] wants her account deleted (GDPR Art. 17). Account ID 88120457."),
    # ---------------------------------------------------------------- CVs and forms
    ("cv", "CURRICULUM VITAE\n[[PERSON|Katarzyna Wiśniewska]]\n[[LOCATION|ul. Marszałkowska 84, 00-514 Warszawa]]\n[[EMAIL_ADDRESS|k.wisniewska@wp.pl]] · [[PHONE_NUMBER|+48 601 234 877]]\nBorn [[DATE_TIME|22 August 1991]]\n\n2019-2024  Data Engineer, Allegro\n2015-2019  MSc Computer Science, University of Warsaw"),
    ("cv", "Lebenslauf\nName: [[PERSON|Maximilian Hoffmann]]\nGeburtsdatum: [[DATE_TIME|03.11.1987]]\nAnschrift: [[LOCATION|Sendlinger Straße 12, 80331 München]]\nTelefon: [[PHONE_NUMBER|089 2317 4490]]\n\n2016–2023 Projektleiter bei Siemens AG"),
    ("cv", "[[PERSON|Élise Fontaine]] — Développeuse full-stack\nNée le [[DATE_TIME|9 février 1994]] à [[LOCATION|Nantes]]\n[[EMAIL_ADDRESS|elise.fontaine@laposte.net]]\nCompétences : Java 17, Spring Boot 3, PostgreSQL 16"),
    ("cv", "EXPERIENCE\nMar 2021 – present  Staff Engineer, Shopify (remote)\nJan 2017 – Feb 2021  Backend Developer, Booking.com, [[LOCATION|Amsterdam]]\nEDUCATION\n2012 – 2016  BSc, TU Delft"),
    ("form", "First name: [[PERSON|Oluwaseun]]\nLast name: [[PERSON|Adebayo]]\nDate of birth: [[DATE_TIME|1990-07-04]]\nAddress: [[LOCATION|1742 Maple Avenue, Springfield, IL 62704]]\nSSN: [[US_SSN|512-68-3397]]"),
    ("form", "Nom : [[PERSON|Lefebvre]]\nPrénom : [[PERSON|Gaëlle]]\nDate de naissance : [[DATE_TIME|17/05/1983]]\nN° de sécurité sociale : [[FR_NIR|%%fr_nir2%%]]\nAdresse : [[LOCATION|5 place Bellecour, 69002 Lyon]]"),
    ("form", "Nombre: [[PERSON|Javier]]\nApellidos: [[PERSON|Morales Ibáñez]]\nDNI: [[ES_NIF|%%dni%%]]\nFecha de nacimiento: [[DATE_TIME|02/12/1979]]\nDomicilio: [[LOCATION|Calle Mayor 18, 3º B, 28013 Madrid]]"),
    ("form", "Nome: [[PERSON|Giulia Bianchi]]\nCodice fiscale: [[IT_FISCAL_CODE|%%cf2%%]]\nData di nascita: [[DATE_TIME|12/08/1995]]\nIndirizzo: [[LOCATION|Corso Buenos Aires 33, 20124 Milano]]"),
    ("form", "Naam: [[PERSON|Sem Jansen]]\nBSN: [[NL_BSN|%%bsn_dot%%]]\nGeboortedatum: [[DATE_TIME|23-04-1986]]\nAdres: [[LOCATION|Oudegracht 167, 3511 AL Utrecht]]"),
    ("form", "Employee: [[PERSON|Chloé Tremblay]]\nSIN: [[CA_SIN|%%sin_sp%%]]\nStart date: [[DATE_TIME|2023-09-05]]\nProvince: [[LOCATION|Quebec]]"),
    ("form", "Applicant: [[PERSON|Liam O'Connell]]\nTFN: [[AU_TFN|%%tfn_sp%%]]\nMobile: [[PHONE_NUMBER|0412 887 204]]\nSuburb: [[LOCATION|Fitzroy VIC 3065]]"),
    ("form", "Name: [[PERSON|Tan Wei Ling]]\nNRIC: [[SG_NRIC_FIN|%%nric%%]]\nContact: [[PHONE_NUMBER|+65 9123 4567]]"),
    ("form", "Patient: [[PERSON|Aisha Rahman]]\nNHS No: [[UK_NHS|%%nhs2_sp%%]]\nDOB: [[DATE_TIME|14/02/1972]]\nGP: Dr [[PERSON|Fergus McLeod]]"),
    ("form", "Steuer-ID: [[DE_TAX_ID|%%de_tax_sp%%]]\nIBAN: [[IBAN_CODE|%%de_iban_sp%%]]\nKontoinhaber: [[PERSON|Friederike Scholz]]"),
    ("form", "Registration form v2.3 — fields marked * are required. Max upload 10 MB. Form ID 4471-A."),
    # ---------------------------------------------------------------- medical and HR notes
    ("note", "Pt [[PERSON|Gerald Tompkins]], 67 y/o, admitted [[DATE_TIME|02/03/2025]] with chest pain. Wife [[PERSON|Maureen]] contactable on [[PHONE_NUMBER|07700 900982]]."),
    ("note", "HR note: [[PERSON|Bjorn Eriksen]] (employee 20471) starts parental leave on [[DATE_TIME|1 June 2025]]; cover by [[PERSON|Leah Goldberg]]."),
    ("note", "Termin mit Patientin [[PERSON|Sabine Krüger]], geb. [[DATE_TIME|21.06.1958]], wohnhaft [[LOCATION|Bahnhofstraße 3, 01069 Dresden]]."),
    ("note", "Patiente Mme [[PERSON|Dubois]] : rappeler au [[PHONE_NUMBER|06 12 84 33 90]]"),
    ("note", "Nota clínica: paciente [[PERSON|Rosa Delgado]], nacida el [[DATE_TIME|4 de octubre de 1966]], refiere dolor lumbar."),
    ("note", "Performance review for [[PERSON|Kwabena Mensah]]: exceeds expectations. Next review due Q3 2025."),
    ("note", "Dosage: 500 mg twice daily for 10 days. Batch 24B117, expiry 11/2026."),
    # ---------------------------------------------------------------- logs
    ("log", "2025-03-14 08:22:17,443 INFO  [main] o.a.c.Server - Started in 4.112 s (pid 48213)"),
    ("log", "2025-03-14T08:22:19.004Z WARN  payment retry=3 order=90012847 amount=129.90 currency=EUR"),
    ("log", "Mar 14 08:23:01 web-02 sshd[22871]: Accepted publickey for deploy from [[IP_ADDRESS|198.51.100.23]] port 52211 ssh2"),
    ("log", "[[IP_ADDRESS|192.0.2.77]] - - [14/Mar/2025:08:24:55 +0000] \"GET /api/v2/orders/558213 HTTP/1.1\" 200 1432 \"-\" \"okhttp/4.12.0\""),
    ("log", "level=info ts=2025-03-14T08:25:00Z msg=\"user signed up\" email=[[EMAIL_ADDRESS|j.mbeki@example.co.za]] plan=pro"),
    ("log", "{\"ts\":\"2025-03-14T08:26:12Z\",\"event\":\"sms_sent\",\"to\":\"[[PHONE_NUMBER|+447911204518]]\",\"template\":\"otp\",\"code_len\":6}"),
    ("log", "cron[1123]: (root) CMD (/usr/local/bin/backup.sh --date 2025-03-14 --keep 14)"),
    ("log", "2025/03/14 08:27:40 [error] 2211#2211: *88 upstream timed out (110: Connection timed out) while connecting to upstream, client: [[IP_ADDRESS|203.0.113.9]]"),
    ("log", "build #4471 finished in 00:12:48 — 1,204 tests, 0 failures, artifact app-5.3.0-SNAPSHOT.jar (48.2 MB)"),
    ("log", "INFO  session 7c1e9f2a-33b4-4d1c-9e0f-12ab34cd56ef created for user id 100482 at 2025-03-14 09:00:03"),
    ("log", "DHCPACK on 10.0.4.117 to [[MAC_ADDRESS|3c:22:fb:91:0a:7e]] (laptop-ana) via eth0"),
    # ---------------------------------------------------------------- code and config with keys
    ("code", "export GITHUB_TOKEN=[[API_KEY|ghp_R4nd0mT0k3nV4lu3F0rT3st1ngXyZ1234567]]\nexport NODE_ENV=production\nexport PORT=8080"),
    ("code", "spring:\n  datasource:\n    url: jdbc:postgresql://db.internal:5432/app\n    username: app\n    password: [[API_KEY|Xk9#vQ2!mL7pR4tW8zB1]]"),
    ("code", "const stripe = require('stripe')('[[API_KEY|sk_live_51HqT2kLmN8pQ4rS6tU9vW2xY5zA7bC]]');"),
    ("code", "# version pins\nrequests==2.32.3\nurllib3==2.2.2\nnumpy==1.26.4"),
    ("code", "String uuid = \"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"; // not a secret\nint retries = 5;"),
    ("code", "headers = {\"Authorization\": \"Bearer [[API_KEY|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQ0MTIiLCJpYXQiOjE3MTAwMDAwMDB9.q1W2e3R4t5Y6u7I8o9P0aSdFgHjKlZxCvBnM1234567]]\"}"),
    ("code", "commit 9fceb02d0ae598e95dc970b74767f19372d61af8\nAuthor: [[PERSON|Ingrid Solberg]] <[[EMAIL_ADDRESS|ingrid@solberg.dev]]>\nDate:   Tue Mar 11 17:02:44 2025 +0100\n\n    fix: handle empty cart"),
    ("code", "AWS_ACCESS_KEY_ID=[[API_KEY|AKIAQ7XZ4P2RLM3VN8TK]]\nAWS_REGION=eu-central-1"),
    # ---------------------------------------------------------------- structured IDs in context
    ("ids", "Please charge my Visa [[CREDIT_CARD|%%visa_sp%%]], exp 09/27."),
    ("ids", "Card on file: [[CREDIT_CARD|%%mc_dash%%]] (Mastercard)."),
    ("ids", "AmEx [[CREDIT_CARD|%%amex_sp%%]] — billing ZIP 10027"),
    ("ids", "Überweisung an [[IBAN_CODE|%%at_iban_sp%%]], Verwendungszweck Miete März"),
    ("ids", "Virement vers [[IBAN_CODE|%%fr_iban_sp%%]] avant le 5 du mois."),
    ("ids", "Transferencia a la cuenta [[IBAN_CODE|%%es_iban%%]] (titular: [[PERSON|Marta Gil]])."),
    ("ids", "Bonifico su [[IBAN_CODE|%%it_iban_sp%%]] intestato a [[PERSON|Paolo Conti]]."),
    ("ids", "Sort code 20-00-35, IBAN [[IBAN_CODE|%%gb_iban_sp%%]]"),
    ("ids", "Mi NIE es [[ES_NIF|%%nie%%]] y el de mi mujer [[ES_NIF|%%dni2%%]]."),
    ("ids", "Aadhaar: [[IN_AADHAAR|%%aadhaar_sp%%]], PAN [[IN_PAN|AKRPM4417Q]]"),
    ("ids", "My SIN is [[CA_SIN|%%sin2_dash%%]], please update payroll."),
    ("ids", "Numéro d'assurance sociale (NAS) : [[CA_SIN|%%sin%%]]"),
    ("ids", "NHS number [[UK_NHS|%%nhs%%]] — please quote on all correspondence."),
    ("ids", "National Insurance: QQ 12 34 56 C is the sample format; mine is [[UK_NINO|SK 48 20 91 A]]."),
    ("ids", "FIN [[SG_NRIC_FIN|%%fin%%]], work pass holder"),
    ("ids", "Steueridentifikationsnummer [[DE_TAX_ID|%%de_tax2%%]]"),
    ("ids", "burgerservicenummer [[NL_BSN|%%bsn2%%]]"),
    ("ids", "SSN [[US_SSN|431-72-9058]], ITIN [[US_ITIN|912-74-3381]]"),
    ("ids", "Passport no. [[US_PASSPORT|548213907]], driver's license [[US_DRIVER_LICENSE|D4418-27731-09]]"),
    ("ids", "Server [[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]] answered, fallback [[IP_ADDRESS|172.16.254.3]]."),
    ("ids", "Send the payment to [[EMAIL_ADDRESS|billing@kleinhaus.de]] or see [[URL|https://kleinhaus.de/zahlung]]."),
    # ---------------------------------------------------------------- addresses and places
    ("addr", "The museum at [[LOCATION|221B Baker Street]] gets thousands of visitors a year."),
    ("addr", "Letters to the Prime Minister go to [[LOCATION|10 Downing Street, London SW1A 2AA]]."),
    ("addr", "We moved to [[LOCATION|Prinsengracht 263, 1016 GV Amsterdam]] in May."),
    ("addr", "Lieferadresse: [[LOCATION|Hauptstr. 77, 70173 Stuttgart]]"),
    ("addr", "Adresse de livraison : [[LOCATION|42 boulevard Haussmann, 75009 Paris]]"),
    ("addr", "Dirección: [[LOCATION|Paseo de la Castellana 89, 28046 Madrid]]"),
    ("addr", "Spedire a: [[LOCATION|Via dei Coronari 112, 00186 Roma]]"),
    ("addr", "Bezorgadres: [[LOCATION|Dorpsstraat 5, 7411 KT Deventer]]"),
    ("addr", "Ship to: [[PERSON|Darnell Hughes]], [[LOCATION|4820 Sunset Blvd, Los Angeles, CA 90027]]"),
    ("addr", "She grew up in [[LOCATION|Galway]] and now lives in [[LOCATION|Vancouver]]."),
    ("addr", "Ich wohne in der [[LOCATION|Kastanienallee 12]] in [[LOCATION|Berlin]]."),
    ("addr", "J'habite [[LOCATION|7 rue des Carmes, 31000 Toulouse]] depuis 2019."),
    ("addr", "Vivo en [[LOCATION|Valencia]], cerca de la playa."),
    ("addr", "Abito a [[LOCATION|Napoli]] con mia sorella [[PERSON|Teresa]]."),
    ("addr", "Mail goes to [[LOCATION|PO Box 1182, Anchorage, AK 99510]]."),
    # ---------------------------------------------------------------- multilingual misc
    ("multi", "Mein Name ist [[PERSON|Jörg Pfeiffer]], erreichbar unter [[PHONE_NUMBER|+49 40 3861 2275]]."),
    ("multi", "Je m'appelle [[PERSON|Amandine Rousseau]], mon portable est le [[PHONE_NUMBER|07 81 45 29 66]]."),
    ("multi", "Me llamo [[PERSON|Santiago Herrera]] y mi móvil es el [[PHONE_NUMBER|678 41 22 09]]."),
    ("multi", "Mi chiamo [[PERSON|Lucia Moretti]], il mio numero è [[PHONE_NUMBER|349 552 1180]]."),
    ("multi", "Ik heet [[PERSON|Bram de Vries]] en mijn nummer is [[PHONE_NUMBER|06 2841 7730]]."),
    ("multi", "Der Release 5.2 erscheint am 15. April 2025, der Support für 4.x endet am 31.12.2025."),
    ("multi", "La version 3.1 sort le 2 mai 2025 ; date limite des inscriptions : 20 avril."),
    ("multi", "El pedido 2025/00871 se entregará el 12 de mayo. Código de seguimiento ES0098451273."),
    ("multi", "La fattura n. 2025/118 scade il 30/04/2025. Codice cliente 004512."),
    ("multi", "De levering van bestelling 771204 is gepland op 3 juni 2025."),
    # ---------------------------------------------------------------- hard negatives
    ("neg", "Firmware 2.14.7 was released on 2025-02-11; the next drop is due 2025-05-01."),
    ("dialin", "Conference bridge: [[PHONE_NUMBER|0800 022 6655]], participant PIN 7701 4482#"),
    ("neg", "Zoom: Meeting ID 812 4471 0293 · Passcode 448812"),
    ("neg", "Your verification code is 582 913. It expires in 10 minutes."),
    ("neg", "Order 112-4471823-5530911 shipped via UPS, tracking 1Z 999 AA1 01 2345 6784."),
    ("neg", "Invoice 2025-000417 dated 14.03.2025, due 28.03.2025, total 1.480,00 EUR."),
    ("neg", "Model XPS 15 9530, Service Tag 7H2K9L3, Express Code 165 837 224 33."),
    ("neg", "ISBN 978-3-16-148410-0, 3rd edition, Springer 2021, 512 pages."),
    ("neg", "Deadline for abstracts: 15 April 2025. Notification: 30 May 2025. Camera-ready: 20 June 2025."),
    ("neg", "Flight LH 1234 departs 06:45 from gate B22, seat 14C, booking ref K7XQ2P."),
    ("neg", "The Tesla Model 3 Long Range costs 44,990 USD or 49.990 € with the winter package."),
    ("neg", "Room 3.14, Building 7, Level 2 — access badge 004471."),
    ("neg", "Error 0x800F0922 while installing KB5034441 on build 22631.3155."),
    ("neg", "Chapter 12, verse 7; see also pages 221-229 and 301."),
    ("neg", "Lot 24-0871, best before 08/2026, net weight 500 g, EAN 8710398512345."),
    ("neg", "Q1 revenue grew 12.4 % to 3,208 million; EBITDA margin 18.9 %."),
    ("neg", "Ticket numbers 0047 1123 8890 to 0047 1123 8999 have been cancelled."),
    ("neg", "Call the 24/7 hotline 1-800-FLOWERS for bouquets."),
    ("neg", "Temperature 21.5 °C, humidity 44 %, pressure 1013 hPa at 2025-03-14 07:00."),
    ("neg", "Victoria Secret, Marks & Spencer and Ted Baker reported sales on Tuesday."),
    ("neg", "Use promo code SPRING2025 for 20 % off until 31 March."),
    ("neg", "Kubernetes 1.29.3, Helm 3.14.2, containerd 1.7.13, kernel 6.5.0-1016-azure."),
    ("neg", "Gleis 7, ICE 578 nach [[LOCATION|Hamburg-Altona]], Abfahrt 14:06, Wagen 25, Platz 61."),
    ("neg", "Référence dossier 2025-FR-004471, montant 2 480,50 €, échéance 30/06/2025."),
    ("neg", "Número de cliente 0045 1287, contrato 2025-77812, vencimiento 15/07/2025."),
    ("neg", "Codice prodotto 8003340091235 — confezione da 6, prezzo 12,90 €."),
    ("neg", "Versie 4.0.2 staat gepland voor 1 juli; ordernummer 2025-0471-NL."),
    ("neg", "Hotel room 1412, checkout 11:00, Wi-Fi code 88214471."),
]

SECOND = [
    # written after the eighth round's fixes, measured once; nothing was changed after it
    ("s2", "Best wishes,\n[[PERSON|Imogen Fairweather]]\nCommunications Lead\n[[LOCATION|Edinburgh]]"),
    ("s2", "Saludos cordiales,\n[[PERSON|Nerea Otxoa]]\n[[LOCATION|Calle Gran Vía 28, 48001 Bilbao]]"),
    ("s2", "Mit besten Grüßen\n[[PERSON|Tobias Reinholz]]\n[[LOCATION|Marienplatz 8, 80331 München]]"),
    ("s2", "Amitiés,\n[[PERSON|Loïc Garnier]]\n[[LOCATION|3 quai des Chartrons, 33000 Bordeaux]]"),
    ("s2", "Un caro saluto,\n[[PERSON|Beatrice Galli]], [[LOCATION|Firenze]]"),
    ("s2", "Groeten,\n[[PERSON|Joost Hendriks]]\n[[LOCATION|Herengracht 401, 1017 BP Amsterdam]]"),
    ("s2", "hey [[PERSON|magda]] did u get my msg"),
    ("s2", "[[PERSON|raul]] and [[PERSON|inka]] are late again 🙄"),
    ("s2", "ring [[PERSON|declan]] on [[PHONE_NUMBER|087 219 4406]] if the van is late"),
    ("s2", "The Webex access code is 2654 118 92 and the PIN is 4471."),
    ("s2", "Your parcel 00340434188123456789 will arrive on 18 March 2025."),
    ("s2", "Version 7.4 ships on 1 October 2025; end of life for 6.x is 31 March 2026."),
    ("s2", "Date of birth: [[DATE_TIME|29 February 1988]]"),
    ("s2", "geboren am [[DATE_TIME|7. Juli 1969]] in [[LOCATION|Graz]]"),
    ("s2", "née le [[DATE_TIME|30/11/2001]] à [[LOCATION|Rennes]]"),
    ("s2", "SIN: [[CA_SIN|%%sin2%%]]"),
    ("s2", "NHS no. [[UK_NHS|%%nhs2%%]]"),
    ("s2", "TFN [[AU_TFN|%%tfn%%]] and Medicare card on file"),
    ("s2", "Steuer-ID [[DE_TAX_ID|%%de_tax%%]]"),
    ("s2", "Call [[PHONE_NUMBER|(415) 555-0132]] or e-mail [[EMAIL_ADDRESS|rsvp@gardenparty.example]]"),
    ("s2", "Customer [[PERSON|Yusuf Demir]] paid with [[CREDIT_CARD|%%mc2%%]]."),
    ("s2", "IBAN [[IBAN_CODE|%%ch_iban_sp%%]], Kontoinhaberin [[PERSON|Regula Meier]]"),
    ("s2", "Our office: [[LOCATION|350 Fifth Avenue, New York, NY 10118]]"),
    ("s2", "Meet me at [[LOCATION|Plaza Mayor]] in [[LOCATION|Salamanca]] at noon."),
    ("s2", "Bestellnummer 4471-2231, Lieferung am 14.03.2025 an Packstation 118."),
    ("s2", "Rechnungsdatum 01.03.2025, Kundennummer 20114471, Betrag 89,00 €."),
    ("s2", "Our Q2 all-hands is on 12 June 2025 in Room Everest."),
    ("s2", "log: 2025-03-14 10:11:12 user 4471 logged in from [[IP_ADDRESS|10.20.30.40]]"),
    ("s2", "[[PERSON|Wanjiru]]: pushed the fix\n[[PERSON|Soren]]: thx, merging"),
    ("s2", "Dr. [[PERSON|Aoife Gallagher]] will see the patient, DOB [[DATE_TIME|03/09/1949]]."),
    ("s2", "Mi dirección es [[LOCATION|Carrer de Mallorca 401, 08013 Barcelona]]."),
    ("s2", "Indirizzo di fatturazione: [[LOCATION|Viale Monza 140, 20127 Milano]]"),
    ("s2", "Nuovo numero di [[PERSON|Sara]]: [[PHONE_NUMBER|+39 320 448 1972]]"),
    ("s2", "Apple released iOS 18.3 on January 27, 2025."),
    ("s2", "Meeting ID: 965 2231 7740\nPasscode: 20250314"),
    ("s2", "Tracking: 9400 1112 0206 2214 4712 33"),
    ("s2", "[[PERSON|Harriet Osei]] ([[EMAIL_ADDRESS|harriet.osei@nhs.example]]) works from [[LOCATION|Manchester]]."),
    ("s2", "token: [[API_KEY|glpat-X7bQ2mK9vL4pR8tW1zY3]]"),
    ("s2", "MAC [[MAC_ADDRESS|00-1B-63-84-45-E6]] on port 12, VLAN 40"),
    ("s2", "Kunde: [[PERSON|Henrik Lund]], Adresse: [[LOCATION|Strandvejen 60, 2900 Hellerup]]"),
]

def main(path, texts, prefix):
    write(path, texts, V, prefix)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "--second":
        main(sys.argv[1], SECOND, "handset8b")
    else:
        main(sys.argv[1], TEXTS, "handset8")
