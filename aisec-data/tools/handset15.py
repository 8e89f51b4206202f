#!/usr/bin/env python3
"""Fifteenth-round check set for the PII detector, written by hand (no templates, no datafaker, no shared data).

  python3 aisec-data/tools/handset15.py aisec-data/src/test/resources/dev/aisec/data/pii/handset15.jsonl
  python3 aisec-data/tools/handset15.py OUT --second   # handset15b: written before any run, scored once at the end

Same format and labelling conventions as handset8.py, handset10.py and handset12.py (inline [[TYPE|value]] markup,
%%name%% for values with check digits, UTF-16 offsets). Emphasis of this set: structured values inside CSV rows, JSON
records and log lines in many shapes (phones of DE/FR/ES/IT/NL/UK in national and international formats, spaced
IBANs, cards with dashes, SSNs in forms, IPv6 in logs, MAC addresses, URLs with personal paths), personal dates in
de/fr/es/it/nl/pt wording, street addresses of several countries, national IDs with check digits, and many
look-alike negatives next to real values (order, invoice and tracking numbers, versions, UUIDs, git hashes, ISBNs,
timestamps, ports, Luhn-invalid 16-digit numbers, serials). Labels: PERSON = a person's name without title;
LOCATION = a whole street address (house number, postcode and city) as one span, or a city/country; DATE_TIME =
birth dates and dates of a named person's events only (never timestamps, release dates or deadlines); URL = the
whole URL. Values with check digits come from the generators in handset8.py (own code). Deterministic output.
"""
import sys

from handset_markup import write
from handset8 import card, iban, g4, grouped, nl_bsn, ca_sin, nhs, it_cf, es_dni, es_nie, fr_nir, au_tfn, \
    verhoeff, de_taxid, sg_nric

V = {
    "visa": card("455673012298341"), "mc": card("546616015517890"), "amex": card("37144963539843"),
    "disc": card("601100099013942"), "jcb": card("353011133330000"), "mc2": card("222100902541337"),
    "visa2": card("401288888888188"), "visa3": card("471612093385527"),
    "de_iban": iban("DE", "370400440532013000"), "fr_iban": iban("FR", "20041010050500013M02606"),
    "es_iban": iban("ES", "21000418450200051332"), "it_iban": iban("IT", "X0542811101000000123456"),
    "nl_iban": iban("NL", "ABNA0417164300"), "gb_iban": iban("GB", "NWBK60161331926819"),
    "be_iban": iban("BE", "685390075470"), "at_iban": iban("AT", "1904300234573201"),
    "ch_iban": iban("CH", "0483000000123456789"[:17]), "pt_iban": iban("PT", "000201231234567890154"),
    "de_tax": de_taxid("5730184625"), "fr_nir": fr_nir("1850375116087"), "dni": es_dni("71234598"),
    "nie": es_nie("Y", "2719834"), "cf": it_cf("VRDLCU85M12F205"), "bsn": nl_bsn("29416385"),
    "sin": ca_sin("62711934"), "nhs": nhs("943476591"), "tfn": au_tfn("45921733"),
    "aadhaar": verhoeff("52394817620"), "nric": sg_nric("S", "8812345"), "fin": sg_nric("G", "5283917"),
    "bsn2": nl_bsn("31902467"), "cf2": it_cf("MRTLSN92D55H501"),
}
# Luhn-invalid 16-digit look-alikes: a valid number with its last digit changed
V["bad16"] = V["visa"][:-1] + str((int(V["visa"][-1]) + 3) % 10)
V["bad16b"] = V["mc"][:-1] + str((int(V["mc"][-1]) + 5) % 10)
V["visa_dash"] = g4(V["visa"], "-")
V["mc_dash"] = g4(V["mc"], "-")
V["amex_dash"] = grouped(V["amex"], [4, 6, 5], "-")
V["disc_sp"] = g4(V["disc"])
V["bad16_dash"] = g4(V["bad16"], "-")
for k in ["de_iban", "fr_iban", "es_iban", "it_iban", "nl_iban", "gb_iban", "be_iban", "at_iban", "ch_iban",
          "pt_iban"]:
    V[k + "_sp"] = g4(V[k])
V["nhs_sp"] = grouped(V["nhs"], [3, 3, 4])
V["aadhaar_sp"] = g4(V["aadhaar"])
V["sin_sp"] = grouped(V["sin"], [3, 3, 3])
V["tfn_sp"] = grouped(V["tfn"], [3, 3, 3])
V["fr_nir_sp"] = grouped(V["fr_nir"], [1, 2, 2, 2, 3, 3, 2])

TEXTS = [
    # ---------------------------------------------------------------- CSV
    ("csv", "id,name,phone,country\n1041,[[PERSON|Jonas Weber]],[[PHONE_NUMBER|+49 151 23456789]],DE\n"
            "1042,[[PERSON|Camille Roux]],[[PHONE_NUMBER|06 71 82 93 04]],FR\n1043,[[PERSON|Lotte de Vries]],"
            "[[PHONE_NUMBER|06-41235678]],NL"),
    ("csv", "order_id;sku;qty;unit_price;tracking\n700219;AX-4410-B;2;19,90;JJD000390007712345\n"
            "700220;AX-4411-C;1;249,00;1Z12345E0205271688"),
    ("csv", "Nachname;Vorname;Geburtsdatum;Telefon\n[[PERSON|Schäfer]];[[PERSON|Lena]];[[DATE_TIME|14.03.1988]];"
            "[[PHONE_NUMBER|030 28 39 41 70]]\n[[PERSON|Yilmaz]];[[PERSON|Emre]];[[DATE_TIME|02.11.1979]];"
            "[[PHONE_NUMBER|0172 4455667]]"),
    ("csv", "employee,iban,amount\n[[PERSON|Giulia Conti]],[[IBAN_CODE|%%it_iban_sp%%]],1850.00\n"
            "[[PERSON|Pablo Herrero]],[[IBAN_CODE|%%es_iban_sp%%]],1720.50"),
    ("csv", "serial,model,firmware,mac\nSN-20240917-0042,AP-310,v4.2.11,[[MAC_ADDRESS|a4:5e:60:d1:22:9b]]\n"
            "SN-20240917-0043,AP-310,v4.2.11,[[MAC_ADDRESS|A4-5E-60-D1-22-9C]]"),
    ("csv", "invoice_no,date,total,card_last4,ref\nINV-2025-00318,2025-03-01,120.00,4242,"
            "%%bad16%%\nINV-2025-00319,2025-03-02,75.50,1881,9780306406157"),
    ("csv", "first_name,last_name,ssn,dob,state\n[[PERSON|Tyrone]],[[PERSON|Mitchell]],[[US_SSN|419-52-7716]],"
            "[[DATE_TIME|1984-07-19]],OH"),
    ("csv", "nom,prénom,adresse,téléphone\n[[PERSON|Lefèvre]],[[PERSON|Hugo]],[[LOCATION|18 rue des Carmes, "
            "69002 Lyon]],[[PHONE_NUMBER|+33 4 78 42 19 65]]"),
    ("csv", "host,ip,port,uptime_s\nweb-01,[[IP_ADDRESS|10.0.12.7]],8443,1209600\nweb-02,"
            "[[IP_ADDRESS|2001:db8:4f2a::17]],8443,1209544"),
    ("csv", "ticket,reporter,email,priority\nHD-4411,[[PERSON|Martin Kral]],[[EMAIL_ADDRESS|martin.kral@seznam.cz]],"
            "P2\nHD-4412,[[PERSON|Noémie Garnier]],[[EMAIL_ADDRESS|noemie.garnier@orange.fr]],P3"),
    # ---------------------------------------------------------------- JSON
    ("json", "{\"customer\": {\"name\": \"[[PERSON|Sanne Visser]]\", \"phone\": \"[[PHONE_NUMBER|+31 6 1234 5678]]\", "
             "\"iban\": \"[[IBAN_CODE|%%nl_iban%%]]\", \"orderId\": \"NL-2025-77120\"}}"),
    ("json", "{\"event\": \"payment\", \"card\": \"[[CREDIT_CARD|%%visa_dash%%]]\", \"amount\": 89.99, "
             "\"currency\": \"EUR\", \"trace_id\": \"4bf92f3577b34da6a3ce929d0e0e4736\"}"),
    ("json", "{\"user\": \"[[PERSON|Matteo Greco]]\", \"codice_fiscale\": \"[[IT_FISCAL_CODE|%%cf%%]]\", "
             "\"telefono\": \"[[PHONE_NUMBER|+39 347 218 5590]]\", \"indirizzo\": \"[[LOCATION|Via Po 21, 10124 "
             "Torino]]\"}"),
    ("json", "{\"version\": \"3.14.159\", \"build\": 20250301, \"commit\": \"9fceb02d0ae598e95dc970b74767f19372d61af8\", "
             "\"uuid\": \"d290f1ee-6c54-4b01-90e6-d701748f0851\"}"),
    ("json", "[{\"nombre\": \"[[PERSON|Lucía Navarro]]\", \"dni\": \"[[ES_NIF|%%dni%%]]\", \"nacimiento\": "
             "\"[[DATE_TIME|1991-02-27]]\"}, {\"nombre\": \"[[PERSON|Andrés Molina]]\", \"nie\": \"[[ES_NIF|%%nie%%]]\"}]"),
    ("json", "{\"profile\": \"[[URL|https://www.linkedin.com/in/femke-bakker-3a91b2/]]\", \"github\": "
             "\"[[URL|https://github.com/fbakker]]\", \"email\": \"[[EMAIL_ADDRESS|femke@bakker.dev]]\"}"),
    ("json", "{\"device\": {\"mac\": \"[[MAC_ADDRESS|00:1b:63:84:45:e6]]\", \"ipv6\": \"[[IP_ADDRESS|fe80::21b:63ff:fe84:45e6]]\", "
             "\"serial\": \"C02XL0GHJGH5\", \"os\": \"14.3.1\"}}"),
    ("json", "{\"sku\": \"8712345678906\", \"isbn\": \"978-0-13-468599-1\", \"price\": 39.95, \"stock\": 120, "
             "\"supplier_ref\": \"4532 0151 1283 0367\"}"),
    # ---------------------------------------------------------------- logs
    ("log", "2025-03-18T09:41:07.221Z INFO  auth - login ok user=[[EMAIL_ADDRESS|k.nowak@firma.pl]] "
            "src=[[IP_ADDRESS|2a02:8108:1240:4e00:5d1:3b2f:9c41:77a0]] port=51324 session=7f3a9c2e"),
    ("log", "Mar 18 09:42:11 gw01 dhcpd[1192]: DHCPACK on [[IP_ADDRESS|192.168.40.23]] to "
            "[[MAC_ADDRESS|d8:3a:dd:10:4f:a2]] (laptop-jkowalski) via eth0"),
    ("log", "2025-03-18 09:43:55,118 ERROR [payments] charge failed card=[[CREDIT_CARD|%%mc_dash%%]] "
            "order=ORD-559201 code=402"),
    ("log", "2025-03-18 09:44:02 WARN  [import] row 17 rejected: card number %%bad16_dash%% fails checksum"),
    ("log", "[2025-03-18 09:45:12] sms.sent to=[[PHONE_NUMBER|+447842613209]] template=otp_v2 msg_id=SM8f2c91ab "
            "latency_ms=412"),
    ("log", "[[IP_ADDRESS|::ffff:10.1.2.3]] - - [18/Mar/2025:09:46:00 +0100] \"GET /users/anna.schmidt/avatar.png HTTP/1.1\" "
            "304 0"),
    ("log", "kernel: [ 8812.445120] usb 1-1.2: new high-speed USB device number 5 using xhci_hcd, "
            "idVendor=0781, idProduct=5581, SerialNumber=4C530001230812117372"),
    ("log", "2025-03-18 09:47:30 INFO  deploy - rolled out api v2.31.0 (git 3e7a91c) to 12 pods in eu-west-1, "
            "took 00:04:12"),
    ("log", "sshd[40211]: Accepted publickey for deploy from [[IP_ADDRESS|2001:db8:aa10::5]] port 40122 ssh2: "
            "ED25519 SHA256:Vq3kZ9eB1xj0nP7rR2u+u8yQ0mB6Zf6yLw0oXk1cT4E"),
    # ---------------------------------------------------------------- chats
    ("chat", "hey [[PERSON|jana]] 👋 my new number is [[PHONE_NUMBER|0176 98765432]], the old one is dead 📵"),
    ("chat", "ruf mal [[PERSON|tobi]] an, der hat die PIN für das Tor (4711) 😅"),
    ("chat", "[[PERSON|ELENA]] T'AS VU LE MATCH ??? 3-1 !!! ⚽🔥"),
    ("chat", "mi nuevo iban es [[IBAN_CODE|%%es_iban_sp%%]] por si me quieres devolver los 20 € 🙏"),
    ("chat", "scusa [[PERSON|fede]], il mio numero fisso è [[PHONE_NUMBER|02 8646 4011]] 📞"),
    ("chat", "lol the tracking number looks like a card number: 9400 1000 0000 0000 0000 00 🤣"),
    ("chat", "kun je [[PERSON|sophie]] even bellen? [[PHONE_NUMBER|+31 20 794 1234]] is haar werk"),
    ("chat", "ok so [[PERSON|Dev]] says the build 1.4.12 broke again 🙃 ping me on [[EMAIL_ADDRESS|dev.patel@protonmail.com]]"),
    # ---------------------------------------------------------------- e-mails and forms
    ("email", "Dear Mr [[PERSON|Okafor]],\n\nplease find your new policy number PL-88120394 below. We will call you "
              "on [[PHONE_NUMBER|020 7946 0321]] to confirm.\n\nKind regards,\n[[PERSON|Hannah Price]]"),
    ("email", "Guten Tag Herr [[PERSON|Brandt]],\n\nIhre Steuer-ID [[DE_TAX_ID|%%de_tax%%]] ist bei uns hinterlegt. "
              "Geboren am [[DATE_TIME|7. Juni 1972]] in [[LOCATION|Kassel]], korrekt?\n\nMit freundlichen Grüßen\n"
              "Finanzamt Service"),
    ("email", "Bonjour,\n\nje m'appelle [[PERSON|Léa Fontaine]], née le [[DATE_TIME|3 avril 1994]] à [[LOCATION|Nantes]]. "
              "Mon numéro de sécurité sociale : [[FR_NIR|%%fr_nir_sp%%]].\n\nCordialement"),
    ("email", "Hola, soy [[PERSON|Carmen Ibáñez]]. Nací el [[DATE_TIME|21 de julio de 1985]] y vivo en "
              "[[LOCATION|Calle de Alcalá 142, 28009 Madrid]]. Mi teléfono: [[PHONE_NUMBER|91 435 22 18]]."),
    ("email", "Buongiorno, sono [[PERSON|Alessandro Rinaldi]], nato il [[DATE_TIME|9 settembre 1978]] a "
              "[[LOCATION|Bologna]]. Il mio cellulare è [[PHONE_NUMBER|333 612 4478]]."),
    ("email", "Beste mevrouw [[PERSON|Smit]],\n\nuw BSN [[NL_BSN|%%bsn%%]] en geboortedatum [[DATE_TIME|12 mei 1990]] zijn "
              "gecontroleerd. Adres: [[LOCATION|Oudegracht 214, 3511 NS Utrecht]].\n\nMet vriendelijke groet"),
    ("email", "Olá, o meu nome é [[PERSON|João Carvalho]], nascido a [[DATE_TIME|5 de outubro de 1983]]. Morada: "
              "[[LOCATION|Rua Augusta 112, 1100-053 Lisboa]]. IBAN [[IBAN_CODE|%%pt_iban_sp%%]]."),
    ("email", "APPLICATION FORM\nFull name: [[PERSON|Darnell Hughes]]\nSocial Security No.: [[US_SSN|512 44 9073]]\n"
              "Date of birth: [[DATE_TIME|03/22/1990]]\nHome address: [[LOCATION|4418 Maple Grove Rd, Columbus, OH "
              "43215]]\nReference: APP-2025-004471"),
    ("email", "Dear [[PERSON|Priya]],\n\nyour Aadhaar [[IN_AADHAAR|%%aadhaar_sp%%]] is linked. Ticket 4471-2209, "
              "please keep it for your records.\n\nRegards,\nUIDAI helpdesk"),
    ("email", "Hi team,\n\nthe new contractor is [[PERSON|Aroha Ngata]] (TFN [[AU_TFN|%%tfn_sp%%]]). Her SIN from the "
              "Canadian office was [[CA_SIN|%%sin_sp%%]].\n\nThanks,\n[[PERSON|Grant]]"),
    ("email", "Patient: [[PERSON|Margaret Doyle]]\nNHS number: [[UK_NHS|%%nhs_sp%%]]\nAddress: [[LOCATION|27 Elm Park "
              "Road, Leeds LS6 2BG]]\nMob: [[PHONE_NUMBER|07911 123 456]]"),
    ("email", "Singapore office: staff [[PERSON|Tan Wei Ling]], NRIC [[SG_NRIC_FIN|%%nric%%]], desk phone "
              "[[PHONE_NUMBER|+65 6123 4567]]."),
    ("email", "Überweisung an [[PERSON|Klaus Berger]], IBAN [[IBAN_CODE|%%at_iban_sp%%]], Verwendungszweck: "
              "Rechnung 2025-0418 vom 01.03.2025"),
    ("email", "Payment received from [[CREDIT_CARD|%%amex_dash%%]] (Amex). Your booking ref is XK7-22M9, "
              "flight LH 1123 on 14 April."),
    ("email", "Votre RIB : [[IBAN_CODE|%%fr_iban_sp%%]] — titulaire Mme [[PERSON|Sylvie Marchand]] — agence de "
              "[[LOCATION|Rennes]]"),
    # ---------------------------------------------------------------- look-alike negatives
    ("neg", "Order 4410-2291-8837-1902 confirmed; invoice 2025/0318; parcel 00340434161094042213."),
    ("neg", "Release 2.14.3 (build 2025.03.18.1142), SHA1 a94a8fe5ccb19ba61c4c0873d391e987982fbbd3."),
    ("neg", "Listening on port 8080 and 8443, pid 48812, workers 16, uptime 12:44:09"),
    ("neg", "ISBN 978-88-04-71264-7 · 18,00 € · 352 pagine · ristampa 2024"),
    ("neg", "Serial number 7V3K-92QX-LL81-004A, part no. 6205-0912-4401, lot 20250314"),
    ("ticket", "Case 2291: [[PERSON|Robert]] cannot open the VPN client after the 6.2.1 update"),
    ("neg", "Sendungsnummer 1Z9999W99999999999, Bestellnummer 302-5581920-1188345, Kundennummer 4400918"),
    ("neg", "Reference 5105 1051 0510 5108 was typed wrong, so the form rejected it."),
    ("neg", "Coordinates 52.3676, 4.9041; elevation -2 m; timezone UTC+01:00"),
    ("neg", "Hugo Boss, Tommy Hilfiger and Calvin Klein are 30 % off this weekend."),
    ("neg", "Datum 18.03.2025, Uhrzeit 09:45, Vorgang 2025-00471, Aktenzeichen 3 O 118/24"),
]

SECOND = [
    ("s15b", "name;telefoon;plaats\n[[PERSON|Ruben Mulder]];[[PHONE_NUMBER|010 414 2233]];[[LOCATION|Rotterdam]]\n"
             "[[PERSON|Iris Dekker]];[[PHONE_NUMBER|+31 6 4821 9930]];[[LOCATION|Delft]]"),
    ("s15b", "user_id,email,last_ip\n88120,[[EMAIL_ADDRESS|c.moreau@free.fr]],[[IP_ADDRESS|2001:db8:1c0::44]]\n"
             "88121,[[EMAIL_ADDRESS|s.ricci@libero.it]],[[IP_ADDRESS|172.16.9.201]]"),
    ("s15b", "part,rev,qty,batch\nBRK-2231,C,400,B20250311-07\nBRK-2232,D,120,B20250311-08"),
    ("s15b", "beneficiary,iban,bic\n[[PERSON|Oliver Grant]],[[IBAN_CODE|%%gb_iban_sp%%]],NWBKGB2L\n"
             "[[PERSON|Elise Peeters]],[[IBAN_CODE|%%be_iban_sp%%]],GEBABEBB"),
    ("s15b", "{\"patient\": \"[[PERSON|Rosa Esposito]]\", \"cf\": \"[[IT_FISCAL_CODE|%%cf2%%]]\", \"data_nascita\": "
             "\"[[DATE_TIME|15/04/1992]]\", \"reparto\": \"Cardiologia\"}"),
    ("s15b", "{\"payment\": {\"pan\": \"[[CREDIT_CARD|%%disc_sp%%]]\", \"exp\": \"09/27\", \"order\": \"A-77120\"}}"),
    ("s15b", "{\"app\": \"billing\", \"version\": \"4.0.2\", \"port\": 5432, \"hash\": \"5d41402abc4b2a76b9719d911017c592\", "
             "\"requestId\": \"0f8fad5b-d9cb-469f-a165-70867728950e\"}"),
    ("s15b", "{\"contact\": {\"name\": \"[[PERSON|Niamh Byrne]]\", \"tel\": \"[[PHONE_NUMBER|+353 1 679 4432]]\", "
             "\"web\": \"[[URL|https://niamhbyrne.photography/portfolio]]\"}}"),
    ("s15b", "2025-03-19 11:02:44 INFO  signup email=[[EMAIL_ADDRESS|t.hansen@gmx.de]] phone=[[PHONE_NUMBER|+49 40 3861 2290]] "
             "plan=pro-annual ref=PR-9912"),
    ("s15b", "2025-03-19 11:03:10 DEBUG net - peer [[IP_ADDRESS|2a00:1450:4001:82b::200e]] rtt=23ms mtu=1500 "
             "retries=0"),
    ("s15b", "2025-03-19 11:04:51 WARN  fraud - card %%bad16b%% rejected (checksum), merchant 44120918"),
    ("s15b", "Mar 19 11:05:33 sw-core-2 %LINK-3-UPDOWN: Interface Gi1/0/24 (MAC [[MAC_ADDRESS|f0:9f:c2:7a:11:3e]]) "
             "changed state to up"),
    ("s15b", "GET /home/mvanleeuwen/Downloads/loonstrook-maart.pdf 200 from [[IP_ADDRESS|10.8.0.14]]"),
    ("s15b", "ei [[PERSON|marta]], o teu novo número é [[PHONE_NUMBER|912 345 678]]? 😊"),
    ("s15b", "[[PERSON|LUCA]] HAI PRESO TU LE CHIAVI??? 🔑😡"),
    ("s15b", "tengo el pedido 88120-44 pero el repartidor dice que es el 88120-45 🙄"),
    ("s15b", "appelle [[PERSON|manon]] au [[PHONE_NUMBER|07 81 22 45 90]], elle attend ton retour 🙂"),
    ("s15b", "Kannst du mir die IBAN von [[PERSON|Jannis]] schicken? Ich hab nur [[IBAN_CODE|%%de_iban_sp%%]] und "
             "die ist alt"),
    ("s15b", "Sehr geehrte Damen und Herren,\nmein Name ist [[PERSON|Petra Lindner]], geboren am [[DATE_TIME|23.08.1966]]. "
             "Bitte senden Sie die Unterlagen an [[LOCATION|Schillerstraße 9, 80336 München]].\nTel. "
             "[[PHONE_NUMBER|089 5432 1098]]"),
    ("s15b", "Madame, Monsieur,\nje soussigné [[PERSON|Thomas Girard]], né le [[DATE_TIME|17/02/1975]], demeurant "
             "[[LOCATION|4 place Bellecour, 69002 Lyon]], tél. [[PHONE_NUMBER|+33 6 45 12 78 90]]"),
    ("s15b", "Estimado cliente: su pedido 2025-ES-1188 fue enviado. Factura F-2025-0091, importe 245,00 €."),
    ("s15b", "Gentile [[PERSON|Francesca Moretti]], nata il [[DATE_TIME|2 marzo 1989]], le confermiamo l'appuntamento. "
             "Recapito: [[LOCATION|Corso Buenos Aires 33, 20124 Milano]]"),
    ("s15b", "Geachte heer [[PERSON|Van Dam]], uw afspraak is bevestigd. Geboren op [[DATE_TIME|4 januari 1958]]. "
             "Telefoon [[PHONE_NUMBER|020-5552134]]."),
    ("s15b", "Prezado [[PERSON|Rui]], a sua data de nascimento ([[DATE_TIME|9 de março de 1987]]) não coincide com o "
             "registo. Contacto: [[PHONE_NUMBER|+351 21 342 8890]]"),
    ("s15b", "W-4 worksheet\nEmployee: [[PERSON|Keisha Robinson]]\nSSN [[US_SSN|601-38-2274]]\nAddress: "
             "[[LOCATION|88 Dorchester Ave, Boston, MA 02127]]"),
    ("s15b", "Personal details: [[PERSON|Arjun Mehta]], Aadhaar [[IN_AADHAAR|%%aadhaar%%]], mobile "
             "[[PHONE_NUMBER|+91 98765 43210]]"),
    ("s15b", "BSN [[NL_BSN|%%bsn2%%]] hoort bij [[PERSON|Daan Hendriks]]; klantnummer 55120988 is iets anders."),
    ("s15b", "Employee FIN [[SG_NRIC_FIN|%%fin%%]] registered; staff ID 20250319-11"),
    ("s15b", "Paid with [[CREDIT_CARD|%%jcb%%]] on 19 March, receipt 0044-1209-8812."),
    ("s15b", "Contact [[PERSON|Siddharth Rao]] at [[URL|https://siddharthrao.me/about]] or "
             "[[EMAIL_ADDRESS|sid@siddharthrao.me]]"),
    ("s15b", "Lieferadresse: [[PERSON|Sabine Roth]], [[LOCATION|Bahnhofstrasse 12, 8001 Zürich]], IBAN "
             "[[IBAN_CODE|%%ch_iban_sp%%]]"),
    ("s15b", "Tracking 9261290100130435082716, order 114-3941689-8772232, invoice INV-77120."),
    ("s15b", "v1.22.4-gke.1200, image sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"),
    ("s15b", "Call us on [[PHONE_NUMBER|0800 123 4567]] quoting reference 4400 1188 2291 0375 (not a card)."),
    ("s15b", "ISBN 979-10-90636-07-1, EAN 4006381333931, 12,50 €"),
    ("s15b", "Printed 2025-03-19 11:30:00 UTC on printer PRN-04, job 7711, 3 pages"),
    ("s15b", "Tommy Hilfiger jacket, Ralph Lauren shirt, Marc O'Polo jeans — all size M"),
    ("s15b", "Ticket 5520: [[PERSON|Sarah]] reports the printer on floor 3 is jammed again"),
    ("s15b", "Port 443 open? no: only the load balancer answers, on 8443 since build 7741."),
    ("s15b", "Model XPS 13 9340, service tag 7HJK2L3, BIOS 1.9.0, RAM 32 GB"),
]


def main(path, texts, prefix):
    write(path, texts, V, prefix)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "--second":
        main(sys.argv[1], SECOND, "handset15b")
    else:
        main(sys.argv[1], TEXTS, "handset15")
