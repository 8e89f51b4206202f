#!/usr/bin/env python3
"""Round-19 check sets for the PII detector, written by hand (no templates, no shared data).

  python3 aisec-data/tools/handset19.py aisec-data/src/test/resources/dev/aisec/data/pii/handset19.jsonl
  python3 aisec-data/tools/handset19.py OUT --tuned   # handset19t: the set worked on during the round

handset19 is the honest set: written before any change of round 19, scored once on the starting jar (main 5fd4ec3)
and once at the end; its texts were not used to choose fixes. Kinds: CSV with de/fr/es/it/nl headers, JSON records
with nested keys, app and server logs (key=value, timestamps and request ids next to IPs and e-mails), e-mail
signatures, chats with emoji and lower-case names, forms, romanised Japanese/Chinese/Korean/Indian/Nigerian/Turkish/
Polish names, national IDs of every supported country in their printed layouts, phone numbers in many national
formats, and many look-alikes (order, tracking and invoice numbers, UUIDs, hashes, versions, ISBNs, prices,
timestamps, product names, months, names that are common words).

Markup of handset_markup.py ([[TYPE|value]], %%name%%, UTF-16 offsets); check digits from the generators of
handset7_values.py and handset8.py, and every structured value is asserted valid below. Labels: PERSON = a person's
name without title; LOCATION = a whole street address (house number, postcode, city) as one span, or a city,
region, country, street or venue; DATE_TIME = birth dates and dates of a named person's own events (appointments,
admissions, start dates); every phone, e-mail, IP, MAC, card, IBAN, key, URL and national ID. Deterministic output.
"""
import hashlib
import sys

from handset_markup import write
from handset8 import card, iban, g4, grouped, nl_bsn, verhoeff, es_dni, es_nie, it_cf, luhn_ok, de_taxid, fr_nir, \
    au_tfn, ca_sin, nhs, sg_nric
from handset7_values import au_abn, au_medicare, b58check, bech32

V = {
    "visa": card("453201558812734"), "mc": card("512893004417265"), "amex": card("37144963539843"),
    "disc": card("601100993341027"), "jcb": card("353011133330000"[:15]), "mc2": card("222300470012988"),
    "visa2": card("401288888881881"[:15]), "visa3": card("491761234008812"),
    "de_iban": iban("DE", "370400440532013000"), "fr_iban": iban("FR", "20041010050500013M02606"),
    "es_iban": iban("ES", "20385778983000760236"), "it_iban": iban("IT", "K0300203280000400162854"),
    "nl_iban": iban("NL", "RABO0315287660"), "be_iban": iban("BE", "539007547034"),
    "gb_iban": iban("GB", "NWBK60161331926819"), "ch_iban": iban("CH", "0483509876543211"),
    "at_iban": iban("AT", "3200000012345678"), "pl_iban": iban("PL", "105000997603123456789123"),
    "ie_iban": iban("IE", "AIBK93115212345678"),
    "de_tax": de_taxid("8609574271"), "de_tax2": de_taxid("5713428956"),
    "nir": fr_nir("2850575113042"), "nir2": fr_nir("1930299350117"),
    "dni": es_dni("48120935"), "dni2": es_dni("05731842"), "nie": es_nie("Y", "4128853"),
    "cf": it_cf("BNCGLI90A41F205"), "cf2": it_cf("FRRLCU78M12L219"),
    "bsn": nl_bsn("19283746"), "bsn2": nl_bsn("27364512"),
    "aad": verhoeff("49362091857"), "aad2": verhoeff("37591128406"),
    "tfn": au_tfn("45678123"), "abn": au_abn("004085616"), "abn2": au_abn("628492117"),
    "medi": au_medicare("29503817", "1"),
    "sin": ca_sin("13072965"), "sin2": ca_sin("52749013"),
    "nhs": nhs("485777345"), "nhs2": nhs("943476591"),
    "nric": sg_nric("S", "8734210"), "fin": sg_nric("G", "1290553"), "nric2": sg_nric("T", "0318847"),
    "btc": b58check(b"\x00" + hashlib.sha256(b"round19-a").digest()[:20]),
    "bc1": bech32("bc", 0, hashlib.sha256(b"round19-b").digest()[:20]),
    "bad_card": "4532015588127349",
}
for k in ["visa", "mc", "disc", "jcb", "mc2", "visa2", "visa3"]:
    assert luhn_ok(V[k]) and len(V[k]) == 16, k
    V[k + "_sp"] = g4(V[k])
    V[k + "_dash"] = g4(V[k], "-")
assert luhn_ok(V["amex"]) and len(V["amex"]) == 15
V["amex_sp"] = grouped(V["amex"], [4, 6, 5])
assert not luhn_ok(V["bad_card"])
for k in [k for k in V if k.endswith("_iban")]:
    V[k + "_sp"] = g4(V[k])
V["de_tax_sp"] = grouped(V["de_tax"], [2, 3, 3, 3])
V["de_tax2_sp"] = grouped(V["de_tax2"], [2, 3, 3, 3])
V["nir_sp"] = grouped(V["nir"], [1, 2, 2, 2, 3, 3, 2])
V["nir2_sp"] = grouped(V["nir2"], [1, 2, 2, 2, 3, 3, 2])
V["bsn_dot"] = grouped(V["bsn"], [4, 2, 3], ".")
V["aad_sp"] = g4(V["aad"])
V["aad2_sp"] = g4(V["aad2"])
V["tfn_sp"] = grouped(V["tfn"], [3, 3, 3])
V["abn_sp"] = grouped(V["abn"], [2, 3, 3, 3])
V["abn2_sp"] = grouped(V["abn2"], [2, 3, 3, 3])
V["medi_sp"] = grouped(V["medi"], [4, 5, 1])
V["sin_sp"] = grouped(V["sin"], [3, 3, 3])
V["sin2_dash"] = grouped(V["sin2"], [3, 3, 3], "-")
V["nhs_sp"] = grouped(V["nhs"], [3, 3, 4])
V["nhs2_sp"] = grouped(V["nhs2"], [3, 3, 4])
V["dni2_dash"] = V["dni2"][:8] + "-" + V["dni2"][8]

# ------------------------------------------------------------------------------------- honest set (handset19)
HONEST = [
    # ---------------------------------------------------------------- CSV with non-English headers
    ("csv", "Vorname;Nachname;Geburtsdatum;Steuer-ID;IBAN\n"
            "[[PERSON|Jürgen]];[[PERSON|Hoffmann]];[[DATE_TIME|14.03.1971]];[[DE_TAX_ID|%%de_tax%%]];[[IBAN_CODE|%%de_iban%%]]\n"
            "[[PERSON|Aylin]];[[PERSON|Demir]];[[DATE_TIME|02.11.1989]];[[DE_TAX_ID|%%de_tax2%%]];[[IBAN_CODE|%%at_iban%%]]"),
    ("csv", "prénom,nom,ville,téléphone,n° sécu\n"
            "[[PERSON|Élodie]],[[PERSON|Garnier]],[[LOCATION|Lyon]],[[PHONE_NUMBER|06 71 42 88 19]],[[FR_NIR|%%nir_sp%%]]\n"
            "[[PERSON|Karim]],[[PERSON|Benali]],[[LOCATION|Marseille]],[[PHONE_NUMBER|04 91 55 20 36]],[[FR_NIR|%%nir2%%]]"),
    ("csv", "nombre;apellidos;DNI/NIE;móvil;ciudad\n"
            "[[PERSON|Lucía]];[[PERSON|Fernández Ortega]];[[ES_NIF|%%dni%%]];[[PHONE_NUMBER|612 48 93 07]];[[LOCATION|Zaragoza]]\n"
            "[[PERSON|Wei]];[[PERSON|Zhang]];[[ES_NIF|%%nie%%]];[[PHONE_NUMBER|699 215 804]];[[LOCATION|Valencia]]"),
    ("csv", "nome,cognome,codice_fiscale,cellulare,comune\n"
            "[[PERSON|Giulia]],[[PERSON|Bianchi]],[[IT_FISCAL_CODE|%%cf%%]],[[PHONE_NUMBER|347 218 5590]],[[LOCATION|Milano]]\n"
            "[[PERSON|Luca]],[[PERSON|Ferrari]],[[IT_FISCAL_CODE|%%cf2%%]],[[PHONE_NUMBER|+39 06 4821 7730]],[[LOCATION|Torino]]"),
    ("csv", "voornaam\tachternaam\tBSN\ttelefoon\twoonplaats\n"
            "[[PERSON|Sanne]]\t[[PERSON|de Groot]]\t[[NL_BSN|%%bsn%%]]\t[[PHONE_NUMBER|06-28419573]]\t[[LOCATION|Utrecht]]\n"
            "[[PERSON|Mehmet]]\t[[PERSON|Yılmaz]]\t[[NL_BSN|%%bsn2%%]]\t[[PHONE_NUMBER|010 415 2283]]\t[[LOCATION|Rotterdam]]"),
    ("csv", "Bestellnr;Artikel;Menge;Preis;Lieferdatum\n"
            "100482731;Bosch Akkuschrauber GSR 12V;2;89,90;12.12.2026\n"
            "100482732;Philips Hue Starter Set;1;149,00;14.12.2026"),
    ("csv", "order_id,sku,qty,unit_price,created_at\n"
            "ORD-2026-558120,SKU-88412-BLK,3,19.99,2026-11-02T08:14:55Z\n"
            "ORD-2026-558121,SKU-10077-WHT,1,249.00,2026-11-02T08:15:03Z"),
    ("csv", "ID,Name,Email,Phone,Country\n"
            "17,[[PERSON|Chukwuemeka Obi]],[[EMAIL_ADDRESS|c.obi@lagosfintech.ng]],[[PHONE_NUMBER|+234 803 514 2290]],[[LOCATION|Nigeria]]\n"
            "18,[[PERSON|Haruto Sato]],[[EMAIL_ADDRESS|haruto.sato@kumo.co.jp]],[[PHONE_NUMBER|+81 90-4418-2275]],[[LOCATION|Japan]]\n"
            "19,[[PERSON|Ji-woo Park]],[[EMAIL_ADDRESS|jiwoo.park@hanul.kr]],[[PHONE_NUMBER|+82 10-5521-7784]],[[LOCATION|South Korea]]"),
    ("csv", "emp_no,full_name,ssn,hire_date,salary\n"
            "E1042,[[PERSON|Marisol Vega]],[[US_SSN|531-74-2086]],2019-06-03,78000\n"
            "E1043,[[PERSON|Dwayne Porter]],[[US_SSN|402-18-7735]],2021-01-11,64500"),
    ("csv", "isbn,title,author,year,price\n"
            "978-3-16-148410-0,Der Prozess,Franz Kafka,1925,12.99\n"
            "978-0-14-118776-1,Nineteen Eighty-Four,George Orwell,1949,9.50"),
    # ---------------------------------------------------------------- JSON with nested keys
    ("json", "{\"customer\":{\"name\":{\"first\":\"[[PERSON|Priya]]\",\"last\":\"[[PERSON|Raghavan]]\"},"
             "\"contact\":{\"email\":\"[[EMAIL_ADDRESS|priya.r@infomail.in]]\",\"mobile\":\"[[PHONE_NUMBER|+91 98450 21763]]\"},"
             "\"kyc\":{\"aadhaar\":\"[[IN_AADHAAR|%%aad_sp%%]]\",\"pan\":\"[[IN_PAN|AQWPR7261K]]\"}}}"),
    ("json", "{\"id\":\"7f3c9a2e-41b8-4d0e-9c55-2b8e61d0a4f7\",\"status\":\"shipped\",\"tracking\":\"1Z999AA10123456784\","
             "\"total\":{\"amount\":129.95,\"currency\":\"EUR\"},\"updated\":\"2026-10-30T17:42:11.208Z\"}"),
    ("json", "{\"user\":{\"profile\":{\"displayName\":\"[[PERSON|Oğuz Kaya]]\",\"city\":\"[[LOCATION|İzmir]]\"},"
             "\"payment\":{\"iban\":\"[[IBAN_CODE|%%de_iban_sp%%]]\",\"card\":{\"number\":\"[[CREDIT_CARD|%%visa%%]]\",\"exp\":\"04/29\"}}}}"),
    ("json", "[{\"patient\":{\"given\":\"[[PERSON|Siobhan]]\",\"family\":\"[[PERSON|Murphy]]\",\"nhsNumber\":\"[[UK_NHS|%%nhs_sp%%]]\","
             "\"birthDate\":\"[[DATE_TIME|1958-07-22]]\"}},{\"patient\":{\"given\":\"[[PERSON|Kwame]]\",\"family\":\"[[PERSON|Mensah]]\","
             "\"nhsNumber\":\"[[UK_NHS|%%nhs2%%]]\",\"birthDate\":\"[[DATE_TIME|1990-01-05]]\"}}]"),
    ("json", "{\"build\":{\"version\":\"4.12.0-rc.2\",\"commit\":\"9e107d9d372bb6826bd81d3542a419d6\",\"sha256\":"
             "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\",\"node\":\"[[IP_ADDRESS|10.2.14.7]]\"}}"),
    ("json", "{\"employee\":{\"fullName\":\"[[PERSON|Tomasz Wiśniewski]]\",\"address\":{\"street\":\"[[LOCATION|ul. Piotrkowska 118]]\","
             "\"zip\":\"[[LOCATION|90-006]]\",\"city\":\"[[LOCATION|Łódź]]\"},\"bank\":\"[[IBAN_CODE|%%pl_iban%%]]\"}}"),
    ("json", "{\"au\":{\"tfn\":\"[[AU_TFN|%%tfn_sp%%]]\",\"abn\":\"[[AU_ABN|%%abn_sp%%]]\",\"medicare\":\"[[AU_MEDICARE|%%medi_sp%%]]\"},"
             "\"holder\":\"[[PERSON|Bronwyn Tait]]\"}"),
    ("json", "{\"sg\":{\"nric\":\"[[SG_NRIC_FIN|%%nric%%]]\",\"name\":\"[[PERSON|Tan Wei Ling]]\",\"hp\":\"[[PHONE_NUMBER|+65 9123 4578]]\"}}"),
    ("json", "{\"product\":\"Galaxy S24 Ultra\",\"price\":1299.0,\"ean\":\"8806095467382\",\"release\":\"2024-01-31\",\"rating\":4.7}"),
    ("json", "{\"wallet\":{\"btc\":\"[[CRYPTO|%%btc%%]]\",\"segwit\":\"[[CRYPTO|%%bc1%%]]\",\"owner\":\"[[PERSON|Dmitri Volkov]]\"}}"),
    # ---------------------------------------------------------------- logs
    ("log", "2026-11-27T09:14:02.551Z INFO  [auth] req_id=8f1e2c7a login ok user=[[EMAIL_ADDRESS|m.koenig@firma-koenig.de]] ip=[[IP_ADDRESS|84.139.22.170]] ua=\"Mozilla/5.0\""),
    ("log", "Nov 27 09:15:44 web-03 sshd[22817]: Failed password for root from [[IP_ADDRESS|185.220.101.47]] port 51422 ssh2"),
    ("log", "[[IP_ADDRESS|203.0.113.77]] - - [27/Nov/2026:10:02:11 +0000] \"GET /api/v2/orders/558120 HTTP/1.1\" 200 1834 \"-\" \"curl/8.4.0\""),
    ("log", "level=warn ts=2026-11-27T10:11:09Z msg=\"payment declined\" card_last4=4421 amount=59.00 customer=\"[[PERSON|Ngozi Adeyemi]]\" trace=5b2f0c9d1e"),
    ("log", "WARN 2026-11-27 10:22:31,104 [pool-3-thread-7] c.a.m.Mailer - bounce for <[[EMAIL_ADDRESS|kenji.watanabe@example-mail.jp]]> (550 5.1.1)"),
    ("log", "DEBUG dhcp lease mac=[[MAC_ADDRESS|3c:22:fb:91:0e:7a]] ip=[[IP_ADDRESS|192.168.1.54]] host=laptop-ana lease=86400"),
    ("log", "ERROR 2026-11-27 11:03:55 upstream [[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]] timed out after 30000 ms (attempt 3/5)"),
    ("log", "INFO build #4821 finished in 312.4 s, artifact app-2.14.3.jar sha1=2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"),
    ("log", "audit: actor=\"[[PERSON|Akosua Boateng]]\" action=export rows=1200 src=[[IP_ADDRESS|41.66.201.9]] at 2026-11-27 11:40"),
    ("log", "2026/11/27 12:00:01 cron[911]: (backup) CMD (/usr/local/bin/backup.sh --retain 14 --id 20261127-1200)"),
    ("log", "POST /v1/charge key=[[API_KEY|sk_live_51NfQ2xK8rT3mLp9ZyVb4Hc7D]] status=402 latency_ms=184"),
    ("log", "kafka consumer group=billing-v3 partition=7 offset=918273645 lag=12 ts=1732702800123"),
    # ---------------------------------------------------------------- e-mail signatures
    ("mail", "Thanks, talk soon!\n\n--\n[[PERSON|Rebecca Oyelaran]]\nSenior Account Manager | Brightline Logistics\n"
             "M: [[PHONE_NUMBER|+44 7700 900418]] | T: [[PHONE_NUMBER|020 7946 0712]]\n[[EMAIL_ADDRESS|r.oyelaran@brightline.co.uk]]"),
    ("mail", "Mit freundlichen Grüßen\n\nDr. [[PERSON|Katharina Vogt]]\nLeiterin Einkauf\nTel. [[PHONE_NUMBER|+49 (0)89 2180 4471]]\n"
             "Fax +49 (0)89 2180 4499\n[[LOCATION|Leopoldstraße 42, 80802 München]]"),
    ("mail", "Cordialement,\n[[PERSON|Antoine Lefèvre]]\nResponsable RH – Groupe Solvia\nLigne directe : [[PHONE_NUMBER|01 44 56 78 21]]\n"
             "[[LOCATION|12 avenue de l'Opéra, 75001 Paris]]"),
    ("mail", "Un saluto cordiale,\n[[PERSON|Alessandra Conti]]\nUfficio Acquisti\ntel. [[PHONE_NUMBER|02 8735 2210]] – cell. [[PHONE_NUMBER|335 612 0943]]"),
    ("mail", "Saludos,\n\n[[PERSON|Javier Morales]]\nDirector Comercial\n[[PHONE_NUMBER|+34 915 204 387]]\n[[URL|www.ibertrans.es]]"),
    ("mail", "Best regards,\n[[PERSON|Adebayo Ogunleye]] | Head of Sales | [[LOCATION|Ikeja]] Office\n[[PHONE_NUMBER|+234 201 460 7730]]\nSent from my iPhone"),
    ("mail", "Met vriendelijke groet,\n\n[[PERSON|Joost van den Berg]]\nTeamleider Klantenservice\n[[PHONE_NUMBER|+31 (0)30 231 4455]]"),
    ("mail", "Regards\nSupport Team\nTicket #448120 | Priority: High | Version 7.2.1\n[[URL|https://status.example.com]]"),
    ("mail", "Pozdrawiam serdecznie,\n[[PERSON|Katarzyna Zielińska]]\nKierownik Projektu\ntel. [[PHONE_NUMBER|+48 22 628 41 17]]"),
    ("mail", "Saygılarımla,\n[[PERSON|Emre Şahin]]\nSatış Müdürü\nGSM: [[PHONE_NUMBER|+90 532 418 27 60]]"),
    # ---------------------------------------------------------------- chats with emoji and lower-case names
    ("chat", "omg [[PERSON|priya]] just texted me 😂😂 she's coming at 8"),
    ("chat", "[[PERSON|kenji]]: yo did u get the file? 🙏\n[[PERSON|mei]]: yep thx!! ✨"),
    ("chat", "heyyy [[PERSON|oluwaseun]] 👋 can u call me on [[PHONE_NUMBER|0803 514 2290]]?? its urgent"),
    ("chat", "lol [[PERSON|tomek]] forgot his keys again 🔑🤦 waiting outside [[LOCATION|Kraków]] station"),
    ("chat", "mi numero nuevo es el [[PHONE_NUMBER|654 78 21 90]] 📱 guárdalo porfa, besos [[PERSON|ana]]"),
    ("chat", "🎂 happy bday [[PERSON|ayşe]]!! born [[DATE_TIME|12 June 1996]] and still the youngest of us 😜"),
    ("chat", "ok will do. may the force be with u lol. see u in june 🏖️"),
    ("chat", "grant said the budget is fine 👍 mark it as done pls"),
    ("chat", "i'll bring rose wine and some candy, hope that's ok 🍷"),
    ("chat", "can u send ur iban? mine is [[IBAN_CODE|%%nl_iban_sp%%]] 🙏 thx [[PERSON|daan]]"),
    ("chat", "[[PERSON|ahmed]] said the router is at [[IP_ADDRESS|192.168.0.1]] lol"),
    ("chat", "my order 112-4829173-5520934 still hasn't arrived 😤 amazon says tuesday"),
    # ---------------------------------------------------------------- forms
    ("form", "APPLICATION FORM\nSurname: [[PERSON|Adeyemi]]\nGiven names: [[PERSON|Folake Grace]]\nDate of birth: [[DATE_TIME|03/08/1992]]\n"
             "National Insurance No.: [[UK_NINO|JG 10 37 42 B]]\nPhone: [[PHONE_NUMBER|07825 341906]]"),
    ("form", "Name: [[PERSON|Mehmet Öztürk]]   Geburtsdatum: [[DATE_TIME|21.09.1984]]   Staatsangehörigkeit: türkisch\n"
             "Anschrift: [[LOCATION|Kastanienallee 7, 10435 Berlin]]\nSteuer-IdNr.: [[DE_TAX_ID|%%de_tax_sp%%]]"),
    ("form", "Formulaire d'adhésion\nNom : [[PERSON|NGUYEN]]   Prénom : [[PERSON|Thi Lan]]\nN° de sécurité sociale : [[FR_NIR|%%nir2_sp%%]]\n"
             "Tél. : [[PHONE_NUMBER|07 82 14 55 60]]"),
    ("form", "Patient: [[PERSON|Rajesh Kumar]]\nDOB: [[DATE_TIME|1975-11-30]]\nNHS No: [[UK_NHS|%%nhs%%]]\nGP: Dr [[PERSON|Helen Marsh]]\n"
             "Appointment: [[DATE_TIME|4 December 2026]] 09:30"),
    ("form", "Applicant: [[PERSON|Olumide Bakare]]\nPassport No: [[US_PASSPORT|A04381297]]\nDriver's License: [[US_DRIVER_LICENSE|D4418-20577-31890]]\n"
             "SSN: [[US_SSN|284-51-9037]]"),
    ("form", "Nombre completo: [[PERSON|María José Castillo]]\nDNI: [[ES_NIF|%%dni2_dash%%]]\nFecha de nacimiento: [[DATE_TIME|7 de marzo de 1988]]\n"
             "Dirección: [[LOCATION|Calle de Serrano 41, 28001 Madrid]]"),
    ("form", "Canada – Employee onboarding\nName: [[PERSON|Chloé Tremblay]]\nSIN: [[CA_SIN|%%sin_sp%%]]\nStart date: 2026-01-12"),
    ("form", "Invoice No: INV-2026-00418\nDate: 27/11/2026\nAmount due: € 1.240,00\nVAT: DE811907980\nPayment terms: 30 days"),
    # ---------------------------------------------------------------- romanised names in prose
    ("prose", "The panel included [[PERSON|Hiroshi Tanaka]], [[PERSON|Li Xiaoming]] and [[PERSON|Kim Min-jun]] from the [[LOCATION|Seoul]] office."),
    ("prose", "Please forward the contract to [[PERSON|Ananya Iyer]] and [[PERSON|Venkatesh Subramanian]] before Friday."),
    ("prose", "[[PERSON|Emeka Nwosu]] and [[PERSON|Yetunde Adebayo]] will represent the [[LOCATION|Abuja]] branch."),
    ("prose", "Our new hires are [[PERSON|Zeynep Arslan]] (design) and [[PERSON|Grzegorz Brzęczyszczykiewicz]] (backend)."),
    ("prose", "Meeting notes: [[PERSON|Wang Fang]] agreed; [[PERSON|Yuki Nakamura]] will draft the memo."),
    ("prose", "Dear Mr. [[PERSON|Olawale]], your application reference APP-55120 has been received."),
    ("prose", "Reviewer: [[PERSON|Park Seo-yeon]]. Second reviewer: [[PERSON|Arjun Mehta]]."),
    # ---------------------------------------------------------------- national IDs in tables and prose
    ("ids", "| Country | ID | Holder |\n|---|---|---|\n| SG | [[SG_NRIC_FIN|%%nric2%%]] | [[PERSON|Lim Jia Hui]] |\n"
            "| SG | [[SG_NRIC_FIN|%%fin%%]] | [[PERSON|Rahul Nair]] |\n| IN | [[IN_PAN|BNZPM2501F]] | [[PERSON|Meera Pillai]] |"),
    ("ids", "Kindly verify: Aadhaar No. [[IN_AADHAAR|%%aad2_sp%%]], PAN [[IN_PAN|CKLPS8832H]], name [[PERSON|Sunil Shetty]]."),
    ("ids", "SIN/NAS: [[CA_SIN|%%sin2_dash%%]] (employee [[PERSON|Marc-André Gagnon]])"),
    ("ids", "ABN [[AU_ABN|%%abn2_sp%%]] – Harbourside Plumbing Pty Ltd, [[LOCATION|Sydney NSW]]"),
    ("ids", "ITIN: [[US_ITIN|912-78-4410]] for [[PERSON|Guadalupe Ríos]]"),
    ("ids", "BSN [[NL_BSN|%%bsn_dot%%]] staat op de achterkant van je rijbewijs."),
    ("ids", "Codice fiscale: [[IT_FISCAL_CODE|%%cf%%]] – P.IVA 01234567890"),
    ("ids", "Steuerliche Identifikationsnummer [[DE_TAX_ID|%%de_tax2%%]], Finanzamt [[LOCATION|Köln-Mitte]]"),
    ("ids", "Card on file: [[CREDIT_CARD|%%amex_sp%%]] (AMEX), backup [[CREDIT_CARD|%%mc2_dash%%]]"),
    ("ids", "Überweisung an [[IBAN_CODE|%%ch_iban_sp%%]], BIC UBSWCHZH80A, Betrag CHF 420.00"),
    ("ids", "Pay to: [[IBAN_CODE|%%gb_iban_sp%%]] (sort code 60-16-13, acct 31926819)"),
    ("ids", "Rekeningnummer [[IBAN_CODE|%%be_iban_sp%%]] t.a.v. [[PERSON|Pieter Claes]]"),
    ("ids", "IBAN: [[IBAN_CODE|%%ie_iban%%]] | Ref: INV-77120"),
    # ---------------------------------------------------------------- phone numbers in national formats
    ("phone", "Call us: US [[PHONE_NUMBER|(312) 847-2290]] · UK [[PHONE_NUMBER|0161 496 0754]] · AU [[PHONE_NUMBER|(03) 9018 4472]]"),
    ("phone", "Notfall: [[PHONE_NUMBER|0171 4829315]] oder Festnetz [[PHONE_NUMBER|030 / 8847 2210]]"),
    ("phone", "Bel me op [[PHONE_NUMBER|06 12 84 59 03]] of mail naar [[EMAIL_ADDRESS|info@bakkerijdevries.nl]]"),
    ("phone", "Kontakt: [[PHONE_NUMBER|070-481 22 95]] (mobil), [[PHONE_NUMBER|08-525 200 00]] (växel)"),
    ("phone", "Hotline [[LOCATION|Schweiz]] [[PHONE_NUMBER|044 668 18 00]], [[LOCATION|Österreich]] [[PHONE_NUMBER|+43 1 5321 440]]"),
    ("phone", "WhatsApp: [[PHONE_NUMBER|+55 11 98765-4321]] ([[LOCATION|Brasil]]) / [[PHONE_NUMBER|+52 55 1234 5678]] ([[LOCATION|México]])"),
    ("phone", "[[LOCATION|Shanghai]] office [[PHONE_NUMBER|+86 21 6288 4417]], mobile [[PHONE_NUMBER|+86 138 0013 8000]]"),
    ("phone", "[[LOCATION|Dublin]]: [[PHONE_NUMBER|087 214 5590]] · [[LOCATION|Brussels]]: [[PHONE_NUMBER|0470 12 34 56]]"),
    ("phone", "Tel [[PHONE_NUMBER|+1 416-862-0198]] ext. 204 for the [[LOCATION|Toronto]] desk"),
    # ---------------------------------------------------------------- look-alikes (no PII)
    ("neg", "Tracking: 9400 1118 9922 3344 5566 77 (USPS), JJD0002249577731 (DHL), 1Z 999 AA1 01 2345 6784"),
    ("neg", "Invoice 2026-11-0042 · PO 4500128834 · Amount 12,480.00 USD · due 2026-12-27"),
    ("neg", "Requires Python 3.12.1, numpy 1.26.4 and CUDA 12.4; tested on Ubuntu 22.04.3 LTS"),
    ("neg", "ISBN 978-1-4028-9462-6, 2nd edition, 432 pages, €34,90"),
    ("neg", "Transaction a3f1c9e2-7b44-4c1d-8e9f-0d2a6b5c3e18 settled 2026-11-27 14:22:09 UTC for $1,250.00"),
    ("neg", "git commit 3f9a2b1c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a — fix: bump version to 2.0.17"),
    ("neg", "The iPhone 15 Pro Max costs 1.449 € and the Pixel 8 Pro 1.099 €; both ship in December."),
    ("neg", "Room 1204, floor 12, badge 004417, door code 5521 — meeting from 14:00 to 15:30"),
    ("neg", "Order #558120-44 shipped; card ending 4421 charged $89.99; ref 7730012584"),
    ("neg", "Sales grew 12.5% in Q3 2026 to 4,218,773 units; April and May were the strongest months."),
    ("neg", "Temperature 21.5 °C, humidity 48 %, pressure 1013.2 hPa at 2026-11-27 08:00"),
    ("neg", "Model numbers: XPS 9530, ThinkPad T14s Gen 4, MacBook Air M3 (A3113)"),
    ("neg", "Hope Street Bakery? No — the Grant Thornton audit and the Will Rogers quote are on slide 4."),
    ("neg", "Serial: SN-4829-1173-5520, IMEI 356938035643809, firmware 5.1.22"),
    ("neg", "Card 4532 0155 8812 7349 was rejected: invalid number (failed checksum)."),
    ("neg", "Lot 220417, exp. 2027-03, GTIN 04012345678901, batch B-7713"),
    ("neg", "Flight LH 2417 departs 07:45 gate B44, seat 23C, booking code K7Q2XP"),
]

# ------------------------------------------------------------------------------------- tuning set (handset19t)
TUNED = [
    ("csv", "Name;Vorname;Telefon;PLZ;Ort\n[[PERSON|Schulz]];[[PERSON|Marion]];[[PHONE_NUMBER|0211 4482 190]];[[LOCATION|40210]];[[LOCATION|Düsseldorf]]"),
    ("csv", "achternaam,voornaam,geboortedatum\n[[PERSON|Bakker]],[[PERSON|Lotte]],[[DATE_TIME|03-04-1991]]"),
    ("csv", "cognome;nome;telefono\n[[PERSON|Esposito]];[[PERSON|Salvatore]];[[PHONE_NUMBER|081 552 7731]]"),
    ("json", "{\"contact\":{\"person\":{\"fullName\":\"[[PERSON|Nnamdi Okeke]]\"},\"phone\":\"[[PHONE_NUMBER|+234 809 221 4471]]\"}}"),
    ("json", "{\"order\":{\"id\":\"A-99120\",\"items\":[{\"sku\":\"TSH-RED-M\",\"price\":19.9}],\"placed\":\"2026-05-04T10:00:00Z\"}}"),
    ("log", "ts=2026-11-27T08:00:00Z lvl=info user_email=[[EMAIL_ADDRESS|j.doe@corp.example]] client_ip=[[IP_ADDRESS|62.210.17.4]] req=ab12cd34"),
    ("log", "name=\"[[PERSON|Kofi Mensah]]\" logged out from [[IP_ADDRESS|10.44.2.19]]"),
    ("mail", "Kind regards,\n[[PERSON|Aoife Byrne]]\nOperations | [[LOCATION|Dublin]]\nMob: [[PHONE_NUMBER|086 552 1907]]"),
    ("mail", "Saluti,\n[[PERSON|Matteo Greco]]\nT. [[PHONE_NUMBER|06 4471 2290]]"),
    ("chat", "[[PERSON|yuki]]: arrived! 🚄\n[[PERSON|sora]]: nice 🎉"),
    ("chat", "bro [[PERSON|chinedu]] owes me 5k naira 😂"),
    ("chat", "will you bring the rose? mark said may is too early"),
    ("form", "Surname: [[PERSON|Kowalczyk]]\nFirst name: [[PERSON|Zofia]]\nDate of birth: [[DATE_TIME|11/02/1979]]"),
    ("ids", "PAN: [[IN_PAN|DPKPS6620Q]] holder [[PERSON|Deepak Sharma]]"),
    ("ids", "NIE [[ES_NIF|%%nie%%]] – [[PERSON|Ioana Popescu]]"),
    ("phone", "Ring [[PHONE_NUMBER|0131 496 0822]] or [[PHONE_NUMBER|07700 900911]]"),
    ("phone", "Tel. [[PHONE_NUMBER|089 / 21 80 44 71]]"),
    ("neg", "Ticket INC0012877 opened 2026-11-27 09:01 by svc-monitor, severity 2"),
    ("neg", "Version 10.0.19045.3693, KB5032189 installed"),
    ("neg", "Price list: Basic 9,99 € / Pro 19,99 € / Team 49,00 € per month"),
    ("prose", "[[PERSON|Takeshi Yamamoto]] met [[PERSON|Zhou Jie]] in [[LOCATION|Osaka]]."),
    ("prose", "Thanks to [[PERSON|Babajide Olatunji]] and [[PERSON|Funmilayo Ade]] for the review."),
    # ---------------------------------------------------------------- more tuning texts (added while working)
    ("csv", "Nom;Prénom;Date de naissance;Téléphone\n[[PERSON|Moreau]];[[PERSON|Camille]];[[DATE_TIME|19/08/1987]];[[PHONE_NUMBER|06 48 12 77 30]]"),
    ("csv", "apellido,nombre,teléfono,email\n[[PERSON|Navarro]],[[PERSON|Pilar]],[[PHONE_NUMBER|+34 622 41 08 93]],[[EMAIL_ADDRESS|pilar.navarro@correo.es]]"),
    ("csv", "naam;telefoonnummer;IBAN\n[[PERSON|Willem Dekker]];[[PHONE_NUMBER|+31 6 4412 8870]];[[IBAN_CODE|%%nl_iban%%]]"),
    ("csv", "Kunde,Kartennummer,Ablauf\n[[PERSON|Petra Lange]],[[CREDIT_CARD|%%visa3_sp%%]],08/28"),
    ("csv", "invoice_no,customer_id,amount,iban_masked\nINV-88120,C-00417,1240.50,DE89 **** **** **** 3000"),
    ("json", "{\"kyc\":{\"applicant\":{\"name\":\"[[PERSON|Adaeze Okafor]]\",\"dob\":\"[[DATE_TIME|1993-02-14]]\"},\"bvn\":\"22184419073\"}}"),
    ("json", "{\"request_id\":\"c0ffee00-1234-4abc-9def-0123456789ab\",\"client\":{\"ip\":\"[[IP_ADDRESS|77.88.55.60]]\",\"email\":\"[[EMAIL_ADDRESS|sato.yui@docomo.ne.jp]]\"}}"),
    ("json", "{\"contact\":{\"tel\":\"[[PHONE_NUMBER|+44 20 7946 0321]]\",\"fax\":\"+44 20 7946 0322\"}}"),
    ("json", "{\"stats\":{\"p50_ms\":12.4,\"p99_ms\":184.2,\"count\":4821773,\"window\":\"2026-11-27T10:00:00Z/PT1H\"}}"),
    ("log", "Nov 27 10:01:22 mail postfix/smtpd[4411]: connect from unknown[[[IP_ADDRESS|91.198.174.192]]]"),
    ("log", "INFO  OrderService - order=ORD-77120 customer=[[EMAIL_ADDRESS|li.na@qq.com]] total=299.00 CNY"),
    ("log", "event=signup name=\"[[PERSON|Chidi Eze]]\" phone=[[PHONE_NUMBER|+2348031234567]] country=NG"),
    ("log", "2026-11-27 12:44:10 WARN retry 3 for job 5521-7730-1184 (queue=emails)"),
    ("mail", "Viele Grüße aus [[LOCATION|Hamburg]]\n[[PERSON|Sven Petersen]]\nMobil: [[PHONE_NUMBER|0152 2841 9930]]"),
    ("mail", "Bien cordialement,\n\n[[PERSON|Mathilde Rousseau]]\n[[PHONE_NUMBER|+33 6 12 45 78 90]]"),
    ("mail", "Atentamente,\n[[PERSON|Rocío Jiménez]]\nTfno. [[PHONE_NUMBER|954 21 88 03]]"),
    ("mail", "Z poważaniem\n[[PERSON|Paweł Nowicki]]\nkom. [[PHONE_NUMBER|601 234 877]]"),
    ("mail", "Cheers,\n[[PERSON|Nkechi Eze]]\nAccounts Payable\n[[PHONE_NUMBER|+234 802 441 9901]]"),
    ("chat", "[[PERSON|hiroshi]] pls send the deck 📊 before 5"),
    ("chat", "lmao [[PERSON|emeka]] u mad 😂😂"),
    ("chat", "dinner w/ [[PERSON|mehmet]] and [[PERSON|zeynep]] tonight 🍢"),
    ("chat", "call me at [[PHONE_NUMBER|+1 (646) 555-0143]] asap!!"),
    ("chat", "the promo code is SAVE20 and it ends friday 🛍️"),
    ("chat", "ok my new num [[PHONE_NUMBER|07412 558031]] 😊"),
    ("form", "Name of applicant: [[PERSON|Olufemi Adeleke]]\nNIN: 12345678901\nPhone: [[PHONE_NUMBER|0803 221 4470]]"),
    ("form", "Cognome e nome: [[PERSON|Russo Francesca]]\nCodice fiscale: [[IT_FISCAL_CODE|%%cf2%%]]"),
    ("form", "Nazwisko: [[PERSON|Lewandowska]]\nImię: [[PERSON|Magdalena]]\nPESEL: 90052812345"),
    ("ids", "TFN: [[AU_TFN|%%tfn%%]]  Medicare: [[AU_MEDICARE|%%medi%%]]"),
    ("ids", "NRIC No. [[SG_NRIC_FIN|%%nric%%]] / Mobile [[PHONE_NUMBER|8123 4567]]"),
    ("ids", "UK NI number [[UK_NINO|NH 48 21 77 C]] and NHS no [[UK_NHS|%%nhs2_sp%%]]"),
    ("ids", "SSN [[US_SSN|531 74 2086]] on file for [[PERSON|Maria Lopez]]"),
    ("ids", "Karte [[CREDIT_CARD|%%disc_dash%%]], IBAN [[IBAN_CODE|%%fr_iban_sp%%]]"),
    ("phone", "Tel: [[PHONE_NUMBER|+41 44 668 18 00]] / [[PHONE_NUMBER|+45 32 64 49 00]] / [[PHONE_NUMBER|+47 22 82 40 00]]"),
    ("phone", "Ruf mich an unter [[PHONE_NUMBER|0049 171 4829315]]"),
    ("phone", "Bel [[PHONE_NUMBER|+32 2 511 74 10]] of [[PHONE_NUMBER|+351 21 342 5500]]"),
    ("neg", "Bestellung 4500128834 vom 12.11.2026, Sendungsnummer 00340434161234567890"),
    ("neg", "Build 24.1.3.1092 (x64), checksum 5d41402abc4b2a76b9719d911017c592"),
    ("neg", "Article 17 GDPR, Section 2.3.1, page 44 of 120"),
    ("neg", "Coordinates 52.5200, 13.4050 — altitude 34 m"),
    ("neg", "EAN 4006381333931 · Art.-Nr. 1187-220 · 24,95 €"),
    ("neg", "Call center KPIs: 1,204 calls, avg 3:41 min, 97.2% answered"),

    # ---------------------------------------------------------------- tuning texts, second batch (dates, places)
    ("form", "Geburtsdatum: [[DATE_TIME|3. Mai 1985]]\nGeburtsort: [[LOCATION|Stuttgart]]"),
    ("form", "Date de naissance : [[DATE_TIME|12/07/1990]] à [[LOCATION|Bordeaux]]"),
    ("form", "DOB [[DATE_TIME|05-Jan-1982]] | MRN 448120 | Ward 7B"),
    ("chat", "my birthday is on [[DATE_TIME|march 3rd]] lol dont forget 🎂"),
    ("chat", "[[PERSON|sofia]] was born [[DATE_TIME|2 May 2019]] 👶 3.4kg"),
    ("mail", "[[PERSON|Henrik Larsen]] (f. [[DATE_TIME|14.02.1979]]) er ansat fra 1. januar."),
    ("json", "{\"person\":{\"name\":\"[[PERSON|Ana Costa]]\",\"data_nascimento\":\"[[DATE_TIME|1992-09-17]]\",\"cidade\":\"[[LOCATION|Porto]]\"}}"),
    ("csv", "name,birthday,city\n[[PERSON|Ravi Menon]],[[DATE_TIME|1988-12-01]],[[LOCATION|Chennai]]"),
    ("prose", "She moved to [[LOCATION|Rotterdam]] in 2015 and later to [[LOCATION|Ghent]]."),
    ("prose", "The workshop takes place at [[LOCATION|Hotel Adlon]], [[LOCATION|Unter den Linden 77, 10117 Berlin]]."),
    ("prose", "We drove from [[LOCATION|Kraków]] to [[LOCATION|Zakopane]] through the Tatra foothills."),
    ("mail", "Lieferung an: [[LOCATION|Schillerstraße 12, 04109 Leipzig]]"),
    ("mail", "Shipping address: [[LOCATION|221B Baker Street, London NW1 6XE]]"),
    ("mail", "Adresse : [[LOCATION|8 rue Sainte-Catherine, 33000 Bordeaux]]"),
    ("chat", "im in [[LOCATION|lagos]] till friday then [[LOCATION|abuja]]"),
    ("neg", "Release 2026-03-01, maintenance window 02:00–04:00 UTC, next review in April."),
    ("neg", "Paris Hilton and Jordan sneakers trended on Monday."),
    ("neg", "Delivery scheduled for 12/12/2026 between 8:00 and 12:00."),
    ("log", "2026-11-27T14:02:11Z INFO geo lookup ip=[[IP_ADDRESS|81.2.69.160]] country=GB city=[[LOCATION|London]]"),
    ("ids", "Passport: [[US_PASSPORT|X71204489]] · issued [[LOCATION|Houston]]"),
    ("ids", "Führerschein-Nr. [[US_DRIVER_LICENSE|B072RRE2I55]]"),
    ("phone", "Fax: [[PHONE_NUMBER|+49 30 8847 2299]]  Tel: [[PHONE_NUMBER|+49 30 8847 2210]]"),
    ("neg", "Order 4500128834-10, qty 12, unit 4,99 EUR, delivery 2026-12-03"),
    ("neg", "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),

]


def main(path, texts, prefix):
    write(path, texts, V, prefix)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "--tuned":
        main(sys.argv[1], TUNED, "handset19t")
    else:
        main(sys.argv[1], HONEST, "handset19")
