#!/usr/bin/env python3
"""Tenth-round check set for the PII detector, written by hand (no templates, no datafaker, no shared data).

  python3 aisec-data/tools/handset10.py aisec-data/src/test/resources/dev/aisec/data/pii/handset10.jsonl
  python3 aisec-data/tools/handset10.py OUT --second   # handset10b: written in the same sitting, run only after the fixes

Same format and labelling conventions as handset8.py (inline [[TYPE|value]] markup, %%name%% for values with check
digits, UTF-16 offsets). Emphasis of this set: log lines and stack traces, CSV rows with headers, JSON records,
e-mail headers and signatures, multilingual chats (de, fr, es, it, nl, pt) with emoji and lower-case names, street
addresses with house numbers and postcodes of several countries, and many look-alike negatives (order, invoice and
tracking numbers, versions, log timestamps, products, brand words such as Jordan, Apollo, Mercedes, months, historic
and release dates). Labels: PERSON = a person's name without title; LOCATION = a whole street address (house number
and postcode with city included) as one span, or a city/region/country; DATE_TIME = birth dates and dates of a named
person's medical or HR events only, never timestamps, release dates, historic dates or deadlines. Values with check
digits come from the generators in handset8.py (own code). Deterministic output.
"""
import sys

from handset_markup import write
from handset8 import card, iban, g4, grouped, nl_bsn, ca_sin, nhs, it_cf, es_dni, de_taxid, fr_nir, au_tfn

V = {
    "visa": card("455673010042218"), "mc": card("522214006731884"), "amex": card("34107730921005"),
    "visa2": card("401288810043771"),
    "de_iban": iban("DE", "370400440532013000"), "fr_iban": iban("FR", "20041010050500013M02606"),
    "es_iban": iban("ES", "21000418450200051332"), "it_iban": iban("IT", "X0542811101000000123456"),
    "nl_iban": iban("NL", "RABO0300065264"), "pt_iban": iban("PT", "000201231234567890154"),
    "gb_iban": iban("GB", "NWBK60161331926819"),
    "bsn": nl_bsn("23456781"), "sin": ca_sin("04619833"), "nhs": nhs("943476591"),
    "cf": it_cf("VRDLCU84C12F839"), "dni": es_dni("40512873"), "de_tax": de_taxid("2841763592"),
    "fr_nir": fr_nir("2870592115213"), "tfn": au_tfn("87612405"),
}
V["visa_sp"] = g4(V["visa"])
V["mc_dash"] = g4(V["mc"], "-")
V["amex_sp"] = grouped(V["amex"], [4, 6, 5])
for k in ["de_iban", "fr_iban", "es_iban", "it_iban", "nl_iban", "pt_iban", "gb_iban"]:
    V[k + "_sp"] = g4(V[k])
V["nhs_sp"] = grouped(V["nhs"], [3, 3, 4])

TEXTS = [
    # ---------------------------------------------------------------- log lines and stack traces
    ("log", "2025-04-02 11:04:53,118 ERROR [http-nio-8080-exec-7] c.a.billing.InvoiceService - failed to send invoice INV-2025-04417 to [[EMAIL_ADDRESS|h.vanderberg@kpnmail.nl]]"),
    ("log", "2025-04-02T11:05:10.442Z INFO  auth.LoginHandler user=[[EMAIL_ADDRESS|m.rossi@fastwebnet.it]] ip=[[IP_ADDRESS|203.0.113.58]] result=OK latency_ms=41"),
    ("log", "Apr  2 11:06:21 db-01 postgres[3141]: [3-1] LOG:  checkpoint complete: wrote 1204 buffers (7.3%); 0 WAL file(s) added"),
    ("log", "java.lang.IllegalStateException: order 7731-2209 already shipped\n\tat com.shop.orders.OrderService.cancel(OrderService.java:212)\n\tat com.shop.api.OrderController.delete(OrderController.java:88)\n\tat java.base/java.lang.Thread.run(Thread.java:840)"),
    ("log", "Traceback (most recent call last):\n  File \"/srv/app/jobs/export.py\", line 57, in run\n    send(row[\"email\"])\nKeyError: 'email'"),
    ("log", "WARN  2025-04-02 11:07:00 RetryPolicy - attempt 3/5 for job 8841220 (tenant 17, region eu-west-1)"),
    ("log", "[2025-04-02 11:08:13] production.ERROR: Payment declined for customer [[PERSON|Rachel Whitfield]] (card ending 4471) {\"order\":\"A-100234\"}"),
    ("log", "Apr 02 11:09:44 vpn-gw charon[912]: 09[IKE] [[IP_ADDRESS|198.51.100.142]] is initiating a Main Mode IKE_SA"),
    ("log", "2025/04/02 11:10:05 [error] 2211#2211: *88213 connect() failed (111: Connection refused) while connecting to upstream, client: [[IP_ADDRESS|192.0.2.210]], server: api.example.com"),
    ("log", "DEBUG 2025-04-02 11:11:31.907 [scheduler-2] CacheWarmer - loaded 18244 keys in 1.204 s, heap 512M/2048M"),
    ("log", "kernel: [1843211.334] e1000e 0000:00:19.0 eth0: NIC Link is Up 1000 Mbps Full Duplex, MAC [[MAC_ADDRESS|3c:97:0e:8a:21:f4]]"),
    ("log", "2025-04-02 11:12:44 INFO  SignupService - new account id=5512094 name=\"[[PERSON|Bogdan Ionescu]]\" phone=[[PHONE_NUMBER|+40 721 555 014]]"),
    ("log", "at org.apache.kafka.clients.NetworkClient.poll(NetworkClient.java:594)\nCaused by: java.net.SocketTimeoutException: Read timed out after 30000 ms (broker 3, partition 11, offset 8841227)"),
    ("log", "E0402 11:13:02.551  1 reflector.go:138] failed to list *v1.Pod: dial tcp [[IP_ADDRESS|10.96.0.1]]:443: i/o timeout"),
    ("log", "2025-04-02 11:14:19 WARN  Deprecated config key 'smtp.host' used; will be removed in 5.0.0 (released 2025-06-30)"),
    ("log", "audit: user=lmartins action=DELETE resource=/projects/4471/files/report_2024_Q4.xlsx status=204"),
    ("log", "2025-04-02 11:15:40 ERROR MailSender - 550 5.1.1 <[[EMAIL_ADDRESS|julien.marchetti@orange.fr]]>: Recipient address rejected"),
    ("log", "INFO  [2025-04-02 11:16:02] Build #2291 finished: SUCCESS (commit 9f3c2ab, 4 min 12 s, artifacts 38.4 MB)"),
    ("log", "2025-04-02 11:17:55 INFO  GeoIP lookup ip=[[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]] country=DE city=[[LOCATION|Frankfurt am Main]]"),
    ("log", "FATAL 2025-04-02 11:18:31 Jordan-Worker-3 OutOfMemoryError: Java heap space (Xmx 4g), dumping to /tmp/heap-4471.hprof"),
    ("log", "2025-04-02 11:19:07 INFO  apollo.config - refreshed namespace application, release key 20250402111907-1f7a"),
    # ---------------------------------------------------------------- CSV with headers
    ("csv", "id,first_name,last_name,email,city\n1041,[[PERSON|Hannah]],[[PERSON|Lindgren]],[[EMAIL_ADDRESS|hannah.lindgren@telia.se]],[[LOCATION|Uppsala]]\n1042,[[PERSON|Mateus]],[[PERSON|Carvalho]],[[EMAIL_ADDRESS|mateus.c@sapo.pt]],[[LOCATION|Porto]]"),
    ("csv", "order_id,sku,qty,unit_price,created_at\n100482,JRD-1-RETRO-42,1,189.99,2025-03-30T18:22:10Z\n100483,APL-13-PRO,2,1099.00,2025-03-30T18:25:44Z"),
    ("csv", "name;telefon;plz;ort\n[[PERSON|Jürgen Baumann]];[[PHONE_NUMBER|0711 2648 8130]];[[LOCATION|70173 Stuttgart]]\n[[PERSON|Sabine Krüger]];[[PHONE_NUMBER|0351 4871 220]];[[LOCATION|01067 Dresden]]"),
    ("csv", "invoice,date,amount,currency,status\nINV-2025-0091,2025-01-31,1250.00,EUR,paid\nINV-2025-0092,2025-02-28,980.50,EUR,open"),
    ("csv", "employee_id,full_name,birth_date,iban\nE-0071,[[PERSON|Lucía Navarro]],[[DATE_TIME|1988-10-14]],[[IBAN_CODE|%%es_iban%%]]"),
    ("csv", "version,release_date,codename\n3.2.0,2024-11-05,Apollo\n3.3.0,2025-02-18,Mercury\n3.4.0,2025-05-06,Jordan"),
    ("csv", "\"Name\",\"Address\",\"Phone\"\n\"[[PERSON|Oliver Grant]]\",\"[[LOCATION|14 Queen Street, Cardiff CF10 2BU]]\",\"[[PHONE_NUMBER|029 2018 0441]]\""),
    ("csv", "tracking_number,carrier,weight_kg\n1Z4A71W90342118851,UPS,2.4\nJD014600006281437700,DHL,0.8"),
    ("csv", "nom,prénom,ville,téléphone\n[[PERSON|Girard]],[[PERSON|Manon]],[[LOCATION|Toulouse]],[[PHONE_NUMBER|06 71 24 83 19]]"),
    ("csv", "user,ip,last_login\n[[EMAIL_ADDRESS|a.kowalski@firma.pl]],[[IP_ADDRESS|172.16.4.21]],2025-03-31 22:10\n[[EMAIL_ADDRESS|t.nowak@firma.pl]],[[IP_ADDRESS|172.16.4.37]],2025-04-01 07:55"),
    ("csv", "product,month,units\nMercedes-Benz C-Class,January,412\nJordan 1 Mid,February,1930\nApollo Lamp,March,77"),
    ("csv", "card_holder,card_number,exp\n[[PERSON|Nathaniel Brooks]],[[CREDIT_CARD|%%visa_sp%%]],09/27"),
    ("csv", "naam,straat,postcode,plaats\n[[PERSON|Sanne de Wit]],[[LOCATION|Lange Voorhout 9]],[[LOCATION|2514 EA]],[[LOCATION|Den Haag]]"),
    # ---------------------------------------------------------------- JSON records
    ("json", "{\"id\": 88213, \"name\": \"[[PERSON|Kwame Mensah]]\", \"email\": \"[[EMAIL_ADDRESS|kwame.mensah@gmail.com]]\", \"created\": \"2025-03-12T10:44:00Z\"}"),
    ("json", "{\"order\": \"ORD-2025-118842\", \"items\": [{\"sku\": \"AIR-JORDAN-4\", \"qty\": 1}], \"total\": 219.0, \"status\": \"shipped\"}"),
    ("json", "{\"customer\": {\"firstName\": \"[[PERSON|Ingrid]]\", \"lastName\": \"[[PERSON|Solberg]]\", \"phone\": \"[[PHONE_NUMBER|+47 412 38 905]]\"}, \"address\": {\"street\": \"[[LOCATION|Karl Johans gate 22]]\", \"zip\": \"[[LOCATION|0159]]\", \"city\": \"[[LOCATION|Oslo]]\"}}"),
    ("json", "{\"event\": \"login_failed\", \"user\": \"[[EMAIL_ADDRESS|d.okonkwo@outlook.com]]\", \"ip\": \"[[IP_ADDRESS|198.51.100.9]]\", \"ts\": 1743590400, \"attempt\": 4}"),
    ("json", "{\"version\": \"2.14.1\", \"build\": 4471, \"released\": \"2025-03-28\", \"name\": \"Apollo\", \"checksum\": \"sha256:9f86d081884c7d659a2feaa0c55ad015\"}"),
    ("json", "{\"patient\": \"[[PERSON|Margarethe Vogel]]\", \"dob\": \"[[DATE_TIME|1949-06-21]]\", \"ward\": \"B4\", \"admitted\": \"[[DATE_TIME|2025-03-30]]\"}"),
    ("json", "{\"payment\": {\"iban\": \"[[IBAN_CODE|%%nl_iban%%]]\", \"holder\": \"[[PERSON|Pieter Bakker]]\", \"reference\": \"Factuur 2025-0417\"}}"),
    ("json", "{\"level\":\"error\",\"msg\":\"card rejected\",\"card\":\"[[CREDIT_CARD|%%mc%%]]\",\"merchant\":\"Mercedes Shop\",\"amount\":59.9}"),
    ("json", "{\"shipment\": \"JJD0001234567890\", \"eta\": \"2025-04-05\", \"weight\": \"1.2 kg\", \"depot\": \"Hub 7\"}"),
    ("json", "{\"author\": \"[[PERSON|Chiara Esposito]]\", \"message\": \"fix NPE in parser (#4412)\", \"date\": \"2025-03-31T09:12:44+02:00\"}"),
    ("json", "{\"contact\": {\"name\": \"[[PERSON|Rui Figueiredo]]\", \"morada\": \"[[LOCATION|Rua Augusta 120, 1100-053 Lisboa]]\", \"nif\": \"pending\"}}"),
    ("json", "{\"ssn\": \"[[US_SSN|274-61-9038]]\", \"name\": \"[[PERSON|Tyrone Ellis]]\", \"state\": \"[[LOCATION|Ohio]]\"}"),
    # ---------------------------------------------------------------- e-mail headers and signatures
    ("email", "From: [[PERSON|Annelies Peeters]] <[[EMAIL_ADDRESS|annelies.peeters@telenet.be]]>\nTo: [[EMAIL_ADDRESS|support@shop.example]]\nDate: Tue, 1 Apr 2025 14:02:11 +0200\nSubject: Bestelling 2025-88120 niet ontvangen"),
    ("email", "Received: from mail-ej1-f54.google.com ([[IP_ADDRESS|209.85.218.54]]) by mx.example.org with ESMTPS id 4471\nMessage-ID: <CAF7x9+2025040114@mail.gmail.com>"),
    ("email", "Best regards,\n\n[[PERSON|Eleanor Whitaker]]\nHead of Partnerships\nApollo Ventures Ltd\n[[LOCATION|221B Baker Street, London NW1 6XE]]\n[[PHONE_NUMBER|+44 20 7946 0321]]"),
    ("email", "Mit freundlichen Grüßen\n\nDr. [[PERSON|Annika Bergmann]]\nFachärztin für Allgemeinmedizin\n[[LOCATION|Schillerstraße 27, 10625 Berlin]]\nTel. [[PHONE_NUMBER|030 3127 4480]]"),
    ("email", "Cordialement,\n\n[[PERSON|Thibault Marchand]]\nDirecteur commercial — Groupe Apollon\n[[LOCATION|12 avenue Jean Jaurès, 31000 Toulouse]]\n[[PHONE_NUMBER|+33 5 61 22 48 90]]"),
    ("email", "Un saludo,\n\n[[PERSON|Álvaro Ruiz]]\nJefe de proyecto\n[[LOCATION|Paseo de la Castellana 95, 28046 Madrid]]"),
    ("email", "Cordiali saluti\n[[PERSON|Simona Greco]]\nUfficio acquisti\n[[LOCATION|Via dei Mille 14, 80121 Napoli]]\nTel. [[PHONE_NUMBER|081 764 3310]]"),
    ("email", "Met vriendelijke groet,\n\n[[PERSON|Sanne de Wit]]\nAccountmanager\n[[LOCATION|Stationsplein 45, 3511 ED Utrecht]]"),
    ("email", "Com os melhores cumprimentos,\n[[PERSON|Inês Carvalho]]\n[[LOCATION|Avenida da Liberdade 110, 1250-146 Lisboa]]\n[[PHONE_NUMBER|+351 912 345 678]]"),
    ("email", "-- \n[[PERSON|Dominic Farrell]] | Solutions Architect\nm: [[PHONE_NUMBER|+353 87 123 4567]] | w: [[URL|https://www.farrell-consulting.ie]]"),
    ("email", "On Mon, 31 Mar 2025 at 17:45, [[PERSON|Leon Hartmann]] <[[EMAIL_ADDRESS|leon.hartmann@web.de]]> wrote:\n> Passt, dann am Donnerstag."),
    ("email", "Subject: Your order #304-5512098-4471 has shipped\n\nHi there, your Jordan Max Aura 5 is on its way. Tracking: 9261290100830112346721. Expected: April 4."),
    ("email", "Subject: Apollo 3.0 release notes\n\nApollo 3.0 was released on 12 March 2025. Upgrade from 2.x before 30 June 2025, when 2.x reaches end of life."),
    ("email", "Reply-To: [[EMAIL_ADDRESS|noreply+4471@billing.example.com]]\nX-Mailer: Microsoft Outlook 16.0\nX-Originating-IP: [[[IP_ADDRESS|198.51.100.77]]]"),
    ("email", "Hi [[PERSON|Jordan]],\n\nthanks for the call. I'll send the contract to [[LOCATION|12 Harcourt Street, Dublin 2, D02 FK91]] tomorrow.\n\n[[PERSON|Aoife]]"),
    ("email", "Saludos,\n[[PERSON|Mercedes Vidal]]\nResponsable de RR.HH.\n[[PHONE_NUMBER|+34 612 345 678]]"),
    # ---------------------------------------------------------------- multilingual chats with emoji, lower-case names
    ("chat", "hab grad mit [[PERSON|jonas]] telefoniert 📞 er kommt um 8"),
    ("chat", "[[PERSON|lena]] und [[PERSON|tim]] sind schon da 🎉 wo bleibst du?"),
    ("chat", "frag mal [[PERSON|sophie]] ob sie noch den schlüssel hat 🔑"),
    ("chat", "t'as vu [[PERSON|camille]] ce matin ? 😅 elle cherchait son badge"),
    ("chat", "on mange chez [[PERSON|hugo]] samedi, apporte du vin 🍷"),
    ("chat", "j'ai appelé [[PERSON|léa]] au [[PHONE_NUMBER|06 12 48 73 95]], pas de réponse"),
    ("chat", "oye [[PERSON|pablo]] ya llegaste a [[LOCATION|valencia]]? 🌞"),
    ("chat", "mañana quedo con [[PERSON|lucía]] y [[PERSON|diego]] para el cine 🍿"),
    ("chat", "la tienda cierra a las 9, date prisa 🏃"),
    ("chat", "ho visto [[PERSON|matteo]] al bar, ti saluta 👋"),
    ("chat", "domani vado da [[PERSON|giulia]] a [[LOCATION|torino]] 🚆"),
    ("chat", "il negozio chiude alle 19:30, ci vediamo dopo"),
    ("chat", "ik zie [[PERSON|sanne]] morgen in [[LOCATION|utrecht]] 😊"),
    ("chat", "onze winkel is zondag dicht, sorry!"),
    ("chat", "heb je [[PERSON|daan]] al gebeld? zijn nummer is [[PHONE_NUMBER|06 41278803]]"),
    ("chat", "falei com a [[PERSON|beatriz]] ontem, ela chega sexta 🙌"),
    ("chat", "o [[PERSON|joão]] mandou mensagem, tá em [[LOCATION|lisboa]] 🇵🇹"),
    ("chat", "a loja fecha às 20h hoje, vamos amanhã?"),
    ("chat", "[[PERSON|nils]]: deploy done ✅\n[[PERSON|ana]]: 🙏 thx"),
    ("chat", "lol [[PERSON|kevin]] forgot his laptop AGAIN 😂"),
    ("chat", "just bought the Jordan 4s for 210 bucks 👟🔥"),
    ("chat", "apollo is down again, the deploy broke it 😩"),
    ("chat", "the new Mercedes EQS is sick 🚗 but 100k lol"),
    ("chat", "meeting moved to march 12, same room"),
    ("chat", "bday party for [[PERSON|amelia]] on friday!! 🎈 bring snacks"),
    ("chat", "[[PERSON|marco]] ha detto che il volo è alle 6:40 ✈️"),
    ("chat", "schick mir die IBAN nochmal pls: [[IBAN_CODE|%%de_iban_sp%%]] war falsch?"),
    ("chat", "wer ist eigentlich dieser mario? 🤔 kenn ich nicht"),
    ("chat", "yo [[PERSON|aleks]] text me at [[PHONE_NUMBER|+1 415 555 0187]] when ur here"),
    ("chat", "jajaja [[PERSON|sofía]] se quedó dormida otra vez 😴"),
    # ---------------------------------------------------------------- addresses of several countries
    ("addr", "Please send it to [[LOCATION|1600 Amphitheatre Parkway, Mountain View, CA 94043]]."),
    ("addr", "Lieferadresse: [[LOCATION|Hauptstraße 5a, 69117 Heidelberg]]"),
    ("addr", "Adresse de livraison : [[LOCATION|27 boulevard Haussmann, 75009 Paris]]"),
    ("addr", "Dirección: [[LOCATION|Calle de Alcalá 221, 28028 Madrid]]"),
    ("addr", "Indirizzo: [[LOCATION|Via Roma 12, 90133 Palermo]]"),
    ("addr", "Afleveradres: [[LOCATION|Kalverstraat 92, 1012 PH Amsterdam]]"),
    ("addr", "Morada: [[LOCATION|Rua de Santa Catarina 312, 4000-447 Porto]]"),
    ("addr", "Ship to: [[LOCATION|10 Downing Street, London SW1A 2AA]]"),
    ("addr", "The museum is at [[LOCATION|221B Baker Street]], [[LOCATION|London]]."),
    ("addr", "Wohnhaft in der [[LOCATION|Kastanienallee 12]], [[LOCATION|10435 Berlin]]."),
    ("addr", "Our Vienna office: [[LOCATION|Mariahilfer Straße 77, 1060 Wien]]"),
    ("addr", "Adresse: [[LOCATION|Bahnhofstrasse 21, 8001 Zürich]]"),
    ("addr", "Mailing address: [[LOCATION|350 Bay Street, Suite 700, Toronto, ON M5H 2S6]]"),
    ("addr", "Office: [[LOCATION|Level 5, 88 George Street, Sydney NSW 2000]]"),
    ("addr", "Adres: [[LOCATION|ul. Floriańska 15, 31-019 Kraków]]"),
    # ---------------------------------------------------------------- personal notes, people in prose
    ("note", "Ärztin Dr. [[PERSON|Keller]] hat die Überweisung ausgestellt."),
    ("note", "Patientin [[PERSON|Hildegard Brenner]], geb. [[DATE_TIME|04.03.1941]], wurde am [[DATE_TIME|28.03.2025]] aufgenommen."),
    ("note", "[[PERSON|Michael Jordan]] visited the plant in [[LOCATION|Chicago]] last week."),
    ("note", "Our new intern, [[PERSON|Apollonia Kruger]], starts on Monday."),
    ("note", "[[PERSON|Mercedes García]] firmó el contrato ayer en [[LOCATION|Bilbao]]."),
    ("note", "Meeting notes: [[PERSON|Priya Natarajan]] to follow up with legal; [[PERSON|Tomás Herrera]] owns the budget."),
    ("note", "Contact person: [[PERSON|Femke van Dijk]], [[EMAIL_ADDRESS|femke.vandijk@ziggo.nl]]"),
    ("note", "Aanwezig: [[PERSON|Sanne de Wit]], [[PERSON|Bram Visser]], [[PERSON|Noor el Amrani]]"),
    ("note", "Employee [[PERSON|Greta Lindholm]] was hired on [[DATE_TIME|3 February 2020]] and is on leave until May."),
    ("note", "Paid with [[CREDIT_CARD|%%amex_sp%%]] by [[PERSON|Harold Finch]], receipt 4471-0098."),
    ("note", "Überweisung an [[PERSON|Klaus Richter]], IBAN [[IBAN_CODE|%%de_iban%%]], Verwendungszweck Rechnung 2025-114."),
    ("note", "Bonifico a [[PERSON|Paolo Conti]], IBAN [[IBAN_CODE|%%it_iban_sp%%]]."),
    ("note", "Transferência para [[IBAN_CODE|%%pt_iban_sp%%]] em nome de [[PERSON|Marta Sousa]]."),
    ("note", "Codice fiscale del cliente: [[IT_FISCAL_CODE|%%cf%%]]"),
    ("note", "DNI del titular: [[ES_NIF|%%dni%%]]"),
    ("note", "Burgerservicenummer: [[NL_BSN|%%bsn%%]]"),
    ("note", "NHS number [[UK_NHS|%%nhs_sp%%]] for [[PERSON|Gareth Pryce]]"),
    ("note", "SIN [[CA_SIN|%%sin%%]] on file for the employee."),
    ("note", "Card [[CREDIT_CARD|%%mc_dash%%]] expires 11/26."),
    ("note", "Wire to [[IBAN_CODE|%%gb_iban_sp%%]] (Ref: Q1 bonus)."),
    ("note", "Server [[IP_ADDRESS|10.0.12.7]] and gateway [[IP_ADDRESS|10.0.12.1]] need patching."),
    ("note", "API key: [[API_KEY|sk_live_51Hx9QbT2mVw8KpL3rN7yZ4c]]"),
    ("note", "aws_access_key_id = [[API_KEY|AKIAZ7Q4WXR2M5TB9KEH]]"),
    # ---------------------------------------------------------------- look-alike negatives
    ("neg", "Order #114-7782231-5590021 was delivered on 2 April 2025."),
    ("neg", "Invoice 2025/04417 dated 31.03.2025, due 30.04.2025, total 1.249,00 €."),
    ("neg", "Tracking number 1Z999AA10123456784, estimated delivery Friday."),
    ("neg", "Upgrade to version 10.4.12 (build 20250401.3) before April 30."),
    ("neg", "The Jordan Brand Classic 2025 takes place in April."),
    ("neg", "Apollo 11 landed on the Moon on 20 July 1969."),
    ("neg", "Mercedes-Benz unveiled the new CLA at the show in March 2025."),
    ("neg", "The Berlin Wall fell on 9 November 1989."),
    ("neg", "iOS 18.4 was released on 31 March 2025 with new emoji."),
    ("neg", "The Treaty of Rome was signed on 25 March 1957."),
    ("neg", "Sprint 42 runs from April 7 to April 18; retro on the 18th."),
    ("neg", "Q1 2025 revenue: €4.2M, up 12% YoY; EBITDA margin 18.4%."),
    ("neg", "Flight LH 2231 departs 07:45 from gate B44, seat 12F."),
    ("neg", "Ticket JIRA-4471 moved to Done by the release bot."),
    ("neg", "SKU 8712345678906, EAN 4006381333931, lot 2025-03-B."),
    ("neg", "Der Kühlschrank Bosch KGN39VIEA kostet 899 € bis Ende Mai."),
    ("neg", "Lieferung voraussichtlich am 04.04.2025, Sendungsnummer 00340434161094042557."),
    ("neg", "Commande n° 2025-118842 expédiée le 1er avril, colis 6A12345678902."),
    ("neg", "Pedido 4471-2025 enviado el 2 de abril; factura F-2025-0088."),
    ("neg", "Ordine 88213 spedito il 3 aprile, fattura n. 2025/417."),
    ("neg", "Bestelling 2025-88120 is op 2 april verzonden, factuurnummer 4471."),
    ("neg", "Encomenda 4471 enviada a 2 de abril, fatura FT 2025/118."),
    ("neg", "Napoleon was crowned emperor on 2 December 1804."),
    ("neg", "Windows 11 24H2, build 26100.3476, KB5053598 installed."),
    ("neg", "git tag v2.8.0-rc.1 && git push origin v2.8.0-rc.1"),
    ("neg", "docker pull postgres:16.2-alpine3.19"),
    ("neg", "Call-center hours: Mon–Fri 08:00–18:00, Sat 09:00–13:00."),
    ("neg", "Room 4.12, building C, floor 4 — badge required."),
    ("neg", "The Apollo theatre in Harlem reopens in June."),
    ("neg", "May was warm; June and July were dry."),
    ("neg", "UUID 3f2b8c1e-7a44-4d1b-9c0e-5a6f7e8d9b01 assigned to job 4471."),
    ("neg", "Price: $1,299.99 (was $1,499.99); save 13%."),
    ("neg", "Air Jordan 1 Retro High OG 'Chicago' — size 44, 179,99 €."),
    ("neg", "Kernel 6.8.0-57-generic #59-Ubuntu SMP PREEMPT_DYNAMIC Sat Mar 15 2025"),
    ("neg", "Coordinates 52.5200, 13.4050; altitude 34 m."),
]

SECOND = [
    # written in the same sitting as TEXTS, before any fix; scored only after the fixes
    ("s10b", "2025-04-03 09:12:44 ERROR [worker-4] NotificationService - SMS to [[PHONE_NUMBER|+49 151 2384 7712]] failed (code 21614)"),
    ("s10b", "2025-04-03T09:13:10Z INFO user_created id=77120 email=[[EMAIL_ADDRESS|ruth.adeyemi@yahoo.co.uk]]"),
    ("s10b", "Apr  3 09:14:02 fw01 kernel: DROP IN=eth1 SRC=[[IP_ADDRESS|203.0.113.201]] DST=[[IP_ADDRESS|10.1.1.5]] PROTO=TCP DPT=22"),
    ("s10b", "at com.acme.pay.CardService.charge(CardService.java:141)\nCaused by: DeclinedException: order 2025-77120 declined"),
    ("s10b", "id,name,postcode,city\n7,[[PERSON|Wiebke Hansen]],[[LOCATION|24103 Kiel]]\n8,[[PERSON|Ole Petersen]],[[LOCATION|25746 Heide]]"),
    ("s10b", "sku,name,launch\nJ-11,Jordan 11 Retro,2025-12-13\nA-7,Apollo Desk,2025-09-01"),
    ("s10b", "{\"name\": \"[[PERSON|Zofia Mazur]]\", \"phone\": \"[[PHONE_NUMBER|+48 512 334 781]]\", \"city\": \"[[LOCATION|Gdańsk]]\"}"),
    ("s10b", "{\"order_id\": 558812, \"tracking\": \"1Z12345E0205271688\", \"shipped\": \"2025-04-01\"}"),
    ("s10b", "Freundliche Grüße\n[[PERSON|Moritz Engel]]\n[[LOCATION|Königsallee 60, 40212 Düsseldorf]]"),
    ("s10b", "Bien à vous,\n[[PERSON|Capucine Roux]]\n[[LOCATION|8 rue Sainte-Catherine, 33000 Bordeaux]]"),
    ("s10b", "Atentamente,\n[[PERSON|Iratxe Etxeberria]]\n[[LOCATION|Gran Vía 45, 48011 Bilbao]]"),
    ("s10b", "Distinti saluti,\n[[PERSON|Lorenzo Fabbri]]\n[[LOCATION|Via Indipendenza 8, 40121 Bologna]]"),
    ("s10b", "Groetjes,\n[[PERSON|Lieke Smit]]\n[[LOCATION|Grote Markt 3, 9711 LV Groningen]]"),
    ("s10b", "Abraço,\n[[PERSON|Tiago Mendes]]\n[[LOCATION|Rua do Carmo 45, 1200-093 Lisboa]]"),
    ("s10b", "heute abend bei [[PERSON|felix]]? 🍕"),
    ("s10b", "[[PERSON|chloé]] arrive demain à [[LOCATION|lyon]] 🚄"),
    ("s10b", "he hablado con [[PERSON|marta]], todo bien 👍"),
    ("s10b", "[[PERSON|luca]] mi ha scritto, arriva alle 10"),
    ("s10b", "ik bel [[PERSON|femke]] straks even 📱"),
    ("s10b", "a [[PERSON|carolina]] já chegou? 🤗"),
    ("s10b", "the store closes at 9, hurry 🏃‍♀️"),
    ("s10b", "Jordan 5 Retro drops on April 12 💥"),
    ("s10b", "Mercedes F1 finished P2 in Melbourne."),
    ("s10b", "The Apollo 13 mission launched on 11 April 1970."),
    ("s10b", "Release 4.1.0 is scheduled for 15 May 2025."),
    ("s10b", "Invoice INV-77120, order 2025-5512, tracking JJD014600003912."),
    ("s10b", "Born on [[DATE_TIME|12 May 1990]] in [[LOCATION|Cork]], [[PERSON|Ciara Doyle]] moved to [[LOCATION|Boston]]."),
    ("s10b", "Card [[CREDIT_CARD|%%visa2%%]] declined for [[PERSON|Samuel Okoro]]."),
    ("s10b", "IBAN: [[IBAN_CODE|%%fr_iban_sp%%]]"),
    ("s10b", "Steuer-ID [[DE_TAX_ID|%%de_tax%%]], NIR [[FR_NIR|%%fr_nir%%]], TFN [[AU_TFN|%%tfn%%]]"),
    ("s10b", "SSN [[US_SSN|601-24-7789]], phone [[PHONE_NUMBER|(312) 555-0147]]"),
    ("s10b", "Ship to [[LOCATION|742 Evergreen Terrace, Springfield, OR 97403]]"),
    ("s10b", "Visit us: [[LOCATION|Karlsplatz 4, 1010 Wien]] or [[URL|https://www.example.at/kontakt]]"),
    ("s10b", "[[PERSON|ahmed]]: running late 🚌\n[[PERSON|julia]]: np"),
    ("s10b", "Jordan Peterson's book came out in January 2018."),
    ("s10b", "Version 3.2.1 (2025-03-30) fixes CVE-2025-1234."),
    ("s10b", "MAC [[MAC_ADDRESS|a4:5e:60:d2:91:0b]] assigned to [[IP_ADDRESS|192.168.1.44]]"),
    ("s10b", "Contact: [[PERSON|Willem de Vries]], [[PHONE_NUMBER|+31 20 555 0123]]"),
    ("s10b", "oggi pranzo con [[PERSON|francesca]] e [[PERSON|giorgio]] 🍝"),
    ("s10b", "Dr. [[PERSON|Nkechi Obi]] reviewed the scan on [[DATE_TIME|2 April 2025]] for patient [[PERSON|Dele Ade]]."),
]


def main(path, texts, prefix):
    write(path, texts, V, prefix)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[2] == "--second":
        main(sys.argv[1], SECOND, "handset10b")
    else:
        main(sys.argv[1], TEXTS, "handset10")
