package dev.aisec.data.pii.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The word lists behind PERSON and LOCATION: first names, last names, places (built from datafaker's locale files by
 * {@code aisec-data/tools/build_gazetteer.py}), common words (same source plus hand-written lists below) that a
 * lower-case or sentence-initial token must not be, and cue words. Loaded once, immutable, thread-safe.
 */
public final class Gazetteer {

  public final WordSet first;
  public final WordSet last;
  public final WordSet place;
  public final WordSet common;
  /** Function words and hand-picked common words: never a name on their own, whatever the case. */
  public final WordSet stop;
  /** Words never tagged as names even when capitalised: months, weekdays, products, brands, UI words. */
  public final WordSet never;
  /** Organisation words. */
  public final WordSet org;
  /** Character n-gram model of name-likeness, trained on the lists above at load time. */
  public final NameModel nameModel;
  /** common, first, last, place, stop and never in one table: bits {@link #T_COMMON} ... {@link #T_NEVER}. */
  public final WordSet tagged;
  public static final int T_COMMON = 1;
  public static final int T_FIRST = 2;
  public static final int T_LAST = 4;
  public static final int T_PLACE = 8;
  public static final int T_STOP = 16;
  public static final int T_NEVER = 32;
  /**
   * Ordinary English words (lower-case entries of a spelling dictionary, {@code english.txt.gz}, built by
   * {@code aisec-data/tools/build_english.py}); used only by the PERSON tagger, never on the scan's hot path.
   */
  public final WordSet english;
  /** The longest place entry in words. */
  public final int maxPlaceWords;

  private static volatile Gazetteer instance;

  public static Gazetteer get() {
    Gazetteer g = instance;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = instance;
        if (g == null) {
          g = load();
          instance = g;
        }
      }
    }
    return g;
  }

  private Gazetteer(Map<String, List<String>> sections) {
    List<String> commonWords = new ArrayList<>(sections.getOrDefault("common", List.of()));
    commonWords.addAll(Arrays.asList(EXTRA_COMMON.split("\\s+")));
    commonWords.addAll(Arrays.asList(STOP.split("\\s+")));
    commonWords.addAll(Arrays.asList(MORE_STOP.split("\\s+")));
    commonWords.addAll(Arrays.asList(FUNCTION_WORDS.trim().split("\\s+")));
    List<String> stopWords = new ArrayList<>(Arrays.asList(STOP.split("\\s+")));
    stopWords.addAll(Arrays.asList(EXTRA_COMMON.split("\\s+")));
    stopWords.addAll(Arrays.asList(MORE_STOP.split("\\s+")));
    stopWords.addAll(Arrays.asList(FUNCTION_WORDS.trim().split("\\s+")));
    this.stop = new WordSet(stopWords);
    List<String> neverWords = new ArrayList<>(Arrays.asList(NEVER.split("\\s+")));
    List<String> firsts = new ArrayList<>(sections.getOrDefault("first", List.of()));
    firsts.addAll(Arrays.asList(EXTRA_FIRST.split("\\s+")));
    List<String> places = new ArrayList<>(sections.getOrDefault("place", List.of()));
    places.addAll(Arrays.asList(EXTRA_PLACES.split(",")).stream().map(String::trim).toList());
    // round 19: romanised names of the build script's hand-written lists ("first-extra", "last-extra") are listed
    // names but do not train the spelling model, so its evidence on every other word stays as it was
    List<String> allFirsts = new ArrayList<>(firsts);
    allFirsts.addAll(sections.getOrDefault("first-extra", List.of()));
    List<String> allLasts = new ArrayList<>(sections.getOrDefault("last", List.of()));
    allLasts.addAll(sections.getOrDefault("last-extra", List.of()));
    this.first = new WordSet(allFirsts);
    this.last = new WordSet(allLasts);
    this.place = new WordSet(places);
    this.common = new WordSet(commonWords);
    this.never = new WordSet(neverWords);
    this.tagged = WordSet.union(common, first, last, place, stop, never);
    this.org = new WordSet(Arrays.asList(ORG_WORDS.split("\\s+")));
    List<String> names = new ArrayList<>(firsts);
    names.addAll(sections.getOrDefault("last", List.of()));
    List<String> others = new ArrayList<>(commonWords);
    others.addAll(places);
    this.nameModel = new NameModel(names, others);
    int mx = 1;
    for (String p : places) {
      int w = p.split(" ").length;
      mx = Math.max(mx, Math.min(4, w));
    }
    this.maxPlaceWords = mx;
    this.english = new WordSet(readLines("/dev/aisec/data/pii/english.txt.gz"));
  }

  private static List<String> readLines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        return out;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isEmpty()) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }

  private static Gazetteer load() {
    Map<String, List<String>> sections = new HashMap<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream("/dev/aisec/data/pii/gazetteer.txt.gz")) {
      if (in == null) {
        throw new IllegalStateException("gazetteer resource missing from the aisec-data jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      String line;
      List<String> cur = null;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          cur = sections.computeIfAbsent(line.substring(1), k -> new ArrayList<>());
        } else if (cur != null && !line.isEmpty()) {
          cur.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer resource", e);
    }
    return new Gazetteer(sections);
  }

  /** Function words of en, de, fr, es, it, nl and chat words: never names on their own. */
  static final String STOP = "a about above after again against all am an and any are aren't as at be because been "
      + "before being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't "
      + "down during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here "
      + "here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's "
      + "me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own "
      + "same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them "
      + "themselves then there there's these they they'd they'll they're they've this those through to too under until "
      + "up very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who "
      + "who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves "
      + "yes ok okay hi hello hey dear thanks thank please pls plz lol omg btw idk imo tbh yeah yep nope hmm haha "
      + "der die das den dem des ein eine einer einem einen und oder aber nicht ist sind war ich du er sie es wir ihr "
      + "mit von zu bei nach aus auf für über unter vor hallo danke bitte mein meine dein name heiße "
      + "le la les un une des et ou mais pas est sont je tu il elle nous vous ils elles avec pour sur dans chez bonjour "
      + "merci mon ma mes nom appelle "
      + "el los las unos unas y o pero no es son yo tú él ella nosotros con para por en hola gracias mi nombre llamo "
      + "il lo gli uno una e ma non sono io con per ciao grazie het een en maar niet ik jij hij zij wij";

  /** Common content words that are also given names or surnames in some locale. */
  static final String EXTRA_COMMON = "will may june mark bill rose grace hope joy faith summer dawn amber ruby jack "
      + "frank art bob pat rob sue ray gene don guy max rich chase hunter lane page long young white brown green black "
      + "king day love star sky river stone wood hill field ford bush banks price cash case law park parks major "
      + "baker cook wall gray grey rice bell bird fox wolf lamb "
      + "sharp strong short little small good best new old well hall north south east west sun moon august april "
      + "march january february july september october november december monday tuesday wednesday thursday friday "
      + "saturday sunday today tomorrow yesterday tonight morning evening night week month year time team group "
      + "support service services customer client user admin manager director office account order invoice tracking "
      + "version build release update error warning info debug server system data file files report email phone "
      + "number address street city country state code key token password login logout sign signed regards best "
      + "cheers sincerely kind yours hello dear mr mrs ms dr prof sir madam team hr it qa ceo cto cfo "
      + "monsieur madame herr frau señor señora senor senora don doña "
      + "christian christmas easter god jesus lord english french german spanish italian dutch chinese american "
      + "european british indian africa african asia asian europe america north south east west central "
      + "apple google amazon microsoft windows linux android iphone ipad mac macbook tesla netflix facebook twitter "
      + "youtube instagram whatsapp telegram slack zoom teams office excel word outlook chrome firefox safari java "
      + "python javascript kotlin rust golang docker kubernetes github gitlab jira confluence aws azure gcp "
      + "spring summer autumn fall winter holiday birthday weekend beach mountain lake ocean island "
      + "baby honey sweetie buddy dude bro sis mom mum dad father mother brother sister son daughter wife husband "
      + "boss guys folks everyone anyone someone nobody somebody everybody people man woman men women boy girl kid "
      + "doctor nurse teacher student engineer developer lawyer officer agent driver pilot chef captain "
      // tenth round: words of opening hours and shops in es, it, pt, nl, de, fr that are also listed names
      // ("la tienda cierra a las 9", "onze winkel is dicht")
      + "cierra abre cerrado abierto chiude apre chiuso aperto fecha fechado aberto sluit opent gesloten winkel "
      + "schließt öffnet geschlossen geöffnet ferme ouvre fermé ouvert tienda negozio loja";

  /** Words never tagged as a name even when capitalised: months, weekdays, products, UI and log words. */
  static final String NEVER = "january february march april may june july august september october november december "
      + "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday "
      + "mon tue tues wed thu thur thurs fri sat sun "
      + "iphone ipad macbook android windows linux ubuntu debian chrome firefox safari edge excel outlook powerpoint "
      + "teams slack zoom jira github gitlab docker kubernetes java python kotlin golang rust javascript typescript "
      + "tesla prius corolla civic galaxy pixel kindle alexa siri cortana playstation xbox nintendo switch "
      + "netflix spotify uber lyft airbnb paypal venmo visa mastercard amex "
      + "info debug warn warning error fatal trace null none true false nan order invoice tracking version build "
      + "ticket subject re fwd fw cc bcc from to sent date bot user assistant system mr mrs ms dr st prof tv "
      + "sr sra srta sig sigra dott dottssa mme mlle herr herrn frau "
      + "american british english french german spanish italian dutch polish russian ukrainian chinese japanese "
      + "korean indian pakistani turkish greek swedish norwegian danish finnish icelandic irish scottish welsh "
      + "canadian mexican brazilian argentinian chilean colombian peruvian cuban australian austrian swiss "
      + "belgian czech slovak slovenian croatian serbian bosnian hungarian romanian bulgarian albanian "
      + "portuguese egyptian moroccan tunisian algerian nigerian kenyan ethiopian african european asian arab "
      + "arabic persian iranian iraqi israeli jewish muslim christian catholic protestant buddhist hindu latin "
      + "vietnamese thai filipino indonesian malaysian singaporean estonian latvian lithuanian georgian "
      + "armenian scandinavian nordic southern northern eastern western central labor labour christmas easter "
      + "thanksgiving halloween ramadan hanukkah "
      // names of identity documents and numbers ("your PAN and Aadhaar"), fashion and sports brands, frameworks
      + "aadhaar aadhar medicare ssn itin iban bsn dni nif nir tfn abn nric nhs kyc gdpr "
      + "dior gucci prada versace balenciaga burberry adidas nike reebok ikea lego boot original "
      // e-mail header labels of de, fr, es, it, nl, pt ("Gesendet:", "Objet :")
      + "gesendet betreff envoyé objet enviado asunto inviato oggetto verzonden onderwerp datum assunto "
      // software, services and brands that look like names when capitalised ("Use Redis with Kafka")
      + "postgres postgresql mysql mariadb sqlite redis memcached kafka rabbitmq grafana prometheus kibana "
      + "elasticsearch opensearch logstash nginx tomcat jenkins terraform ansible puppet maven gradle npm nodejs "
      + "react angular svelte django flask laravel symfony hibernate mongodb cassandra hadoop airflow snowflake "
      + "databricks tableau salesforce hubspot zendesk stripe twilio sentry datadog splunk okta auth0 vercel heroku "
      + "netlify cloudflare akamai fastly oracle sap cisco nvidia samsung huawei xiaomi lenovo motorola fedex "
      + "dhl usps openai chatgpt gpt claude gemini llama copilot bard figma notion trello asana dropbox onedrive "
      + "sharepoint webex gmail hotmail yahoo bing wikipedia reddit tiktok snapchat pinterest linkedin discord "
      + "twitch shopify woocommerce magento wordpress drupal joomla postman swagger graphql kubectl helm istio "
      + "envoy consul vault nomad vagrant podman openshift rancher argo argocd circleci travis bitbucket sonarqube "
      + "jupyter pandas numpy pytorch tensorflow keras scikit matlab excel "
      // departments and business functions
      + "sales finance marketing engineering legal accounting procurement payroll operations compliance "
      + "logistics billing invoicing helpdesk devops "
      + "vertrieb einkauf buchhaltung verwaltung geschäftsführung kundenservice kundendienst personalabteilung "
      + "ventes achats comptabilité ventas compras contabilidad vendite acquisti contabilità verkoop inkoop "
      + "boekhouding "
      // weekdays and months of nl, it, pt (de, fr, es are above or in the date recognizer)
      + "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag lunedì martedì mercoledì giovedì venerdì "
      + "segunda terça quarta quinta sexta januari februari maart augustus gennaio febbraio aprile giugno luglio "
      + "settembre ottobre dicembre janeiro fevereiro março junho julho setembro outubro novembro dezembro "
      + "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi "
      + "dimanche lunes martes miércoles jueves viernes januar februar märz juni juli oktober dezember janvier "
      + "février mars avril juin juillet août septembre octobre novembre décembre enero febrero marzo abril mayo "
      + "junio julio agosto septiembre octubre noviembre diciembre";

  static final String EXTRA_FIRST = "";

  /** Adverbs, pronouns, chat and business words often capitalised at a sentence start. */
  static final String MORE_STOP = "just also still even never always often sometimes maybe perhaps really actually "
      // accented adverbs of fr, es, it, pt whose unaccented spelling is a listed name ("Déjà" / "Deja")
      + "déjà très où là voilà après été également más está también qué así aquí sí però perché così già più "
      + "também então já até após "
      // sign-offs of es and pt ("Un abrazo,", "Abraço,", "Atenciosamente,")
      + "abrazo abrazos abraço abraços atenciosamente cumprimentos beijos besos "
      // eighth round: greetings and adverbs of pt, de that follow a chat speaker or "ich bin", form labels of de, nl
      + "bom boa dia tarde noite gerade heute jetzt schon noch gleich bald unterwegs zuhause anschrift naam adres "
      + "already soon later now then there here where everywhere anyway however therefore thus hence meanwhile "
      + "again almost quite rather enough especially finally first second third next last another every each "
      + "much many more most less least few several both either neither none nothing something anything everything "
      + "bot user assistant agent system admin support staff team customer client guest member moderator "
      + "orchestra inc ltd llc gmbh corp co company group bank university college school club hotel hospital "
      + "church foundation institute association society partners associates holdings solutions systems "
      + "technologies services consulting capital insurance media records studio studios films pictures band "
      + "the a an secretly back via per mr mrs ms dr st prof rd ave apt suite unit box road street avenue lane "
      + "drive court place square tv fm am pm usa eu un uk nato lot batch model chapter section page score "
      + "version release build order invoice ticket parcel total revenue temperature coordinates disk request "
      + "sku id ids ref qty princess prince queen royal duke earl baron village town county port beach island "
      + "lake mount fort pass hills valley bay "
      + "hoi moin servus hej hiya howdy namaste shalom salaam grüße gruß obrigado obrigada graag groet groeten "
      + "vielen dank danke bedankt tack takk kiitos dzięki hvala saludos cordiales cordialmente "
      // sign-offs and sentence starts of fr, it, es, nl, de that are also surnames ("Bien à vous", "Ho parlato")
      + "bien bonne journée ho ha hanno saluti cordiali distinti presto atentamente saludo un mvg groetjes "
      + "vriendelijke beste liebe viele freundlichen grüßen grüssen gruesse "
      // contact-field labels at a line start ("Tel: ...", "Cell: ...", "E-Mail ...")
      + "tel tél cell mobile mobil móvil mob fax dob ssn iban bic vat pec e-mail nie dni nif cif nir bsn "
      // order, shipping and invoice words of de, fr, es, it, nl that start sentences
      + "pedido ordine bestelling factuur fattura commande rechnung patientin "
      // labels of meeting notes ("Attendees: ...")
      + "attendees attendee participants teilnehmer teilnehmende asistentes partecipanti deelnemers organizer "
      + "organiser speakers speaker "
      // letter salutations of it, es, nl, de, fr ("Gentile Sig. Rossi", "Geachte heer")
      + "gentile gentili egregio egregia estimado estimada geachte geehrte geehrter querido querida chère";

  /**
   * Ninth round: function words of de, nl, fr, es, it and pt (possessives, pronouns, articles, prepositions,
   * conjunctions, auxiliaries and common sentence-initial adverbs), written by hand. Capitalised at the start of a
   * sentence or line ("Ihre neue Adresse", "Mijn adres is") they are never a name on their own and never start or end
   * one. Left out: name particles (van, von, de, di, da, del, della, dos, du ...) and words that are also real given
   * names or surnames (Ali, Ella, Elle, Uwe, Elke, Mai, Lei, Son, Nur, Per, Una, Uma, Vos, Wilde, bin ...).
   */
  static final String FUNCTION_WORDS = ""
      // German
      + "mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines sein seine seinen seinem "
      + "seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer unseres euer eure "
      + "euren eurem eurer eures ich er sie es wir mich mir dich dir ihn ihm uns euch ihnen man jemand niemand "
      + "etwas nichts alle alles jeder jede jedes jeden jedem dieser diese dieses diesen diesem jener jene welcher "
      + "welche welches wer was wem wessen selbst die dem ein eine einer einem einen eines kein keine keinen keinem "
      + "keiner auf aus bei beim mit nach seit zum durch für gegen ohne um bis über unter vor hinter neben zwischen "
      + "wegen trotz während statt ins im und oder aber denn sondern doch dass ob weil wenn als wie obwohl damit "
      + "falls sobald bevor nachdem sowie bist ist sind seid war waren warst habe hast hat haben habt hatte hatten "
      + "wird werde wirst werden werdet wurde wurden kann kannst können muss musst müssen soll sollen sollte wollen "
      + "darf dürfen möchte möchten würde würden wäre hätte auch noch schon hier dort dann jetzt heute morgen "
      + "gestern bitte leider vielleicht natürlich also sehr immer nie oft bereits gerne gern dabei danach deshalb "
      + "daher trotzdem außerdem zudem zuerst anbei hiermit ja nein nicht "
      // Dutch
      + "mijn mijne jouw jouwe je uw zijn zijne haar hare ons onze jullie hun ik jij hij zij ze het wij we mij me "
      + "jou hem hen men iemand iets niets iedereen elk ieder iedere deze dit dat wat welke welk zich zelf een aan "
      + "achter bij binnen buiten door in met na naar naast om onder op over sinds tegen tot tussen uit voor vanaf "
      + "zonder en of maar want dus omdat toen terwijl hoewel zodat nadat voordat zowel is heb hebt heeft hebben "
      + "had hadden word wordt worden werd kan kunt kunnen kon konden zal zult zullen zou zouden moet moeten moest "
      + "mag mogen wil willen ook nog alvast daar nu straks vandaag gisteren graag helaas misschien natuurlijk "
      + "eigenlijk echt heel zeer erg altijd nooit vaak soms alleen even wel niet geen nee bovendien verder daarna "
      + "daarom inmiddels alsjeblieft alstublieft hierbij bijgaand "
      // French
      + "mon mes ta tes sa ses notre nos votre leur leurs tu il on nous vous ils elles moi toi se soi eux y ce cela "
      + "ça ceci celui celle ceux celles qui que quoi dont lequel laquelle personne rien tout tous toute toutes "
      + "chacun chacune un une au aux à dans par pour sur sous avec sans chez vers entre contre depuis pendant "
      + "avant après selon malgré parmi dès et ou mais donc or ni car quand lorsque puisque comme si parce suis est "
      + "sommes êtes sont étais était étions étaient as a avons avez ont avais avait avaient serai seront aurai "
      + "auront peux peut pouvons pouvez peuvent dois doit devons devez doivent veux veut voulons voulez veulent "
      + "fais fait faisons faites font vais va allons allez vont aussi encore déjà très bien toujours jamais "
      + "souvent parfois ici là maintenant demain ensuite puis alors enfin cependant pourtant toutefois néanmoins "
      + "également ainsi surtout vraiment oui non ne pas plus moins merci voici voilà "
      // Spanish
      + "mi mis tus sus nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras mío mía míos mías tuyo "
      + "tuya suyo suya yo tú él ello nosotros nosotras vosotros vosotras ellos ellas usted ustedes os las mí ti sí "
      + "conmigo contigo quien quién quienes cual cuál esto esta este estos estas eso esa ese esos esas aquel "
      + "aquella alguien nadie algo todo todos toda todas cada unos unas bajo con contra desde durante hacia hasta "
      + "mediante para por según sin sobre tras e o u pero sino porque pues aunque como cuando mientras soy eres "
      + "somos era eran fue fueron sea estoy estás está estamos están estaba he has hemos había habían hay tengo "
      + "tiene tienen tenemos puedo puede pueden podemos debo debe deben quiero quiere voy vamos también tampoco ya "
      + "aún todavía aquí allí ahí ahora hoy mañana ayer siempre nunca muy mal más menos solo sólo luego después "
      + "antes entonces además quizás quizá gracias adjunto "
      // Italian
      + "mio miei mie tuo tua tuoi tue suo sua suoi nostro nostra nostri nostre vostro vostra vostri vostre loro io "
      + "egli noi voi essi esse ci vi gli questo questa questi queste quello quella quelli quelle che cosa cui "
      + "qualcuno nessuno niente nulla tutto tutti tutte ognuno uno dello allo agli dal dai nello nei negli nelle "
      + "sul sulla sui tra fra verso senza sotto sopra dopo prima presso od però anche perché mentre oppure né "
      + "quindi dunque poiché sebbene sono sei è siamo siete erano sarà sarebbe ho abbiamo avete aveva avevano avrà "
      + "posso puoi può possiamo potete possono devo deve dobbiamo devono voglio vuole vogliamo vado andiamo ancora "
      + "già più molto poco sempre spesso qua lì adesso oggi domani ieri poi allora infine inoltre comunque "
      + "tuttavia purtroppo forse davvero proprio bene male grazie ecco allegato "
      // Portuguese
      + "meu minha meus minhas teu teus tuas seu seus suas nosso nossa nossos nossas vosso vossa dele dela deles "
      + "delas eu ele nós vós eles elas você vocês lhe lhes mim comigo quem qual quais isto isso aquilo estes essa "
      + "esses essas aquele aquela alguém ninguém tudo umas ao aos às no nas num numa pelo pela pelos pelas em com "
      + "sem sob até após perante porém pois embora enquanto sou és é são eram foi foram seja estou estão estava "
      + "tenho tem temos têm tinha pode podem vou vai vão há havia também ainda já muito pouco aqui lá agora hoje "
      + "amanhã ontem depois então além talvez não só apenas obrigado obrigada segue anexo";

  /** Words right of a name that mark an organisation instead. */
  static final String ORG_WORDS = "orchestra inc inc. ltd llc gmbh corp corporation co company group bank university "
      + "college school club hotel hospital church foundation institute association society partners associates "
      + "holdings solutions systems technologies services consulting capital insurance media records studio films "
      + "band & sons brothers investments finance financial agency ratings markets labs networks software "
      + "pharma pharmaceuticals logistics ventures industries enterprises trust fund funds analytics "
      // legal forms of de, fr, es, it, nl, uk companies ("Lemaire SAS", "Milani e figli", "Duma AG")
      + "ag kg ohg gbr ug sas sasu sarl sem gie sa s.a. sl s.l. srl s.r.l. spa s.p.a. bv nv plc pty asociados figli "
      + "mts";

  static final String EXTRA_PLACES = "united states, united kingdom, usa, uk, england, scotland, wales, "
      + "new york, los angeles, san francisco, london, paris, berlin, madrid, rome, amsterdam, munich, münchen, "
      + "hamburg, vienna, wien, zurich, zürich, geneva, genève, brussels, lisbon, dublin, barcelona, milan, milano, "
      + "sydney, melbourne, toronto, vancouver, montreal, singapore, mumbai, delhi, new delhi, bangalore, bengaluru, "
      + "tokyo, beijing, shanghai, hong kong, seoul, dubai, chicago, boston, seattle, austin, texas, california, "
      + "florida, bavaria, bayern, catalonia, brooklyn, manhattan";
}
