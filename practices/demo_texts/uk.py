"""Case studies first written in Ukrainian (invented for the demo; communities, people and figures are fictional).

See the package docstring (practices.demo_texts) for the shape of each practice. ORGANISATIONS holds the
Ukrainian territorial communities these practices need beyond portal.demo.organisations.
"""

ORGANISATIONS = [
    # name, kind, country, region, population, website
    (
        "Kamianobrid City Territorial Community",
        "community",
        "UA",
        "Vinnytsia Oblast",
        287400,
        "https://kamianobrid.example.ua",
    ),
    (
        "Svitlorichna City Territorial Community",
        "community",
        "UA",
        "Rivne Oblast",
        68200,
        "https://svitlorichna.example.ua",
    ),
    ("Tykhi Stavy Territorial Community", "community", "UA", "Khmelnytskyi Oblast", 11600, ""),
    ("Dubove Pole Territorial Community", "community", "UA", "Chernihiv Oblast", 5400, ""),
]

PRACTICES = [
    {
        "key": "uk-horodnytsia-sev-ovv",
        "language": "uk",
        "group": "document-management",
        "organisation": "Horodnytsia Territorial Community",
        "country": "UA",
        "region": "Zhytomyr Oblast",
        "population": 14300,
        "status": "scaled",
        "topics": [
            "document-management",
        ],
        "systems": [
            "e-office-ua",
        ],
        "started": "2019-03",
        "go_live": "2020-01",
        "cost": 640000,
        "currency": "UAH",
        "facts": {
            "staff_trained": 76,
            "electronic_share": 94,
            "units_connected": 18,
        },
        "texts": {
            "uk": {
                "title": "Від паперових журналів до СЕВ ОВВ: електронний документообіг у малій громаді",
                "summary": (
                    "Після об'єднання громада перевела діловодство ради, виконавчих органів і восьми старостатів у "
                    "систему E-Office Hromada та підключилася до СЕВ ОВВ. Сьогодні понад 90% документів створюють, "
                    "погоджують і підписують КЕП без паперу."
                ),
                "problem": (
                    "<p>Після об'єднання у 2018 році до Городницької громади увійшли 19 сіл, але діловодство вели три "
                    "окремі канцелярії з паперовими журналами реєстрації. Лист від обласної державної адміністрації "
                    "йшов до виконавця в середньому <strong>4–5 робочих днів</strong>, а проєкти рішень для погодження "
                    "доводилося возити до старостатів.</p><p>Строки виконання контролювали вручну в таблицях Excel, "
                    "тож про пропущені терміни дізнавалися лише з нагадувань з області.</p>"
                ),
                "actions": (
                    "<ul><li>Затвердили нову інструкцію з діловодства та єдину номенклатуру справ для всіх виконавчих "
                    "органів і старостатів.</li><li>Запровадили систему E-Office Hromada, яку Агенція цифрової "
                    "трансформації надає безкоштовно, і налаштували маршрути погодження типових документів: спершу в "
                    "апараті ради, а протягом 2020 року — в усіх старостатах.</li><li>Оформили кваліфікований "
                    "електронний підпис (КЕП) для всіх посадових осіб, які підписують або погоджують документи, і "
                    "закупили 12 потокових сканерів для вхідної пошти.</li><li>Підключили громаду до СЕВ ОВВ, щоб "
                    "листи від органів влади надходили й надсилалися без паперу.</li><li>Навчали працівників у малих "
                    "групах, а в кожному підрозділі на перші три місяці призначили «цифрового чергового».</li></ul>"
                ),
                "results": (
                    "<p>Середній час від реєстрації вхідного документа до його отримання виконавцем скоротився з 4–5 "
                    "днів до <strong>кількох годин</strong>: майже всі документи потрапляють до виконавця в день "
                    "надходження. Частка документів, які створюють і підписують лише в електронному вигляді, зросла до "
                    "<strong>94%</strong>, а витрати на папір і поштові відправлення зменшилися приблизно на 68 тис. "
                    "грн на рік.</p><p>До системи підключено 18 структурних підрозділів і старостатів, навчено 76 "
                    "працівників, а кількість прострочених доручень у 2021 році зменшилася втричі порівняно з "
                    "2019-м.</p>"
                ),
                "lessons": (
                    "<ul><li>Спершу наведіть лад у номенклатурі справ і маршрутах погодження, а вже потім налаштовуйте "
                    "систему.</li><li>Поки хоча б один керівник не має КЕП, документи й далі друкуватимуть «про всяк "
                    "випадок».</li><li>Паралельне ведення паперових і електронних справ обмежте чітким терміном — у "
                    "нас це були два місяці.</li><li>Допомога колеги за сусіднім столом важить більше, ніж великі "
                    "семінари.</li></ul>"
                ),
                "funding": (
                    "Програма U-LEAD з Європою (сканери та навчання) і бюджет громади; користування системою "
                    "безкоштовне"
                ),
            },
            "en": {
                "title": "From paper registers to SEV OVV: electronic document management in a small community",
                "summary": (
                    "After amalgamation the community moved the paperwork of its council, executive bodies and eight "
                    "starosta districts into E-Office Hromada and joined SEV OVV, the national system for exchanging "
                    "documents between public bodies. Today over 90% of documents are drafted, approved and signed "
                    "with a qualified electronic signature (KEP) without paper."
                ),
                "problem": (
                    "<p>After amalgamation in 2018 the Horodnytsia community brought together 19 villages, yet its "
                    "paperwork was kept by three separate offices with paper registration logbooks. A letter from the "
                    "oblast state administration took on average <strong>4–5 working days</strong> to reach the "
                    "official responsible, and draft decisions had to be driven to the starosta offices for "
                    "approval.</p><p>Deadlines were tracked by hand in Excel spreadsheets, so missed deadlines only "
                    "came to light when reminders arrived from the oblast.</p>"
                ),
                "actions": (
                    "<ul><li>We adopted new office-work rules and a single file plan for all executive bodies and "
                    "starosta districts.</li><li>We introduced E-Office Hromada, which the Digital Transformation "
                    "Agency provides free of charge, and set up approval routes for standard documents: first in the "
                    "council's central office and, during 2020, in every starosta district.</li><li>Every official who "
                    "signs or approves documents received a qualified electronic signature (KEP), and we bought 12 "
                    "document scanners for incoming mail.</li><li>We connected the community to SEV OVV, so that "
                    "letters from public authorities arrive and are sent without paper.</li><li>Staff were trained in "
                    "small groups, and each unit had a “digital duty officer” for the first three months.</li></ul>"
                ),
                "results": (
                    "<p>The average time from registering an incoming document to its arrival with the official "
                    "responsible fell from 4–5 days to <strong>a few hours</strong>: almost all documents reach the "
                    "right person on the day they arrive. The share of documents created and signed only "
                    "electronically rose to <strong>94%</strong>, and spending on paper and postage fell by about UAH "
                    "68,000 a year.</p><p>18 units and starosta offices are connected and 76 staff have been trained; "
                    "the number of overdue assignments in 2021 was a third of that in 2019.</p>"
                ),
                "lessons": (
                    "<ul><li>Put the file plan and approval routes in order first, and only then configure the "
                    "system.</li><li>As long as even one manager has no KEP, documents will keep being printed “just "
                    "in case”.</li><li>Set a firm end date for running paper and electronic files in parallel – for us "
                    "it was two months.</li><li>Help from a colleague at the next desk matters more than big "
                    "seminars.</li></ul>"
                ),
                "funding": (
                    "U-LEAD with Europe programme (scanners and training) and the community budget; the system itself "
                    "is free of charge"
                ),
            },
            "pl": {
                "title": "Od papierowych dzienników do SEV OVV: elektroniczny obieg dokumentów w małej hromadzie",
                "summary": (
                    "Po połączeniu gmin hromada przeniosła obieg dokumentów rady, organów wykonawczych i ośmiu okręgów "
                    "starościńskich do systemu E-Office Hromada i podłączyła się do SEV OVV – krajowego systemu "
                    "wymiany dokumentów między organami władzy. Dziś ponad 90% dokumentów tworzy się, uzgadnia i "
                    "podpisuje kwalifikowanym podpisem elektronicznym (KEP) bez papieru."
                ),
                "problem": (
                    "<p>Po połączeniu w 2018 roku w skład hromady Horodnycia weszło 19 wsi, ale dokumentację "
                    "prowadziły trzy odrębne kancelarie z papierowymi dziennikami rejestracji. Pismo z obwodowej "
                    "administracji państwowej docierało do osoby prowadzącej sprawę średnio po <strong>4–5 dniach "
                    "roboczych</strong>, a projekty uchwał do uzgodnienia trzeba było wozić do biur "
                    "starostów.</p><p>Terminy kontrolowano ręcznie w arkuszach Excel, więc o przekroczonych terminach "
                    "dowiadywano się dopiero z ponagleń z obwodu.</p>"
                ),
                "actions": (
                    "<ul><li>Zatwierdziliśmy nową instrukcję kancelaryjną i jednolity wykaz akt dla wszystkich organów "
                    "wykonawczych i okręgów starościńskich.</li><li>Wdrożyliśmy system E-Office Hromada, udostępniany "
                    "bezpłatnie przez Agencję Transformacji Cyfrowej, i skonfigurowaliśmy ścieżki akceptacji typowych "
                    "dokumentów: najpierw w urzędzie rady, a w ciągu 2020 roku we wszystkich biurach "
                    "starostów.</li><li>Wszyscy urzędnicy, którzy podpisują lub akceptują dokumenty, otrzymali "
                    "kwalifikowany podpis elektroniczny (KEP); kupiliśmy też 12 skanerów do korespondencji "
                    "przychodzącej.</li><li>Podłączyliśmy hromadę do SEV OVV, aby pisma od organów władzy przychodziły "
                    "i wychodziły bez papieru.</li><li>Szkolenia prowadziliśmy w małych grupach, a w każdej komórce "
                    "przez pierwsze trzy miesiące działał „cyfrowy dyżurny”.</li></ul>"
                ),
                "results": (
                    "<p>Średni czas od rejestracji pisma przychodzącego do jego otrzymania przez osobę prowadzącą "
                    "sprawę skrócił się z 4–5 dni do <strong>kilku godzin</strong>: prawie wszystkie dokumenty "
                    "trafiają do niej w dniu wpływu. Udział dokumentów tworzonych i podpisywanych wyłącznie "
                    "elektronicznie wzrósł do <strong>94%</strong>, a wydatki na papier i korespondencję pocztową "
                    "spadły o około 68 tys. hrywien rocznie.</p><p>Do systemu podłączono 18 komórek organizacyjnych i "
                    "biur starostów, przeszkolono 76 pracowników, a liczba zadań wykonanych po terminie spadła w 2021 "
                    "roku trzykrotnie w porównaniu z 2019 rokiem.</p>"
                ),
                "lessons": (
                    "<ul><li>Najpierw uporządkujcie wykaz akt i ścieżki akceptacji, a dopiero potem konfigurujcie "
                    "system.</li><li>Dopóki choć jeden kierownik nie ma KEP, dokumenty nadal będą drukowane „na "
                    "wszelki wypadek”.</li><li>Równoległe prowadzenie spraw papierowych i elektronicznych ograniczcie "
                    "sztywnym terminem – u nas były to dwa miesiące.</li><li>Pomoc kolegi przy sąsiednim biurku znaczy "
                    "więcej niż duże seminaria.</li></ul>"
                ),
                "funding": (
                    "Program U-LEAD with Europe (skanery i szkolenia) oraz budżet hromady; korzystanie z systemu jest "
                    "bezpłatne"
                ),
            },
        },
        "adoptions": [
            ("Zelenyi Hai Territorial Community", "2022-09", "done"),
            ("Dubove Pole Territorial Community", "2024-05", "in_progress"),
        ],
    },
    {
        "key": "uk-pryberezhna-cnap-starostaty",
        "language": "uk",
        "group": "e-services",
        "organisation": "Pryberezhna Territorial Community",
        "country": "UA",
        "region": "Odesa Oblast",
        "population": 27500,
        "status": "scaled",
        "topics": [
            "e-services",
        ],
        "systems": [
            "servicedesk-portal",
            "payportal",
        ],
        "started": "2018-05",
        "go_live": "2019-02",
        "cost": 3860000,
        "currency": "UAH",
        "facts": {
            "staff_trained": 24,
            "electronic_share": 38,
            "units_connected": 11,
        },
        "texts": {
            "uk": {
                "title": "ЦНАП ближче до людей: віддалені робочі місця у старостатах і мобільний офіс",
                "summary": (
                    "Громада на узбережжі відкрила ЦНАП з онлайн-записом і оплатою, облаштувала віддалені робочі місця "
                    "в усіх старостатах і запустила мобільний ЦНАП для віддалених сіл. Мешканцям більше не доводиться "
                    "їхати по довідку за 40 кілометрів."
                ),
                "problem": (
                    "<p>До 2019 року адміністративні послуги в Прибережній громаді надавали в одному кабінеті селищної "
                    "ради, і жителі 16 сіл добиралися туди за 40 км, часто з пересадкою. У дні прийому черга тривала "
                    "до двох годин, а майже кожну п'яту заяву повертали через помилки, тож людям доводилося приїжджати "
                    "вдруге.</p><p>Найважче було людям похилого віку та людям з інвалідністю, для яких така поїздка "
                    "забирала цілий день.</p>"
                ),
                "actions": (
                    "<ul><li>Відкрили ЦНАП у центрі громади з переліком 134 послуг, серед яких реєстрація місця "
                    "проживання, оформлення паспортів, реєстрація речових прав і соціальна "
                    "допомога.</li><li>Облаштували віддалені робочі місця адміністраторів у всіх 10 старостатах; вони "
                    "працюють у тій самій системі обліку звернень, що й центральний офіс.</li><li>Запустили "
                    "онлайн-запис до черги та оплату адміністративного збору через Municipal Service Portal і "
                    "PayPortal з нагадуванням у SMS.</li><li>Отримали мобільний ЦНАП — автомобіль із двома робочими "
                    "місцями — і склали графік виїздів до сіл без старостату двічі на місяць.</li></ul>"
                ),
                "results": (
                    "<p>У 2024 році ЦНАП і віддалені робочі місця надали <strong>31 400 послуг</strong>, з них 46% — у "
                    "старостатах або мобільному офісі, тобто без поїздки до центру громади. Середній час очікування "
                    "скоротився з двох годин до <strong>12 хвилин</strong>, а частка заяв, повернених через помилки, — "
                    "з 18% до 4%.</p><p>Онлайн-записом і оплатою користуються 38% відвідувачів. Мобільний ЦНАП "
                    "здійснив 212 виїздів і обслужив понад 4 800 людей, серед них 1 100 внутрішньо переміщених "
                    "осіб.</p>"
                ),
                "lessons": (
                    "<ul><li>Віддалене робоче місце має сенс лише тоді, коли адміністратор має ті самі доступи до "
                    "реєстрів, що й у центральному офісі.</li><li>Графік мобільного ЦНАП погоджуйте зі старостами й "
                    "оголошуйте через школи, ФАПи та сторінки громади в соцмережах.</li><li>Онлайн-запис не замінює "
                    "живої черги: залиште години прийому без запису для тих, хто не користується смартфоном.</li></ul>"
                ),
                "funding": (
                    "Програма U-LEAD з Європою (мобільний ЦНАП і обладнання), субвенція з державного бюджету та бюджет "
                    "громади"
                ),
            },
            "en": {
                "title": "Services closer to home: remote TsNAP workstations in villages and a mobile office",
                "summary": (
                    "The coastal community opened an administrative service centre (TsNAP) with online booking and "
                    "payment, set up remote workstations in every starosta district and launched a mobile TsNAP for "
                    "outlying villages. Residents no longer have to travel 40 kilometres for a certificate."
                ),
                "problem": (
                    "<p>Until 2019 administrative services in the Pryberezhna community were provided in a single room "
                    "of the settlement council, and residents of 16 villages travelled up to 40 km to get there, often "
                    "changing buses. On reception days people queued for up to two hours, and almost one application "
                    "in five was returned because of errors, so people had to come back a second time.</p><p>It was "
                    "hardest for older people and people with disabilities, for whom such a trip took a whole day.</p>"
                ),
                "actions": (
                    "<ul><li>We opened a TsNAP in the community centre offering 134 services, including residence "
                    "registration, passports, registration of property rights and social assistance.</li><li>We set up "
                    "remote workstations for administrators in all 10 starosta offices; they work in the same "
                    "case-management system as the central office.</li><li>We launched online queue booking and "
                    "payment of administrative fees through the Municipal Service Portal and PayPortal, with SMS "
                    "reminders.</li><li>We received a mobile TsNAP – a vehicle with two workstations – and scheduled "
                    "visits to villages without a starosta office twice a month.</li></ul>"
                ),
                "results": (
                    "<p>In 2024 the TsNAP and the remote workstations provided <strong>31,400 services</strong>, 46% "
                    "of them in starosta offices or the mobile office, that is, without a trip to the community "
                    "centre. The average waiting time fell from two hours to <strong>12 minutes</strong>, and the "
                    "share of applications returned because of errors from 18% to 4%.</p><p>38% of visitors use online "
                    "booking and payment. The mobile TsNAP made 212 trips and served more than 4,800 people, including "
                    "1,100 internally displaced persons.</p>"
                ),
                "lessons": (
                    "<ul><li>A remote workstation only makes sense if the administrator has the same access to "
                    "registers as in the central office.</li><li>Agree the mobile TsNAP schedule with the starostas "
                    "and announce it through schools, rural health posts and the community's social media "
                    "pages.</li><li>Online booking does not replace the walk-in queue: keep some hours without "
                    "appointments for people who do not use a smartphone.</li></ul>"
                ),
                "funding": (
                    "U-LEAD with Europe programme (mobile TsNAP and equipment), a state budget subvention and the "
                    "community budget"
                ),
            },
        },
        "adoptions": [
            ("Velyki Mosty Territorial Community", "2023-06", "done"),
            ("Municipality of Belitsa Reka", "2025-04", "planned"),
        ],
    },
    {
        "key": "uk-velyki-mosty-chatbot",
        "language": "uk",
        "group": "e-services",
        "organisation": "Velyki Mosty Territorial Community",
        "country": "UA",
        "region": "Lviv Oblast",
        "population": 21200,
        "status": "implemented",
        "topics": [
            "e-services",
        ],
        "systems": [
            "chatmunicipal",
            "servicedesk-portal",
        ],
        "started": "2022-12",
        "go_live": "2023-03",
        "cost": 14500,
        "currency": "EUR",
        "facts": {
            "staff_trained": 14,
            "electronic_share": 57,
            "units_connected": 6,
        },
        "texts": {
            "uk": {
                "title": "Чат-бот громади у Viber і Telegram: повідомлення про проблеми та запис до ЦНАП",
                "summary": (
                    "Чат-бот на основі ChatMunicipal відповідає на типові запитання мешканців, записує до ЦНАП і "
                    "приймає повідомлення про аварії та пошкодження з фото й геолокацією. Через бот уже надходить "
                    "більше звернень, ніж через гарячу лінію."
                ),
                "problem": (
                    "<p>Під час відключень електроенергії взимку 2022–2023 років гаряча лінія громади була "
                    "перевантажена: до 300 дзвінків на день, здебільшого з однаковими запитаннями про графіки "
                    "відключень, пункти незламності та роботу ЦНАП. Повідомлення про аварії записували від руки й "
                    "передавали комунальним підприємствам із запізненням до двох днів.</p><p>Мешканці просили простого "
                    "каналу, яким вони й так користуються щодня, — месенджера.</p>"
                ),
                "actions": (
                    "<ul><li>Разом з ІТ-волонтерами розгорнули відкритий чат-бот ChatMunicipal у Viber і Telegram та "
                    "наповнили базу знань 140 відповідями.</li><li>Підключили бот до Municipal Service Portal: "
                    "мешканець може записатися до ЦНАП і перевірити статус своєї заяви.</li><li>Налаштували приймання "
                    "повідомлень про проблеми з вуличним освітленням, водопостачанням, дорогами та вивезенням сміття: "
                    "фото й геолокація автоматично потрапляють до відповідального підрозділу або комунального "
                    "підприємства.</li><li>Призначили двох адміністраторів бота, які щотижня оновлюють відповіді й "
                    "розбирають запитання, на які бот не знайшов відповіді.</li></ul>"
                ),
                "results": (
                    "<p>У 2024 році ботом скористалися <strong>6 900 мешканців</strong> — близько 40% дорослого "
                    "населення громади. Через бот надходить <strong>57%</strong> усіх повідомлень про комунальні "
                    "проблеми, а кількість дзвінків на гарячу лінію зменшилася вдвічі.</p><p>Від повідомлення до "
                    "передачі виконавцю тепер минає в середньому <strong>40 хвилин</strong> замість двох днів, а 82% "
                    "звернень закривають із фотозвітом прямо в боті. Хостинг обходиться громаді приблизно у 9 тис. грн "
                    "на рік.</p>"
                ),
                "lessons": (
                    "<ul><li>Почніть із десяти найчастіших запитань, а не з ідеальної бази знань.</li><li>Люди "
                    "довіряють боту, коли бачать результат: фото виконаної роботи важить більше, ніж автоматична "
                    "відповідь.</li><li>Комунальні підприємства мають працювати з ботом з першого дня, інакше "
                    "звернення застрягають у раді.</li><li>Не просіть персональних даних, без яких можна "
                    "обійтися.</li></ul>"
                ),
                "funding": (
                    "Малий грант донорського проєкту з цифрової стійкості громад (розробка й навчання) та бюджет "
                    "громади (хостинг і підтримка)"
                ),
            },
            "en": {
                "title": "A community chatbot on Viber and Telegram: problem reports and TsNAP bookings",
                "summary": (
                    "A chatbot built on ChatMunicipal answers residents' common questions, books TsNAP appointments "
                    "and takes reports of faults and damage with photos and location. More requests now come in "
                    "through the bot than through the hotline."
                ),
                "problem": (
                    "<p>During the power cuts of winter 2022–2023 the community hotline was overloaded: up to 300 "
                    "calls a day, mostly with the same questions about outage schedules, “Invincibility Points” "
                    "(heated shelters with power and internet) and TsNAP opening hours. Reports of faults were written "
                    "down by hand and passed to the municipal utilities up to two days late.</p><p>Residents asked for "
                    "a simple channel they already use every day – a messenger.</p>"
                ),
                "actions": (
                    "<ul><li>Together with local IT volunteers we deployed the open-source ChatMunicipal bot on Viber "
                    "and Telegram and filled its knowledge base with 140 answers.</li><li>We connected the bot to the "
                    "Municipal Service Portal: residents can book a TsNAP appointment and check the status of their "
                    "application.</li><li>We set up reporting of problems with street lighting, water supply, roads "
                    "and waste collection: the photo and location go automatically to the responsible department or "
                    "municipal utility.</li><li>Two bot administrators update the answers every week and go through "
                    "the questions the bot could not answer.</li></ul>"
                ),
                "results": (
                    "<p>In 2024 <strong>6,900 residents</strong> used the bot – about 40% of the community's adults. "
                    "The bot now brings in <strong>57%</strong> of all reports of utility problems, and calls to the "
                    "hotline have halved.</p><p>A report now reaches the team that will fix it in <strong>40 "
                    "minutes</strong> on average instead of two days, and 82% of reports are closed with a photo of "
                    "the completed work in the bot. Hosting costs the community about UAH 9,000 a year.</p>"
                ),
                "lessons": (
                    "<ul><li>Start with the ten most frequent questions, not with a perfect knowledge "
                    "base.</li><li>People trust the bot when they see results: a photo of the finished work counts for "
                    "more than an automatic reply.</li><li>Municipal utilities must work with the bot from day one, "
                    "otherwise reports get stuck in the council.</li><li>Do not ask for personal data you can do "
                    "without.</li></ul>"
                ),
                "funding": (
                    "Small grant from a donor project on the digital resilience of communities (development and "
                    "training) and the community budget (hosting and support)"
                ),
            },
        },
        "adoptions": [
            ("Horodnytsia Territorial Community", "2024-06", "done"),
            ("Gmina Brzozowa Wola", "2024-10", "in_progress"),
        ],
    },
    {
        "key": "uk-zelenyi-hai-tsyfrovi-khaby",
        "language": "uk",
        "group": "digital-skills",
        "organisation": "Zelenyi Hai Territorial Community",
        "country": "UA",
        "region": "Poltava Oblast",
        "population": 8900,
        "status": "implemented",
        "topics": [
            "digital-skills",
            "e-services",
        ],
        "systems": [
            "learnhub",
        ],
        "started": "2021-02",
        "go_live": "2021-09",
        "cost": 385000,
        "currency": "UAH",
        "facts": {
            "staff_trained": 46,
            "electronic_share": None,
            "units_connected": 7,
        },
        "texts": {
            "uk": {
                "title": "Цифрові хаби в бібліотеках: навчання мешканців і працівників у сільській громаді",
                "summary": (
                    "Сільські бібліотеки та школа стали цифровими хабами, де волонтери навчають мешканців "
                    "користуватися Дією, онлайн-банкінгом і електронними послугами громади. Паралельно всі працівники "
                    "виконавчих органів пройшли курс цифрової грамотності й кібергігієни."
                ),
                "problem": (
                    "<p>Опитування 2020 року показало, що <strong>42% мешканців</strong> віком понад 60 років не "
                    "користуються жодними онлайн-послугами, а багато хто не вміє навіть відкрити повідомлення в "
                    "месенджері. Водночас частина працівників ради, старостатів і закладів освіти невпевнено працювала "
                    "зі спільними документами, КЕП і відеозв'язком.</p><p>Найближчі курси комп'ютерної грамотності "
                    "були лише в обласному центрі.</p>"
                ),
                "actions": (
                    "<ul><li>Облаштували 7 цифрових хабів у сільських бібліотеках, школі та центрі надання соціальних "
                    "послуг: ноутбуки, стабільний інтернет і зручний графік роботи.</li><li>Підготували 18 «цифрових "
                    "помічників» — бібліотекарів, учителів і старшокласників, які щотижня проводять заняття в малих "
                    "групах.</li><li>Склали програму із шести занять: смартфон і надійні паролі, застосунок Дія, "
                    "онлайн-банкінг, запис до лікаря, онлайн-заява до ЦНАП і як розпізнати шахраїв.</li><li>Для "
                    "працівників ради запустили курси в LearnHub LMS із тестами й сертифікатами; їх проходження "
                    "враховують під час щорічного оцінювання.</li></ul>"
                ),
                "results": (
                    "<p>За 2021–2024 роки навчання пройшли <strong>1 260 мешканців</strong>, з них 61% — люди віком "
                    "понад 60 років. Частка заяв до ЦНАП, поданих онлайн, зросла з 6% до "
                    "<strong>23%</strong>.</p><p>Сертифікати з цифрової грамотності та кібергігієни отримали 46 "
                    "працівників ради й закладів освіти. Навчання одного мешканця обійшлося громаді приблизно в 300 "
                    "грн.</p>"
                ),
                "lessons": (
                    "<ul><li>Найкращі викладачі — знайомі люди: бібліотекарка чи вчитель, а не запрошений "
                    "тренер.</li><li>Навчайте на власному телефоні слухача, а не на демонстраційному "
                    "ноутбуці.</li><li>Короткі заняття по годині й друкована пам'ятка після кожного працюють краще, "
                    "ніж довгі семінари.</li></ul>"
                ),
                "funding": (
                    "Бюджет громади, обласна програма розвитку цифрових навичок і волонтерська участь бібліотек та шкіл"
                ),
            },
        },
        "adoptions": [
            ("Municipality of Stara Laka", "2023-11", "done"),
            ("Gmina Jeziorany Małe", "2024-09", "in_progress"),
        ],
    },
    {
        "key": "uk-kamianobrid-vidkryti-dani",
        "language": "uk",
        "group": "open-data",
        "organisation": "Kamianobrid City Territorial Community",
        "country": "UA",
        "region": "Vinnytsia Oblast",
        "population": 287400,
        "status": "scaled",
        "topics": [
            "open-data",
        ],
        "systems": [
            "opendata-ckan",
            "gis-net",
        ],
        "started": "2017-06",
        "go_live": "2018-02",
        "cost": None,
        "currency": "UAH",
        "facts": {
            "staff_trained": 63,
            "electronic_share": None,
            "units_connected": 34,
        },
        "texts": {
            "uk": {
                "title": "Міський портал відкритих даних: понад 150 наборів про бюджет, транспорт і ремонти",
                "summary": (
                    "Місто з майже 300 тисячами мешканців створило портал відкритих даних на CKAN, призначило "
                    "розпорядників даних у кожному підрозділі й налаштувало автоматичне оновлення наборів. На основі "
                    "цих даних журналісти та ІТ-спільнота створили понад 20 сервісів."
                ),
                "problem": (
                    "<p>До 2017 року міська рада оприлюднювала інформацію переважно у вигляді сканованих PDF-файлів на "
                    "сайті, а кількість запитів на публічну інформацію щороку зростала — у 2016 році їх надійшло "
                    "<strong>2 300</strong>. Дані про бюджет, ремонти доріг і маршрути транспорту дублювалися в різних "
                    "підрозділах і часто не збігалися між собою.</p>"
                ),
                "actions": (
                    "<ul><li>Затвердили розпорядження про відкриті дані з переліком наборів, відповідальними особами й "
                    "графіком оновлення.</li><li>Розгорнули портал на відкритому програмному забезпеченні CKAN на "
                    "міському сервері з автоматичною передачею метаданих на національний портал відкритих "
                    "даних.</li><li>Налаштували автоматичне вивантаження з фінансової системи, реєстру договорів і "
                    "GIS-Net Planner, щоб набори оновлювалися без ручної роботи.</li><li>Провели навчання для 63 "
                    "розпорядників даних і запровадили щорічний хакатон разом із місцевими університетами.</li></ul>"
                ),
                "results": (
                    "<p>На порталі опубліковано <strong>152 набори даних</strong> від 34 розпорядників, 71% з них "
                    "оновлюються автоматично. Кількість запитів на публічну інформацію зменшилася на "
                    "<strong>38%</strong>, бо відповіді на типові запитання тепер є у відкритому доступі.</p><p>На "
                    "основі даних створено 23 сервіси — від карти ремонтів доріг до аналітики шкільних закупівель, а "
                    "портал щомісяця відвідують близько 11 тисяч користувачів.</p>"
                ),
                "lessons": (
                    "<ul><li>Без відповідальної особи в кожному підрозділі набори швидко "
                    "застарівають.</li><li>Автоматичне оновлення важливіше за кількість: краще 50 актуальних наборів, "
                    "ніж 200 застарілих.</li><li>Відгуки користувачів — журналістів, розробників, депутатів — "
                    "підказують, які дані публікувати наступними.</li><li>Перед кожною публікацією перевіряйте набори "
                    "на наявність персональних даних.</li></ul>"
                ),
                "funding": (
                    "Бюджет міста (власні ресурси ІТ-департаменту, без окремих закупівель); навчання розпорядників "
                    "даних — за підтримки донорського проєкту з відкритих даних"
                ),
            },
        },
        "adoptions": [],
    },
    {
        "key": "uk-tykhi-stavy-optyka",
        "language": "uk",
        "group": "broadband",
        "organisation": "Tykhi Stavy Territorial Community",
        "country": "UA",
        "region": "Khmelnytskyi Oblast",
        "population": 11600,
        "status": "implemented",
        "topics": [
            "broadband",
        ],
        "systems": [
            "gis-net",
        ],
        "started": "2020-04",
        "go_live": "2021-10",
        "cost": 9600000,
        "currency": "UAH",
        "facts": {
            "staff_trained": None,
            "electronic_share": None,
            "units_connected": 31,
        },
        "texts": {
            "uk": {
                "title": "Оптоволокно в кожне село: мережа для 14 сіл, шкіл і амбулаторій громади",
                "summary": (
                    "Громада разом із місцевим провайдером проклала 86 км оптоволоконних ліній і підключила школи, "
                    "амбулаторії, старостати та домогосподарства в 14 селах. Соціальні заклади отримали гарантовану "
                    "швидкість, а провайдер — доступ до опор і приміщень громади на пільгових умовах."
                ),
                "problem": (
                    "<p>У 2019 році в 9 із 14 сіл громади не було фіксованого інтернету, а мобільний зв'язок працював "
                    "нестабільно. Під час карантину школи не могли проводити онлайн-уроки, амбулаторії не мали "
                    "стабільного доступу до електронної системи охорони здоров'я, а старостати надсилали документи з "
                    "особистих телефонів працівників.</p>"
                ),
                "actions": (
                    "<ul><li>Склали в GIS-Net Planner карту покриття й потреб: кожне домогосподарство, соціальний "
                    "заклад і наявні опори вуличного освітлення та ліній електропередачі.</li><li>Провели відкритий "
                    "конкурс на оператора, який будує мережу на умовах співфінансування й зобов'язується надавати "
                    "доступ до неї іншим провайдерам на рівних умовах.</li><li>Громада надала в користування опори "
                    "вуличного освітлення та приміщення за символічну плату й профінансувала підключення 31 "
                    "соціального закладу.</li><li>У 2022 році вузли мережі в школах, що працюють як пункти "
                    "незламності, забезпечили резервним живленням — генераторами та акумуляторами.</li></ul>"
                ),
                "results": (
                    "<p>Прокладено <strong>86 км</strong> оптоволокна; підключення зі швидкістю до 1 Гбіт/с доступне "
                    "для 3 900 домогосподарств, тобто для 88% громади. До мережі під'єднано 31 заклад: 9 шкіл, 6 "
                    "амбулаторій і ФАПів, 8 старостатів, а також бібліотеки й будинки культури.</p><p>Упродовж першого "
                    "року послугами провайдера почали користуватися 1 450 домогосподарств, а взимку 2022–2023 років "
                    "мережа працювала під час відключень світла завдяки резервному живленню вузлів.</p>"
                ),
                "lessons": (
                    "<ul><li>Карта потреб з точністю до будинку — найсильніший аргумент і для фонду, і для "
                    "провайдера.</li><li>Закріпіть у договорі відкритий доступ для інших операторів, щоб не створити "
                    "монополію.</li><li>Плануйте резервне живлення вузлів одразу, а не після першої аварії.</li></ul>"
                ),
                "funding": (
                    "Державний фонд регіонального розвитку (60%), співфінансування громади (25%) та інвестиції "
                    "провайдера (15%)"
                ),
            },
        },
        "adoptions": [],
    },
    {
        "key": "uk-dubove-pole-rezervni-kopii",
        "language": "uk",
        "group": "cybersecurity",
        "organisation": "Dubove Pole Territorial Community",
        "country": "UA",
        "region": "Chernihiv Oblast",
        "population": 5400,
        "status": "pilot",
        "topics": [
            "cybersecurity",
            "digital-skills",
        ],
        "systems": [
            "backupvault",
        ],
        "started": "2024-02",
        "go_live": "2024-10",
        "cost": 11800,
        "currency": "EUR",
        "facts": {
            "staff_trained": 41,
            "electronic_share": None,
            "units_connected": 9,
        },
        "texts": {
            "uk": {
                "title": "Резервні копії за правилом 3-2-1 і кібергігієна в громаді на 5 тисяч мешканців",
                "summary": (
                    "Після втрати сервера під час окупації громада запровадила щоденні шифровані резервні копії у "
                    "трьох місцях, одне з яких поза мережею, регулярні навчання з відновлення та двофакторну "
                    "автентифікацію. Пілот показує, що навіть мала громада може відновити роботу за один день."
                ),
                "problem": (
                    "<p>У березні 2022 року приміщення ради було пошкоджене, а сервер із бухгалтерією, земельними "
                    "даними та архівом рішень — знищений. Останню резервну копію зберігали на диску в тому самому "
                    "кабінеті, тож частину даних довелося відновлювати з паперових документів понад <strong>чотири "
                    "місяці</strong>.</p><p>Крім того, працівники користувалися спільними паролями, а на поштові "
                    "скриньки ради регулярно надходили фішингові листи.</p>"
                ),
                "actions": (
                    "<ul><li>Провели аудит: склали перелік систем і даних, визначили, що є критичним і як швидко це "
                    "треба відновити.</li><li>Запровадили BackupVault: щоденні шифровані копії на локальний сервер і в "
                    "хмарне сховище в іншому регіоні, а також щотижневу копію на диск, який зберігають поза мережею в "
                    "іншій будівлі.</li><li>Увімкнули двофакторну автентифікацію для пошти та облікових записів у "
                    "державних реєстрах і відмовилися від спільних паролів.</li><li>Щокварталу проводимо навчання з "
                    "відновлення: повністю відновлюємо одну систему на резервному ноутбуці й фіксуємо, скільки часу це "
                    "забрало.</li><li>Провели для всіх працівників три тренінги з кібергігієни та навчальну фішингову "
                    "розсилку.</li></ul>"
                ),
                "results": (
                    "<p>Під час навчань у січні 2025 року бухгалтерію й діловодство відновили на резервному обладнанні "
                    "за <strong>6 годин</strong>, тоді як у 2022 році на це пішли місяці. Резервним копіюванням "
                    "охоплено 9 підрозділів і всі критичні дані.</p><p>Частка працівників, які відкрили посилання з "
                    "навчальної фішингової розсилки, зменшилася з 37% до <strong>8%</strong>; тренінги з кібергігієни "
                    "пройшов 41 працівник.</p>"
                ),
                "lessons": (
                    "<ul><li>Копія, що лежить поруч із сервером, — не резервна копія.</li><li>Резервна копія чогось "
                    "варта лише тоді, коли ви регулярно перевіряєте відновлення.</li><li>Почніть із переліку критичних "
                    "даних: він підкаже, що копіювати щодня, а що — раз на тиждень.</li></ul>"
                ),
                "funding": (
                    "Донорський проєкт з кібербезпеки громад (обладнання та ліцензії) і бюджет громади (навчання й "
                    "утримання)"
                ),
            },
        },
        "adoptions": [],
    },
    {
        "key": "uk-svitlorichna-dokumentoobih-ustanov",
        "language": "uk",
        "group": "document-management",
        "organisation": "Svitlorichna City Territorial Community",
        "country": "UA",
        "region": "Rivne Oblast",
        "population": 68200,
        "status": "pilot",
        "topics": [
            "document-management",
        ],
        "systems": [
            "dokumentor",
            "archivum",
        ],
        "started": "2024-09",
        "go_live": None,
        "cost": 1240000,
        "currency": "UAH",
        "facts": {
            "staff_trained": 138,
            "electronic_share": 61,
            "units_connected": 12,
        },
        "texts": {
            "uk": {
                "title": "Пілот: спільний документообіг міської ради, шкіл і комунальних підприємств",
                "summary": (
                    "Місто підключає заклади освіти й комунальні підприємства до відкритої системи Dokumentor, "
                    "поєднаної з системою міської ради, щоб накази, листи й звіти ходили між ними в електронному "
                    "вигляді з КЕП. На першому етапі підключено 12 із 64 установ."
                ),
                "problem": (
                    "<p>Міська рада з 2020 року веде електронний документообіг в Archivum EDM, але підпорядковані "
                    "установи — 41 заклад освіти та 23 комунальні підприємства й установи — досі надсилали документи "
                    "на папері або сканами електронною поштою. Щомісяця кур'єри розвозили близько <strong>3 500 "
                    "паперових документів</strong>, а підтвердити, хто і коли отримав наказ, було майже "
                    "неможливо.</p><p>Розширити ліцензії Archivum EDM на всіх працівників установ громада не могла "
                    "через вартість.</p>"
                ),
                "actions": (
                    "<ul><li>Порівняли варіанти й обрали для установ відкриту систему Dokumentor: розширення ліцензій "
                    "Archivum EDM на 1 200 користувачів коштувало б утричі дорожче.</li><li>Налаштували обмін "
                    "документами між Dokumentor і Archivum EDM з перевіркою КЕП і квитанціями про доставку.</li><li>На "
                    "першому етапі підключили 8 шкіл і 4 комунальні підприємства, розробили для них спрощену "
                    "номенклатуру справ і шаблони наказів.</li><li>Навчили 138 працівників: директорів, секретарів, "
                    "бухгалтерів і відповідальних за діловодство.</li></ul>"
                ),
                "results": (
                    "<p>У підключених установах <strong>61%</strong> документів уже створюють і підписують КЕП в "
                    "електронному вигляді, а наказ управління освіти доходить до школи за кілька хвилин замість трьох "
                    "днів. Кількість кур'єрських поїздок між цими установами зменшилася на 70%.</p><p>Пілот виявив і "
                    "слабкі місця: у п'яти школах бракує комп'ютерів для секретарів, а кадрові накази поки що "
                    "залишаються паперовими. Рішення про підключення решти 52 установ ухвалять за підсумками 2025 "
                    "року.</p>"
                ),
                "lessons": (
                    "<ul><li>Відкрита система заощаджує на ліцензіях, але потребує власного адміністратора або "
                    "договору на підтримку.</li><li>Обмін між двома системами тестуйте на реальних документах ще до "
                    "навчання користувачів.</li><li>Невеликим установам потрібна спрощена номенклатура справ, а не "
                    "копія міської.</li></ul>"
                ),
                "funding": "Бюджет міської громади (програма цифрового розвитку на 2024–2026 роки)",
            },
        },
        "adoptions": [],
    },
]
