"""Case studies first written in Bulgarian (invented for the demo; organisations, people and figures are fictional).

See the package docstring (practices.demo_texts) for the shape of each practice. ORGANISATIONS holds the
Bulgarian organisations these practices need beyond portal.demo.organisations.
"""

ORGANISATIONS = [
    # name, kind, country, region, population, website
    ("Municipality of Morski Bryag", "municipality", "BG", "Varna", 341700, "https://morski-bryag.example.bg"),
    ("Municipality of Polski Izvor", "municipality", "BG", "Stara Zagora", 128500, "https://polski-izvor.example.bg"),
    ("Municipality of Gorno Borovo", "municipality", "BG", "Gabrovo", 4100, ""),
]

PRACTICES = [
    {
        "key": "bg-sinye-vodi-edm",
        "language": "bg",
        "group": "document-management",
        "organisation": "Municipality of Sinye Vodi",
        "country": "BG",
        "region": "Plovdiv",
        "population": 62300,
        "status": "scaled",
        "topics": ["document-management", "e-services"],
        "systems": ["dokumentor"],
        "started": "2018-03",
        "go_live": "2019-02",
        "cost": 86000,
        "currency": "BGN",
        "facts": {"staff_trained": 214, "electronic_share": 94, "units_connected": 23},
        "texts": {
            "bg": {
                "title": "Електронен документооборот в цялата администрация и в 14-те кметства на Сини води",
                "summary": (
                    "Община Сини води замени хартиените деловодни дневници и папките със система с отворен код за "
                    "електронен документооборот, свързана със СЕОС. Днес 94% от преписките се движат само "
                    "електронно, включително в кметствата."
                ),
                "problem": (
                    "<p>До 2018 г. деловодството на общината работеше със стара деловодна програма и на хартия: "
                    "всяко входящо писмо се завеждаше, разпечатваше и разнасяше по етажите в папка. Средният път на "
                    "една преписка от завеждането до резолюцията на кмета беше <strong>4 работни дни</strong>, а "
                    "справките за просрочени срокове се правеха ръчно. Кметствата изпращаха документите си с куриер "
                    "два пъти седмично, а писмата от държавни институции идваха и по СЕОС, и по пощата, така че "
                    "често се завеждаха два пъти.</p>"
                ),
                "actions": (
                    "<p>Общината избра системата с отворен код Dokumentor, за да не плаща лицензи за всеки "
                    "потребител, и възложи на местна фирма внедряването, прехвърлянето на данните от 2012 г. насам и "
                    "поддръжката. Работна група от секретаря на общината, главния архивист и двама ИТ специалисти "
                    "подготви нова номенклатура на делата и вътрешни правила за работа с електронни "
                    "преписки.</p><ul><li>Връзка със СЕОС: писмата от и към държавната администрация се завеждат "
                    "автоматично.</li><li>Резолюции и съгласуване в системата; квалифициран електронен подпис (КЕП) "
                    "само за документите, които излизат навън.</li><li>Поетапно въвеждане: първо деловодството и "
                    "кабинетът на кмета, после деветте дирекции и през 2020 г. – 14-те кметства.</li></ul>"
                ),
                "results": (
                    "<p>Средното време от завеждане до резолюция падна от 4 работни дни на <strong>под един "
                    "ден</strong>. През 2024 г. <strong>94%</strong> от преписките са изцяло електронни, а разходите "
                    "за хартия, тонер и куриер са намалели с около <strong>21 000 лв. годишно</strong>. Обучени са "
                    "214 служители, включително всички кметове и кметски наместници, а справката за просрочените "
                    "преписки се изпраща автоматично на ръководителите всеки понеделник.</p>"
                ),
                "lessons": (
                    "<ul><li>Номенклатурата на делата трябва да е готова преди внедряването, а не след "
                    "него.</li><li>Кметствата се включват най-лесно, когато първо получат добър скенер и стабилен "
                    "интернет.</li><li>Във всяка дирекция определете по един „шампион“, към когото колегите да се "
                    "обръщат за помощ.</li><li>Системата с отворен код не е безплатна: заложете бюджет за поддръжка "
                    "и обновяване.</li></ul>"
                ),
                "funding": "Оперативна програма „Добро управление“ (ЕС) и общински бюджет",
            },
            "en": {
                "title": "Electronic document management across the administration and 14 mayoralties of Sinye Vodi",
                "summary": (
                    "The Municipality of Sinye Vodi replaced paper registers and folders with an open-source "
                    "electronic document-management system connected to SEOS, the national document exchange. Today "
                    "94% of files move only electronically, including in the mayoralties."
                ),
                "problem": (
                    "<p>Until 2018 the municipal registry used an old registry program and paper: every incoming "
                    "letter was registered, printed and carried from floor to floor in a folder. On average a file "
                    "took <strong>4 working days</strong> from registration to the mayor's instruction, and reports "
                    "on overdue deadlines were compiled by hand. The mayoralties sent their documents by courier "
                    "twice a week, and letters from state institutions arrived both through SEOS and by post, so "
                    "they were often registered twice.</p>"
                ),
                "actions": (
                    "<p>The municipality chose the open-source system Dokumentor so as not to pay licences per user, "
                    "and contracted a local company for implementation, migration of the records since 2012 and "
                    "support. A working group of the municipal secretary, the chief archivist and two IT specialists "
                    "prepared a new filing plan and internal rules for electronic files.</p><ul><li>Connection to "
                    "SEOS: letters to and from the state administration are registered "
                    "automatically.</li><li>Instructions and approvals in the system; a qualified electronic "
                    "signature only for documents that leave the municipality.</li><li>A phased rollout: first the "
                    "registry and the mayor's office, then the nine directorates and, in 2020, the 14 "
                    "mayoralties.</li></ul>"
                ),
                "results": (
                    "<p>The average time from registration to the mayor's instruction fell from 4 working days to "
                    "<strong>less than one day</strong>. In 2024, <strong>94%</strong> of files were fully "
                    "electronic, and spending on paper, toner and courier fell by about <strong>BGN 21,000 a "
                    "year</strong>. 214 staff have been trained, including all village mayors and appointed mayoral "
                    "representatives, and a report of overdue files is sent automatically to managers every "
                    "Monday.</p>"
                ),
                "lessons": (
                    "<ul><li>The filing plan must be ready before the rollout, not after it.</li><li>Mayoralties "
                    "join most easily when they first get a good scanner and a stable internet "
                    "connection.</li><li>Name a “champion” in every directorate whom colleagues can ask for "
                    "help.</li><li>An open-source system is not free: budget for support and upgrades.</li></ul>"
                ),
                "funding": "Operational programme ‘Good Governance’ (EU) and municipal budget",
            },
            "uk": {
                "title": "Електронний документообіг в усій адміністрації та 14 кметствах Сіні Води",
                "summary": (
                    "Община Сіні Води замінила паперові журнали реєстрації та папки системою електронного "
                    "документообігу з відкритим кодом, під'єднаною до СЕОС – державної системи обміну документами. "
                    "Сьогодні 94% справ рухаються лише в електронному вигляді, зокрема й у кметствах (старостатах)."
                ),
                "problem": (
                    "<p>До 2018 року діловодство общини велося у застарілій програмі та на папері: кожен вхідний "
                    "лист реєстрували, друкували й розносили поверхами в папці. У середньому справа проходила шлях "
                    "від реєстрації до резолюції мера за <strong>4 робочі дні</strong>, а довідки про прострочені "
                    "терміни складали вручну. Кметства надсилали документи кур'єром двічі на тиждень, а листи від "
                    "державних установ надходили і через СЕОС, і поштою, тож їх часто реєстрували двічі.</p>"
                ),
                "actions": (
                    "<p>Община обрала систему з відкритим кодом Dokumentor, щоб не платити за ліцензію для кожного "
                    "користувача, і доручила місцевій компанії впровадження, перенесення даних від 2012 року та "
                    "підтримку. Робоча група із секретаря общини, головного архівіста та двох ІТ-фахівців "
                    "підготувала нову номенклатуру справ і внутрішні правила роботи з електронними "
                    "справами.</p><ul><li>Під'єднання до СЕОС: листи від державних органів і до них реєструються "
                    "автоматично.</li><li>Резолюції та погодження в системі; кваліфікований електронний підпис лише "
                    "для документів, що виходять назовні.</li><li>Поетапне впровадження: спершу діловодство й "
                    "кабінет мера, потім дев'ять дирекцій, а 2020 року – 14 кметств.</li></ul>"
                ),
                "results": (
                    "<p>Середній час від реєстрації до резолюції скоротився з 4 робочих днів до <strong>менш ніж "
                    "одного дня</strong>. У 2024 році <strong>94%</strong> справ були повністю електронними, а "
                    "витрати на папір, тонер і кур'єра зменшилися приблизно на <strong>21 000 левів на рік</strong>. "
                    "Навчання пройшли 214 працівників, зокрема всі кмети сіл і кметські намісники, а звіт про "
                    "прострочені справи щопонеділка автоматично надходить керівникам.</p>"
                ),
                "lessons": (
                    "<ul><li>Номенклатура справ має бути готова до впровадження, а не після нього.</li><li>Кметства "
                    "найлегше долучаються, коли спершу отримують добрий сканер і стабільний "
                    "інтернет.</li><li>Призначте в кожній дирекції «чемпіона», до якого колеги можуть звернутися по "
                    "допомогу.</li><li>Система з відкритим кодом не безкоштовна: закладіть кошти на підтримку та "
                    "оновлення.</li></ul>"
                ),
                "funding": "Операційна програма «Належне врядування» (ЄС) та бюджет общини",
            },
        },
        "adoptions": [
            ("Municipality of Stara Laka", "2024-03", "done"),
            ("Horodnytsia Territorial Community", "2025-02", "in_progress"),
        ],
    },
    {
        "key": "bg-morski-bryag-online-payments",
        "language": "bg",
        "group": "e-services",
        "organisation": "Municipality of Morski Bryag",
        "country": "BG",
        "region": "Varna",
        "population": 341700,
        "status": "implemented",
        "topics": ["e-services"],
        "systems": ["servicedesk-portal", "payportal"],
        "started": "2020-02",
        "go_live": "2021-04",
        "cost": 412000,
        "currency": "BGN",
        "facts": {"staff_trained": 85, "electronic_share": 46, "units_connected": 6},
        "texts": {
            "bg": {
                "title": "Портал за е-услуги с онлайн плащане на местни данъци и такси чрез QR код",
                "summary": (
                    "Община Морски бряг пусна единен портал за 48 административни услуги с плащане с карта и QR код "
                    "върху съобщенията за данъци. Вече 46% от плащанията на местни данъци и такси се правят онлайн."
                ),
                "problem": (
                    "<p>През март и април пред касите в шестте районни администрации се извиваха опашки от по 40–50 "
                    "души, а живеещите в чужбина не можеха да платят, без да упълномощят някого. Електронните услуги "
                    "на общината изискваха квалифициран електронен подпис, какъвто имат малко граждани, и през 2019 "
                    "г. по електронен път бяха подадени под 3% от заявленията. Плащането по банков път изискваше "
                    "ръчно попълване на номера на партидата и около 1 900 плащания годишно се разнасяха погрешно.</p>"
                ),
                "actions": (
                    "<p>Общината внедри Municipal Service Portal с отворен код, свърза го с платежния модул "
                    "PayPortal и с местната данъчна система, така че задълженията се виждат в реално "
                    "време.</p><ul><li>48-те най-търсени услуги са описани наново на прост език и имат онлайн "
                    "формуляр.</li><li>Върху годишните съобщения за данък върху сградите и такса за битови отпадъци "
                    "е отпечатан QR код, който отваря плащането с попълнена партида – без регистрация и без "
                    "КЕП.</li><li>Гражданите следят статуса на заявлението си и избират дали да получат резултата по "
                    "имейл, или на гише.</li><li>85 служители от гишетата и от отдел „Местни данъци и такси“ "
                    "преминаха обучение за работа с портала.</li></ul>"
                ),
                "results": (
                    "<p>През 2024 г. <strong>46%</strong> от плащанията на местни данъци и такси (около 212 000 "
                    "плащания) са направени онлайн при 9% през 2020 г. Опашките в пиковия сезон са намалели "
                    "наполовина, а удостоверение за данъчна оценка се издава за <strong>2 вместо 5 работни "
                    "дни</strong>. Погрешно разнесените плащания са спаднали от около 1 900 на 140 годишно. Таксите "
                    "за картови плащания струват на общината около 38 000 лв. годишно – по-малко от спестеното време "
                    "на касиерите.</p>"
                ),
                "lessons": (
                    "<ul><li>QR кодът върху хартиеното съобщение донесе повече онлайн плащания от всяка рекламна "
                    "кампания.</li><li>За плащане не е нужен КЕП: кодът от съобщението е "
                    "достатъчен.</li><li>Договорете таксите за картови плащания с банката преди "
                    "пускането.</li><li>Изпробвайте описанията на услугите с граждани, а не само с юристи.</li></ul>"
                ),
                "funding": "Оперативна програма „Добро управление“ (ЕС) – 85%, общински бюджет – 15%",
            },
            "en": {
                "title": "E-services portal with online payment of local taxes and fees by QR code",
                "summary": (
                    "The Municipality of Morski Bryag launched a single portal for 48 administrative services with "
                    "card payment and a QR code on tax notices. 46% of payments of local taxes and fees are now made "
                    "online."
                ),
                "problem": (
                    "<p>In March and April queues of 40–50 people formed at the cash desks of the six district "
                    "administrations, and residents living abroad could not pay without authorising someone. The "
                    "municipality's e-services required a qualified electronic signature, which few citizens have, "
                    "and in 2019 fewer than 3% of applications were submitted electronically. Paying by bank "
                    "transfer meant typing the tax account number by hand, and about 1,900 payments a year were "
                    "allocated to the wrong account.</p>"
                ),
                "actions": (
                    "<p>The municipality introduced the open-source Municipal Service Portal and connected it to the "
                    "PayPortal payment module and to the local tax system, so that amounts due are shown in real "
                    "time.</p><ul><li>The 48 most requested services were rewritten in plain language and each has "
                    "an online form.</li><li>The annual notices for building tax and the household waste fee carry a "
                    "QR code that opens the payment with the tax account filled in – no registration and no "
                    "qualified signature needed.</li><li>Citizens follow the status of their application and choose "
                    "whether to receive the result by email or at the counter.</li><li>85 staff from the counters "
                    "and the local taxes and fees department were trained to work with the portal.</li></ul>"
                ),
                "results": (
                    "<p>In 2024, <strong>46%</strong> of payments of local taxes and fees (about 212,000 payments) "
                    "were made online, compared with 9% in 2020. Queues in the peak season have halved, and a tax "
                    "assessment certificate is issued in <strong>2 working days instead of 5</strong>. Misallocated "
                    "payments fell from about 1,900 to 140 a year. Card payment fees cost the municipality about BGN "
                    "38,000 a year – less than the cashiers' time saved.</p>"
                ),
                "lessons": (
                    "<ul><li>The QR code on the paper notice brought more online payments than any advertising "
                    "campaign.</li><li>Paying does not need a qualified signature: the code on the notice is "
                    "enough.</li><li>Agree the card payment fees with the bank before launch.</li><li>Test service "
                    "descriptions with citizens, not only with lawyers.</li></ul>"
                ),
                "funding": "Operational programme ‘Good Governance’ (EU) – 85%, municipal budget – 15%",
            },
        },
        "adoptions": [
            ("Municipality of Kameno Pole", "2023-10", "done"),
            ("Municipality of Stara Laka", "2025-03", "in_progress"),
            ("Gmina Brzozowa Wola", "2025-09", "planned"),
        ],
    },
    {
        "key": "bg-kameno-pole-one-stop-shop",
        "language": "bg",
        "group": "e-services",
        "organisation": "Municipality of Kameno Pole",
        "country": "BG",
        "region": "Vratsa",
        "population": 24100,
        "status": "implemented",
        "topics": ["e-services", "digital-skills"],
        "systems": ["servicedesk-portal"],
        "started": "2019-05",
        "go_live": "2020-09",
        "cost": 310000,
        "currency": "BGN",
        "facts": {"staff_trained": 38, "electronic_share": 27, "units_connected": 14},
        "texts": {
            "bg": {
                "title": "Едно гише за всички услуги: център за обслужване и изнесени места в 14 кметства",
                "summary": (
                    "Община Камено поле събра всички гишета в център за административно обслужване (ЦАО) с "
                    "електронна опашка и свърза 14 кметства, така че хората могат да подадат заявление и да получат "
                    "документа в своето село."
                ),
                "problem": (
                    "<p>Гражданите търсеха отделните услуги на три етажа и в две сгради: местните данъци, "
                    "гражданската регистрация и техническата служба имаха свои гишета с различно работно време. "
                    "Жителите на селата, голяма част от тях възрастни, пътуваха средно по 25 км до общинския център "
                    "за всяко удостоверение, а автобусите са два пъти на ден. Никой не знаеше колко чака човек на "
                    "гише и колко заявления се връщат за допълване.</p>"
                ),
                "actions": (
                    "<ul><li>Партерът на общинската сграда е преустроен в ЦАО с 8 универсални гишета, достъпна среда "
                    "и кът за деца.</li><li>Въведена е електронна опашка със записване на час през сайта и по "
                    "телефона.</li><li>Служителите на гишетата приемат заявления за всички 62 услуги, а експертите "
                    "работят с преписките в бекофиса.</li><li>Във всяко от 14-те кметства има изнесено работно "
                    "място, свързано със системата на общината: кметският наместник приема и сканира заявлението и "
                    "връчва готовия документ на място.</li></ul>"
                ),
                "results": (
                    "<p>Средното чакане на гише е спаднало от 24 на <strong>7 минути</strong>, а 27% от заявленията "
                    "вече идват по електронен път или през кметствата. За три години жителите на селата са получили "
                    "<strong>над 5 800 документа</strong> в своето кметство – по наша оценка това им е спестило "
                    "около 145 000 км път. Върнатите за допълване заявления са намалели от 18% на 6%, а в анкетата "
                    "през 2023 г. 91% от гражданите са заявили, че са доволни от обслужването.</p>"
                ),
                "lessons": (
                    "<ul><li>Универсалното гише изисква обучение и ясна инструкция за всяка услуга – отделихме за "
                    "това четири месеца.</li><li>Изнесеното работно място спира без добър скенер и резервна интернет "
                    "връзка.</li><li>Записването на час се ползва главно от работещите; възрастните продължават да "
                    "идват без час и това е нормално.</li></ul>"
                ),
                "funding": "Оперативна програма „Добро управление“ (ЕС) и общински бюджет за ремонта на партера",
            },
        },
        "adoptions": [
            ("Municipality of Zlatograd Dol", "2022-06", "done"),
        ],
    },
    {
        "key": "bg-zlatograd-dol-digital-skills",
        "language": "bg",
        "group": "digital-skills",
        "organisation": "Municipality of Zlatograd Dol",
        "country": "BG",
        "region": "Smolyan",
        "population": 11800,
        "status": "scaled",
        "topics": ["digital-skills", "e-services"],
        "systems": ["learnhub"],
        "started": "2021-09",
        "go_live": "2022-03",
        "cost": 48000,
        "currency": "BGN",
        "facts": {"staff_trained": 96, "electronic_share": None, "units_connected": 9},
        "texts": {
            "bg": {
                "title": "Дигитални умения за служителите и за възрастните хора в читалищата на Златоград дол",
                "summary": (
                    "Община Златоград дол обучи 96 служители за работа с електронни документи и услуги, а в девет "
                    "читалища организира безплатни занятия за над 600 възрастни хора, много от които вече плащат и "
                    "заявяват услуги онлайн."
                ),
                "problem": (
                    "<p>След въвеждането на електронните услуги много служители продължаваха да разпечатват "
                    "документите и да ги носят за подпис, защото не се чувстваха уверени в работата с КЕП и със "
                    "системата. В общината живеят много възрастни хора, които няма кой да научи да ползват смартфон: "
                    "децата им са в чужбина или в големите градове. Проучване сред 300 пенсионери през 2021 г. "
                    "показа, че едва 14% някога са използвали електронна услуга.</p>"
                ),
                "actions": (
                    "<p>Общината създаде кратки уроци в LearnHub – по 20–40 минути, с видео от екрана на колега – и "
                    "ги съчета със занятия в малки групи.</p><ul><li>За служителите: модули за КЕП, електронни "
                    "преписки, безопасна работа с имейл и защита на личните данни, всеки с финален тест.</li><li>За "
                    "възрастните: по два часа седмично в деветте читалища, с читалищните секретари и доброволци от "
                    "местната гимназия като преподаватели.</li><li>Задачите са от живота: видеоразговор с внуците, "
                    "проверка и плащане на данък, записване на час при личния лекар.</li></ul>"
                ),
                "results": (
                    "<p>От 2022 г. са обучени <strong>96 служители</strong> (92% от администрацията) и <strong>над "
                    "600 души над 60 години</strong>. Делът на служителите, които подписват и съгласуват документи "
                    "само електронно, е нараснал от 40% на 88%. От завършилите курса възрастни <strong>47%</strong> "
                    "са платили поне веднъж данък или такса онлайн в рамките на шест месеца. Обучението струва около "
                    "70 лв. на човек, включително таблетите за занятията.</p>"
                ),
                "lessons": (
                    "<ul><li>Преподавателите трябва да са хора, на които възрастните вярват – читалищните секретари "
                    "се оказаха най-подходящи.</li><li>Кратките видеа със собствени колеги работят по-добре от "
                    "купени курсове.</li><li>Измервайте какво правят хората след обучението, а не само дали са "
                    "доволни от него.</li></ul>"
                ),
                "funding": (
                    "Местна инициативна група по подхода ВОМР (Програма за развитие на селските райони, ЕС), "
                    "общински бюджет и 20 таблета, дарени от местна фирма"
                ),
            },
            "en": {
                "title": "Digital skills for staff and for older people in the community centres of Zlatograd Dol",
                "summary": (
                    "The Municipality of Zlatograd Dol trained 96 staff to work with electronic documents and "
                    "services, and organised free classes for more than 600 older people in nine community centres "
                    "(chitalishta); many of them now pay and apply for services online."
                ),
                "problem": (
                    "<p>After e-services were introduced, many staff kept printing documents and carrying them "
                    "around for signature, because they did not feel confident with the qualified electronic "
                    "signature and the system. Many older people live in the municipality and have nobody to teach "
                    "them how to use a smartphone: their children are abroad or in the big cities. A survey of 300 "
                    "pensioners in 2021 showed that only 14% had ever used an e-service.</p>"
                ),
                "actions": (
                    "<p>The municipality created short lessons in LearnHub – 20 to 40 minutes each, with a video of "
                    "a colleague's screen – and combined them with classes in small groups.</p><ul><li>For staff: "
                    "modules on the qualified electronic signature, electronic files, safe use of email and personal "
                    "data protection, each with a final test.</li><li>For older people: two hours a week in the nine "
                    "community centres, taught by the centres' secretaries and volunteers from the local secondary "
                    "school.</li><li>The tasks come from real life: a video call with the grandchildren, checking "
                    "and paying a tax, booking an appointment with the family doctor.</li></ul>"
                ),
                "results": (
                    "<p>Since 2022, <strong>96 staff</strong> (92% of the administration) and <strong>more than 600 "
                    "people over 60</strong> have been trained. The share of staff who sign and approve documents "
                    "only electronically has risen from 40% to 88%. Of the older people who completed the course, "
                    "<strong>47%</strong> paid a tax or fee online at least once within six months. The training "
                    "costs about BGN 70 per person, including the tablets used in class.</p>"
                ),
                "lessons": (
                    "<ul><li>The teachers must be people whom older residents trust – the community centre "
                    "secretaries turned out to be the best fit.</li><li>Short videos featuring your own colleagues "
                    "work better than purchased courses.</li><li>Measure what people do after the training, not only "
                    "whether they liked it.</li></ul>"
                ),
                "funding": (
                    "Local action group under community-led local development (Rural Development Programme, EU), "
                    "municipal budget and 20 tablets donated by a local company"
                ),
            },
        },
        "adoptions": [
            ("Association of Municipalities of the Rhodopes", "2023-05", "done"),
            ("Zelenyi Hai Territorial Community", "2024-11", "in_progress"),
        ],
    },
    {
        "key": "bg-rhodopes-shared-open-data",
        "language": "bg",
        "group": "open-data",
        "organisation": "Association of Municipalities of the Rhodopes",
        "country": "BG",
        "region": "Smolyan",
        "population": 87400,
        "status": "implemented",
        "topics": ["open-data"],
        "systems": ["opendata-ckan"],
        "started": "2019-10",
        "go_live": "2020-06",
        "cost": None,
        "currency": "BGN",
        "facts": {"staff_trained": 27, "electronic_share": None, "units_connected": 9},
        "texts": {
            "bg": {
                "title": "Общ портал за отворени данни на девет родопски общини",
                "summary": (
                    "Асоциацията на общините от Родопите поддържа общ портал с CKAN, на който девет малки общини "
                    "публикуват бюджети, договори, данни за туризма и за качеството на питейната вода, без да имат "
                    "собствен ИТ специалист."
                ),
                "problem": (
                    "<p>Законът задължава общините да публикуват отворени данни, но малките родопски общини нямат "
                    "нито специалист, нито сървър за собствен портал. Наборите се качваха като сканирани PDF файлове "
                    "на сайтовете на общините или изобщо не се публикуваха. Журналисти и туристически фирми подаваха "
                    "заявления за достъп до обществена информация за данни, които общините така или иначе имат.</p>"
                ),
                "actions": (
                    "<ul><li>Асоциацията инсталира CKAN на нает облачен сървър и създаде в портала отделна "
                    "организация за всяка община.</li><li>Заедно с членовете избра 12 общи набора с еднаква "
                    "структура: бюджет и изпълнение, сключени договори, местни данъци, регистър на местата за "
                    "настаняване, качество на питейната вода и др.</li><li>27 служители от деветте общини преминаха "
                    "двудневно обучение по подготовка на данни в CSV и анонимизиране.</li><li>Наборите автоматично "
                    "се прехвърлят и в националния портал за отворени данни.</li></ul>"
                ),
                "results": (
                    "<p>Порталът съдържа <strong>214 набора от данни</strong>, обновявани средно веднъж на "
                    "тримесечие, а годишно те се изтеглят около 3 100 пъти. Заявленията за достъп до информация за "
                    "бюджетни данни в общините членки са намалели с около 40%. Местна фирма използва данните за "
                    "местата за настаняване в мобилно приложение за туристи, а две регионални медии публикуват "
                    "редовни анализи на общинските бюджети.</p>"
                ),
                "lessons": (
                    "<ul><li>Общият шаблон за всеки набор е по-важен от броя на наборите.</li><li>Малките общини "
                    "публикуват редовно само ако някой им напомня и проверява файловете.</li><li>Поделен между девет "
                    "общини, хостингът струва около 600 лв. годишно на община.</li></ul>"
                ),
                "funding": (
                    "Членски внос на общините в асоциацията; обученията са с подкрепата на Министерството на "
                    "електронното управление (демо)"
                ),
            },
        },
        "adoptions": [],
    },
    {
        "key": "bg-belitsa-reka-village-fibre",
        "language": "bg",
        "group": "broadband",
        "organisation": "Municipality of Belitsa Reka",
        "country": "BG",
        "region": "Blagoevgrad",
        "population": 9400,
        "status": "implemented",
        "topics": ["broadband"],
        "systems": ["gis-net"],
        "started": "2017-06",
        "go_live": "2019-11",
        "cost": 870000,
        "currency": "EUR",
        "facts": {"staff_trained": None, "electronic_share": None, "units_connected": 11},
        "texts": {
            "bg": {
                "title": "Общинска оптична мрежа до 11 планински села и безплатен Wi-Fi на площадите им",
                "summary": (
                    "Община Белица река изгради 46 км оптична мрежа до 11 села, в които търговските оператори не "
                    "инвестираха, и я отдава на местни доставчици при еднакви условия за всички."
                ),
                "problem": (
                    "<p>През 2017 г. в 11 от 15-те населени места в общината нямаше фиксиран интернет, а мобилното "
                    "покритие беше слабо заради планинския релеф. Кметствата, училищата и здравните кабинети не "
                    "можеха да работят с електронните услуги, а семейства, които биха работили дистанционно, "
                    "напускаха селата. Операторите смятаха изграждането за нерентабилно при по-малко от 300 "
                    "домакинства в село.</p>"
                ),
                "actions": (
                    "<ul><li>С GIS-Net Planner общината нанесе на карта стълбовете, канализацията и пътищата и "
                    "проектира трасе, което на 70% от дължината си минава по съществуващите електрически "
                    "стълбове.</li><li>Мрежата е пасивна инфраструктура, собственост на общината; всеки доставчик "
                    "може да я наеме по открита процедура при еднакви цени.</li><li>Първи бяха свързани 19 "
                    "обществени сгради – кметства, училища, читалища и здравни кабинети.</li><li>На площадите на "
                    "11-те села има безплатни Wi-Fi точки по инициативата WiFi4EU.</li></ul>"
                ),
                "results": (
                    "<p>През 2024 г. <strong>1 140 домакинства</strong> (58% от домакинствата в селата) имат оптичен "
                    "интернет до 1 Gbit/s при средна месечна такса 25 лв. Двама местни доставчици ползват мрежата и "
                    "плащат на общината общо около <strong>31 000 лв. наем годишно</strong>, което покрива "
                    "поддръжката. В селата са се заселили или върнали 37 семейства, които работят дистанционно, а "
                    "двете селски училища запазиха броя на учениците си.</p>"
                ),
                "lessons": (
                    "<ul><li>Съществуващите стълбове намалиха разходите почти наполовина, но договорът с "
                    "електроразпределителното дружество отне 9 месеца.</li><li>Мрежа, отворена за всички доставчици, "
                    "не допусна монопол и държи цените ниски.</li><li>Картографирайте инфраструктурата, преди да "
                    "търсите финансиране – с готов проект шансът за одобрение е по-голям.</li></ul>"
                ),
                "funding": (
                    "Програма за развитие на селските райони 2014–2020 (ЕС), инициатива WiFi4EU (ЕС) и общински бюджет"
                ),
            },
        },
        "adoptions": [],
    },
    {
        "key": "bg-gorno-borovo-backups",
        "language": "bg",
        "group": "cybersecurity",
        "organisation": "Municipality of Gorno Borovo",
        "country": "BG",
        "region": "Gabrovo",
        "population": 4100,
        "status": "pilot",
        "topics": ["cybersecurity"],
        "systems": ["backupvault"],
        "started": "2024-02",
        "go_live": "2024-09",
        "cost": 14800,
        "currency": "BGN",
        "facts": {"staff_trained": 31, "electronic_share": None, "units_connected": 5},
        "texts": {
            "bg": {
                "title": "Архивиране по правилото 3-2-1 и двуфакторен вход в малка община без ИТ отдел",
                "summary": (
                    "Община Горно Борово въведе пилотно автоматично криптирано архивиране извън сградата, "
                    "двуфакторна автентикация и редовни учения по възстановяване на данните – с бюджет под 15 000 лв."
                ),
                "problem": (
                    "<p>През 2023 г. съседна община загуби за три седмици достъпа до данъчната си база след атака с "
                    "рансъмуер, а последното ѝ архивно копие беше отпреди шест месеца. В Горно Борово всички данни – "
                    "деловодство, местни данъци, счетоводство и гражданска регистрация – бяха на един сървър в "
                    "общинската сграда, а копие се правеше ръчно на външен диск веднъж месечно. Общината няма ИТ "
                    "специалист: поддръжката е възложена на фирма на 80 км.</p>"
                ),
                "actions": (
                    "<ul><li>Ежедневно автоматично криптирано архивиране с BackupVault: едно копие на локално "
                    "мрежово хранилище и едно в облака на доставчика, с непроменими копия за 30 "
                    "дни.</li><li>Двуфакторна автентикация за имейла и отдалечения достъп на всички 31 служители в "
                    "общинската администрация и четирите кметства.</li><li>Писмен план за възстановяване: кой какво "
                    "прави, в какъв ред се възстановяват системите и кого уведомява общината.</li><li>Учение всяко "
                    "тримесечие: фирмата възстановява случайно избрана система на резервен компютър, а секретарят на "
                    "общината проверява данните.</li><li>Кратко обучение за разпознаване на фишинг за всички "
                    "служители.</li></ul>"
                ),
                "results": (
                    "<p>При първото учение възстановяването на данъчната база отне <strong>9 часа</strong>, а при "
                    "третото – <strong>2 часа и 40 минути</strong>. При срив общината вече рискува да загуби данните "
                    "от най-много <strong>един работен ден</strong> вместо от цял месец. При тестова фишинг кампания "
                    "делът на служителите, които въведоха паролата си, спадна от 29% на 6%. Годишният разход за "
                    "облачното копие и лицензите е около 3 900 лв.</p>"
                ),
                "lessons": (
                    "<ul><li>Архив, който никога не е възстановяван, не е архив – ученията откриха два проблема, "
                    "които иначе нямаше да забележим.</li><li>Запишете в договора с ИТ фирмата за колко време трябва "
                    "да бъдат възстановени данните и колко данни най-много може да се загубят.</li><li>Двуфакторният "
                    "вход предизвика недоволство само през първата седмица.</li></ul>"
                ),
                "funding": "Пилотен проект на Министерството на електронното управление (демо) и общински бюджет",
            },
        },
        "adoptions": [],
    },
    {
        "key": "bg-polski-izvor-chatbot",
        "language": "bg",
        "group": "e-services",
        "organisation": "Municipality of Polski Izvor",
        "country": "BG",
        "region": "Stara Zagora",
        "population": 128500,
        "status": "pilot",
        "topics": ["e-services", "digital-skills"],
        "systems": ["chatmunicipal", "servicedesk-portal"],
        "started": "2024-10",
        "go_live": None,
        "cost": 36000,
        "currency": "EUR",
        "facts": {"staff_trained": 22, "electronic_share": None, "units_connected": 4},
        "texts": {
            "bg": {
                "title": "Чатбот, който отговаря на гражданите за данъци, документи и сметосъбиране",
                "summary": (
                    "Община Полски извор изпробва чатбот с отворен код, който отговаря на въпроси по 120 често "
                    "задавани теми и насочва към правилната електронна услуга. Преди пускането за всички ботът се "
                    "тества от 400 доброволци."
                ),
                "problem": (
                    "<p>Телефонът за информация на общината приема около 9 000 обаждания месечно и над половината от "
                    "тях са едни и същи въпроси: до кога се плаща данъкът, какви документи са нужни за "
                    "удостоверение, кога минава сметосъбиращата кола. Служителите в центъра за административно "
                    "обслужване (ЦАО) отделят до два часа дневно за такива разговори, а след 17:00 ч. и през "
                    "почивните дни гражданите няма откъде да получат отговор.</p>"
                ),
                "actions": (
                    "<ul><li>Общината избра ChatMunicipal с отворен код, за да държи разговорите на собствен сървър "
                    "и да контролира какво отговаря ботът.</li><li>22 служители от четири отдела написаха и "
                    "провериха отговорите по 120 теми; ботът отговаря само от тази база и от описанията на услугите "
                    "в портала, а когато не знае, предлага връзка със служител.</li><li>Всеки отговор може да бъде "
                    "оценен, а слабо оценените се преглеждат всяка седмица.</li><li>От февруари 2025 г. ботът е "
                    "достъпен в затворен тест за 400 доброволци, записали се на сайта и в ЦАО.</li></ul>"
                ),
                "results": (
                    "<p>За първите четири месеца на теста ботът проведе <strong>3 700 разговора</strong>. В "
                    "<strong>78%</strong> от тях гражданите са оценили отговора като полезен, а 14% са прехвърлени "
                    "към служител. Най-често питат за сроковете и начините за плащане на данъци, за графика на "
                    "сметосъбирането и за документите за адресна регистрация. Преди да пусне бота за всички, "
                    "общината ще провери дали обажданията по тези теми наистина намаляват.</p>"
                ),
                "lessons": (
                    "<ul><li>Ботът е толкова добър, колкото е базата от отговори – поддръжката ѝ трябва да е нечие "
                    "служебно задължение.</li><li>Кажете ясно на хората, че разговарят с бот, и винаги давайте "
                    "възможност да се свържат с човек.</li><li>Започнете с малко теми и ги разширявайте според "
                    "реалните въпроси.</li></ul>"
                ),
                "funding": "Общински бюджет",
            },
        },
        "adoptions": [],
    },
]
