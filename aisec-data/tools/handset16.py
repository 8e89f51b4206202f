#!/usr/bin/env python3
"""Sixteenth-round check sets for the PII detector, written by hand (no templates, no datafaker, no shared data).

  python3 aisec-data/tools/handset16.py aisec-data/src/test/resources/dev/aisec/data/pii/handset16.jsonl
  python3 aisec-data/tools/handset16.py OUT --second   # handset16b: written before any change, scored before and after

Same format and labelling conventions as handset15.py (inline [[TYPE|value]] markup, %%name%% for values with check
digits from the generators of handset8.py, UTF-16 offsets). Mix of the private target set: multilingual e-mails with
signatures (de/fr/es/it/nl/pt), server logs, CSV with headers in several languages, JSON records with nested keys,
chats with emoji and lower-case or all-caps names, and many look-alike negatives (order, invoice and parcel numbers,
Luhn-invalid numbers, IBANs with a wrong checksum, versions, docker tags, UUIDs, hashes, ISBNs, prices, timestamps,
brands that look like names). Labels: PERSON = a person's name without title; LOCATION = a whole street address as
one span, or a city/country; DATE_TIME = birth dates and dates of a named person's events only; URL = the whole URL.
Deterministic output.
"""
import sys

from handset_markup import write
from handset8 import card, iban, g4, grouped, nl_bsn, ca_sin, nhs, it_cf, es_dni, es_nie, au_tfn, verhoeff, \
    de_taxid, sg_nric, luhn_ok


def bad_luhn(valid):
    """A Luhn-invalid look-alike: the last digit of a valid number changed."""
    v = valid[:-1] + str((int(valid[-1]) + 4) % 10)
    assert not luhn_ok(v)
    return v


def bad_iban(valid):
    """An IBAN with a wrong checksum: one body digit changed."""
    i = len(valid) - 3
    v = valid[:i] + str((int(valid[i]) + 1) % 10) + valid[i + 1:]
    return v


V = {
    "visa": card("492181340077215"), "mc": card("551290876610432"), "amex": card("34910226687213"),
    "visa2": card("453201998810273"), "mc2": card("520473118900256"), "disc": card("601144087712930"),
    "de_iban": iban("DE", "500105175407324931"), "fr_iban": iban("FR", "30004000031234567890143"),
    "es_iban": iban("ES", "01825322870201504736"), "it_iban": iban("IT", "K0306909606100000118822"),
    "nl_iban": iban("NL", "RABO0312476659"), "pt_iban": iban("PT", "003506510000123456789"),
    "be_iban": iban("BE", "310001234567"), "at_iban": iban("AT", "2011182919360000"),
    "gb_iban": iban("GB", "HBUK40127612345678"), "nl_iban2": iban("NL", "INGB0006843127"),
    "de_iban2": iban("DE", "120300000019283746"), "es_iban2": iban("ES", "20385778983000760236"),
    "de_tax": de_taxid("4719203845"), "de_tax2": de_taxid("8301946672"),
    "dni": es_dni("48213597"), "dni2": es_dni("05219384"), "nie": es_nie("X", "4093172"), "nie2": es_nie("Z", "1884326"),
    "cf": it_cf("GLLMRC80A01H501"), "cf2": it_cf("FRRLSN91T45A944"), "cf3": it_cf("BNCGPP77C12F205"),
    "bsn": nl_bsn("17392846"), "bsn2": nl_bsn("23048719"), "bsn3": nl_bsn("30182475"), "bsn4": nl_bsn("14820573"),
    "sin": ca_sin("54621873"), "sin2": ca_sin("71930284"), "nhs": nhs("485777345"), "nhs2": nhs("401023213"),
    "tfn": au_tfn("87340125"), "tfn2": au_tfn("12906347"),
    "aadhaar": verhoeff("73829104562"), "aadhaar2": verhoeff("46281903754"),
    "nric": sg_nric("S", "9034817"), "nric2": sg_nric("T", "0187342"),
}
V["bad_visa"] = bad_luhn(V["visa"])
V["bad_mc"] = bad_luhn(V["mc"])
V["bad_visa2"] = bad_luhn(V["visa2"])
V["bad_de_iban"] = bad_iban(V["de_iban"])
V["bad_fr_iban"] = bad_iban(V["fr_iban"])
V["bad_nl_iban"] = bad_iban(V["nl_iban"])
V["bad_es_iban"] = bad_iban(V["es_iban2"])
V["visa_dash"] = g4(V["visa"], "-")
V["visa_sp"] = g4(V["visa"])
V["mc_sp"] = g4(V["mc"])
V["visa2_sp"] = g4(V["visa2"])
V["amex_sp"] = grouped(V["amex"], [4, 6, 5])
V["bad_visa_sp"] = g4(V["bad_visa"])
V["bad_mc_dash"] = g4(V["bad_mc"], "-")
for k in ["de_iban", "fr_iban", "es_iban", "it_iban", "nl_iban", "pt_iban", "be_iban", "at_iban", "gb_iban",
          "de_iban2", "bad_de_iban", "bad_fr_iban", "bad_es_iban"]:
    V[k + "_sp"] = g4(V[k])
V["nhs_sp"] = grouped(V["nhs"], [3, 3, 4])
V["nhs2_sp"] = grouped(V["nhs2"], [3, 3, 4])
V["sin_sp"] = grouped(V["sin"], [3, 3, 3])
V["tfn_sp"] = grouped(V["tfn"], [3, 3, 3])
V["aadhaar_sp"] = g4(V["aadhaar"])
V["bsn_dot"] = grouped(V["bsn3"], [4, 2, 3], ".")

# ---------------------------------------------------------------------------------------------- tuning set
TEXTS = [
    # ---------------------------------------------------------------- national IDs as "label (value)"
    ("id", "Graag uw BSN ([[NL_BSN|%%bsn%%]]) en uw geboortedatum ([[DATE_TIME|12-04-1987]]) invullen."),
    ("id", "Patiënt [[PERSON|Willem de Boer]], BSN ([[NL_BSN|%%bsn2%%]]), verzekerd bij Zilveren Kruis."),
    ("id", "Steuer-ID ([[DE_TAX_ID|%%de_tax%%]]) bitte auf der Lohnsteuerbescheinigung angeben."),
    ("id", "Employee SSN ([[US_SSN|512-68-3304]]) was entered twice in the HR system."),
    ("id", "Please quote your TFN ([[AU_TFN|%%tfn_sp%%]]) on the form, not your ABN."),
    ("id", "NIE ([[ES_NIF|%%nie%%]]) del titular: [[PERSON|Andrei Popescu]]"),
    ("id", "Codice fiscale ([[IT_FISCAL_CODE|%%cf%%]]) e documento d'identità in allegato."),
    ("id", "NHS number ([[UK_NHS|%%nhs_sp%%]]) belongs to [[PERSON|Gareth Pryce]]."),
    ("id", "SIN ([[CA_SIN|%%sin_sp%%]]), employer: Maple Freight Inc."),
    ("id", "Aadhaar ([[IN_AADHAAR|%%aadhaar_sp%%]]) linked to mobile [[PHONE_NUMBER|+91 98450 21376]]"),
    ("id", "burgerservicenummer (BSN): [[NL_BSN|%%bsn3%%]]"),
    # ---------------------------------------------------------------- logs
    ("log", "[[IP_ADDRESS|203.0.113.9]] - - [27/Nov/2026:10:01:02 +0000] \"GET / HTTP/1.1\" 200 5120 \"-\" "
            "\"curl/8.4.0\""),
    ("log", "[[IP_ADDRESS|10.20.30.41]] - jdoe [27/Nov/2026:10:02:17 +0100] \"POST /api/v2/orders HTTP/2.0\" 201 88"),
    ("log", "[[IP_ADDRESS|192.0.2.144]] - - [27/Nov/2026:10:03:00 +0000] \"GET /robots.txt HTTP/1.1\" 404 0\n"
            "[[IP_ADDRESS|198.51.100.7]] - - [27/Nov/2026:10:03:01 +0000] \"GET /favicon.ico HTTP/1.1\" 200 318"),
    ("log", "fw:[[IP_ADDRESS|172.16.4.20]] denied tcp/445 (policy 12)"),
    ("log", "fw: [[IP_ADDRESS|203.0.113.77]] -> [[IP_ADDRESS|10.0.0.12]]:3389 DROP"),
    ("log", "Nov 27 10:05:44 edge01 filterlog: block in on em0 src=[[IP_ADDRESS|185.220.101.4]] dst=[[IP_ADDRESS|10.0.8.2]] "
            "proto=tcp dport=22"),
    ("log", "2026-11-27 10:06:12 INFO sshd[2231]: Accepted publickey for deploy from [[IP_ADDRESS|10.0.3.19]] port 50122"),
    ("log", "client_addr=[[IP_ADDRESS|100.64.7.23]] upstream=[[IP_ADDRESS|10.2.0.4]]:8080 status=502 rt=0.003"),
    ("log", "[2026-11-27T10:07:30Z] deploy image=registry.local/app:3.11.4.2 replicas=3 build 4.18.2.7 ok"),
    ("log", "Step 1/9 : FROM python:3.12.1-slim\nStep 2/9 : RUN pip install uvicorn==0.30.1.1"),
    ("log", "agent v2.4.10.3 started, build 5.1.0.22, pid 4121"),
    ("log", "pulling node:20.11.1 ... done; pulling redis:7.2.4 ... done; pulling app:1.0.3.8 ... done"),
    # ---------------------------------------------------------------- chats
    ("chat", "ticket #1234 is mine, ping me at [[PHONE_NUMBER|(415) 738-2290]] if the printer dies again 😅"),
    ("chat", "re ticket 88721: customer called from [[PHONE_NUMBER|312-846-9021]] twice today 🙄"),
    ("chat", "case #5512 👉 [[PERSON|maria]] will call back on [[PHONE_NUMBER|617 402 3398]]"),
    ("chat", "hahaha [[PERSON|LUCAS]] 😂😂 you forgot your badge again"),
    ("chat", "oi [[PERSON|bia]], me liga no [[PHONE_NUMBER|+55 11 98765-4321]] quando puder 🙏"),
    ("chat", "[[PERSON|jens]] hat die neue Nummer: [[PHONE_NUMBER|0176 2938 4410]] 👍"),
    # ---------------------------------------------------------------- e-mails with signatures
    ("mail", "Bonjour [[PERSON|Claire]],\n\nje vous confirme la commande n° 2026-30411 (3 articles, 89,70 €).\n\n"
             "Bien cordialement,\n[[PERSON|Sébastien Moreau]]\nResponsable logistique\n"
             "Tél. : [[PHONE_NUMBER|+33 1 53 24 80 17]]"),
    ("mail", "Hola [[PERSON|Nuria]]:\n\nadjunto la factura F-2026/0412 por 1.230,00 €. El IBAN para el pago es "
             "[[IBAN_CODE|%%es_iban_sp%%]].\n\nSaludos,\n[[PERSON|Álvaro Domínguez]]\nDepartamento de "
             "Administración"),
    ("mail", "Gentile [[PERSON|Federica]],\n\nle confermo l'appuntamento; il paziente è nato il "
             "[[DATE_TIME|9 ottobre 1958]].\n\nCordiali saluti,\n[[PERSON|Matteo Ricci]]\n"
             "Tel. [[PHONE_NUMBER|+39 06 4821 7730]]"),
    ("mail", "Beste [[PERSON|Joris]],\n\nde pakketjes (trackingnummer 3SABCD1234567) worden morgen bezorgd.\n\n"
             "Met vriendelijke groet,\n[[PERSON|Esther van Dijk]]\n[[EMAIL_ADDRESS|e.vandijk@kpn-mail.nl]]"),
    ("mail", "Prezado [[PERSON|Rafael]],\n\nsegue o IBAN: [[IBAN_CODE|%%pt_iban_sp%%]].\n\nAtenciosamente,\n"
             "[[PERSON|Joana Pereira]]\nTelemóvel: [[PHONE_NUMBER|+351 936 214 870]]"),
    ("mail", "Hallo [[PERSON|Svenja]],\n\ndie Bestellung 4400918 ist raus.\n\nViele Grüße\n[[PERSON|Nils Hartmann]]\n"
             "Mobil [[PHONE_NUMBER|0151 4820 3317]]"),
    # ---------------------------------------------------------------- CSV and JSON
    ("csv", "naam;bsn;iban\n[[PERSON|Sem Bakker]];[[NL_BSN|%%bsn4%%]];[[IBAN_CODE|%%nl_iban2%%]]"),
    ("csv", "Produkt;Version;Preis;EAN\nRouter X2;3.11.4.2;89,00;4006381333931\nSwitch S8;10.2.0.14;249,00;"
            "4012345678901"),
    ("csv", "apellido,nombre,teléfono,correo\n[[PERSON|Serrano]],[[PERSON|Inés]],[[PHONE_NUMBER|+34 622 19 48 03]],"
            "[[EMAIL_ADDRESS|ines.serrano@correo.es]]"),
    ("json", "{\"client\":{\"ip\":\"[[IP_ADDRESS|198.51.100.52]]\",\"agent\":{\"name\":\"okhttp\","
             "\"version\":\"4.12.0.1\"}},\"user\":{\"email\":\"[[EMAIL_ADDRESS|a.kowalski@firma.pl]]\"}}"),
    ("json", "{\"image\":\"ghcr.io/acme/worker:2.7.12.4\",\"digest\":\"sha256:7d865e959b2466918c9863afca942d0fb89d7c9ac0c99"
             "bafc3749504ded97730\",\"node\":\"[[IP_ADDRESS|10.0.4.9]]\"}"),
    # ---------------------------------------------------------------- negatives
    ("neg", "Order 4839-2210-7781-0045 shipped; invoice 2026/004418; total $219.40."),
    ("neg", "Card %%bad_visa_sp%% was rejected: checksum error. IBAN %%bad_de_iban_sp%% is invalid too."),
    ("neg", "Firmware v1.4.22.7 and bootloader build 2.0.1.3 are required; see KB 4021."),
    ("neg", "UUID 9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d, sha1 a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"),
    ("neg", "ISBN 978-0-306-40615-7 — €24,90 — 2nd edition, printed 2026-01-15"),
    ("neg", "Ticket #2219 closed at 2026-11-27 09:12:55; ETA 2-3 days; ref 7781-2290-11"),
]

# ---------------------------------------------------------------------------------------------- honest set
SECOND = [
    # ---------------------------------------------------------------- e-mails with signatures
    ("mail", "Hallo Frau [[PERSON|Brandt]],\n\nanbei die korrigierte Rechnung RE-2026-04417 über 1.249,00 €. Bitte "
             "überweisen Sie den Betrag bis zum 15.12.\n\nMit freundlichen Grüßen\n[[PERSON|Tobias Krämer]]\n"
             "Buchhaltung | Nordlicht Logistik GmbH\nTel. [[PHONE_NUMBER|+49 40 3861 2290]]\n"
             "[[EMAIL_ADDRESS|t.kraemer@nordlicht-logistik.de]]"),
    ("mail", "Bonjour [[PERSON|Julien]],\n\nvotre colis (commande 2026-118452) est bien reparti. Le remboursement "
             "sera versé sur [[IBAN_CODE|%%fr_iban_sp%%]].\n\nCordialement,\n[[PERSON|Amélie Dufour]]\n"
             "Service client – Maison Verte\n[[PHONE_NUMBER|01 45 22 87 63]]"),
    ("mail", "Hola [[PERSON|Marta]]:\n\nte confirmo la cita. El DNI del paciente es [[ES_NIF|%%dni%%]] y nació el "
             "[[DATE_TIME|3 de abril de 1979]].\n\nUn saludo,\n[[PERSON|Javier Ortega Ruiz]]\nClínica Dental "
             "Sonrisa\nTel.: [[PHONE_NUMBER|+34 915 22 40 18]]"),
    ("mail", "Buongiorno dott. [[PERSON|Romano]],\n\nle invio il codice fiscale del signor [[PERSON|Marco Galli]]: "
             "[[IT_FISCAL_CODE|%%cf3%%]]. Il numero di pratica è 2026/00871.\n\nCordiali saluti\n"
             "[[PERSON|Chiara Bassi]]\nStudio Bassi & Associati\nCell. [[PHONE_NUMBER|347 218 9054]]"),
    ("mail", "Beste [[PERSON|Sanne]],\n\nhierbij het BSN ([[NL_BSN|%%bsn3%%]]) van mijn zoon voor de inschrijving. "
             "Ons factuurnummer is 2026-0091.\n\nMet vriendelijke groet,\n[[PERSON|Ruud Verhoeven]]\n"
             "[[PHONE_NUMBER|06 41 87 22 95]]"),
    ("mail", "Olá [[PERSON|Beatriz]],\n\nsegue o IBAN para o reembolso: [[IBAN_CODE|%%pt_iban_sp%%]]. A encomenda "
             "nº 40021987 chegou danificada.\n\nCumprimentos,\n[[PERSON|Rui Carvalho]]\n"
             "[[PHONE_NUMBER|+351 912 408 337]]"),
    ("mail", "Hi team,\n\nplease reset the VPN token for [[PERSON|Priya Nair]] (employee 20451). Her laptop is on "
             "[[IP_ADDRESS|10.40.2.118]].\n\nThanks,\n[[PERSON|Dan Whitfield]]\nIT Service Desk\nDirect: "
             "[[PHONE_NUMBER|(312) 736-4829]] | ticket #88213"),
    ("mail", "Sehr geehrter Herr [[PERSON|Albrecht]],\n\ndie angegebene IBAN %%bad_de_iban_sp%% ist leider ungültig "
             "(Prüfziffer falsch). Bitte senden Sie uns die korrekte Bankverbindung.\n\nFreundliche Grüße\n"
             "Ihr Kundenservice"),
    # ---------------------------------------------------------------- server logs
    ("log", "[[IP_ADDRESS|198.51.100.23]] - - [27/Nov/2026:09:14:55 +0000] \"POST /api/login HTTP/1.1\" 401 512 "
            "\"-\" \"Mozilla/5.0 (X11; Linux x86_64)\""),
    ("log", "2026-11-27T09:15:02.331Z WARN auth-svc user=[[EMAIL_ADDRESS|k.osei@example.org]] "
            "src=[[IP_ADDRESS|192.0.2.77]] reason=bad_password attempts=3"),
    ("log", "Nov 27 09:16:40 gw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=[[IP_ADDRESS|203.0.113.45]] "
            "DST=[[IP_ADDRESS|10.0.0.5]] LEN=60 PROTO=TCP SPT=51522 DPT=22"),
    ("log", "[2026-11-27 09:20:11] INFO deploy: pulled registry.internal/payments:2.14.3.1 on node-7, build 4.7.0.1 "
            "(commit 9f2c1e7ab44d)"),
    ("log", "ERROR 2026-11-27 09:21:45,118 [worker-3] PaymentService - card [[CREDIT_CARD|%%visa_dash%%]] declined "
            "for order 5512-8890-1123-4409"),
    ("log", "Accepted password for root from [[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]] port 50412 ssh2"),
    ("log", "nat: [[IP_ADDRESS|172.16.9.44]] -> [[IP_ADDRESS|8.8.8.8]]:53 udp translated"),
    ("log", "GET /healthz 200 3ms ua=kube-probe/1.29 agent=v1.29.3.4 pod=api-6d9f7c-x2k"),
    ("log", "[[IP_ADDRESS|10.1.7.200]] - - [27/Nov/2026:09:30:12 +0100] \"GET /invoice/2026-0418.pdf HTTP/1.1\" 200 "
            "48213"),
    # ---------------------------------------------------------------- CSV
    ("csv", "Name;E-Mail;Telefon;Geburtsdatum\n[[PERSON|Katharina Vogt]];[[EMAIL_ADDRESS|k.vogt@web.de]];"
            "[[PHONE_NUMBER|0221 9438 1172]];[[DATE_TIME|07.09.1991]]"),
    ("csv", "nombre,apellidos,correo,móvil\n[[PERSON|Lucía]],[[PERSON|Navarro Gil]],"
            "[[EMAIL_ADDRESS|lucia.navarro@gmail.com]],[[PHONE_NUMBER|612 48 93 07]]"),
    ("csv", "cognome;nome;codice_fiscale;città\n[[PERSON|Ferri]];[[PERSON|Alessandra]];[[IT_FISCAL_CODE|%%cf2%%]];"
            "[[LOCATION|Bologna]]"),
    ("csv", "order_id,product,price,ean,status\n100233,USB-C cable 2m,9.99,4006381333931,shipped\n"
            "100234,Desk lamp,34.50,9780306406157,pending"),
    ("csv", "klantnummer;naam;iban;bedrag\n88120;[[PERSON|Femke Jansen]];[[IBAN_CODE|%%nl_iban%%]];125,00"),
    ("csv", "txn_id,amount,currency,card\n7f3a9c,49.90,EUR,%%bad_mc_dash%%\n7f3a9d,12.00,EUR,%%bad_visa2%%"),
    # ---------------------------------------------------------------- JSON
    ("json", "{\"customer\":{\"name\":{\"first\":\"[[PERSON|Henrik]]\",\"last\":\"[[PERSON|Lindqvist]]\"},"
             "\"contact\":{\"email\":\"[[EMAIL_ADDRESS|henrik.lindqvist@telia.se]]\",\"phone\":"
             "\"[[PHONE_NUMBER|+46 70 123 45 67]]\"}},\"order\":{\"id\":\"SO-2026-55021\",\"total\":189.00}}"),
    ("json", "{\"event\":\"login\",\"user\":{\"id\":\"u_4821\",\"ip\":\"[[IP_ADDRESS|198.51.100.200]]\"},"
             "\"client\":{\"app\":\"ios\",\"version\":\"5.12.0.3\"}}"),
    ("json", "{\"payment\":{\"method\":\"card\",\"pan\":\"[[CREDIT_CARD|%%mc%%]]\",\"expiry\":\"09/28\"},"
             "\"billing\":{\"street\":\"[[LOCATION|Keizersgracht 221]]\",\"city\":\"[[LOCATION|Amsterdam]]\"}}"),
    ("json", "{\"id\":\"3f9c2b1e-8a4d-4c7e-9b1a-2d6e5f708a91\",\"sha256\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b"
             "822cd15d6c15b0f00a08\",\"size\":48213,\"created\":\"2026-11-26T22:10:05Z\"}"),
    ("json", "{\"patient\":{\"nhs_number\":\"[[UK_NHS|%%nhs2_sp%%]]\",\"dob\":\"[[DATE_TIME|1962-05-30]]\","
             "\"gp\":\"Dr [[PERSON|Fiona McLeod]]\"}}"),
    ("json", "{\"shipment\":{\"parcel\":\"00340434161094012345\",\"weight_kg\":2.4,\"service\":\"DHL Paket\"},"
             "\"recipient\":{\"name\":\"[[PERSON|Moritz Becker]]\"}}"),
    # ---------------------------------------------------------------- chats
    ("chat", "lol 😂 ask [[PERSON|jenny]], she has the keys. her number is [[PHONE_NUMBER|(646) 872-3310]]"),
    ("chat", "[[PERSON|MARCO]]!!! 🎉 buon compleanno!! stasera tutti da [[PERSON|giulia]]?"),
    ("chat", "ok 👍 ticket #4471 updated, call me at [[PHONE_NUMBER|415-902-7718]] if it breaks again"),
    ("chat", "salut [[PERSON|Inès]] 😊 tu peux m'envoyer le RIB ? c'est pour le loyer de décembre"),
    ("chat", "hey [[PERSON|tom]], build v2.3.1.7 is broken again 🙄 can you roll back to 2.3.0.9?"),
    ("chat", "📦 dein Paket 00340434161094012345 kommt morgen. LG [[PERSON|Jule]]"),
    ("chat", "wie is [[PERSON|daan]]? 🤔 hij belde vanaf [[PHONE_NUMBER|06 28 19 44 70]]"),
    # ---------------------------------------------------------------- look-alike negatives
    ("neg", "Order #4839-2210-7781 confirmed. Total €129.95 incl. VAT. Estimated delivery 2-4 business days."),
    ("neg", "Invoice 2026/000418 dated 2026-11-20, amount due 2.450,00 EUR, payment ref 0041 8827 3310"),
    ("neg", "Test card %%bad_visa_sp%% is rejected (bad checksum), use the sandbox token instead."),
    ("neg", "ISBN 978-3-16-148410-0, 2. Auflage, 24,90 €"),
    ("neg", "Release 10.4.12.1 fixes the UUID collision (550e8400-e29b-41d4-a716-446655440000); sha1 "
            "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"),
    ("neg", "Mercedes-Benz and Ford both posted Q3 results; Ferrari shares rose 3.2% to 412.80."),
    ("neg", "IBAN: %%bad_es_iban_sp%% (wrong check digits, typo in the form)"),
    ("neg", "Tracking: 1Z999AA10123456784, parcel weight 3.2 kg, SKU 88-1204-77"),
    ("neg", "docker pull mysql:8.0.36 && docker run -d app:4.2.10.1"),
]


def main(path, texts, prefix):
    write(path, texts, V, prefix)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "--second":
        main(sys.argv[1], SECOND, "handset16b")
    else:
        main(sys.argv[1], TEXTS, "handset16")
