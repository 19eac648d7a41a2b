"""Demo practices first written in Polish (organisations, people and products are invented for the demo)."""

ORGANISATIONS = [
    # name, kind, country, region, population, website
    ("Miasto Jarzębinów", "municipality", "PL", "Łódź", 248300, "https://jarzebinow.example.pl"),
    ("Miasto Srebrny Potok", "municipality", "PL", "Lower Silesian", 47300, ""),
    ("Gmina Cisowy Jar", "municipality", "PL", "Lublin", 4200, ""),
    ("Gmina Kalinowy Bród", "municipality", "PL", "Greater Poland", 19800, "https://kalinowy-brod.example.pl"),
]

PRACTICES = [
    {
        "key": "pl-brzozowa-wola-ezd",
        "language": "pl",
        "group": "document-management",
        "organisation": "Gmina Brzozowa Wola",
        "country": "PL",
        "region": "Podkarpackie",
        "population": 13600,
        "status": "scaled",
        "topics": ["document-management", "e-services"],
        "systems": ["ezd-rp"],
        "started": "2021-03",
        "go_live": "2022-01",
        "cost": 86000,
        "currency": "PLN",
        "facts": {"staff_trained": 54, "electronic_share": 92, "units_connected": 11},
        "texts": {
            "pl": {
                "title": "Urząd Gminy Brzozowa Wola przechodzi na EZD jako podstawowy sposób dokumentowania",
                "summary": (
                    "Gmina zastąpiła papierowe teczki i ręcznie prowadzony rejestr korespondencji systemem "
                    "EZD RP połączonym z ePUAP. Po dwóch latach ponad 90% spraw prowadzi się wyłącznie "
                    "elektronicznie, a z systemu korzystają także gminne jednostki organizacyjne."
                ),
                "problem": (
                    "<p>Do 2021 roku urząd prowadził akta w systemie tradycyjnym: każde pismo, które wpłynęło "
                    "przez ePUAP, było drukowane, dekretowane długopisem i noszone między pokojami. Sekretarz "
                    "gminy szacował, że w kancelarii drukowano codziennie około 300 stron, a szukanie "
                    "dokumentów w szafach zajmowało niektórym pracownikom nawet godzinę dziennie.</p><p>W "
                    "czasie pandemii okazało się, że przy pracy zdalnej nikt nie wie, na jakim etapie jest "
                    "sprawa i gdzie leży jej teczka.</p>"
                ),
                "actions": (
                    "<p>Powołano zespół wdrożeniowy (sekretarz, kierownik kancelarii, informatyk i dwie osoby "
                    "z referatów), a wójt wydał zarządzenie, które ustanowiło <strong>system EZD podstawowym "
                    "sposobem dokumentowania</strong> przebiegu załatwiania spraw. Kancelaria dostała dwa "
                    "skanery dokumentowe i od pierwszego dnia skanuje całą korespondencję "
                    "papierową.</p><p>System EZD RP połączono z elektroniczną skrzynką podawczą na ePUAP, a "
                    "kierownicy i osoby podpisujące pisma otrzymali kwalifikowane podpisy elektroniczne. "
                    "Elektroniczny obieg dokumentów wprowadzano referat po referacie przez pół roku, "
                    "zaczynając od referatu podatków i opłat.</p>"
                ),
                "results": (
                    "<ul><li><strong>92%</strong> spraw założonych w 2023 roku prowadzono wyłącznie w "
                    "systemie EZD.</li><li>Liczba drukowanych stron spadła o 71%, co daje około 14 tys. zł "
                    "oszczędności rocznie na papierze i tonerach.</li><li>Średni czas od wpływu pisma do "
                    "dekretacji skrócił się z 2 dni do 3 godzin.</li><li>Od 2023 roku z systemu korzysta 10 "
                    "jednostek gminnych (GOPS, szkoły, zakład gospodarki komunalnej), czyli razem z urzędem "
                    "11 jednostek i 54 przeszkolonych użytkowników.</li></ul>"
                ),
                "lessons": (
                    "<ul><li>Bez zarządzenia, które czyni EZD podstawowym sposobem dokumentowania, system "
                    "staje się tylko drogim rejestrem korespondencji.</li><li>Wdrażanie referat po referacie "
                    "pozwoliło kancelarii nauczyć się skanowania bez paraliżu urzędu.</li><li>Najwięcej pytań "
                    "dotyczyło podpisu elektronicznego, dlatego warto mieć w urzędzie jedną osobę „dyżurną” "
                    "od EZD.</li><li>Archiwum zakładowe trzeba włączyć do prac od początku, a nie dopiero "
                    "przy pierwszym przekazaniu akt.</li></ul>"
                ),
                "funding": (
                    "Program Cyfrowa Gmina (skanery, podpisy, szkolenia) i budżet gminy; system EZD RP jest "
                    "udostępniany bezpłatnie"
                ),
            },
            "en": {
                "title": "Brzozowa Wola municipal office makes electronic document management the default",
                "summary": (
                    "The municipality replaced paper files and a hand-kept correspondence register with the "
                    "EZD RP system connected to ePUAP. Two years later more than 90% of cases are handled "
                    "only electronically, and the municipal units use the system too."
                ),
                "problem": (
                    "<p>Until 2021 the office kept its files on paper: every letter received through ePUAP "
                    "was printed, assigned with a pen and carried from room to room. The municipal secretary "
                    "estimated that the registry printed about 300 pages a day, and some staff spent up to an "
                    "hour a day looking for documents in cabinets.</p><p>During the pandemic it turned out "
                    "that, with people working from home, nobody knew what stage a case had reached or where "
                    "its file was.</p>"
                ),
                "actions": (
                    "<p>An implementation team was set up (the secretary, the head of the registry, the IT "
                    "officer and two people from the departments), and the mayor issued an order making "
                    "<strong>the EZD system the default way of documenting</strong> how cases are handled. "
                    "The registry received two document scanners and from day one has scanned all incoming "
                    "paper mail.</p><p>EZD RP was connected to the office's electronic inbox on ePUAP, and "
                    "heads of department and everyone who signs letters received qualified electronic "
                    "signatures. Electronic document flow was introduced one department at a time over six "
                    "months, starting with the tax and fees department.</p>"
                ),
                "results": (
                    "<ul><li><strong>92%</strong> of the cases opened in 2023 were handled only in the EZD "
                    "system.</li><li>The number of printed pages fell by 71%, saving about PLN 14,000 a year "
                    "on paper and toner.</li><li>The average time from receipt of a letter to its assignment "
                    "fell from 2 days to 3 hours.</li><li>Since 2023 the system has also been used by 10 "
                    "municipal units (social welfare centre, schools, utility company): 11 units in all with "
                    "the office, and 54 trained users.</li></ul>"
                ),
                "lessons": (
                    "<ul><li>Without an order that makes EZD the default way of documenting cases, the system "
                    "becomes just an expensive correspondence register.</li><li>Going one department at a "
                    "time let the registry learn to scan without bringing the office to a halt.</li><li>Most "
                    "questions were about electronic signatures, so it helps to have one EZD “duty person” in "
                    "the office.</li><li>Bring the records archive into the work from the start, not when "
                    "files are first transferred to it.</li></ul>"
                ),
                "funding": (
                    "Cyfrowa Gmina (Digital Municipality) programme (scanners, signatures, training) and the "
                    "municipal budget; EZD RP is provided free of charge"
                ),
            },
        },
        "adoptions": [
            ("Gmina Jeziorany Małe", "2023-04", "done"),
            ("Gmina Cisowy Jar", "2024-10", "in_progress"),
        ],
    },
    {
        "key": "pl-jarzebinow-e-uslugi-platnosci",
        "language": "pl",
        "group": "e-services",
        "organisation": "Miasto Jarzębinów",
        "country": "PL",
        "region": "Łódź",
        "population": 248300,
        "status": "scaled",
        "topics": ["e-services", "digital-skills"],
        "systems": ["servicedesk-portal", "payportal"],
        "started": "2018-03",
        "go_live": "2019-06",
        "cost": 1450000,
        "currency": "PLN",
        "facts": {"staff_trained": 120, "electronic_share": 61, "units_connected": 14},
        "texts": {
            "pl": {
                "title": "Portal mieszkańca w Jarzębinowie: e-usługi i płatności online za podatki i opłaty",
                "summary": (
                    "Miasto uruchomiło portal mieszkańca, w którym można złożyć wniosek, sprawdzić stan "
                    "należności i zapłacić podatek, opłatę za odpady lub abonament parkingowy bez wizyty w "
                    "urzędzie. Dziś przez portal wpływa 61% wpłat z tytułu podatków i opłat lokalnych."
                ),
                "problem": (
                    "<p>W mieście liczącym prawie 250 tysięcy mieszkańców kasa i okienka wydziału podatków "
                    "obsługiwały w szczycie nawet 1,5 tys. osób dziennie. Mieszkańcy nie znali stanu swoich "
                    "należności, a każda wpłata z błędnym tytułem przelewu oznaczała ręczne księgowanie i "
                    "dodatkową korespondencję.</p><p>Wnioski składane przez ePUAP były zwykle ogólnymi "
                    "pismami, które urzędnicy i tak przepisywali do systemów dziedzinowych.</p>"
                ),
                "actions": (
                    "<p>Miasto wdrożyło portal mieszkańca na otwartym oprogramowaniu Municipal Service "
                    "Portal, zintegrowany z systemami podatkowym, odpadowym i strefy płatnego parkowania oraz "
                    "z logowaniem przez profil zaufany. Każdy zalogowany mieszkaniec widzi swoje decyzje, "
                    "raty i saldo, a płaci przez bramkę PayPortal: BLIK-iem, szybkim przelewem lub "
                    "kartą.</p><p>Czterdzieści najczęstszych spraw przeprojektowano jako e-usługi, które "
                    "przekazują dane bezpośrednio do systemów dziedzinowych. W każdym z 14 wydziałów i "
                    "jednostek wyznaczono <strong>właściciela e-usługi</strong>, odpowiedzialnego za treść "
                    "formularza i jego aktualność.</p>"
                ),
                "results": (
                    "<ul><li><strong>61%</strong> wpłat podatków i opłat lokalnych w 2024 roku wpłynęło przez "
                    "portal, wobec 9% w 2019 roku.</li><li>W portalu założono 83 tys. kont mieszkańców i "
                    "firm.</li><li>Czas księgowania wpłat skrócił się z 5 dni do jednego, a liczba wpłat "
                    "niezidentyfikowanych spadła o 87%.</li><li>Kolejki przy kasie zniknęły: w 2022 roku "
                    "zamknięto jedną z dwóch kas, a jej pracownicy przeszli do obsługi telefonicznej "
                    "mieszkańców.</li></ul>"
                ),
                "lessons": (
                    "<ul><li>Płatność bez logowania, przez link z kodem wydrukowanym na decyzji, okazała się "
                    "równie ważna jak pełny portal.</li><li>E-usługa musi trafiać do systemu dziedzinowego, "
                    "inaczej urząd tylko przenosi przepisywanie z papieru na ekran.</li><li>Właściciel "
                    "e-usługi w każdym wydziale to warunek, żeby opisy i formularze były "
                    "aktualne.</li><li>Prowizje bramki płatniczej warto wynegocjować w jednym przetargu dla "
                    "wszystkich jednostek miasta.</li></ul>"
                ),
                "funding": (
                    "Regionalny Program Operacyjny Województwa Łódzkiego 2014–2020 (85% kosztów) i budżet miasta"
                ),
            },
            "en": {
                "title": "Jarzębinów residents' portal: e-services and online payment of local taxes and fees",
                "summary": (
                    "The city launched a residents' portal where people can submit an application, check what "
                    "they owe and pay a tax, the waste fee or a parking permit without visiting the city "
                    "hall. Today 61% of local tax and fee payments come in through the portal."
                ),
                "problem": (
                    "<p>In a city of almost 250,000 people, the cash desk and the tax department counters "
                    "served up to 1,500 people a day at peak times. Residents did not know how much they "
                    "owed, and every transfer with a wrong payment reference meant manual bookkeeping and "
                    "extra letters.</p><p>Applications sent through ePUAP were usually general letters that "
                    "officials then retyped into the departments' systems anyway.</p>"
                ),
                "actions": (
                    "<p>The city deployed a residents' portal built on the open-source Municipal Service "
                    "Portal, integrated with the tax, waste and paid-parking systems and with login through "
                    "the national trusted profile. Every logged-in resident sees their decisions, instalments "
                    "and balance, and pays through the PayPortal gateway by BLIK, instant bank transfer or "
                    "card.</p><p>The forty most common matters were redesigned as e-services that pass data "
                    "straight into the departments' systems. Each of the 14 departments and units appointed "
                    "an <strong>e-service owner</strong> responsible for the content of its forms and for "
                    "keeping them up to date.</p>"
                ),
                "results": (
                    "<ul><li><strong>61%</strong> of local tax and fee payments in 2024 came through the "
                    "portal, compared with 9% in 2019.</li><li>Residents and businesses have opened 83,000 "
                    "accounts on the portal.</li><li>Booking a payment now takes one day instead of five, and "
                    "the number of unidentified payments fell by 87%.</li><li>The queues at the cash desk are "
                    "gone: in 2022 one of the two cash desks was closed and its staff moved to answering "
                    "residents by phone.</li></ul>"
                ),
                "lessons": (
                    "<ul><li>Paying without logging in, through a link with a code printed on the decision, "
                    "turned out to matter as much as the full portal.</li><li>An e-service has to feed the "
                    "department's system; otherwise the office only moves retyping from paper to "
                    "screen.</li><li>An e-service owner in every department is what keeps descriptions and "
                    "forms up to date.</li><li>Negotiate payment-gateway fees in a single tender for all the "
                    "city's units.</li></ul>"
                ),
                "funding": "Łódź Regional Operational Programme 2014–2020 (85% of costs) and the city budget",
            },
            "uk": {
                "title": "Портал мешканця міста Яжембінув: е-послуги та онлайн-оплата місцевих податків і зборів",
                "summary": (
                    "Місто запустило портал мешканця, де можна подати заяву, перевірити свої нарахування й "
                    "сплатити податок, плату за вивезення відходів або абонемент на паркування без візиту до "
                    "міської ради. Нині через портал надходить 61% платежів місцевих податків і зборів."
                ),
                "problem": (
                    "<p>У місті з населенням майже 250 тисяч осіб каса й віконця податкового відділу в пікові "
                    "дні обслуговували до 1,5 тис. людей. Мешканці не знали своїх нарахувань, а кожен платіж "
                    "із помилковим призначенням означав ручне проведення і додаткове листування.</p><p>Заяви, "
                    "подані через ePUAP, зазвичай були довільними листами, які працівники все одно "
                    "передруковували до галузевих систем.</p>"
                ),
                "actions": (
                    "<p>Місто запровадило портал мешканця на відкритому програмному забезпеченні Municipal "
                    "Service Portal, інтегрований із податковою системою, системою обліку відходів і платного "
                    "паркування, а також із входом через державний «довірений профіль». Кожен мешканець після "
                    "входу бачить свої рішення, графік платежів і залишок боргу та сплачує через платіжний "
                    "шлюз PayPortal: через BLIK, миттєвим переказом або карткою.</p><p>Сорок найпоширеніших "
                    "справ перетворили на е-послуги, які передають дані безпосередньо до галузевих систем. У "
                    "кожному з 14 відділів і підприємств призначили <strong>власника е-послуги</strong>, "
                    "відповідального за зміст форми та її актуальність.</p>"
                ),
                "results": (
                    "<ul><li><strong>61%</strong> платежів місцевих податків і зборів у 2024 році надійшло "
                    "через портал, тоді як у 2019 році — лише 9%.</li><li>На порталі зареєстровано 83 тис. "
                    "облікових записів мешканців і підприємств.</li><li>Проведення платежів скоротилося з 5 "
                    "днів до одного, а кількість неідентифікованих платежів зменшилася на 87%.</li><li>Черги "
                    "біля каси зникли: у 2022 році одну з двох кас закрили, а її працівники перейшли на "
                    "телефонне обслуговування мешканців.</li></ul>"
                ),
                "lessons": (
                    "<ul><li>Оплата без входу на портал — за посиланням із кодом, надрукованим на рішенні, — "
                    "виявилася не менш важливою, ніж повноцінний портал.</li><li>Е-послуга має передавати "
                    "дані до галузевої системи, інакше працівники лише переносять передруковування з паперу "
                    "на екран.</li><li>Власник е-послуги в кожному відділі — умова того, що описи й форми "
                    "залишаються актуальними.</li><li>Комісії платіжного шлюзу варто погодити в одній "
                    "закупівлі для всіх підрозділів міста.</li></ul>"
                ),
                "funding": (
                    "Регіональна операційна програма Лодзинського воєводства на 2014–2020 роки (85% витрат) і "
                    "бюджет міста"
                ),
            },
        },
        "adoptions": [
            ("Miasto Srebrny Potok", "2021-09", "done"),
            ("Velyki Mosty Territorial Community", "2024-10", "in_progress"),
        ],
    },
    {
        "key": "pl-lipnicki-biuro-obslugi",
        "language": "pl",
        "group": "e-services",
        "organisation": "Powiat Lipnicki",
        "country": "PL",
        "region": "Lesser Poland",
        "population": 81500,
        "status": "implemented",
        "topics": ["e-services"],
        "systems": ["servicedesk-portal"],
        "started": "2021-02",
        "go_live": "2021-11",
        "cost": 620000,
        "currency": "PLN",
        "facts": {"staff_trained": 38, "electronic_share": 45, "units_connected": 4},
        "texts": {
            "pl": {
                "title": "Jedno Biuro Obsługi Mieszkańców w starostwie z rezerwacją wizyt przez internet",
                "summary": (
                    "Powiat Lipnicki połączył okienka czterech wydziałów w jedno biuro na parterze starostwa, "
                    "z elektroniczną kolejką i rezerwacją wizyt online. Średni czas oczekiwania spadł z 70 do "
                    "12 minut."
                ),
                "problem": (
                    "<p>Mieszkańcy przyjeżdżający do starostwa z odległych gmin powiatu krążyli między trzema "
                    "piętrami i kilkoma wydziałami. Do rejestracji pojazdów ustawiali się w kolejce jeszcze "
                    "przed otwarciem urzędu, a w poniedziałki część osób wracała do domu z niezałatwioną "
                    "sprawą. Skargi na obsługę stanowiły ponad połowę wszystkich skarg kierowanych do "
                    "starosty.</p>"
                ),
                "actions": (
                    "<p>Na parterze urządzono Biuro Obsługi Mieszkańców z 12 stanowiskami, w którym przyjmuje "
                    "się sprawy wydziałów komunikacji, geodezji, architektury i budownictwa oraz ochrony "
                    "środowiska. Wprowadzono system kolejkowy z rezerwacją wizyt przez portal i telefonicznie "
                    "oraz z przypomnieniem SMS dzień wcześniej.</p><p>Przeszkolono 38 pracowników z obsługi "
                    "spraw kilku wydziałów, a dla 25 najczęstszych spraw przygotowano karty usług napisane "
                    "prostym językiem. W poniedziałki biuro jest czynne do 18:00.</p>"
                ),
                "results": (
                    "<ul><li>Średni czas oczekiwania spadł z 70 do <strong>12 minut</strong>, a w szczycie "
                    "nie przekracza 30 minut.</li><li>45% wizyt jest rezerwowanych wcześniej przez "
                    "internet.</li><li>Biuro przyjmuje około 5,2 tys. spraw miesięcznie; liczba skarg na "
                    "obsługę zmalała z 64 w 2021 roku do 9 w 2023 roku.</li><li>Dzięki kartom usług liczba "
                    "niekompletnych wniosków spadła o jedną trzecią, a w ankiecie 91% mieszkańców oceniło "
                    "obsługę dobrze lub bardzo dobrze.</li></ul>"
                ),
                "lessons": (
                    "<ul><li>Rezerwacja online działa tylko wtedy, gdy część stanowisk zostaje dla osób bez "
                    "rezerwacji.</li><li>Szkolenia pracowników z obsługi spraw innych wydziałów były "
                    "trudniejsze niż przebudowa parteru; trzeba na nie zaplanować kilka "
                    "miesięcy.</li><li>Karta usługi w prostym języku to najtańszy sposób na mniej poprawek we "
                    "wnioskach.</li></ul>"
                ),
                "funding": "Regionalny Program Operacyjny Województwa Małopolskiego 2014–2020 i budżet powiatu",
            },
        },
        "adoptions": [],
    },
    {
        "key": "pl-jeziorany-male-kompetencje-cyfrowe",
        "language": "pl",
        "group": "digital-skills",
        "organisation": "Gmina Jeziorany Małe",
        "country": "PL",
        "region": "Warmian-Masurian",
        "population": 7800,
        "status": "implemented",
        "topics": ["digital-skills", "e-services", "cybersecurity"],
        "systems": ["learnhub"],
        "started": "2022-01",
        "go_live": "2022-04",
        "cost": 138000,
        "currency": "PLN",
        "facts": {"staff_trained": 42, "electronic_share": None, "units_connected": None},
        "texts": {
            "pl": {
                "title": "Urzędnicy uczą seniorów: kompetencje cyfrowe w Jezioranach Małych",
                "summary": (
                    "Gmina przeszkoliła pracowników urzędu i jednostek gminnych z profilu zaufanego, podpisu "
                    "elektronicznego i bezpiecznej pracy w sieci, a dziesięcioro z nich prowadzi teraz "
                    "zajęcia dla seniorów w bibliotece i świetlicach wiejskich."
                ),
                "problem": (
                    "<p>W gminie co czwarty mieszkaniec ma ponad 65 lat, a najbliższe biura ZUS i urzędu "
                    "skarbowego są oddalone o 40 km. Seniorzy prosili urzędników o pomoc w założeniu profilu "
                    "zaufanego czy wypełnieniu wniosku, ale pracownicy sami nie czuli się pewnie: w ankiecie "
                    "z końca 2021 roku tylko 38% z nich umiało samodzielnie podpisać dokument profilem "
                    "zaufanym.</p>"
                ),
                "actions": (
                    "<p>Na platformie LearnHub przygotowano sześć krótkich kursów dla pracowników, m.in. o "
                    "profilu zaufanym, podpisie elektronicznym, rozpoznawaniu phishingu i pracy na wspólnych "
                    "dokumentach, uzupełnionych comiesięcznymi warsztatami w urzędzie. Kursy ukończyło 42 "
                    "pracowników urzędu i jednostek gminnych.</p><p>Dziesięć z tych osób zostało "
                    "<strong>„cyfrowymi przewodnikami”</strong>: razem z Gminną Biblioteką Publiczną prowadzą "
                    "dyżury i zajęcia dla seniorów w bibliotece oraz w pięciu świetlicach wiejskich, na "
                    "tabletach kupionych w ramach Programu Cyfrowa Gmina.</p>"
                ),
                "results": (
                    "<ul><li>Odsetek pracowników samodzielnie korzystających z profilu zaufanego i podpisu "
                    "elektronicznego wzrósł z 38% do 95%.</li><li>W latach 2022–2024 z zajęć skorzystało 310 "
                    "seniorów; 184 z nich założyło profil zaufany, a 126 aplikację mObywatel.</li><li>Liczba "
                    "próśb o pomoc w wypełnieniu wniosku przy okienku spadła o około 40%.</li><li>Godzina "
                    "zajęć dla seniorów kosztowała gminę średnio 95 zł.</li></ul>"
                ),
                "lessons": (
                    "<ul><li>Seniorzy chętniej przychodzą do świetlicy we własnej wsi niż do "
                    "urzędu.</li><li>Pracownik, który sam niedawno się czegoś nauczył, często tłumaczy to "
                    "lepiej niż zewnętrzny trener.</li><li>Każde zajęcia powinny kończyć się czymś "
                    "konkretnym: założonym profilem, opłaconym rachunkiem, umówioną wizytą u "
                    "lekarza.</li></ul>"
                ),
                "funding": (
                    "Budżet gminy, Program Cyfrowa Gmina (tablety i laptopy) oraz środki Gminnej Biblioteki Publicznej"
                ),
            },
        },
        "adoptions": [
            ("Zelenyi Hai Territorial Community", "2024-02", "done"),
            ("Municipality of Stara Laka", "2024-09", "in_progress"),
        ],
    },
    {
        "key": "pl-srebrny-potok-otwarte-dane",
        "language": "pl",
        "group": "open-data",
        "organisation": "Miasto Srebrny Potok",
        "country": "PL",
        "region": "Lower Silesian",
        "population": 47300,
        "status": "implemented",
        "topics": ["open-data"],
        "systems": ["opendata-ckan", "gis-net"],
        "started": "2020-05",
        "go_live": "2021-02",
        "cost": 74000,
        "currency": "PLN",
        "facts": {"staff_trained": 23, "electronic_share": None, "units_connected": 12},
        "texts": {
            "pl": {
                "title": "Otwarte dane Srebrnego Potoku: od wydatków miasta po odjazdy autobusów",
                "summary": (
                    "Miasto udostępniło na własnym portalu CKAN 64 zbiory danych, od wykonania budżetu i umów "
                    "po rozkłady jazdy i jakość powietrza, i przekazuje je do portalu dane.gov.pl. Część "
                    "zbiorów aktualizuje się automatycznie."
                ),
                "problem": (
                    "<p>Urząd dostawał rocznie około 250 wniosków o udostępnienie informacji publicznej, z "
                    "których wiele dotyczyło tych samych danych: wydatków, zawartych umów czy liczby "
                    "mieszkańców w podziale na ulice. Każdy wniosek oznaczał ręczne przygotowanie arkusza, a "
                    "dane publikowane w Biuletynie Informacji Publicznej były w plikach PDF, których nie dało "
                    "się dalej przetwarzać.</p>"
                ),
                "actions": (
                    "<p>Informatycy miasta uruchomili portal na oprogramowaniu CKAN i połączyli go z systemem "
                    "finansowo-księgowym oraz z GIS-Net, tak aby część zbiorów aktualizowała się sama. "
                    "Zarządzenie burmistrza wyznaczyło w każdym wydziale i jednostce <strong>opiekuna "
                    "danych</strong> i ustaliło harmonogram publikacji.</p><p>Przed startem zorganizowano "
                    "warsztaty z lokalnymi programistami, dziennikarzami i organizacjami pozarządowymi, które "
                    "wskazały 20 najbardziej potrzebnych zbiorów; od nich zaczęto publikację.</p>"
                ),
                "results": (
                    "<ul><li>Opublikowano <strong>64 zbiory danych</strong>, z czego 27 aktualizuje się "
                    "automatycznie co dobę lub co miesiąc.</li><li>Dane publikuje 12 wydziałów i jednostek, a "
                    "23 opiekunów danych przeszło szkolenie.</li><li>Liczba wniosków o informację publiczną "
                    "dotyczących opublikowanych danych spadła w ciągu dwóch lat o 45%.</li><li>Na podstawie "
                    "danych powstały trzy aplikacje mieszkańców, m.in. mapa inwestycji miejskich i tablica "
                    "odjazdów autobusów; portal notuje około 3,8 tys. pobrań miesięcznie.</li></ul>"
                ),
                "lessons": (
                    "<ul><li>Zaczynać od danych, o które ludzie już pytają, a nie od tych, które najłatwiej "
                    "wyeksportować.</li><li>Automatyczna aktualizacja jest ważniejsza niż liczba zbiorów: "
                    "nieaktualny zbiór szybko traci zaufanie użytkowników.</li><li>Zbiory adresowe wymagały "
                    "uzgodnień z inspektorem ochrony danych, dlatego warto zaprosić go do zespołu od "
                    "początku.</li></ul>"
                ),
                "funding": (
                    "Budżet miasta (praca wydziału informatyki, hosting, warsztaty); oprogramowanie CKAN jest bezpłatne"
                ),
            },
        },
        "adoptions": [],
    },
    {
        "key": "pl-cisowy-jar-biale-plamy",
        "language": "pl",
        "group": "broadband",
        "organisation": "Gmina Cisowy Jar",
        "country": "PL",
        "region": "Lublin",
        "population": 4200,
        "status": "implemented",
        "topics": ["broadband"],
        "systems": ["gis-net"],
        "started": "2018-04",
        "go_live": "2021-10",
        "cost": 1260000,
        "currency": "EUR",
        "facts": {"staff_trained": None, "electronic_share": None, "units_connected": 14},
        "texts": {
            "pl": {
                "title": "Światłowód do białych plam: jak mała gmina pomogła operatorowi dotrzeć do 14 wsi",
                "summary": (
                    "Gmina Cisowy Jar nie budowała sieci sama, ale wskazała białe plamy, udostępniła "
                    "kanalizację teletechniczną i szybko wydawała zgody. Dzięki temu operator w projekcie z "
                    "dofinansowaniem doprowadził światłowód do 1120 gospodarstw domowych i wszystkich szkół."
                ),
                "problem": (
                    "<p>W 2018 roku w 11 z 14 miejscowości gminy nie było internetu o przepustowości choćby "
                    "30 Mb/s, a mieszkańcy korzystali z internetu mobilnego o zmiennej jakości. Gmina licząca "
                    "nieco ponad 4 tys. mieszkańców nie miała ani pieniędzy, ani kompetencji, żeby budować "
                    "własną sieć.</p><p>Podczas nauki zdalnej w 2020 roku część uczniów jeździła do szkoły "
                    "lub do sąsiadów, żeby wysłać zadania.</p>"
                ),
                "actions": (
                    "<p>Urzędnicy porównali mapę zasięgów z danymi o adresach w gminie i w konsultacjach "
                    "publicznych zgłosili domy bez dostępu do sieci, tak aby trafiły do obszaru objętego "
                    "dofinansowaniem. Gdy operator wygrał konkurs, gmina udostępniła mu kanalizację "
                    "teletechniczną ułożoną wcześniej przy przebudowie drogi i obniżyła do minimum opłaty za "
                    "zajęcie pasa drogowego.</p><p>Wyznaczono <strong>jedną osobę do kontaktu z "
                    "operatorem</strong>, a sołtysi zbierali deklaracje mieszkańców zainteresowanych "
                    "przyłączem. Trasy sieci nanoszono na bieżąco w systemie GIS-Net, aby uniknąć kolizji z "
                    "planowanymi inwestycjami gminy.</p>"
                ),
                "results": (
                    "<ul><li>Światłowód dotarł do <strong>14 miejscowości</strong> i 1120 gospodarstw "
                    "domowych; z usług korzysta 640 z nich, czyli 57%.</li><li>Wszystkie trzy szkoły i urząd "
                    "gminy mają łącza 1 Gb/s.</li><li>Zgody i decyzje gminy wydawano średnio w 9 dni zamiast "
                    "miesiąca.</li><li>Wkład gminy (kanalizacja, ulgi w opłatach, praca urzędników) "
                    "oszacowano na około 210 tys. zł przy wartości projektu 1,26 mln euro.</li></ul>"
                ),
                "lessons": (
                    "<ul><li>Gmina nie musi być inwestorem, żeby realnie przyspieszyć budowę sieci: wystarczy "
                    "sprawny urząd i dostęp do własnej infrastruktury.</li><li>Zgłaszanie adresów w "
                    "konsultacjach mapy zasięgów to najtańsze i najczęściej pomijane działanie.</li><li>Przy "
                    "każdej przebudowie drogi warto ułożyć pustą rurę pod przyszły światłowód.</li></ul>"
                ),
                "funding": (
                    "Program Operacyjny Polska Cyfrowa 2014–2020 (dotacja dla operatora), środki operatora i "
                    "budżet gminy"
                ),
            },
        },
        "adoptions": [],
    },
    {
        "key": "pl-kalinowy-brod-kopie-zapasowe",
        "language": "pl",
        "group": "cybersecurity",
        "organisation": "Gmina Kalinowy Bród",
        "country": "PL",
        "region": "Greater Poland",
        "population": 19800,
        "status": "scaled",
        "topics": ["cybersecurity", "digital-skills"],
        "systems": ["backupvault"],
        "started": "2021-06",
        "go_live": "2022-02",
        "cost": 312000,
        "currency": "PLN",
        "facts": {"staff_trained": 96, "electronic_share": None, "units_connected": 9},
        "texts": {
            "pl": {
                "title": "Kopie zapasowe i cyberbezpieczeństwo w gminie po ataku ransomware u sąsiadów",
                "summary": (
                    "Po ataku ransomware, który sparaliżował urząd sąsiedniej gminy, Kalinowy Bród wprowadził "
                    "zasadę 3-2-1 dla kopii zapasowych, uwierzytelnianie dwuskładnikowe i regularne "
                    "szkolenia. Rozwiązanie objęło potem szkoły, GOPS, bibliotekę i zakład komunalny."
                ),
                "problem": (
                    "<p>Na początku 2021 roku sąsiednia gmina przez trzy tygodnie nie mogła wydawać decyzji "
                    "ani wypłacać świadczeń, bo ransomware zaszyfrował jej serwery. Audyt w Kalinowym Brodzie "
                    "wykazał podobne słabości: kopie zapasowe trzymano na dysku w tej samej serwerowni, część "
                    "kont miała uprawnienia administratora, a ostatni test odtworzenia danych przeprowadzono "
                    "trzy lata wcześniej.</p>"
                ),
                "actions": (
                    "<p>Ze środków Programu Cyfrowa Gmina urząd kupił serwer kopii zapasowych i usługę "
                    "BackupVault, w której zaszyfrowane kopie są przechowywane poza urzędem w postaci "
                    "niemodyfikowalnej. Wprowadzono <strong>zasadę 3-2-1</strong>, uwierzytelnianie "
                    "dwuskładnikowe do poczty i zdalnego dostępu oraz podział sieci na segmenty.</p><p>Co "
                    "kwartał informatyk przeprowadza test odtworzenia wybranego systemu, a pracownicy co pół "
                    "roku przechodzą krótkie szkolenie i symulowaną kampanię phishingową. W 2024 roku "
                    "rozwiązanie rozszerzono na 8 jednostek gminnych w ramach programu Cyberbezpieczny "
                    "Samorząd.</p>"
                ),
                "results": (
                    "<ul><li>Pełne odtworzenie systemów dziedzinowych urzędu trwa w teście <strong>6 "
                    "godzin</strong>; wcześniej nie było wiadomo, czy jest w ogóle możliwe.</li><li>Odsetek "
                    "pracowników, którzy kliknęli link w symulowanym phishingu, spadł z 31% do "
                    "6%.</li><li>Kopiami objęto 9 jednostek (urząd, 5 szkół, GOPS, bibliotekę i zakład "
                    "komunalny), a szkolenia przeszło 96 osób.</li><li>W 2023 roku uwierzytelnianie "
                    "dwuskładnikowe zatrzymało dwie realne próby przejęcia skrzynek pocztowych.</li></ul>"
                ),
                "lessons": (
                    "<ul><li>Kopia, której nikt nie próbował odtworzyć, nie jest kopią: testy odtworzeniowe "
                    "trzeba wpisać do kalendarza.</li><li>Wójt i skarbnik muszą znać plan ciągłości "
                    "działania, bo to oni decydują o priorytetach w razie ataku.</li><li>Szkoły i biblioteka "
                    "były najsłabszym ogniwem i najtrudniej było je przekonać; pomogło wspólne zamówienie "
                    "prowadzone przez urząd.</li></ul>"
                ),
                "funding": "Program Cyfrowa Gmina (2021), program Cyberbezpieczny Samorząd (2024) i budżet gminy",
            },
            "en": {
                "title": "Backups and cybersecurity in a municipality after a ransomware attack next door",
                "summary": (
                    "After a ransomware attack paralysed a neighbouring municipality's office, Kalinowy Bród "
                    "introduced the 3-2-1 backup rule, two-factor authentication and regular training. The "
                    "solution was later extended to schools, the social welfare centre, the library and the "
                    "utility company."
                ),
                "problem": (
                    "<p>In early 2021 a neighbouring municipality could not issue decisions or pay out "
                    "benefits for three weeks after ransomware encrypted its servers. An audit in Kalinowy "
                    "Bród found similar weaknesses: backups were kept on a disk in the same server room, some "
                    "accounts had administrator rights, and the last test of restoring data had been done "
                    "three years earlier.</p>"
                ),
                "actions": (
                    "<p>With funds from the Cyfrowa Gmina (Digital Municipality) programme the office bought "
                    "a backup server and the BackupVault service, which keeps encrypted copies off site in "
                    "immutable form. It introduced the <strong>3-2-1 rule</strong>, two-factor authentication "
                    "for e-mail and remote access, and network segmentation.</p><p>Every quarter the IT "
                    "officer tests restoring one of the systems, and every six months staff take a short "
                    "training course and a simulated phishing campaign. In 2024 the solution was extended to "
                    "8 municipal units under the Cyberbezpieczny Samorząd (Cybersecure Local Government) "
                    "programme.</p>"
                ),
                "results": (
                    "<ul><li>A full restore of the office's business systems takes <strong>6 hours</strong> "
                    "in tests; before, nobody knew whether it was possible at all.</li><li>The share of staff "
                    "who clicked the link in a simulated phishing e-mail fell from 31% to 6%.</li><li>Backups "
                    "now cover 9 units (the office, 5 schools, the social welfare centre, the library and the "
                    "utility company), and 96 people have been trained.</li><li>In 2023 two-factor "
                    "authentication stopped two real attempts to take over mailboxes.</li></ul>"
                ),
                "lessons": (
                    "<ul><li>A backup that nobody has tried to restore is not a backup: put restore tests in "
                    "the calendar.</li><li>The mayor and the treasurer need to know the business continuity "
                    "plan, because they set the priorities during an attack.</li><li>Schools and the library "
                    "were the weakest link and the hardest to convince; a joint procurement run by the office "
                    "helped.</li></ul>"
                ),
                "funding": (
                    "Cyfrowa Gmina programme (2021), Cyberbezpieczny Samorząd programme (2024) and the municipal budget"
                ),
            },
        },
        "adoptions": [
            ("Powiat Lipnicki", "2024-04", "in_progress"),
            ("Municipality of Sinye Vodi", "2025-05", "planned"),
            ("Gmina Brzozowa Wola", "2023-03", "done"),
        ],
    },
    {
        "key": "pl-jarzebinow-chatbot-odpady",
        "language": "pl",
        "group": "e-services",
        "organisation": "Miasto Jarzębinów",
        "country": "PL",
        "region": "Łódź",
        "population": 248300,
        "status": "pilot",
        "topics": ["e-services", "open-data"],
        "systems": ["chatmunicipal"],
        "started": "2024-06",
        "go_live": None,
        "cost": None,
        "currency": "PLN",
        "facts": {"staff_trained": 12, "electronic_share": None, "units_connected": 1},
        "texts": {
            "pl": {
                "title": "Pilotaż chatbota, który odpowiada mieszkańcom na pytania o odpady i opłaty",
                "summary": (
                    "Miasto testuje chatbota na otwartym oprogramowaniu ChatMunicipal, który odpowiada na "
                    "pytania o harmonogram odbioru odpadów, segregację i opłaty wyłącznie na podstawie "
                    "zatwierdzonej bazy odpowiedzi i danych miasta. W pilotażu z udziałem 400 mieszkańców 81% "
                    "pytań zakończyło się poprawną odpowiedzią."
                ),
                "problem": (
                    "<p>Infolinia wydziału gospodarki odpadami odbierała w szczycie ponad 600 telefonów "
                    "tygodniowo, głównie z tymi samymi pytaniami: kiedy odbiór, gdzie wyrzucić daną rzecz, "
                    "ile wynosi opłata. Po każdej zmianie harmonogramu lub stawek linia była zajęta przez "
                    "kilka dni, a pracownikom brakowało czasu na sprawy wymagające decyzji.</p>"
                ),
                "actions": (
                    "<p>Informatycy miasta uruchomili ChatMunicipal na własnym serwerze i połączyli go z "
                    "harmonogramami odbioru publikowanymi jako otwarte dane oraz z bazą 150 odpowiedzi "
                    "przygotowanych i zatwierdzonych przez wydział. <strong>Chatbot nie wymyśla "
                    "odpowiedzi</strong>: gdy nie znajduje pewnej, podaje numer infolinii i proponuje "
                    "formularz kontaktowy.</p><p>Od listopada 2024 roku chatbota testuje 400 ochotników z rad "
                    "osiedli i Uniwersytetu Trzeciego Wieku. Każdą rozmowę ocenioną jako nietrafioną co "
                    "tydzień przegląda jeden z 12 przeszkolonych pracowników wydziału.</p>"
                ),
                "results": (
                    "<ul><li>W pilotażu padło 2,7 tys. pytań; <strong>81%</strong> zakończyło się poprawną "
                    "odpowiedzią, a 12% przekierowaniem do pracownika.</li><li>Odpowiedź pojawia się średnio "
                    "po 40 sekundach, podczas gdy na połączenie z infolinią czekało się kilka "
                    "minut.</li><li>Dzięki analizie nietrafionych pytań baza urosła ze 150 do 220 "
                    "odpowiedzi.</li><li>Inspektor ochrony danych zgłosił 3 uwagi; wszystkie zostaną wdrożone "
                    "przed udostępnieniem chatbota wszystkim mieszkańcom.</li></ul>"
                ),
                "lessons": (
                    "<ul><li>Chatbot jest tak dobry jak jego baza odpowiedzi, a jej utrzymanie to stałe "
                    "zadanie wydziału merytorycznego, nie informatyków.</li><li>Mieszkańcy pytają własnymi "
                    "słowami („gdzie oddać stary grzejnik?”), dlatego testy z prawdziwymi użytkownikami są "
                    "niezbędne.</li><li>Jasna informacja, że rozmawia się z automatem, i łatwe przejście do "
                    "człowieka budują zaufanie.</li></ul>"
                ),
                "funding": (
                    "Budżet miasta (praca własnego zespołu, koszt nie był liczony osobno); oprogramowanie "
                    "ChatMunicipal jest bezpłatne"
                ),
            },
        },
        "adoptions": [],
    },
]
