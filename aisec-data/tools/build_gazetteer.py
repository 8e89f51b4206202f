#!/usr/bin/env python3
"""Builds the PERSON/LOCATION gazetteer resource of aisec-data from datafaker's locale files.

datafaker is a TEST dependency only; this command turns its name, place and word lists into one compact,
gzipped resource that ships with aisec-data, so nothing reads datafaker at runtime.

  python3 aisec-data/tools/build_gazetteer.py \
      ~/.m2/repository/net/datafaker/datafaker/2.5.4/datafaker-2.5.4.jar \
      aisec-data/src/main/resources/dev/aisec/data/pii/gazetteer.txt.gz \
      ../shared/datasets/pii/presidio-generated-large.jsonl ../shared/datasets/pii/wnut17.jsonl

The optional JSON Lines files add a vocabulary of common lower-case words: alphabetic tokens seen at least three
times in lower case OUTSIDE every labelled span, and never inside a PERSON or LOCATION span. Only the training parts
are read: presidio-generated-large (not synth-v2, which is the evaluation set) and the wnut17 records whose source is
wnut17train.conll (dev and test are held out). The result is a word list, no text.

Output: UTF-8 text, sections '#first', '#last', '#place', '#common', '#first-extra', '#last-extra' (round 19: the
hand-written romanised names below that no other section holds); one lower-cased entry per line, sorted.
Entries that hold template markup (#{...}) or digits are dropped.
"""
import gzip
import json
import re
import sys
import zipfile

FIRST_KEYS = {"first_name", "male_first_name", "female_first_name", "woman_first_name", "man_first_name",
              "male_english_name", "ocker_first_name", "tamil_male_name", "tamil_female_name",
              "male_middle_name", "female_middle_name", "middle_name"}
LAST_KEYS = {"last_name", "male_last_name", "female_last_name", "woman_last_name", "man_last_name"}
PLACE_KEYS = {"city_name", "city", "country", "state", "capital", "capital_city", "city_with_state"}
COMMON_FILES = {"en/words.yml", "en/verbs.yml", "en/adjective.yml", "en/hipster.yml", "en/emotion.yml",
                "en/color.yml", "en/food.yml", "en/animal.yml", "en/job.yml", "en/hobby.yml"}
# keys whose values are names but live in sections we do not want (street names, products...)
SKIP_PARENTS = {"street_name", "product_name", "company", "team", "university"}

KEY_RE = re.compile(r'^(\s*)([A-Za-z_]+):\s*(.*)$')
ITEM_RE = re.compile(r'^\s*-\s*(.*)$')


def unquote(v):
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        v = v[1:-1]
    return v.strip()


def inline_list(v):
    v = v.strip()
    if not (v.startswith("[") and v.endswith("]")):
        return []
    out, cur, q = [], "", None
    for ch in v[1:-1]:
        if q:
            if ch == q:
                q = None
            else:
                cur += ch
        elif ch in "\"'":
            q = ch
        elif ch == ",":
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def lists(text):
    """Yields (key, value) for every list item in a datafaker YAML file (block or inline lists)."""
    key = None
    for line in text.splitlines():
        m = KEY_RE.match(line)
        if m:
            key = m.group(2)
            rest = m.group(3)
            for item in inline_list(rest):
                yield key, item
            continue
        m = ITEM_RE.match(line)
        if m and key:
            yield key, unquote(m.group(1))


def ok(v):
    return v and "#{" not in v and not any(c.isdigit() for c in v) and len(v) <= 40


def vocabulary(paths):
    counts = {}
    banned = set()
    tok = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if "wnut17" in path and "wnut17train.conll" not in r.get("source", ""):
                    continue
                text = r["text"]
                spans = r.get("spans", [])
                for s in spans:
                    if s["type"] in ("PERSON", "LOCATION", "STREET_ADDRESS", "ORGANIZATION", "GROUP"):
                        for w in tok.findall(text[s["start"]:s["end"]]):
                            banned.add(w.lower())
                for m in tok.finditer(text):
                    if any(s["start"] < m.end() and m.start() < s["end"] for s in spans):
                        continue
                    w = m.group()
                    if w.islower() and len(w) >= 2:
                        counts[w] = counts.get(w, 0) + 1
    return {w for w, c in counts.items() if c >= 3 and w not in banned}


# Eighth round: real cities that datafaker's locale files lack (it lists many made-up towns and few real ones), written
# by hand; the largest cities and regional capitals of the UK, Ireland, DE, AT, CH, FR, BE, NL, LU, ES, PT, IT, the
# Nordic countries, PL, CZ, US, CA, AU, NZ, IN, SG and a few more. Cities whose names are also common given names or
# surnames (Florence, Victoria, Jackson, Sydney, Sofia, Nancy, Houston, Santiago...) and
# cities that are ordinary words (Reading, Nice, Tours, Cork, Essen) are left out: the
# name rules would have to decide between the two.
EXTRA_PLACES = """
aberdeen belfast birmingham  brighton bristol cambridge cardiff coventry  dundee edinburgh exeter
glasgow inverness leeds leicester liverpool manchester newcastle norwich nottingham oxford plymouth portsmouth
 sheffield southampton swansea york  dublin galway limerick waterford
aachen augsburg berlin bielefeld bochum bonn braunschweig bremen chemnitz darmstadt dortmund dresden duisburg
düsseldorf erfurt  frankfurt freiburg göttingen hamburg hannover heidelberg karlsruhe kassel kiel köln
leipzig lübeck magdeburg mainz mannheim münchen münster nürnberg oldenburg osnabrück potsdam regensburg rostock
saarbrücken stuttgart ulm wiesbaden würzburg wuppertal graz innsbruck linz salzburg wien basel bern genf lausanne
luzern zürich lugano
aix-en-provence amiens  besançon bordeaux brest caen clermont-ferrand dijon grenoble le_havre lille limoges
lyon marseille metz montpellier mulhouse  nantes  nîmes orléans paris perpignan reims rennes rouen
saint-étienne strasbourg toulon toulouse  antwerpen anvers brugge bruges brussel bruxelles brussels charleroi
gent gand liège leuven namur luxembourg
amsterdam almere arnhem breda delft den_haag eindhoven enschede groningen haarlem leiden maastricht nijmegen
rotterdam tilburg utrecht zwolle deventer
a_coruña alicante almería badajoz barcelona bilbao  cádiz córdoba gijón girona granada huelva las_palmas
 lleida logroño madrid málaga murcia   pamplona salamanca san_sebastián  sevilla tarragona
 valencia valladolid vigo  zaragoza braga coimbra faro lisboa lisbon porto funchal
ancona bari bergamo bologna bolzano brescia cagliari catania firenze genova la_spezia lecce livorno  milano
 modena napoli naples padova palermo parma perugia pescara pisa  rimini roma rome salerno  taranto
torino turin trento trieste udine venezia venice verona vicenza
aarhus copenhagen københavn odense aalborg  oslo stavanger trondheim göteborg gothenburg malmö stockholm
uppsala helsinki tampere turku espoo reykjavik tallinn riga vilnius
gdańsk gdansk katowice kraków krakow łódź lublin poznań poznan szczecin warszawa warsaw wrocław praha prague brno
bratislava budapest bucharest bucurești  athens athina thessaloniki zagreb ljubljana belgrade beograd
istanbul ankara izmir
atlanta baltimore boston chicago cincinnati   denver detroit honolulu  indianapolis
las_vegas los_angeles memphis miami milwaukee minneapolis nashville new_orleans new_york oakland philadelphia
 pittsburgh portland sacramento san_antonio san_diego san_francisco san_jose seattle  tampa tucson
anchorage calgary edmonton halifax montréal montreal ottawa québec quebec toronto vancouver winnipeg
brisbane canberra melbourne perth  auckland  christchurch
bangalore bengaluru chennai delhi hyderabad kolkata mumbai pune ahmedabad singapore kuala_lumpur jakarta manila
bangkok tokyo osaka kyoto seoul beijing shanghai shenzhen taipei dubai cairo nairobi lagos accra johannesburg
cape_town durban casablanca tunis são_paulo rio_de_janeiro buenos_aires  lima bogotá medellín
mexico_city guadalajara monterrey
"""


# Round 19: romanised given names and surnames that datafaker's locale files lack (its ja, zh, ko locales are written
# in their own scripts; its en-NG, en-IN lists are short), written by hand: common Japanese, Chinese (pinyin), Korean,
# Indian, Nigerian (Yoruba, Igbo, Hausa), Ghanaian (Akan), Turkish (with and without Turkish letters) and Polish
# (diminutives) names. Names of at most two letters, ordinary English words ("fang", "song", "moon", "tang", "taro")
# and names that are also common given-name-like words elsewhere (PAN, "Min", "Ama") are left out; an entry that the
# common-word vocabulary holds is dropped when the lists are merged (see main).
EXTRA_FIRST = """
hiroshi takeshi kenji haruto yuto sota sora riku hinata yui aoi hina yuna sakura akira daiki kenta shota ryota
takumi kaito daisuke kazuki naoki satoshi shinji tatsuya tomoko yoko keiko akiko naoko yumiko kaori ayumi haruka
misaki nanami megumi noriko kazuko michiko hiroko yuko kenichi koji yusuke masato hideki makoto yoshiko hanako
xiaoming xiaohong weiwei jing ying xin hao jun ling qiang yong jie hui lan hong jian ming chao juan yun xiu zhiwei
zihan haoran yuxuan zixuan yichen yutong xinyi jiahao junjie ziyi yuhang shuang xiaoyu meiling huiling xiaoli
minjun min-jun seoyeon seo-yeon jiwoo ji-woo haeun ha-eun doyun do-yun jiho ji-ho seojun seo-jun yejin ye-jin
jihoon ji-hoon hyunwoo hyun-woo soojin soo-jin minseo min-seo jimin ji-min seunghyun seung-hyun eunji eun-ji
hyejin hye-jin sungmin sung-min donghyun dong-hyun jaewon jae-won youngho young-ho
aarav vivaan aditya vihaan reyansh ananya diya saanvi aadhya ishaan rohan rahul amit sunil anil rajesh suresh
ramesh mahesh venkatesh srinivas lakshmi deepa kavita sunita anita pooja neha sneha divya shreya meera kiran
vikram sanjay deepak manoj vijay ajay ravi arun karthik ganesh prakash harish naveen pradeep sachin nikhil
chukwuemeka chinedu chidi chioma chiamaka ngozi nkechi obinna ifeanyi uchenna adaeze amaka ikechukwu nnamdi
kelechi chinonso ebuka oluwaseun olumide oluwatobi babajide adebayo adewale ayodele funmilayo folake yetunde
bukola temitope tunde kunle segun femi olufemi damilola abiodun gbenga yinka busayo ibrahim abubakar usman aminu
halima zainab hauwa sani
kwame kwaku kofi kojo kwabena kwasi akosua afua abena akua efua
mustafa ahmet emre burak murat hakan oğuz oguz cem deniz elif zeynep ayşe ayse fatma emine hatice merve büşra busra
esra selin ece ebru gizem tuğba tugba kübra kubra yasemin özlem ozlem serkan volkan kemal orhan erkan tolga onur
barış baris selim
kasia ania gosia basia kuba bartek wojtek piotrek zosia magda jola krzysiek staszek franek
"""
EXTRA_LAST = """
sato suzuki takahashi tanaka watanabe yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto
inoue kimura hayashi shimizu yamazaki ikeda hashimoto ishikawa ogawa fujita okada goto hasegawa murakami kondo
ishii saito sakamoto endo aoki fujii nishimura fukuda miura fujiwara okamoto matsuda nakagawa nakano harada tamura
takeuchi kaneko wada nakayama ishida ueda morita shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando
taniguchi maruyama imai takada fujimoto takeda murata ueno sugiyama masuda sugawara hirano otsuka kubo matsui
iwasaki sakurai kinoshita noguchi matsuo nomura kikuchi sano onishi sugimoto arai
wang zhang liu chen yang zhao huang zhou zhu guo luo liang zheng xie feng deng cao peng zeng xiao tian yuan jiang
cai jia ding wei xue yan lin gao qian qiu shen zhong hou meng qin cheng yao bai kong mao
kim lee park choi jung jeong kang cho yoon jang lim shin seo kwon hwang ahn yoo jeon bae baek heo noh ryu
sharma verma gupta singh kumar patel shah mehta iyer iyengar nair pillai menon reddy rao naidu chatterjee banerjee
mukherjee bose ghosh joshi kulkarni deshpande patil pandey mishra tiwari chauhan yadav agarwal jain malhotra
kapoor khanna bhatia chopra subramanian krishnan raghavan venkataraman srinivasan ramanathan sundaram
balasubramanian gowda hegde shetty kamath
adeyemi adebayo ogunleye okafor okeke nwosu okonkwo nwachukwu okoro adeleke bakare olatunji ogunbiyi oyelaran
adeyinka akinola balogun oladipo afolabi oyewole olawale onyekachi ibekwe chukwu nnaji anyanwu obiora ugwu
abdullahi danjuma
mensah boateng asante owusu osei appiah agyeman amoah ofori acheampong
yılmaz yilmaz kaya demir şahin sahin çelik celik yıldız yildiz yıldırım yildirim öztürk ozturk aydın aydin
özdemir ozdemir arslan doğan dogan kılıç kilic aslan çetin cetin koç koc kurt özkan ozkan şimşek simsek polat
korkmaz erdoğan erdogan güneş gunes aktaş aktas
"""


def main(jar, out, vocab_paths=()):
    sets = {"first": set(), "last": set(), "place": set(), "common": set()}
    # multi-word names are written with "_" for their spaces
    sets["place"] |= {w.replace("_", " ") for w in EXTRA_PLACES.split()}
    if vocab_paths:
        sets["common"] |= vocabulary(vocab_paths)
    with zipfile.ZipFile(jar) as z:
        for name in z.namelist():
            if not name.endswith(".yml"):
                continue
            text = z.read(name).decode("utf-8", "replace")
            common = name in COMMON_FILES
            for key, v in lists(text):
                if not ok(v):
                    continue
                low = v.lower()
                if common:
                    for w in re.split(r"[\s/]+", low):
                        if w.isalpha():
                            sets["common"].add(w)
                elif key in FIRST_KEYS:
                    sets["first"].add(low)
                elif key in LAST_KEYS:
                    sets["last"].add(low)
                elif key in PLACE_KEYS and ("address" in name or "country" in name or "nation" in name
                                             or "/" not in name):
                    sets["place"].add(low)
    # written as sections of their own: listed names for the rules and the tagger, not training the spelling model
    sets["first-extra"] = {w for w in EXTRA_FIRST.split() if w not in sets["common"] and w not in sets["first"]}
    sets["last-extra"] = {w for w in EXTRA_LAST.split() if w not in sets["common"] and w not in sets["last"]}
    with gzip.open(out, "wt", encoding="utf-8") as f:
        for sec in ("first", "last", "place", "common", "first-extra", "last-extra"):
            f.write("#" + sec + "\n")
            for w in sorted(sets[sec]):
                f.write(w + "\n")
    print({k: len(v) for k, v in sets.items()})


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
