"""Demo case studies first written in English, by associations, agencies, ministries and cross-border projects.

Written for the demo: organisations, people, figures and products are invented. The data shape (keys of
each practice) is described in practices/demo_texts/__init__.py. ORGANISATIONS adds the organisations these
practices need beyond portal.demo.organisations.
"""

ORGANISATIONS = [
    # name, kind, country, region, population, website
    (
        "Upper Thrace Development Agency (demo)",
        "agency",
        "BG",
        "Plovdiv",
        None,
        "https://upper-thrace-agency.example.bg",
    ),
    (
        "Upper San Broadband Partnership (demo)",
        "other",
        "PL",
        "Podkarpackie",
        None,
        "https://upper-san-broadband.example.pl",
    ),
    ("Black Sea Coast Communities Association (demo)", "association", "UA", "Odesa Oblast", None, ""),
]

PRACTICES = [
    # BG association: shared EDM service for small municipalities (scaled; translated into bg)
    {
        "key": "en-shared-edm-rhodopes",
        "language": "en",
        "group": "document-management",
        "organisation": "Association of Municipalities of the Rhodopes",
        "country": "BG",
        "region": "Smolyan",
        "population": 68900,
        "status": "scaled",
        "topics": ["document-management", "digital-skills"],
        "systems": ["dokumentor"],
        "started": "2018-10",
        "go_live": "2019-09",
        "cost": 186000,
        "currency": "EUR",
        "facts": {"staff_trained": 214, "electronic_share": 88, "units_connected": 8},
        "texts": {
            "en": {
                "title": "Shared electronic document management service for seven small Rhodope municipalities",
                "summary": (
                    "Seven small municipalities in the Rhodopes use one hosted electronic "
                    "document management (EDM) system, run by their association, instead of "
                    "buying and maintaining seven separate systems. Almost 9 in 10 documents "
                    "now go through a fully electronic document workflow."
                ),
                "problem": (
                    "<p>The municipalities of the association have between 4,000 and 12,000 "
                    "inhabitants and usually only one IT person, often part-time. In 2018 "
                    "five of the seven still registered incoming letters in paper books. "
                    "Answering a citizen's request took on average <strong>12 working "
                    "days</strong>, because files travelled by car between the town hall and "
                    "the village mayors' offices.</p><p>Each municipality had offers for its "
                    "own EDM system, but licences and maintenance were too expensive for a "
                    "small budget, and nobody could run a server safely.</p>"
                ),
                "actions": (
                    "<ul><li>The association signed one framework contract and set up a "
                    "shared installation of the open-source Dokumentor EDM in a rented data "
                    "centre in Plovdiv, with a separate space for each "
                    "municipality.</li><li>A working group of municipal secretaries agreed "
                    "one common filing plan, 38 standard document types and shared templates "
                    "for orders and letters.</li><li>A support team of two people at the "
                    "association takes care of user accounts, updates, backups and questions "
                    "by phone.</li><li>Every employee had one day of training, and each "
                    "municipality named two 'EDM champions' who help their "
                    "colleagues.</li></ul>"
                ),
                "results": (
                    "<p>The average time to answer a citizen's request fell from 12 to "
                    "<strong>5 working days</strong>. 88% of documents are now created, "
                    "signed and sent electronically, and paper use fell by about 60% (from "
                    "410,000 to 165,000 sheets a year).</p><p>Running costs are <strong>EUR "
                    "2,300 per municipality per year</strong>, against offers of EUR "
                    "9,000–14,000 for a separate system. In 2023 the Municipality of Stara "
                    "Laka joined under a service contract, and the Municipality of Belitsa "
                    "Reka is preparing to join. Today 214 employees in eight municipalities "
                    "work in the system.</p>"
                ),
                "lessons": (
                    "<ul><li>Agree the common filing plan before you configure the system: "
                    "it took us four months, but it saved much more time later.</li><li>A "
                    "shared service needs a small permanent team, not only a "
                    "contract.</li><li>Do not keep paper and electronic registers in "
                    "parallel for more than three months.</li><li>The mayor must sign the "
                    "internal rules that make the electronic document the original.</li></ul>"
                ),
                "funding": (
                    "A grant from the national operational programme for good governance "
                    "(EUR 142,000) and co-financing from the seven municipalities; running "
                    "costs are covered by a yearly membership fee."
                ),
            },
            "bg": {
                "title": "Споделена услуга за електронен документооборот за седем малки общини в Родопите",
                "summary": (
                    "Седем малки общини в Родопите работят с една обща система за електронен "
                    "документооборот (СЕД), която се поддържа от тяхното сдружение, вместо "
                    "всяка да купува и поддържа собствена система. Днес почти 9 от 10 "
                    "документа минават изцяло по електронен път."
                ),
                "problem": (
                    "<p>Общините в сдружението имат между 4 000 и 12 000 жители и обикновено "
                    "само един ИТ специалист, често на непълен работен ден. През 2018 г. пет "
                    "от седемте все още завеждаха входящата поща в хартиени дневници. "
                    "Отговорът на искане на гражданин отнемаше средно <strong>12 работни "
                    "дни</strong>, защото преписките пътуваха с кола между общинската "
                    "администрация и кметствата в селата.</p><p>Всяка община имаше оферти за "
                    "собствена система за документооборот, но лицензите и поддръжката бяха "
                    "твърде скъпи за малък бюджет, а и нямаше кой да поддържа сигурно "
                    "собствен сървър.</p>"
                ),
                "actions": (
                    "<ul><li>Сдружението сключи един рамков договор и разположи обща "
                    "инсталация на системата с отворен код Dokumentor в нает център за данни "
                    "в Пловдив, с отделно пространство за всяка община.</li><li>Работна "
                    "група от секретари на общини съгласува обща номенклатура на делата, 38 "
                    "стандартни вида документи и общи образци на заповеди и "
                    "писма.</li><li>Екип от двама души в сдружението се грижи за "
                    "потребителските профили, обновяванията, резервните копия и въпросите по "
                    "телефона.</li><li>Всеки служител премина еднодневно обучение, а всяка "
                    "община определи двама „посланици на СЕД“, които помагат на колегите "
                    "си.</li></ul>"
                ),
                "results": (
                    "<p>Средното време за отговор на искане на гражданин намаля от 12 на "
                    "<strong>5 работни дни</strong>. 88% от документите вече се създават, "
                    "подписват и изпращат електронно, а разходът на хартия спадна с около "
                    "60% (от 410 000 на 165 000 листа годишно).</p><p>Текущите разходи са "
                    "<strong>2 300 евро на община годишно</strong> при оферти от 9 000 до 14 "
                    "000 евро за отделна система. През 2023 г. към услугата се присъедини "
                    "община Стара Лъка по договор за услуга, а община Белица Река се "
                    "подготвя да се включи. Днес в системата работят 214 служители от осем "
                    "общини.</p>"
                ),
                "lessons": (
                    "<ul><li>Съгласувайте общата номенклатура на делата, преди да "
                    "настройвате системата: това ни отне четири месеца, но после спести "
                    "много повече време.</li><li>Споделената услуга има нужда от малък "
                    "постоянен екип, не само от договор.</li><li>Не водете хартиен и "
                    "електронен регистър паралелно повече от три месеца.</li><li>Кметът "
                    "трябва да подпише вътрешните правила, според които електронният "
                    "документ е оригиналът.</li></ul>"
                ),
                "funding": (
                    "Безвъзмездна помощ от националната оперативна програма за добро "
                    "управление (142 000 евро) и съфинансиране от седемте общини; текущите "
                    "разходи се покриват от годишния членски внос."
                ),
            },
        },
        "adoptions": [
            ("Municipality of Stara Laka", "2023-05", "done"),
            ("Municipality of Belitsa Reka", "2024-10", "in_progress"),
        ],
    },
    # UA agency: document exchange between hromadas and ministries (translated into uk)
    {
        "key": "en-document-exchange-hromadas-ministries",
        "language": "en",
        "group": "document-management",
        "organisation": "Digital Transformation Agency (demo)",
        "country": "UA",
        "region": "Zhytomyr, Poltava and Lviv oblasts",
        "population": 980000,
        "status": "implemented",
        "topics": ["document-management", "e-services"],
        "systems": ["e-office-ua"],
        "started": "2022-09",
        "go_live": "2023-10",
        "cost": 310000,
        "currency": "EUR",
        "facts": {"staff_trained": 620, "electronic_share": 81, "units_connected": 146},
        "texts": {
            "en": {
                "title": "Interoperable document exchange between hromadas and central government bodies",
                "summary": (
                    "The agency connected the electronic document management systems of 146 "
                    "territorial communities to the national document exchange. Letters, "
                    "orders and reports now travel between hromadas and ministries "
                    "electronically, with a qualified signature and a delivery receipt."
                ),
                "problem": (
                    "<p>After the decentralisation reform, hromadas exchange thousands of "
                    "letters a year with ministries, oblast administrations and state "
                    "agencies. Many communities already had electronic document management, "
                    "but documents left the system as scanned PDF files sent by e-mail, or "
                    "as paper sent by post. A reply from a ministry often took <strong>three "
                    "to four weeks</strong>, and nobody could prove when a document had "
                    "arrived.</p>"
                ),
                "actions": (
                    "<ul><li>We added a standard connector to the national exchange to "
                    "E-Office Hromada, the free EDM system that the agency offers to "
                    "communities.</li><li>Together with five ministries we agreed one "
                    "electronic 'envelope' with required metadata: sender, registration "
                    "number, deadline and qualified electronic signature.</li><li>Regional "
                    "coordinators in three oblasts helped each hromada to register in the "
                    "exchange, test sending and receiving, and update its records management "
                    "instruction.</li><li>During power cuts the connector keeps outgoing "
                    "documents in a queue and sends them as soon as the connection "
                    "returns.</li></ul>"
                ),
                "results": (
                    "<p><strong>146 hromadas</strong> with about 980,000 inhabitants are "
                    "connected, and 620 employees were trained. In 2024 they sent 212,000 "
                    "documents through the exchange; 81% of all documents between these "
                    "hromadas and central bodies are now electronic.</p><p>The average "
                    "delivery time fell from 6 days by post to less than one hour, and the "
                    "communities save about EUR 95,000 a year on postage and printing.</p>"
                ),
                "lessons": (
                    "<ul><li>Agree the metadata with the receiving ministries first: a "
                    "connector alone does not make them reply electronically.</li><li>The "
                    "delivery receipt convinced lawyers more than any "
                    "presentation.</li><li>Plan for power cuts and poor connections from day "
                    "one.</li></ul>"
                ),
                "funding": (
                    "State budget of the agency and a grant from an international donor "
                    "programme for digital transformation; connection is free of charge for "
                    "the hromadas."
                ),
            },
            "uk": {
                "title": "Електронний обмін документами між громадами та центральними органами влади",
                "summary": (
                    "Агентство під'єднало системи електронного документообігу 146 "
                    "територіальних громад до національної системи обміну документами. "
                    "Листи, розпорядження та звіти тепер передаються між громадами й "
                    "міністерствами в електронному вигляді, з кваліфікованим підписом і "
                    "квитанцією про доставку."
                ),
                "problem": (
                    "<p>Після реформи децентралізації громади щороку обмінюються тисячами "
                    "листів із міністерствами, обласними адміністраціями та державними "
                    "агентствами. Багато громад уже мали електронний документообіг, але "
                    "документи виходили із системи як скановані PDF-файли електронною поштою "
                    "або як папір поштою. Відповідь міністерства часто надходила через "
                    "<strong>три–чотири тижні</strong>, і ніхто не міг довести, коли "
                    "документ було отримано.</p>"
                ),
                "actions": (
                    "<ul><li>Ми додали до E-Office Hromada, безоплатної системи "
                    "документообігу, яку агентство пропонує громадам, стандартний модуль "
                    "підключення до національної системи обміну.</li><li>Разом із п'ятьма "
                    "міністерствами ми погодили єдиний електронний «конверт» з обов'язковими "
                    "метаданими: відправник, реєстраційний номер, строк виконання та "
                    "кваліфікований електронний підпис.</li><li>Регіональні координатори в "
                    "трьох областях допомогли кожній громаді зареєструватися в системі "
                    "обміну, перевірити надсилання й отримання документів та оновити "
                    "інструкцію з діловодства.</li><li>Під час відключень електроенергії "
                    "модуль зберігає вихідні документи в черзі й надсилає їх, щойно зв'язок "
                    "відновиться.</li></ul>"
                ),
                "results": (
                    "<p>Під'єднано <strong>146 громад</strong>, у яких проживає близько 980 "
                    "тисяч людей, і навчено 620 працівників. У 2024 році громади надіслали "
                    "через систему обміну 212 000 документів; 81% усіх документів між цими "
                    "громадами та центральними органами тепер електронні.</p><p>Середній час "
                    "доставки скоротився з 6 днів поштою до менш ніж години, а громади "
                    "заощаджують близько 95 000 євро на рік на поштових витратах і друці.</p>"
                ),
                "lessons": (
                    "<ul><li>Спершу погодьте метадані з міністерствами, які отримують "
                    "документи: сам модуль підключення не змусить їх відповідати "
                    "електронно.</li><li>Квитанція про доставку переконала юристів краще за "
                    "будь-яку презентацію.</li><li>Від першого дня плануйте роботу під час "
                    "відключень світла й за поганого зв'язку.</li></ul>"
                ),
                "funding": (
                    "Державний бюджет агентства та грант міжнародної донорської програми з "
                    "цифрової трансформації; для громад підключення безоплатне."
                ),
            },
        },
        "adoptions": [],
    },
    # PL county: e-service catalogue and online payments (translated into pl)
    {
        "key": "en-e-service-catalogue-payments-lipnicki",
        "language": "en",
        "group": "e-services",
        "organisation": "Powiat Lipnicki",
        "country": "PL",
        "region": "Lesser Poland",
        "population": 81500,
        "status": "implemented",
        "topics": ["e-services", "document-management"],
        "systems": ["servicedesk-portal", "payportal"],
        "started": "2020-04",
        "go_live": "2021-03",
        "cost": 145000,
        "currency": "EUR",
        "facts": {"staff_trained": 95, "electronic_share": 46, "units_connected": 8},
        "texts": {
            "en": {
                "title": "One e-service catalogue and online payments for a county and its seven gminas",
                "summary": (
                    "Powiat Lipnicki and its seven gminas publish all their services in one "
                    "online catalogue. Every service has a description with the same "
                    "structure, an online form and payment of fees by card, bank transfer or "
                    "BLIK."
                ),
                "problem": (
                    "<p>Residents did not know whether a matter belonged to the gmina office "
                    "or to the county office, and each office described the same service "
                    "differently on its website. Most services could only be started at the "
                    "counter. Fees had to be paid at a bank or post office, and the receipt "
                    "brought back in person, so many people came to the one-stop shop two or "
                    "three times for one matter.</p>"
                ),
                "actions": (
                    "<ul><li>We listed 164 services of the county office and the gmina "
                    "offices and described each in the same way: who can apply, which "
                    "documents are needed, the fee, the time limit and how to "
                    "appeal.</li><li>The catalogue runs on the open-source Municipal Service "
                    "Portal; the 58 most used services have an online form that goes "
                    "straight into the office's document workflow.</li><li>The PayPortal "
                    "gateway lets residents pay by card, bank transfer or BLIK, and each "
                    "payment is matched to its case automatically.</li><li>Staff of the "
                    "one-stop shops were trained to help residents apply online at a "
                    "self-service point in every office.</li></ul>"
                ),
                "results": (
                    "<p>In 2024, <strong>46% of applications</strong> for the 58 online "
                    "services were made online, against 9% in 2020. 71% of fees are paid "
                    "online, and matching payments to cases takes the finance department 2 "
                    "hours a week instead of 2 days.</p><p>Repeat visits to the one-stop "
                    "shops fell by about a third, and the average time to issue an extract "
                    "from the land and building register fell from 5 days to 1 day. 95 "
                    "employees were trained, and all eight offices use the same "
                    "catalogue.</p>"
                ),
                "lessons": (
                    "<ul><li>Write service descriptions together with counter staff: they "
                    "know what residents ask.</li><li>Residents value online payment most; "
                    "if you can do only one thing, start with it.</li><li>One catalogue for "
                    "the county and its gminas removes the question 'which "
                    "office?'.</li></ul>"
                ),
                "funding": (
                    "Regional operational programme (85%) and the budgets of the county and "
                    "the gminas (15%); the offices pay the PayPortal fee for each "
                    "transaction."
                ),
            },
            "pl": {
                "title": "Wspólny katalog e-usług i płatności online dla powiatu i siedmiu gmin",
                "summary": (
                    "Powiat Lipnicki i siedem gmin z jego terenu publikują wszystkie swoje "
                    "usługi w jednym katalogu internetowym. Każda usługa ma opis o tej samej "
                    "strukturze, formularz online i możliwość zapłaty kartą, przelewem lub "
                    "BLIK-iem."
                ),
                "problem": (
                    "<p>Mieszkańcy nie wiedzieli, czy daną sprawę załatwia urząd gminy, czy "
                    "starostwo powiatowe, a każdy urząd opisywał tę samą usługę na swojej "
                    "stronie inaczej. Większość spraw można było rozpocząć tylko przy "
                    "okienku. Opłaty trzeba było wnieść w banku lub na poczcie i osobiście "
                    "przynieść potwierdzenie, więc wiele osób przychodziło do biura obsługi "
                    "mieszkańców dwa lub trzy razy w jednej sprawie.</p>"
                ),
                "actions": (
                    "<ul><li>Spisaliśmy 164 usługi starostwa i urzędów gmin i opisaliśmy "
                    "każdą według tego samego schematu: kto może złożyć wniosek, jakie "
                    "dokumenty są potrzebne, ile wynosi opłata, jaki jest termin załatwienia "
                    "sprawy i jak się odwołać.</li><li>Katalog działa na otwartym "
                    "oprogramowaniu Municipal Service Portal; 58 najczęściej załatwianych "
                    "spraw ma formularz online, który trafia bezpośrednio do obiegu "
                    "dokumentów w urzędzie.</li><li>Bramka PayPortal pozwala zapłacić kartą, "
                    "przelewem lub BLIK-iem, a każda wpłata jest automatycznie przypisywana "
                    "do sprawy.</li><li>Pracownicy biur obsługi mieszkańców zostali "
                    "przeszkoleni, aby pomagać w składaniu wniosków online w punkcie "
                    "samoobsługowym w każdym urzędzie.</li></ul>"
                ),
                "results": (
                    "<p>W 2024 r. <strong>46% wniosków</strong> dotyczących 58 usług "
                    "dostępnych online złożono przez internet (w 2020 r. – 9%). 71% opłat "
                    "wnoszonych jest online, a przypisanie wpłat do spraw zajmuje wydziałowi "
                    "finansowemu 2 godziny tygodniowo zamiast 2 dni.</p><p>Liczba powtórnych "
                    "wizyt w biurach obsługi mieszkańców spadła o około jedną trzecią, a "
                    "średni czas wydania wypisu z ewidencji gruntów i budynków skrócił się z "
                    "5 dni do 1 dnia. Przeszkolono 95 pracowników, a wszystkie osiem urzędów "
                    "korzysta z tego samego katalogu.</p>"
                ),
                "lessons": (
                    "<ul><li>Opisy usług przygotowujcie razem z pracownikami okienek – to "
                    "oni wiedzą, o co pytają mieszkańcy.</li><li>Mieszkańcy najbardziej "
                    "cenią płatności online; jeśli możecie zrobić tylko jedną rzecz, "
                    "zacznijcie od nich.</li><li>Jeden katalog dla powiatu i gmin usuwa "
                    "pytanie „do którego urzędu?”.</li></ul>"
                ),
                "funding": (
                    "Regionalny program operacyjny (85%) oraz budżety powiatu i gmin (15%); "
                    "opłatę PayPortal za każdą transakcję pokrywają urzędy."
                ),
            },
        },
        "adoptions": [
            ("Gmina Brzozowa Wola", "2023-09", "done"),
            ("Gmina Jeziorany Małe", "2024-03", "done"),
        ],
    },
    # BG regional agency: open data portal for 18 municipalities (scaled)
    {
        "key": "en-regional-open-data-upper-thrace",
        "language": "en",
        "group": "open-data",
        "organisation": "Upper Thrace Development Agency (demo)",
        "country": "BG",
        "region": "Plovdiv",
        "population": 640000,
        "status": "scaled",
        "topics": ["open-data"],
        "systems": ["opendata-ckan"],
        "started": "2018-05",
        "go_live": "2019-04",
        "cost": 98000,
        "currency": "EUR",
        "facts": {"staff_trained": 54, "electronic_share": None, "units_connected": 18},
        "texts": {
            "en": {
                "title": "One regional open data portal for 18 municipalities of the Plovdiv region",
                "summary": (
                    "A regional development agency runs one open data portal on which 18 "
                    "municipalities publish budgets, public contracts, transport and "
                    "environment data in the same formats."
                ),
                "problem": (
                    "<p>The law requires municipalities to publish open data, but most small "
                    "municipalities in the region had nobody to do it. In 2018 only 4 of the "
                    "18 municipalities published any datasets, mostly scanned PDF files that "
                    "nobody could reuse. Journalists, businesses and the regional university "
                    "had to ask for the same information again and again through access to "
                    "information requests.</p>"
                ),
                "actions": (
                    "<ul><li>The agency set up one regional CKAN portal with a separate page "
                    "for each municipality.</li><li>The municipalities agreed on 22 'core "
                    "datasets' with common templates, for example budget execution, public "
                    "contracts, schools and kindergartens, bus stops and timetables, and air "
                    "quality.</li><li>Each municipality named a data steward; 54 stewards "
                    "were trained in two-day workshops and follow a shared publication "
                    "calendar.</li><li>Where possible, datasets are updated automatically "
                    "from the financial and GIS systems.</li></ul>"
                ),
                "results": (
                    "<p>The portal now holds <strong>1,140 datasets</strong>. All 18 "
                    "municipalities publish at least 15 of the 22 core datasets, and 83% of "
                    "datasets are in machine-readable formats (CSV, JSON, GeoJSON). In 2024 "
                    "the portal had 61,000 visits and 9,300 downloads through the "
                    "API.</p><p>Requests for public information about budgets and contracts "
                    "fell by 40% in the three largest municipalities. Local developers used "
                    "the data to build a bus timetable app and a map of municipal "
                    "spending.</p>"
                ),
                "lessons": (
                    "<ul><li>Start with a short list of core datasets that everyone can "
                    "publish, not with everything at once.</li><li>Automatic updates are the "
                    "only way to keep data fresh in a small municipality.</li><li>Show the "
                    "mayors who uses the data: it protects the time of the data "
                    "stewards.</li></ul>"
                ),
                "funding": (
                    "Own budget of the agency and a grant from a national open government "
                    "programme (EUR 64,000); the municipalities pay no fee."
                ),
            },
        },
        "adoptions": [],
    },
    # PL association: digital competences of commune secretaries (scaled)
    {
        "key": "en-digital-skills-commune-secretaries",
        "language": "en",
        "group": "digital-skills",
        "organisation": "Union of Rural Communes (demo)",
        "country": "PL",
        "region": "Masovian, Łódź and Lublin voivodeships",
        "population": 870000,
        "status": "scaled",
        "topics": ["digital-skills", "document-management", "cybersecurity"],
        "systems": ["learnhub"],
        "started": "2021-01",
        "go_live": "2021-09",
        "cost": 260000,
        "currency": "EUR",
        "facts": {"staff_trained": 412, "electronic_share": None, "units_connected": 164},
        "texts": {
            "en": {
                "title": "Digital competence programme for secretaries of rural communes",
                "summary": (
                    "A blended programme of eight short modules prepared the secretaries of "
                    "rural communes to lead the move to electronic document management and "
                    "e-services in their own offices."
                ),
                "problem": (
                    "<p>In a small rural commune the secretary organises the work of the "
                    "whole office, but few secretaries had any training in digital tools. In "
                    "a survey of our members in 2020, 62% of secretaries felt unsure about "
                    "EDM, electronic signatures and data protection. Many offices had bought "
                    "a system but used it only to register letters. The training on offer "
                    "was general, expensive and far away from rural offices.</p>"
                ),
                "actions": (
                    "<ul><li>Together with experienced secretaries we designed eight "
                    "modules: EDM and document workflow, e-signatures and e-delivery, "
                    "e-services, data protection, cybersecurity basics (phishing, passwords, "
                    "backups), online meetings, managing change in the office, and buying "
                    "IT.</li><li>Each module combines a 90-minute online lesson in LearnHub, "
                    "a practical task in the participant's own office and a monthly regional "
                    "meeting.</li><li>Participants who finish all modules receive a "
                    "certificate and can become mentors for newer colleagues.</li></ul>"
                ),
                "results": (
                    "<p>Between 2021 and 2024, <strong>412 secretaries and deputy "
                    "secretaries</strong> from 164 communes completed the programme, and 87% "
                    "rated it useful or very useful. In the communes that took part, the "
                    "share of fully electronic case files rose from 21% to 58% within two "
                    "years.</p><p>The programme cost about EUR 630 per participant. 38 "
                    "graduates now work as mentors, and the union uses the course as the "
                    "standard introduction for new secretaries.</p>"
                ),
                "lessons": (
                    "<ul><li>A practical task in one's own office teaches more than a "
                    "lecture.</li><li>Short online lessons fit into the working day of a "
                    "rural office; whole days away do not.</li><li>Mentors from the same "
                    "profession keep the change going after the course ends.</li></ul>"
                ),
                "funding": (
                    "European Social Fund project led by the union (90%) and contributions "
                    "of the member communes (10%)."
                ),
            },
        },
        "adoptions": [
            ("Digital Transformation Agency (demo)", "2023-04", "done"),
            ("Association of Municipalities of the Rhodopes", "2025-02", "in_progress"),
        ],
    },
    # PL partnership of gminas: ducts and poles shared with operators
    {
        "key": "en-passive-infrastructure-sharing-upper-san",
        "language": "en",
        "group": "broadband",
        "organisation": "Upper San Broadband Partnership (demo)",
        "country": "PL",
        "region": "Podkarpackie",
        "population": 96000,
        "status": "implemented",
        "topics": ["broadband"],
        "systems": ["gis-net"],
        "started": "2019-06",
        "go_live": "2021-11",
        "cost": 3150000,
        "currency": "EUR",
        "facts": {"staff_trained": None, "electronic_share": None, "units_connected": 96},
        "texts": {
            "en": {
                "title": "Sharing municipal ducts and poles to bring broadband to rural white spots",
                "summary": (
                    "Nine gminas mapped their passive infrastructure, lay empty ducts during "
                    "every road project and lease ducts and poles to local operators, who "
                    "now reach villages that had no fast broadband."
                ),
                "problem": (
                    "<p>In 2019 about 6,800 households in the nine gminas were in 'white "
                    "spots': places with no network of at least 30 Mbit/s and no operator "
                    "plans for the next three years. Operators told us that digging was "
                    "70–80% of the cost of a rural connection. At the same time the gminas "
                    "were rebuilding roads, water pipes and street lighting without laying a "
                    "single duct.</p>"
                ),
                "actions": (
                    "<ul><li>We mapped all municipal ducts, poles, street lighting and "
                    "public buildings in GIS-Net Planner and shared the map with "
                    "operators.</li><li>Each gmina adopted a 'dig once' rule: every road or "
                    "water project includes an empty duct where the broadband plan needs "
                    "one.</li><li>All operators are offered the same standard lease contract "
                    "with a public price list per metre of duct and per "
                    "pole.</li><li>Schools, health centres and libraries were connected "
                    "first, as anchor points for the new networks.</li></ul>"
                ),
                "results": (
                    "<p>Since 2019 the gminas have laid <strong>212 km of ducts</strong> "
                    "together with other works, at about 15% of the cost of separate "
                    "digging. Four local operators lease the ducts and poles; 5,900 of the "
                    "6,800 white-spot households can now order at least 100 Mbit/s, and "
                    "2,750 have done so.</p><p>96 public buildings have a fibre connection, "
                    "and lease income of about EUR 48,000 a year pays for maintenance.</p>"
                ),
                "lessons": (
                    "<ul><li>A good map of your own infrastructure is the start of every "
                    "conversation with operators.</li><li>'Dig once' works only if the roads "
                    "department and the broadband plan talk to each other.</li><li>Equal "
                    "terms and a public price list build trust with small "
                    "operators.</li></ul>"
                ),
                "funding": (
                    "Regional operational programme for the ducts laid with road works and "
                    "the budgets of the nine gminas; the operators invested about EUR 4.1 "
                    "million of their own, which is not included in the cost."
                ),
            },
        },
        "adoptions": [],
    },
    # BG ministry: cybersecurity baseline piloted in a municipality of 5,200
    {
        "key": "en-cyber-baseline-small-municipalities",
        "language": "en",
        "group": "cybersecurity",
        "organisation": "Ministry of e-Government (demo)",
        "country": "BG",
        "region": "Lovech",
        "population": 5200,
        "status": "pilot",
        "topics": ["cybersecurity", "digital-skills"],
        "systems": ["backupvault"],
        "started": "2024-02",
        "go_live": "2024-09",
        "cost": 38000,
        "currency": "EUR",
        "facts": {"staff_trained": 46, "electronic_share": None, "units_connected": None},
        "texts": {
            "en": {
                "title": "Cybersecurity baseline and incident response for small municipalities: a pilot",
                "summary": (
                    "The ministry tested a minimum set of 12 security measures, phishing "
                    "training, offline backups and a one-page incident response plan in one "
                    "small municipality, before offering the package to all municipalities."
                ),
                "problem": (
                    "<p>Small municipalities keep civil registration, local tax and social "
                    "data, but usually have one IT person or an external contractor. In "
                    "recent years several municipalities lost access to their systems for "
                    "days after ransomware attacks, and most of them had no tested backups. "
                    "The national security rules were written for large institutions and "
                    "were hard to apply in an office of 40 people.</p>"
                ),
                "actions": (
                    "<ul><li>We wrote a baseline of 12 measures that a small office can put "
                    "in place within six months, for example two-factor login for e-mail, "
                    "automatic updates, separate administrator accounts and the 3-2-1 rule "
                    "for backups.</li><li>In the Municipality of Stara Laka all 46 employees "
                    "took a two-hour course, followed by three simulated phishing "
                    "campaigns.</li><li>BackupVault makes encrypted backups every night, "
                    "with one copy kept offline, and the municipality tests a full restore "
                    "every quarter.</li><li>A one-page incident response plan says whom to "
                    "call, what to disconnect and how to report to the national CERT within "
                    "24 hours.</li></ul>"
                ),
                "results": (
                    "<p>After six months the municipality met <strong>11 of the 12 "
                    "measures</strong>, against 2 before the pilot. The share of staff who "
                    "clicked a simulated phishing link fell from 34% to 6%, and staff now "
                    "report about 17 suspicious e-mails a month.</p><p>In the last test a "
                    "full restore of the main servers took 5 hours; before the pilot it "
                    "would have taken an estimated two to three weeks. Tools and training "
                    "for the municipality cost EUR 21,000 in the first year, of which EUR "
                    "6,500 is paid every year.</p>"
                ),
                "lessons": (
                    "<ul><li>A short list of measures gets done; a 200-page policy does "
                    "not.</li><li>Test the restore, not only the backup.</li><li>Tell staff "
                    "that reporting a wrong click is welcome: fear makes people hide "
                    "incidents.</li></ul>"
                ),
                "funding": (
                    "Ministry budget (EUR 38,000, including writing the baseline and an "
                    "external audit); the municipality covered the time of its staff."
                ),
            },
        },
        "adoptions": [
            ("Municipality of Zlatograd Dol", "2025-03", "in_progress"),
            ("Municipality of Kameno Pole", "2025-09", "planned"),
        ],
    },
    # UA association: chatbot pilot, not yet live, costs not final
    {
        "key": "en-citizen-chatbot-black-sea-hromadas",
        "language": "en",
        "group": "e-services",
        "organisation": "Black Sea Coast Communities Association (demo)",
        "country": "UA",
        "region": "Odesa Oblast",
        "population": 58000,
        "status": "pilot",
        "topics": ["e-services", "digital-skills"],
        "systems": ["chatmunicipal", "servicedesk-portal"],
        "started": "2024-06",
        "go_live": None,
        "cost": None,
        "currency": "EUR",
        "facts": {"staff_trained": 22, "electronic_share": None, "units_connected": 3},
        "texts": {
            "en": {
                "title": "A chatbot that answers residents' questions about hromada services",
                "summary": (
                    "Three hromadas are testing an open-source chatbot on their websites and "
                    "in a messenger app. It answers frequent questions about services, "
                    "documents and opening hours of the administrative service centres, and "
                    "passes difficult questions to a person."
                ),
                "problem": (
                    "<p>The administrative service centres (ASCs) of the three hromadas "
                    "receive about 4,500 phone calls a month, and staff estimate that two "
                    "thirds are the same simple questions: which documents to bring, how "
                    "much a service costs, when the centre is open. Since 2022 many "
                    "internally displaced people have arrived who need the same answers, "
                    "often outside working hours. Time spent on the phone is time not spent "
                    "on applications.</p>"
                ),
                "actions": (
                    "<ul><li>Staff of the three ASCs collected 310 frequent questions and "
                    "wrote short, checked answers, each with a link to the right e-service "
                    "or form.</li><li>The association set up ChatMunicipal on the hromadas' "
                    "websites and in a messenger app; it answers only from the approved "
                    "answers, not from the open internet.</li><li>When the chatbot cannot "
                    "answer, it offers a call-back or creates a request for a staff member "
                    "in the Municipal Service Portal.</li><li>Before the public launch, 300 "
                    "residents, including older people and displaced persons, tested it in a "
                    "closed test.</li></ul>"
                ),
                "results": (
                    "<p>In the closed test from January to April 2025 the chatbot handled "
                    "2,860 conversations and answered <strong>74% of them without a "
                    "person</strong>. Testers rated 81% of the answers as clear, and staff "
                    "rewrote 64 answers after the test, most of them about documents for "
                    "displaced persons.</p><p>The centres expect routine calls to fall by a "
                    "third. The public launch is planned for autumn 2025, after the hromada "
                    "councils approve rules for personal data in conversations.</p>"
                ),
                "lessons": (
                    "<ul><li>A chatbot is only as good as its answers: plan staff time to "
                    "write and update them.</li><li>Always offer a way to reach a "
                    "person.</li><li>Test with the people who will really use it, not only "
                    "with staff.</li></ul>"
                ),
                "funding": (
                    "Own funds of the association and a small grant from a partner city in "
                    "Poland; the hromadas provide staff time. The costs are not final while "
                    "the pilot runs."
                ),
            },
        },
        "adoptions": [],
    },
]
