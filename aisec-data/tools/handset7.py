#!/usr/bin/env python3
"""Seventh-round check set for the PII detector, written by hand (no generator templates, no datafaker).

  python3 aisec-data/tools/handset7.py aisec-data/src/test/resources/dev/aisec/data/pii/handset7.jsonl

Every text below was written by hand. Labelled spans are marked inline as [[TYPE|value]]; the script strips the
markers and writes score.py pii format: {"text", "spans": [{"start","end","type"}], "source": "handset7:<kind>#<n>"}
with UTF-16 offsets (Java String indices, end exclusive). Values with check digits (cards, IBANs, national IDs,
crypto addresses) are written as %%name%% and computed by handset7_values.py from a base number chosen by hand, so
the check digits are right. Labelling conventions: PERSON = a person's name without title (chat speakers too);
DATE_TIME = birth dates only; LOCATION = street addresses, postcodes with a city, cities someone lives in; every
e-mail address, phone number, IP, URL, card, IBAN, key, crypto address and national ID is labelled; machine
timestamps, order/invoice/tracking numbers, versions, hashes and company or product names are not.
The output is deterministic (same bytes on every run).
"""
import hashlib
import os
import sys

from handset_markup import write

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from handset7_values import (card, iban, de_taxid, fr_nir, es_dni, es_nie, it_cf, nl_bsn, verhoeff, au_tfn, au_abn,
                             au_medicare, ca_sin, sg_nric, nhs, b58check, bech32)

V = {
    "visa1": card("453201511283036"), "mc1": card("552433019088211"), "amex1": card("37144963539843"),
    "disc1": card("601100099013942"), "jcb1": card("353011133330000"), "mc2": card("222300004840001"),
    "up1": card("621483000000001"), "visa2": card("491761000000000"), "mc3": card("510510510510510"),
    "de_iban": iban("DE", "370400440532013000"), "de_iban2": iban("DE", "500105175407324931"),
    "fr_iban": iban("FR", "20041010050500013M02606"), "es_iban": iban("ES", "21000418450200051332"),
    "it_iban": iban("IT", "X0542811101000000123456"), "nl_iban": iban("NL", "ABNA0417164300"),
    "gb_iban": iban("GB", "NWBK60161331926819"), "be_iban": iban("BE", "539007547034"),
    "ch_iban": iban("CH", "00762011623852957"), "pt_iban": iban("PT", "000201231234567890154"),
    "at_iban": iban("AT", "1904300234573201"), "pl_iban": iban("PL", "109010140000071219812874"),
    "nl_iban2": iban("NL", "RABO0123456789"),
    "de_tax": de_taxid("2584937062"), "de_tax2": de_taxid("7318640597"),
    "fr_nir": fr_nir("2920275115042"), "fr_nir2": fr_nir("1790399350012"),
    "dni": es_dni("73104928"), "dni2": es_dni("48291037"), "nie": es_nie("X", "3456123"), "nie2": es_nie("Y", "0982743"),
    "cf": it_cf("VRDGPP71C12H501"), "cf2": it_cf("FRRLCU66A41L219"), "cf3": it_cf("BNCLRA92E45F205"),
    "bsn": nl_bsn("23841759"), "bsn2": nl_bsn("61027391"),
    "aadhaar": verhoeff("23456789012"), "aadhaar2": verhoeff("81736450291"),
    "tfn": au_tfn("87654321"), "abn": au_abn("004085616"), "medicare": au_medicare("41236789", "2"),
    "sin": ca_sin("28765431"), "sin2": ca_sin("51284736"),
    "nric": sg_nric("S", "9312876"), "fin": sg_nric("F", "2345678"), "nric2": sg_nric("T", "0123467"),
    "nhs": nhs("401023213"), "nhs2": nhs("485777345"),
    "btc1": b58check(b"\x00" + hashlib.sha256(b"alpha").digest()[:20]),
    "btc3": b58check(b"\x05" + hashlib.sha256(b"beta").digest()[:20]),
    "bc1": bech32("bc", 0, hashlib.sha256(b"gamma").digest()[:20]),
    "eth": "0x" + hashlib.sha256(b"delta").hexdigest()[:40],
}


def spaced(s, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    return " ".join(out)


def grouped4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


V["visa1_sp"] = grouped4(V["visa1"])
V["mc1_dash"] = grouped4(V["mc1"], "-")
V["amex1_sp"] = spaced(V["amex1"], [4, 6, 5])
V["de_iban_sp"] = grouped4(V["de_iban"])
V["fr_iban_sp"] = grouped4(V["fr_iban"])
V["es_iban_sp"] = grouped4(V["es_iban"])
V["it_iban_sp"] = grouped4(V["it_iban"])
V["nl_iban_sp"] = grouped4(V["nl_iban"])
V["gb_iban_sp"] = grouped4(V["gb_iban"])
V["pt_iban_sp"] = grouped4(V["pt_iban"])
V["fr_nir_sp"] = spaced(V["fr_nir"], [1, 2, 2, 2, 3, 3, 2])
V["aadhaar_sp"] = spaced(V["aadhaar"], [4, 4, 4])
V["abn_sp"] = spaced(V["abn"], [2, 3, 3, 3])
V["sin_sp"] = spaced(V["sin"], [3, 3, 3])
V["nhs_sp"] = spaced(V["nhs"], [3, 3, 4])
V["tfn_sp"] = spaced(V["tfn"], [3, 3, 3])

# (kind, text)
TEXTS = [
    # ---------------------------------------------------------------- chats
    ("chat", "hey [[PERSON|marta]] 👋 can u send me ur number? mine is [[PHONE_NUMBER|+34 612 48 93 07]]"),
    ("chat", "lol [[PERSON|jonas]] said the same thing 😂😂"),
    ("chat", "ok so i talked to [[PERSON|priya]] and she's fine with friday"),
    ("chat", "[[PERSON|Kofi]]: did anyone see the deploy fail?\n[[PERSON|Ines]]: yep, rolling back now 🙈"),
    ("chat", "CALL ME BACK AT [[PHONE_NUMBER|07911 204 583]] ASAP!!! - [[PERSON|DEREK]]"),
    ("chat", "omg [[PERSON|Tobi]] 🎉🎉 happy birthday!!!"),
    ("chat", "can someone ping [[PERSON|yusuf]]? he has the keys to the storage room"),
    ("chat", "miss u [[PERSON|nana]] ❤️ see you at christmas"),
    ("chat", "meet [[PERSON|Leilani]] at the lobby, she's wearing a red jacket 🧥"),
    ("chat", "[[PERSON|bea]]: brb\n[[PERSON|ollie]]: k"),
    ("chat", "THANKS [[PERSON|SVETLANA]] FOR THE CAKE 🍰"),
    ("chat", "my mum's new number is [[PHONE_NUMBER|0412 558 301]] if u need her"),
    ("chat", "tell [[PERSON|Ravi Menon]] the invoice went out this morning"),
    ("chat", "👍🏽 [[PERSON|Chidi]] got it, will do"),
    ("chat", "anyone know [[PERSON|Wojciech]]'s email? nvm found it: [[EMAIL_ADDRESS|w.kaminski@posteo.de]]"),
    ("chat", "just landed 🛬 text me on [[PHONE_NUMBER|+49 151 2374 9910]]"),
    ("chat", "yo [[PERSON|dre]] u coming tonight or nah"),
    ("chat", "[[PERSON|Mei]] and [[PERSON|Haruto]] are driving, [[PERSON|Astrid]] takes the train 🚆"),
    ("chat", "salut [[PERSON|Élodie]] ! tu peux m'appeler au [[PHONE_NUMBER|06 71 38 52 90]] ce soir ?"),
    ("chat", "hola [[PERSON|nacho]], te paso el número de mi hermana: [[PHONE_NUMBER|655 302 871]] 😊"),
    ("chat", "ciao [[PERSON|Giulia]]! il mio nuovo numero è [[PHONE_NUMBER|+39 347 812 6690]]"),
    ("chat", "hoi [[PERSON|Sanne]], bel me even op [[PHONE_NUMBER|06-41827305]] als je er bent"),
    ("chat", "oi [[PERSON|Thiago]], meu celular é [[PHONE_NUMBER|+55 11 98765-4321]] 🇧🇷"),
    ("chat", "na [[PERSON|Lukas]], ruf mich an: [[PHONE_NUMBER|0171 4459023]]"),
    ("chat", "WHERE IS [[PERSON|MARCUS]]?? THE MEETING STARTED 10 MIN AGO"),
    ("chat", "ask Dr. [[PERSON|Okonkwo]] not me 🤷"),
    ("chat", "[[PERSON|fatima]] is sick today so i'm covering her shift"),
    ("chat", "sent u $50 on venmo, tell [[PERSON|Grayson]] to pay u back the rest"),
    ("chat", "I'll be at the Apple Store at 5 — text me, [[PERSON|Harriet]]"),
    ("chat", "[12:04] <[[PERSON|noor]]> who broke staging\n[12:05] <[[PERSON|kwame]]> not me lol"),
    ("chat", "Say hi to [[PERSON|Zsófia]] and [[PERSON|Bartek]] from me 🙌"),
    ("chat", "pls dont share my card [[CREDIT_CARD|%%visa1_sp%%]] with anyone 🙏"),
    # ---------------------------------------------------------------- e-mails
    ("email", "Hi team,\n\nplease find the Q3 figures attached.\n\nBest regards,\n[[PERSON|Margaret Ellison]]\nHead of Controlling\nT: [[PHONE_NUMBER|+44 20 7946 0371]]\n[[EMAIL_ADDRESS|m.ellison@northbridge-partners.co.uk]]"),
    ("email", "Sehr geehrte Frau [[PERSON|Brückner]],\n\nvielen Dank für Ihre Anfrage. Bitte überweisen Sie den Betrag auf [[IBAN_CODE|%%de_iban_sp%%]].\n\nMit freundlichen Grüßen\n[[PERSON|Jan-Hendrik Vogt]]\nTel. [[PHONE_NUMBER|030 2291 4478]]"),
    ("email", "Bonjour Monsieur [[PERSON|Garnier]],\n\nJe vous confirme le rendez-vous de jeudi. Mon numéro : [[PHONE_NUMBER|01 44 55 21 09]].\n\nCordialement,\n[[PERSON|Anaïs Leroux]]\n[[EMAIL_ADDRESS|anais.leroux@orange.fr]]"),
    ("email", "Estimado [[PERSON|Raúl]]:\n\nle adjunto la factura. Para cualquier duda puede escribirme a [[EMAIL_ADDRESS|lucia.ferrer@gmail.com]] o llamarme al [[PHONE_NUMBER|+34 915 23 44 81]].\n\nUn saludo,\n[[PERSON|Lucía Ferrer]]"),
    ("email", "Gentile dott.ssa [[PERSON|Colombo]],\n\nle invio i miei dati: codice fiscale [[IT_FISCAL_CODE|%%cf%%]], IBAN [[IBAN_CODE|%%it_iban_sp%%]].\n\nDistinti saluti\n[[PERSON|Giuseppe Verdi]]"),
    ("email", "Beste [[PERSON|Willem]],\n\nHierbij mijn gegevens voor de salarisadministratie. BSN: [[NL_BSN|%%bsn%%]], rekeningnummer [[IBAN_CODE|%%nl_iban_sp%%]].\n\nMet vriendelijke groet,\n[[PERSON|Femke de Graaf]]"),
    ("email", "Olá [[PERSON|Joana]],\n\nsegue o meu IBAN para o reembolso: [[IBAN_CODE|%%pt_iban_sp%%]]. Qualquer coisa liga para [[PHONE_NUMBER|+351 912 345 678]].\n\nObrigado,\n[[PERSON|Rui Carvalho]]"),
    ("email", "From: [[PERSON|Kenji Watanabe]] <[[EMAIL_ADDRESS|kenji.w@hikari-systems.jp]]>\nTo: [[EMAIL_ADDRESS|support@fastmail.example]]\nSubject: Re: ticket #48213\n\nThe problem is still there after update 2.4.1."),
    ("email", "Dear Mr [[PERSON|Adeyemi]],\n\nYour appointment with Dr [[PERSON|Sarah Whitfield]] is confirmed. Please bring your NHS number ([[UK_NHS|%%nhs_sp%%]]) and arrive 10 minutes early.\n\nKind regards,\nReception, Riverside Surgery"),
    ("email", "Hallo [[PERSON|Mehmet]],\n\nanbei die Unterlagen. Meine Steuer-ID lautet [[DE_TAX_ID|%%de_tax%%]].\n\nViele Grüße\n[[PERSON|Svenja]]"),
    ("email", "-- \n[[PERSON|Patrick O'Sullivan]] | Senior Account Manager\nAcme Logistics Ltd.\nM: [[PHONE_NUMBER|+353 87 216 4490]]\nW: [[URL|www.acme-logistics.ie]]"),
    ("email", "Chère [[PERSON|Camille]],\n\nvoici mon numéro de sécurité sociale pour le dossier : [[FR_NIR|%%fr_nir_sp%%]].\n\nBien à vous,\n[[PERSON|Hélène Martin]]"),
    ("email", "Hola,\n\nmi DNI es [[ES_NIF|%%dni%%]] y mi fecha de nacimiento [[DATE_TIME|14/03/1988]].\n\nAtentamente,\n[[PERSON|Carmen Ruiz Ortega]]"),
    ("email", "Hi [[PERSON|Aarav]],\n\nfor the KYC form I need your PAN ([[IN_PAN|BQXPK4721M]]) and Aadhaar ([[IN_AADHAAR|%%aadhaar_sp%%]]).\n\nThanks,\n[[PERSON|Sneha]]"),
    ("email", "Thanks for your order!\n\nOrder number: 40012-88731\nTotal: €129.90\nEstimated delivery: 3-5 business days\n\nThe Shopwise Team"),
    ("email", "Guten Tag,\n\nIhre Bestellung 2024-118830 wurde versandt. Sendungsnummer: 00340434161094042557.\n\nIhr Kundenservice"),
    ("email", "Hi [[PERSON|Connor]],\n\nwelcome aboard! Your manager will be [[PERSON|Olivia Brandt]]. Your desk phone is ext. 4471.\n\nPeople Team"),
    ("email", "Dear [[PERSON|Siobhan]],\n\nyour National Insurance number [[UK_NINO|JG 10 37 55 B]] has been added to your payroll record.\n\nHR Services"),
    ("email", "Bonjour,\n\nveuillez trouver ci-joint la facture n° FA-2024-00917 d'un montant de 1 250,00 €.\n\nService comptabilité"),
    ("email", "Hello [[PERSON|Tomasz]],\n\nthe transfer to [[IBAN_CODE|%%pl_iban%%]] is done.\n\nCheers,\n[[PERSON|Agnieszka]]"),
    # ---------------------------------------------------------------- logs
    ("log", "2024-05-17T09:12:44.118Z INFO  auth.LoginService - login ok user=[[EMAIL_ADDRESS|k.tanaka@example.org]] ip=[[IP_ADDRESS|203.0.113.42]] session=7f3c9a1e"),
    ("log", "May 17 09:13:02 web-03 sshd[21874]: Failed password for invalid user admin from [[IP_ADDRESS|198.51.100.23]] port 51422 ssh2"),
    ("log", "[[IP_ADDRESS|192.0.2.77]] - - [17/May/2024:09:14:11 +0000] \"GET /api/v2/orders/883104 HTTP/1.1\" 200 5312 \"-\" \"Mozilla/5.0\""),
    ("log", "2024-05-17 09:15:00,442 WARN  [pool-3-thread-7] c.a.billing.Retry - attempt 3/5 for request_id=req_8Hk2LmQ91x duration=1834ms"),
    ("log", "level=error ts=2024-05-17T09:16:21Z caller=db.go:214 msg=\"connection refused\" addr=[[IP_ADDRESS|10.0.4.17]]:5432 retries=4"),
    ("log", "2024-05-17 09:17:09 DEBUG cache hit key=user:48213:profile ttl=3600 size=2048"),
    ("log", "{\"ts\":\"2024-05-17T09:18:30Z\",\"level\":\"info\",\"msg\":\"password reset requested\",\"email\":\"[[EMAIL_ADDRESS|dana.whitmore@outlook.com]]\",\"client_ip\":\"[[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]]\"}"),
    ("log", "build #4512 finished in 00:07:41 — artifact core-2.14.3.jar sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
    ("log", "Jun 02 14:22:51 gw01 dhcpd: DHCPACK on [[IP_ADDRESS|10.20.30.41]] to [[MAC_ADDRESS|3c:22:fb:9a:10:7e]] via eth1"),
    ("log", "E0517 09:20:11.512345   1 reflector.go:138] failed to list *v1.Pod: context deadline exceeded (Client.Timeout 30s)"),
    ("log", "2024-05-17 09:21:45 INFO  payment authorised amount=49.99 currency=EUR card=**** **** **** 4242 order=ORD-7781204"),
    ("log", "2024-05-17 09:22:03 ERROR sms.Gateway - delivery failed to=[[PHONE_NUMBER|+447958123456]] code=30008"),
    ("log", "git: HEAD is now at 3e1f9c2a Merge pull request #1184 from feature/rate-limit"),
    ("log", "kernel: [482913.220145] usb 2-1.4: new high-speed USB device number 7 using ehci-pci"),
    ("log", "2024-05-17T09:24:55+02:00 app[web.1]: at=info method=POST path=\"/checkout\" host=shop.example.com request_id=5b0e8f2c-1d4a-4b7e-9c3f-2a6d8e1f0b94 fwd=\"[[IP_ADDRESS|81.2.69.160]]\" dyno=web.1 connect=1ms service=87ms status=201 bytes=1121"),
    ("log", "WARN 2024-05-17 09:25:10 user [[EMAIL_ADDRESS|r.patel@contoso.com]] exceeded quota (10240 MB) on bucket backups-2024"),
    ("log", "postfix/smtp[3341]: 4F2A11C0E3: to=<[[EMAIL_ADDRESS|h.schulze@web.de]]>, relay=mx01.web.de[[[IP_ADDRESS|212.227.15.9]]]:25, delay=0.42, status=sent (250 OK)"),
    ("log", "2024-05-17 09:27:33 INFO  Started Application in 4.218 seconds (process running for 4.9) pid=18823"),
    ("log", "2024-05-17 09:28:12 ERROR config: AWS_ACCESS_KEY_ID=[[API_KEY|AKIAZ7QX4MRT2LPW9K3D]] found in environment of job 7731"),
    ("log", "nginx: upstream timed out (110: Connection timed out) while reading response header from upstream, client: [[IP_ADDRESS|85.214.132.117]], server: api.example.net, upstream: \"[[URL|http://127.0.0.1:8080/health]]\""),
    ("log", "[2024-05-17 09:30:00] cron.daily: rotated 14 files, freed 1.8 GB, next run 2024-05-18 09:30:00"),
    ("log", "ts=1715938260 lvl=info svc=ledger msg=\"batch committed\" batch=88421 rows=15000 v=3.2.0-rc.1"),
    # ---------------------------------------------------------------- CSV / JSON
    ("csv", "Vorname;Nachname;Telefon;E-Mail;Geburtsdatum\n[[PERSON|Anja]];[[PERSON|Kowalczyk]];[[PHONE_NUMBER|0221 4478 3310]];[[EMAIL_ADDRESS|anja.k@gmx.de]];[[DATE_TIME|03.07.1984]]\n[[PERSON|Florian]];[[PERSON|Weiß]];[[PHONE_NUMBER|0176 30294817]];[[EMAIL_ADDRESS|flo.weiss@t-online.de]];[[DATE_TIME|21.11.1990]]"),
    ("csv", "nom,prénom,téléphone,ville\n[[PERSON|Dubois]],[[PERSON|Léa]],[[PHONE_NUMBER|04 78 62 19 35]],[[LOCATION|Lyon]]\n[[PERSON|Moreau]],[[PERSON|Hugo]],[[PHONE_NUMBER|05 56 81 40 27]],[[LOCATION|Bordeaux]]"),
    ("csv", "nombre,apellidos,correo,teléfono\n[[PERSON|Alba]],[[PERSON|Navarro Gil]],[[EMAIL_ADDRESS|alba.navarro@yahoo.es]],[[PHONE_NUMBER|633 918 204]]"),
    ("csv", "sku,product,price,stock,updated\nTB-1042,Trail Runner 3,89.95,214,2024-05-01\nTB-1043,Trail Runner 3 GTX,119.95,87,2024-05-01\nHB-2210,Summit Backpack 28L,74.50,33,2024-04-28"),
    ("csv", "invoice_no,date,customer_id,amount,status\nINV-000871,2024-03-02,C-10442,1520.00,paid\nINV-000872,2024-03-02,C-10918,89.90,open\nINV-000873,2024-03-03,C-10442,310.45,paid"),
    ("csv", "id,full_name,email,card_number,expiry\n1,[[PERSON|Marcus Lindqvist]],[[EMAIL_ADDRESS|marcus.l@icloud.com]],[[CREDIT_CARD|%%mc1%%]],09/27\n2,[[PERSON|Aiko Suzuki]],[[EMAIL_ADDRESS|aiko.s@yahoo.co.jp]],[[CREDIT_CARD|%%amex1%%]],01/26"),
    ("csv", "naam\ttelefoonnummer\twoonplaats\n[[PERSON|Daan Visser]]\t[[PHONE_NUMBER|020 794 2281]]\t[[LOCATION|Amsterdam]]\n[[PERSON|Lotte Bakker]]\t[[PHONE_NUMBER|010 413 9902]]\t[[LOCATION|Rotterdam]]"),
    ("csv", "cognome;nome;codice_fiscale;cellulare\n[[PERSON|Ferrari]];[[PERSON|Luca]];[[IT_FISCAL_CODE|%%cf2%%]];[[PHONE_NUMBER|338 442 1907]]"),
    ("json", "{\"customer\": {\"name\": \"[[PERSON|Ingrid Halvorsen]]\", \"phone\": \"[[PHONE_NUMBER|+47 912 34 567]]\", \"email\": \"[[EMAIL_ADDRESS|ingrid.h@online.no]]\"}, \"order_id\": \"NO-55120\", \"total\": 899.0}"),
    ("json", "{\"id\": 48213, \"status\": \"shipped\", \"tracking\": \"1Z999AA10123456784\", \"carrier\": \"UPS\", \"weight_kg\": 2.4, \"created_at\": \"2024-05-16T18:22:04Z\"}"),
    ("json", "{\"usuario\": \"[[PERSON|Sofía Herrera]]\", \"correo\": \"[[EMAIL_ADDRESS|sofia.herrera@protonmail.com]]\", \"telefono\": \"[[PHONE_NUMBER|+52 55 1234 5678]]\", \"fecha_nacimiento\": \"[[DATE_TIME|1992-08-19]]\"}"),
    ("json", "[{\"sku\":\"A-100\",\"name\":\"Oak Desk\",\"qty\":2},{\"sku\":\"A-101\",\"name\":\"Walnut Shelf\",\"qty\":1},{\"sku\":\"B-220\",\"name\":\"Linen Curtain\",\"qty\":4}]"),
    ("json", "{\"employee\":{\"firstName\":\"[[PERSON|Oluwaseun]]\",\"lastName\":\"[[PERSON|Bakare]]\",\"ssn\":\"[[US_SSN|536-22-8471]]\",\"address\":\"[[LOCATION|1420 Maple Avenue, Springfield, IL 62704]]\"}}"),
    ("json", "{\"app\":\"billing\",\"version\":\"4.12.0\",\"build\":\"20240517.3\",\"replicas\":3,\"port\":8443,\"image\":\"registry.example.com/billing@sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae\"}"),
    ("json", "{\"kunde\": {\"vorname\": \"[[PERSON|Jürgen]]\", \"nachname\": \"[[PERSON|Oberhuber]]\", \"iban\": \"[[IBAN_CODE|%%at_iban%%]]\", \"ort\": \"[[LOCATION|Graz]]\"}}"),
    ("json", "{\"wallet\": \"[[CRYPTO|%%bc1%%]]\", \"amount_btc\": 0.0125, \"confirmations\": 3}"),
    # ---------------------------------------------------------------- national IDs, cards, IBANs, keys in context
    ("id", "Steuerliche Identifikationsnummer: [[DE_TAX_ID|%%de_tax2%%]] (bitte bei allen Anfragen angeben)"),
    ("id", "N° de sécurité sociale : [[FR_NIR|%%fr_nir2%%]]"),
    ("id", "NIE del solicitante: [[ES_NIF|%%nie%%]]. Domicilio: [[LOCATION|Calle de Alcalá 42, 28014 Madrid]]."),
    ("id", "Il paziente [[PERSON|Lucia Ferri]], codice fiscale [[IT_FISCAL_CODE|%%cf3%%]], nata il [[DATE_TIME|5 maggio 1992]]."),
    ("id", "Burgerservicenummer [[NL_BSN|%%bsn2%%]], geboortedatum [[DATE_TIME|09-04-1968]]"),
    ("id", "Aadhaar no. [[IN_AADHAAR|%%aadhaar2%%]] linked to mobile [[PHONE_NUMBER|+91 98201 47735]]"),
    ("id", "My TFN is [[AU_TFN|%%tfn_sp%%]] and the business ABN is [[AU_ABN|%%abn_sp%%]]."),
    ("id", "Medicare card number: [[AU_MEDICARE|%%medicare%%]], call [[PHONE_NUMBER|(02) 9374 4000]] if lost."),
    ("id", "Please confirm your SIN: [[CA_SIN|%%sin_sp%%]]"),
    ("id", "NRIC [[SG_NRIC_FIN|%%nric%%]], contact [[PHONE_NUMBER|+65 9123 4567]]"),
    ("id", "FIN: [[SG_NRIC_FIN|%%fin%%]] (work pass holder [[PERSON|Nguyen Van An]])"),
    ("id", "NHS No: [[UK_NHS|%%nhs2%%]]  DOB: [[DATE_TIME|12/02/1957]]"),
    ("id", "NINO [[UK_NINO|AB123456C]] – please update HMRC records"),
    ("id", "SSN: [[US_SSN|478-31-2056]]? no wait, that's my old one. new SSN is [[US_SSN|602 11 9384]]"),
    ("id", "ITIN [[US_ITIN|912-78-4561]] was issued on the W-7 application"),
    ("id", "Passport number: [[US_PASSPORT|561429837]], expires 2031"),
    ("id", "Driver's license # [[US_DRIVER_LICENSE|D4418273]] ([[LOCATION|California]])"),
    ("id", "Card: [[CREDIT_CARD|%%mc1_dash%%]] exp 11/26 cvv 123"),
    ("id", "AMEX [[CREDIT_CARD|%%amex1_sp%%]]"),
    ("id", "charged to my discover card [[CREDIT_CARD|%%disc1%%]] twice!!"),
    ("id", "JCB カード番号: [[CREDIT_CARD|%%jcb1%%]]"),
    ("id", "Bitte buchen Sie von meiner Karte [[CREDIT_CARD|%%visa2%%]] ab."),
    ("id", "IBAN: [[IBAN_CODE|%%gb_iban_sp%%]] (Sort code 60-16-13)"),
    ("id", "Virement sur le compte [[IBAN_CODE|%%fr_iban%%]] avant le 30/06."),
    ("id", "Cuenta: [[IBAN_CODE|%%es_iban_sp%%]]"),
    ("id", "Overmaken naar [[IBAN_CODE|%%nl_iban2%%]] t.n.v. [[PERSON|J. de Vries]]"),
    ("id", "Bankverbindung: [[IBAN_CODE|%%ch_iban%%]] (PostFinance)"),
    ("id", "Rekening [[IBAN_CODE|%%be_iban%%]]"),
    ("id", "Send the ETH to [[CRYPTO|%%eth%%]] please, not the old wallet"),
    ("id", "BTC donations: [[CRYPTO|%%btc1%%]] 🙏 or [[CRYPTO|%%btc3%%]]"),
    ("key", "export GITHUB_TOKEN=[[API_KEY|ghp_Xk29fLqP0aZt7RmW4sYb81NcVd5HjE3uKo6T]]"),
    ("key", "stripe.api_key = \"[[API_KEY|sk_live_51H8xQ2LkT9mZpR4vWn7bYc3D]]\""),
    ("key", "SLACK_BOT_TOKEN=[[API_KEY|xoxb-2049481337-5512093847120-Zq8mN4pLw2RtY7vK1sXc9BfH]]"),
    ("key", "Authorization: Bearer [[API_KEY|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0ODIxMyIsIm5hbWUiOiJ0ZXN0In0.Hk2mQz8rT1vXy0pLn4sWb7cFd9gJe3aK6uNo5RtYq2w]]"),
    ("key", "here's the deploy key, don't lose it:\n[[API_KEY|-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBk3m9yQ8xLp2Vw7nT4sRz1aKc5uJh0eXfG6bWq9dYtOAAAAJh1c2Vy\n-----END OPENSSH PRIVATE KEY-----]]"),
    ("key", "aws_secret_access_key = [[API_KEY|wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq9Lk2Tq8p]]"),
    # ---------------------------------------------------------------- addresses, phones, DOB
    ("addr", "Ship to: [[PERSON|Emily Carter]], [[LOCATION|742 Evergreen Terrace]], [[LOCATION|Portland, OR 97205]]"),
    ("addr", "Lieferadresse: [[LOCATION|Schönhauser Allee 118]], [[LOCATION|10437 Berlin]]"),
    ("addr", "J'habite au [[LOCATION|17 rue des Lilas]], [[LOCATION|69003 Lyon]] depuis deux ans."),
    ("addr", "Vivo en [[LOCATION|Sevilla]], en la [[LOCATION|Avenida de la Constitución 12]]."),
    ("addr", "Flat 3, [[LOCATION|27 Albion Road]], [[LOCATION|London N16 9PS]]"),
    ("addr", "Ik woon op de [[LOCATION|Keizersgracht 221]] in [[LOCATION|Amsterdam]]."),
    ("addr", "Born [[DATE_TIME|March 3rd, 1987]] in [[LOCATION|Toledo]], [[LOCATION|Ohio]]."),
    ("addr", "Geburtsdatum: [[DATE_TIME|14. Februar 1979]], Geburtsort: [[LOCATION|Kassel]]"),
    ("addr", "née le [[DATE_TIME|5 juin 1990]] à [[LOCATION|Nantes]]"),
    ("addr", "Data de nascimento: [[DATE_TIME|30/01/1995]]"),
    ("addr", "D.O.B. [[DATE_TIME|1979-12-02]] | Tel [[PHONE_NUMBER|+1 (646) 555-2817]]"),
    ("addr", "Reach me at [[PHONE_NUMBER|+81 3-5412-7789]] ([[LOCATION|Tokyo]] office) or [[PHONE_NUMBER|+41 44 668 18 00]] ([[LOCATION|Zürich]])."),
    ("addr", "Téléphone portable : [[PHONE_NUMBER|+33 7 81 24 66 09]]"),
    ("addr", "Teléfono fijo [[PHONE_NUMBER|93 412 77 60]], móvil [[PHONE_NUMBER|689 55 21 04]]"),
    ("addr", "Call our hotline? No — call me directly on [[PHONE_NUMBER|(312) 847-1190]], [[PERSON|Dave]]"),
    # ---------------------------------------------------------------- look-alike negatives
    ("neg", "Order #4532-0151-1283 has been shipped. Track it with tracking number 9400 1118 9922 3346 7812 45."),
    ("neg", "ISBN 978-3-16-148410-0, 3rd edition, 2019, 412 pages, €34.99"),
    ("neg", "Release notes for v2.14.3 (build 20240517.1): fixed a crash on startup; updated libssl to 3.0.13."),
    ("neg", "Invoice INV-2024-00871 — amount due: $1,520.00 by 2024-06-15. Reference: 7731-0044-2190."),
    ("neg", "The meeting is on Monday, 13 May at 10:30 in room B-204."),
    ("neg", "Summer sale: Apple iPhone 15 Pro 256 GB now 1.099,00 € instead of 1.329,00 €."),
    ("neg", "Will the new Grace wing open in April? Probably in June, says Facilities."),
    ("neg", "commit 9fceb02d0ae598e95dc970b74767f19372d61af8\nAuthor: ci-bot\nDate:   Fri May 17 09:12:44 2024 +0000\n\n    Bump version to 1.8.2"),
    ("neg", "Temperature 21.5 °C, humidity 48 %, pressure 1013.25 hPa, wind 12 km/h NW"),
    ("neg", "Coordinates: 52.520008, 13.404954 ([[LOCATION|Berlin Mitte]]) — altitude 34 m"),
    ("neg", "Flight LH 2031 departs 14:35 from gate A22, seat 17C, booking ref QX7M2P."),
    ("neg", "Die Bestellnummer lautet 302-7718342-4419901, Rechnungsnummer RE-2024-1183."),
    ("neg", "Numéro de commande : 1042 883 917 — livraison prévue le 21 mai."),
    ("neg", "Número de pedido 2024/118/0937, importe total 245,80 €."),
    ("neg", "Numero d'ordine 00781234, spedizione tramite BRT."),
    ("neg", "Bestelnummer 8812 4471 09, factuurnummer 2024-0442."),
    ("neg", "Our support line is open Monday to Friday, 9:00-17:00 CET."),
    ("neg", "Price list: Basic 9.99/mo, Pro 19.99/mo, Enterprise 1,299/yr."),
    ("neg", "UUID 550e8400-e29b-41d4-a716-446655440000 assigned to job 88213."),
    ("neg", "Model number SM-G991B/DS, serial R58R40ABC1X, firmware G991BXXU5CVLL."),
    ("neg", "The package weighs 2.35 kg and measures 40 x 30 x 15 cm."),
    ("neg", "Patch Tuesday: KB5034441 and KB5034122 installed, reboot required."),
    ("neg", "Population of [[LOCATION|Lyon]]: 522,250 (2021). Area 47.87 km²."),
    ("neg", "Meeting ID: 845 2291 0476  Passcode: 551023"),
    ("neg", "Visa and Mastercard accepted; no Amex. Minimum order $25."),
    ("neg", "Chapter 12, verse 4-9; see also pages 201-215."),
    ("neg", "docker run -p 8080:80 -e TZ=Europe/Berlin nginx:1.25.4-alpine"),
    ("neg", "Ticket JIRA-4471 moved to Done by the Release Train."),
    ("neg", "Score: 3-1 (half time 1-0). Attendance 45,812."),
    ("neg", "Phone models compared: Pixel 8, Galaxy S24, Xperia 1 V."),
    ("neg", "Jordan shoes and Dior bags were the top sellers in May."),
    ("neg", "Customer satisfaction rose from 4.1 to 4.6 between Q1 and Q3 2023."),
    ("neg", "The 10:15 train to [[LOCATION|Brighton]] is delayed by 12 minutes (platform 4)."),
    ("neg", "Version 10.0.19045.4291 of Windows is installed; KB 5036892 pending."),
    ("neg", "Total: 1 234 567,89 € HT, TVA 20 %, réf. client 00412-77."),
    ("neg", "Hash of the file: d41d8cd98f00b204e9800998ecf8427e (MD5)"),
    ("neg", "Rechnung Nr. 2024/0815 vom 17.05.2024 über 499,00 EUR, zahlbar innerhalb von 14 Tagen."),
    ("neg", "Lot 5521-A, expiry 2026-09, store below 25 °C. PZN 08911354."),
    ("neg", "Apply coupon SPRING2024 at checkout for 15 % off orders over 50 €."),
    ("neg", "Our office is closed on Good Friday and Easter Monday."),
    ("neg", "Rose Gold and Midnight Blue are the new colours for the Summit Watch."),
    ("neg", "The Grand Budapest Hotel and The Fabelmans are on tonight."),
    ("neg", "Tracking: JJD000390007726654321 (DHL Paket)"),
    ("neg", "Account 0044 7781 2290 (internal cost centre), budget 12,500.00"),
    ("neg", "Error code 0x80070005 — access denied (HRESULT)."),
    ("neg", "Package version 2.7.18-1ubuntu1~22.04.3 is already the newest version."),
    ("neg", "Session expires in 3600 seconds; retry after 120 s."),
    ("neg", "Call centre KPIs: 1,204 calls, avg handle time 6:41, 92.3 % SLA."),
    ("neg", "Serial numbers 4000 1234 5678 9010 to 4000 1234 5678 9099 are reserved for testing."),
    ("neg", "The building at 221B is a museum now, open daily 9.30-18.00."),
    ("neg", "Bitcoin fell 4.2 % to $61,230 while Ethereum held at $2,980."),
    ("neg", "GPU: RTX 4090, 24 GB GDDR6X, 16384 CUDA cores, 2520 MHz boost."),
    ("neg", "Spring Boot 3.2.5, Java 21.0.3+9-LTS, Hibernate 6.4.4.Final"),
    ("neg", "Die Zugnummer ICE 1547 fährt heute ab Gleis 12."),
    ("neg", "Nuestro horario: lunes a viernes de 9:00 a 18:00. Oficina 3B, planta 2."),
    ("neg", "Prix : 19,90 € TTC — code produit 3760123456789."),
    ("neg", "Il volo AZ 1781 è in ritardo di 25 minuti."),
    ("neg", "EAN 4006381333931 — Stabilo Boss Original, pack of 4."),
    ("neg", "🚀 v3.0.0 is out! 120 commits, 14 contributors, 0 breaking changes 🎉"),
    ("neg", "CPU 87 %, mem 14.2/16 GB, disk /dev/sda1 91 % full, load 3.41 2.98 2.77"),
]

def main(path):
    write(path, TEXTS, V, "handset7")


if __name__ == "__main__":
    main(sys.argv[1])
