#!/usr/bin/env python3
"""Twelfth-round check set for the PII detector, written by hand (no templates, no datafaker, no shared data).

  python3 aisec-data/tools/handset12.py aisec-data/src/test/resources/dev/aisec/data/pii/handset12.jsonl
  python3 aisec-data/tools/handset12.py OUT --second   # handset12b: written in the same sitting, scored only at the end

Same format and labelling conventions as handset8.py and handset10.py (inline [[TYPE|value]] markup, %%name%% for
values with check digits, UTF-16 offsets). Emphasis of this set: new wording throughout; chats with lower-case,
all-caps and nickname names and emoji; e-mails with signatures and quoted replies; logs; CSV with headers; JSON
records; tickets; HR and medical notes; in en, de, fr, es, it, nl, pt and pl; many look-alike negatives (order,
tracking and invoice numbers, versions, UUIDs, hashes, ISBNs, prices, log timestamps, products and brands that look
like names or places, months, weekdays, HTTP codes). Labels: PERSON = a person's name without title (an author's
name included); LOCATION = a whole street address (house number and postcode with city included) as one span, a
postcode alone in its own field, or a city/region/country; DATE_TIME = birth dates and dates of a named person's
medical or HR events only, never timestamps, release dates, historic dates or deadlines. Values with check digits come
from the generators in handset8.py (own code). Deterministic output.
"""
import sys

from handset_markup import write
from handset8 import card, iban, g4, grouped, nl_bsn, ca_sin, nhs, it_cf, es_dni, fr_nir, au_tfn, verhoeff

V = {
    "visa": card("453201877310652"), "mc": card("535310044871229"), "amex": card("37828224631000"),
    "mc2": card("222300118844103"), "visa2": card("491761009382744"),
    "de_iban": iban("DE", "500105175407324931"), "pt_iban": iban("PT", "003506510000471230072"),
    "pl_iban": iban("PL", "114020040000310274812331"), "be_iban": iban("BE", "539007547034"),
    "it_iban": iban("IT", "K0306909606100000063113"), "nl_iban": iban("NL", "INGB0007713402"),
    "ie_iban": iban("IE", "AIBK93115212345678"), "es_iban": iban("ES", "20385778983000760236"),
    "bsn": nl_bsn("17342850"), "sin": ca_sin("13044117"), "nhs": nhs("401023207"),
    "cf": it_cf("FRRGNN71T44L219"), "cf2": it_cf("SPSRSO49A52F839"), "dni": es_dni("53120447"),
    "fr_nir": fr_nir("2681175115042"), "tfn": au_tfn("34718209"), "aadhaar": verhoeff("43920185736"),
    "cf3": it_cf("BNCMRC80E21H501"), "dni2": es_dni("20718354"),
}
V["visa_sp"] = g4(V["visa"])
V["mc_dash"] = g4(V["mc"], "-")
V["amex_sp"] = grouped(V["amex"], [4, 6, 5])
for k in ["de_iban", "pt_iban", "pl_iban", "be_iban", "it_iban", "nl_iban", "ie_iban", "es_iban"]:
    V[k + "_sp"] = g4(V[k])
V["nhs_sp"] = grouped(V["nhs"], [3, 3, 4])
V["aadhaar_sp"] = g4(V["aadhaar"])

TEXTS = [
    # ---------------------------------------------------------------- chats
    ("chat", "lol [[PERSON|MIKE]] just texted me 😂 stuck on the motorway again"),
    ("chat", "tell [[PERSON|priya]] the wifi pw changed 🙄 (router is a TP-Link Archer C6)"),
    ("chat", "OMG [[PERSON|BEATRIZ]] VOLTOU DE [[LOCATION|LISBOA]]!!! 🎉🎉"),
    ("chat", "ciao [[PERSON|giulia]], ci vediamo venerdì al bar? ☕"),
    ("chat", "[[PERSON|Sven]] 👋 hast du die Nummer von Frau [[PERSON|Albers]]? Die alte ging nicht"),
    ("chat", "jij en [[PERSON|daan]] komen toch zaterdag? 🚲 neem de trein naar [[LOCATION|utrecht]]"),
    ("chat", "ok 😅 the new Galaxy S24 Ultra is 1,299.00 € now, Black Friday my ass"),
    ("chat", "[[PERSON|nico]] dice que el pedido 4471-882 llegó roto 📦😡"),
    ("chat", "<[[PERSON|zoe]]> anyone know why build 5.14.2-rc1 fails on arm64?\n<[[PERSON|bartek]]> yeah, see issue 2231"),
    ("chat", "WHO TOOK MY CHARGER. [[PERSON|LIAM]] I KNOW IT WAS YOU 🔌"),
    ("chat", "merci [[PERSON|Aurélie]] 🙏 je t'envoie le PDF ce soir, bisous"),
    ("chat", "hej [[PERSON|magda]], zadzwoń do mnie jak wrócisz: [[PHONE_NUMBER|+48 512 345 678]] 🙂"),
    ("chat", "[[PERSON|raj]] says the Amazon parcel comes Thursday, tracking TBA301928374000"),
    ("chat", "grandpa [[PERSON|Wiesław]] turns 80 in June 🎂 party at our place in [[LOCATION|Gdańsk]]"),
    ("chat", "yo [[PERSON|jamal]] u still got my PS5 controller?? 🎮"),
    ("chat", "bom dia! a [[PERSON|mariana]] pediu para avisar que o voo TP1347 atrasou ✈️"),
    # ---------------------------------------------------------------- e-mails
    ("email", "Hi [[PERSON|Helen]],\n\nthanks for the quick reply. I've attached invoice 2025-0412 (EUR 1.240,00).\n\nBest regards,\n[[PERSON|Rhys Llewellyn]]\nSenior Buyer | Northwind Traders\nT: [[PHONE_NUMBER|+44 29 2087 4411]]\n[[EMAIL_ADDRESS|r.llewellyn@northwind.co.uk]]"),
    ("email", "Sounds good, I'll sign tonight.\n\nOn Tue, 14 Jan 2025 at 10:02, [[PERSON|Marta Kowalczyk]] <[[EMAIL_ADDRESS|marta.kowalczyk@wp.pl]]> wrote:\n> Could you resend the contract? The old link (v2.3) expired.\n> Pozdrawiam,\n> [[PERSON|Marta]]"),
    ("email", "Sehr geehrte Frau [[PERSON|Hoffmann]],\n\nanbei die Rechnung Nr. 2025-00871 vom 03.02.2025. Bitte überweisen Sie den Betrag auf [[IBAN_CODE|%%de_iban_sp%%]].\n\nMit freundlichen Grüßen\n[[PERSON|Katrin Vogel]]\nBuchhaltung\n[[LOCATION|Lindenstraße 14, 04109 Leipzig]]"),
    ("email", "Bonjour [[PERSON|Mathieu]],\n\nVotre colis n° 6A19283746501 est en route. Pour toute question : [[PHONE_NUMBER|01 44 55 12 34]].\n\nCordialement,\nLe service client"),
    ("email", "Hola [[PERSON|Inés]]:\n\nte confirmo la cita del jueves a las 17:30. Mi móvil es [[PHONE_NUMBER|612 48 93 07]].\n\nUn saludo,\n[[PERSON|Álvaro Ruiz Pardo]]"),
    ("email", "Gentile dott. [[PERSON|Ferraro]],\nle invio il codice fiscale richiesto: [[IT_FISCAL_CODE|%%cf%%]].\nCordiali saluti,\n[[PERSON|Chiara Lombardi]]\n[[LOCATION|Via Garibaldi 27, 10122 Torino]]"),
    ("email", "Beste [[PERSON|Joost]],\n\nJe bestelling 30021187 is verzonden met PostNL (track & trace 3SABCD1234567).\n\nMet vriendelijke groet,\n[[PERSON|Femke Jansen]]\nKlantenservice"),
    ("email", "Olá [[PERSON|Rafael]],\n\nsegue em anexo o recibo nº 2025/0331. O pagamento foi feito para [[IBAN_CODE|%%pt_iban_sp%%]].\n\nCumprimentos,\n[[PERSON|Inês Figueiredo]]"),
    ("email", "Dzień dobry,\n\nprzesyłam fakturę FV/2025/03/118. Proszę o kontakt pod numerem [[PHONE_NUMBER|+48 22 628 10 45]].\n\nZ poważaniem,\n[[PERSON|Agnieszka Wiśniewska]]\n[[LOCATION|ul. Marszałkowska 84, 00-514 Warszawa]]"),
    ("email", "From: [[PERSON|Siobhan Keane]] <[[EMAIL_ADDRESS|siobhan.keane@eircom.net]]>\nTo: [[EMAIL_ADDRESS|support@acme-tools.ie]]\nSubject: RE: Ticket #48812 - Router firmware 2.0.14\n\nStill broken after the update. Please send an engineer to [[LOCATION|12 Main Street, Ennis, Co. Clare, V95 X2P7]]."),
    ("email", "-----Original Message-----\nFrom: noreply@billing.example.com\nSent: Monday, March 3, 2025 9:14 AM\nSubject: Your receipt #1844-2291\n\nThank you for your purchase of Office 365 Business Standard (12 months): $150.00"),
    # ---------------------------------------------------------------- logs
    ("log", "2025-03-14 08:12:44.103 WARN  [pool-4-thread-2] PaymentGateway - retry 2/3 for txn 9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f (HTTP 503)"),
    ("log", "Mar 14 08:13:02 mail postfix/smtpd[22817]: NOQUEUE: reject: RCPT from unknown[[[IP_ADDRESS|203.0.113.77]]]: 554 5.7.1 <[[EMAIL_ADDRESS|zamowienia@sklep-nowak.pl]]>: Relay access denied"),
    ("log", "level=info ts=2025-03-14T08:14:10Z caller=handler.go:88 user_id=77120 email=[[EMAIL_ADDRESS|ana.souza@uol.com.br]] msg=\"password reset sent\""),
    ("log", "[[IP_ADDRESS|198.51.100.23]] - - [14/Mar/2025:08:15:31 +0000] \"GET /api/v2/orders/100293?include=items HTTP/1.1\" 200 5123 \"-\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15\""),
    ("log", "2025-03-14 08:16:00 ERROR UserImport - row 42: invalid phone '555-01' for [[PERSON|Dominik Lewandowski]], skipped"),
    ("log", "systemd[1]: Started Jenkins Continuous Integration Server (version 2.440.1)."),
    ("log", "sha256:3f5c2a9e8b7d6c1f0e4a2b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e pulled in 4.2s; image redis:7.2.4-alpine"),
    ("log", "2025-03-14 08:17:12 INFO  HR-Sync - updated record emp=4412 name=\"[[PERSON|Yusuf Demir]]\" dob=[[DATE_TIME|1991-07-23]] dept=Logistics"),
    ("log", "kernel: usb 2-1.4: new full-speed USB device number 7 using xhci_hcd, Product: Jordan Racing Wheel, Manufacturer: Logitech"),
    ("log", "[WARN] 2025-03-14 08:18:40 sshd: failed password for invalid user admin from [[IP_ADDRESS|192.0.2.148]] port 51822 ssh2"),
    ("log", "2025-03-14 08:19:03 DEBUG cache hit ratio 0.93, evicted 1204 entries, Victoria region replica lag 12 ms"),
    # ---------------------------------------------------------------- CSV with headers
    ("csv", "first_name,last_name,phone,country\n[[PERSON|Oskar]],[[PERSON|Zieliński]],[[PHONE_NUMBER|+48 601 234 567]],[[LOCATION|Poland]]\n[[PERSON|Saoirse]],[[PERSON|Byrne]],[[PHONE_NUMBER|+353 87 123 4567]],[[LOCATION|Ireland]]"),
    ("csv", "sku,name,price,stock\nNK-AJ1-HI,Air Jordan 1 High,179.99,14\nAD-SAMBA,Samba OG,99.95,0\nVN-OLD,Old Skool,69.00,31"),
    ("csv", "Nachname;Vorname;Geburtsdatum;Ort\n[[PERSON|Schneider]];[[PERSON|Lena]];[[DATE_TIME|14.02.1987]];[[LOCATION|Bremen]]\n[[PERSON|Yilmaz]];[[PERSON|Emre]];[[DATE_TIME|30.09.1979]];[[LOCATION|Köln]]"),
    ("csv", "ticket,opened,priority,component\nSUP-1182,2025-03-02,P2,Checkout\nSUP-1183,2025-03-02,P1,Auth (HTTP 401)"),
    ("csv", "nome,cognome,email,città\n[[PERSON|Alessandro]],[[PERSON|Greco]],[[EMAIL_ADDRESS|ale.greco@libero.it]],[[LOCATION|Bari]]"),
    ("csv", "isbn,title,author,year\n978-0-14-143951-8,Pride and Prejudice,[[PERSON|Jane Austen]],1813\n978-0-452-28423-4,Nineteen Eighty-Four,[[PERSON|George Orwell]],1949"),
    ("csv", "customer_id\tname\tiban\n5512\t[[PERSON|Bram Peeters]]\t[[IBAN_CODE|%%be_iban%%]]"),
    ("csv", "date,open,high,low,close\n2025-03-10,182.11,184.90,181.02,183.75\n2025-03-11,183.80,185.12,182.44,184.60"),
    ("csv", "id,name,postcode,city\n1,[[PERSON|Zofia Mazur]],[[LOCATION|31-042]],[[LOCATION|Kraków]]\n2,[[PERSON|Cian Walsh]],[[LOCATION|D02 X285]],[[LOCATION|Dublin]]"),
    # ---------------------------------------------------------------- JSON records
    ("json", "{\"patient\": {\"name\": \"[[PERSON|Marek Dvořák]]\", \"dob\": \"[[DATE_TIME|1975-11-02]]\", \"ward\": \"3B\"}, \"allergies\": [\"penicillin\"]}"),
    ("json", "{\"event\":\"checkout\",\"order_id\":\"ORD-884120\",\"amount\":{\"value\":\"59.90\",\"currency\":\"EUR\"},\"ts\":\"2025-03-14T09:00:11Z\",\"ua\":\"okhttp/4.12.0\"}"),
    ("json", "{\"user\":{\"login\":\"cmartin\",\"fullName\":\"[[PERSON|Camille Martin]]\",\"email\":\"[[EMAIL_ADDRESS|camille.martin@free.fr]]\",\"ip\":\"[[IP_ADDRESS|192.0.2.17]]\"}}"),
    ("json", "{\"card\": {\"holder\": \"[[PERSON|LUCAS OLIVEIRA]]\", \"number\": \"[[CREDIT_CARD|%%mc%%]]\", \"expiry\": \"11/28\"}}"),
    ("json", "{\"build\": \"2025.03.14-1\", \"commit\": \"4e1a9c7b2d\", \"version\": \"v3.18.0\", \"product\": \"Lisbon Sofa 3-Seater\", \"color\": \"Sierra Grey\"}"),
    ("json", "{\"nombre\": \"[[PERSON|Carmen Vidal]]\", \"telefono\": \"[[PHONE_NUMBER|+34 699 123 456]]\", \"ciudad\": \"[[LOCATION|Valencia]]\"}"),
    ("json", "{\"id\":\"f47ac10b-58cc-4372-a567-0e02b2c3d479\",\"type\":\"shipment\",\"carrier\":\"InPost\",\"tracking\":\"620123456789012345678901\",\"status\":\"delivered\"}"),
    ("json", "{\"medewerker\": {\"naam\": \"[[PERSON|Ruud van Dijk]]\", \"bsn\": \"[[NL_BSN|%%bsn%%]]\", \"woonplaats\": \"[[LOCATION|Eindhoven]]\"}}"),
    # ---------------------------------------------------------------- tickets, HR and medical notes
    ("note", "Ticket #20931 (priority: high)\nReporter: [[PERSON|Wojciech Kamiński]]\nIssue: app crashes on Android 14 after update 8.2.1; device Pixel 8 Pro.\nCallback: [[PHONE_NUMBER|+48 785 112 903]]"),
    ("note", "HR note: [[PERSON|Greta Lindqvist]] (employee 20417) is on sick leave from [[DATE_TIME|3 March 2025]] and returns after Easter."),
    ("note", "Patient [[PERSON|Tomás Herrera]], DOB [[DATE_TIME|17/06/1962]], NHS no. [[UK_NHS|%%nhs_sp%%]], reports chest pain since Sunday."),
    ("note", "Arztbrief: Herr [[PERSON|Dieter Krause]], geb. [[DATE_TIME|22.08.1955]], wohnhaft [[LOCATION|Bahnhofstraße 7, 34117 Kassel]]. Diagnose: Hypertonie."),
    ("note", "Note patient : Mme [[PERSON|Sylvie Moreau]], née le [[DATE_TIME|9 novembre 1968]], NIR [[FR_NIR|%%fr_nir%%]]."),
    ("note", "Incident INC0042117: VPN outage 14:02-14:37 UTC, root cause firmware 7.4.1 on edge-fw-02; no customer data affected."),
    ("note", "Expediente: [[PERSON|Lucía Castro Méndez]], DNI [[ES_NIF|%%dni%%]], fecha de nacimiento [[DATE_TIME|4 de marzo de 1983]]."),
    ("note", "Cartella clinica: sig.ra [[PERSON|Rosa Esposito]], nata a [[LOCATION|Napoli]] il [[DATE_TIME|12/01/1949]], CF [[IT_FISCAL_CODE|%%cf2%%]]."),
    ("note", "Onboarding: [[PERSON|Priyanka Nair]] starts Monday; Aadhaar [[IN_AADHAAR|%%aadhaar_sp%%]]; laptop asset tag LT-20931."),
    # ---------------------------------------------------------------- structured values in prose
    ("value", "Przelew na konto [[IBAN_CODE|%%pl_iban_sp%%]] (mBank), tytuł: FV 118/2025"),
    ("value", "My Amex is [[CREDIT_CARD|%%amex_sp%%]], exp 04/27, the code is on the back."),
    ("value", "SSN: [[US_SSN|512-43-8870]], employer EIN 12-3456789"),
    ("value", "Server [[IP_ADDRESS|10.20.30.40]] (MAC [[MAC_ADDRESS|00-1A-2B-3C-4D-5E]]) answers on port 8443."),
    ("value", "Reset your password at [[URL|https://portal.example.de/login?lang=de]] within 24 hours."),
    ("value", "leaked in the repo config: GITHUB_TOKEN=[[API_KEY|ghp_R4nd0mL00k1ngT0k3nV4lu3Xy9Zq8Wm7Pk6]]"),
    ("value", "SIN [[CA_SIN|%%sin%%]] and TFN [[AU_TFN|%%tfn%%]] on file for the contractor."),
    # ---------------------------------------------------------------- look-alike negatives
    ("neg", "Order #112-4839201-5582913 shipped via UPS 1Z999AA10123456784, invoice INV-0099381."),
    ("neg", "Upgrade from 4.19.2 to 5.0.0-beta.3 (build 20250314.7) before Friday."),
    ("neg", "ISBN 978-3-16-148410-0, 24,90 €, Hardcover, 432 Seiten, erschienen im März 2024."),
    ("neg", "a3f9c21 Merge pull request #4471 from feature/jordan-retry"),
    ("neg", "HTTP/2 404 Not Found; retry-after: 120; x-request-id: 7c9e6679-7425-40de-944b-e07fc1f90ae7"),
    ("neg", "Nivea Men, Dove Original and Head & Shoulders Classic Clean: 3 for 10 €"),
    ("neg", "Bestellnummer 4400123987, Sendungsnummer 00340434161094027318, Kundennummer 887120."),
    ("neg", "Numéro de commande 2025-FR-004471, facture F2025/0318, suivi colis 8R41237456123."),
    ("neg", "Pedido 98127364 enviado el martes; seguimiento ES2025031400077."),
    ("neg", "Versione 12.4.1 rilasciata il 14 marzo 2025 (build 7741)."),
    ("neg", "Lancia Delta, Alfa Romeo Giulia and Fiat Panda were parked outside the showroom."),
    ("neg", "Timestamp 1710403200, latency p99 = 412 ms, error rate 0.03 %, HTTP 500 x 17"),
    ("neg", "Meeting ID 845 2291 0037, passcode 551920"),
    ("neg", "Mario Kart 8 Deluxe and Zelda: Tears of the Kingdom, 59,99 € each"),
    ("neg", "Santander, ING and Monzo cards are accepted; coupon SPRING25 valid until 31 March."),
    ("neg", "Zamówienie nr 2025/03/4471 zostało wysłane, numer przesyłki 6201234567890."),
    ("neg", "Factuurnummer 2025-0318, vervaldatum 14 april 2025, bedrag € 1.240,00"),
    ("neg", "The Jordans I ordered in size 44 came with the wrong laces."),
]

SECOND = [
    ("s12b", "haha [[PERSON|NINA]] fell asleep on the sofa again 😴"),
    ("s12b", "[[PERSON|tomek]] ma klucze, dzwoń do niego 🔑"),
    ("s12b", "hallo [[PERSON|jannik]], kommst du morgen mit nach [[LOCATION|Hamburg]]? 🚆"),
    ("s12b", "¿has visto a [[PERSON|lucía]]? no contesta al móvil 📵"),
    ("s12b", "Thanks [[PERSON|Owen]]!\n\nCheers,\n[[PERSON|Bethan Pritchard]]\n[[PHONE_NUMBER|+44 1970 622 410]]"),
    ("s12b", "Le 12 févr. 2025 à 09:41, [[PERSON|Julien Fabre]] <[[EMAIL_ADDRESS|julien.fabre@laposte.net]]> a écrit :\n> Merci pour le devis n° D-2025-118."),
    ("s12b", "Cordiali saluti\n[[PERSON|Marco Bianchi]]\n[[LOCATION|Piazza Navona 12, 00186 Roma]]"),
    ("s12b", "2025-03-15 10:01:12 INFO  login ok user=[[EMAIL_ADDRESS|p.silva@gmail.com]] from [[IP_ADDRESS|203.0.113.9]] agent=Chrome/133.0.6943.98"),
    ("s12b", "2025-03-15 10:02:40 ERROR OrderSync - order 55120488 failed: HTTP 429 Too Many Requests (retry in 30 s)"),
    ("s12b", "name,email,city\n[[PERSON|Hanna Kowalska]],[[EMAIL_ADDRESS|hanna.k@onet.pl]],[[LOCATION|Wrocław]]"),
    ("s12b", "sku;product;price\nTR-900;Verona Armchair;349,00\nTR-901;Madrid Side Table;89,00"),
    ("s12b", "{\"name\": \"[[PERSON|Diogo Mendes]]\", \"birthDate\": \"[[DATE_TIME|1993-05-30]]\", \"iban\": \"[[IBAN_CODE|%%es_iban%%]]\"}"),
    ("s12b", "{\"release\": \"2.7.0\", \"date\": \"2025-03-15\", \"sha\": \"c0ffee4b1d\", \"codename\": \"Sofia\"}"),
    ("s12b", "Patient: [[PERSON|Bogusława Nowicka]], ur. [[DATE_TIME|04.11.1950]], przyjęta na oddział 3."),
    ("s12b", "Codice fiscale [[IT_FISCAL_CODE|%%cf3%%]], IBAN [[IBAN_CODE|%%it_iban_sp%%]]"),
    ("s12b", "Card [[CREDIT_CARD|%%visa_sp%%]] was charged $42.00 at Starbucks Seattle"),
    ("s12b", "DNI [[ES_NIF|%%dni2%%]], teléfono [[PHONE_NUMBER|+34 91 555 01 23]]"),
    ("s12b", "Ship to: [[PERSON|Aoife Brennan]], [[LOCATION|7 Harbour Road, Howth, Dublin D13 K2W6]]"),
    ("s12b", "Invoice 2025-0093 due 30 April; tracking 1Z4A71W90355521007; version 9.1.3"),
    ("s12b", "Release notes for March: fixed HTTP 502 on /health, bumped log4j to 2.24.3"),
    ("s12b", "The Nike Jordan Max Aura 5 and the Puma Suede Classic are back in stock."),
    ("s12b", "Pagamento de 120,00 € referente à fatura FT 2025/118, NIF da empresa 509 442 013"),
    ("s12b", "Met with [[PERSON|james]] and [[PERSON|oliver]] about the Q2 roadmap 📈"),
    ("s12b", "bsn [[NL_BSN|%%bsn%%]] van [[PERSON|Noor Bakker]], [[LOCATION|Prinsengracht 263, 1016 GV Amsterdam]]"),
    ("s12b", "Checksum 9b74c9897bac770ffc029102a200c5de, UUID 3fa85f64-5717-4562-b3fc-2c963f66afa6, ISBN 0-306-40615-2"),
]


def main(path, texts, prefix):
    write(path, texts, V, prefix)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "--second":
        main(sys.argv[1], SECOND, "handset12b")
    else:
        main(sys.argv[1], TEXTS, "handset12")
