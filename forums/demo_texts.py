# ruff: noqa: E501  (prose)
"""Texts of the demo working groups and questions. Written for the demo; people and organisations are fictional.

- INDEXES: title and introduction of the group index ("groups") and the question board ("questions"), per language.
- TOPICS: the name of each topic (by slug) per language.
- GROUPS: title, introduction, mission and goals (HTML) of each group (by slug) per language.
- MOTIVATIONS: what a person wrote when asking to join a group, in their language.
- THREADS: each group's discussions, in the language of the people who wrote them: title, language,
  how many days ago it started, whether it is pinned, and the posts as (person, text); the first post opens it.
- QUESTIONS: questions to the network, the same way, with topics and the accepted answer (index of
  the post, or None while the asker has not chosen one).

Posts use the small Markdown subset members type (forums/text.py); a line break inside a paragraph
shows as one, so each paragraph is one line.
"""

INDEXES = {
    "groups": {
        "en": {
            "title": "Working groups",
            "introduction": "Thematic groups in which municipalities, communities, counties and ministries work together on one subject: they discuss, share practice and meet. Members take part in a group's discussions; most discussions are open for anyone to read.",
        },
        "bg": {
            "title": "Работни групи",
            "introduction": "Тематични групи, в които общини, общности, области и министерства работят заедно по една тема: обсъждат, споделят практики и се срещат. Членовете участват в дискусиите на групата, а повечето дискусии са отворени за четене от всички.",
        },
        "uk": {
            "title": "Робочі групи",
            "introduction": "Тематичні групи, у яких громади, муніципалітети, повіти та міністерства разом працюють над однією темою: обговорюють, обмінюються практиками й зустрічаються. Учасники групи беруть участь в обговореннях, а більшість обговорень може читати кожен.",
        },
        "pl": {
            "title": "Grupy robocze",
            "introduction": "Grupy tematyczne, w których gminy, powiaty, społeczności i ministerstwa pracują razem nad jednym tematem: dyskutują, dzielą się praktykami i spotykają się. Członkowie biorą udział w dyskusjach grupy, a większość dyskusji może czytać każdy.",
        },
    },
    "questions": {
        "en": {
            "title": "Ask the network",
            "introduction": "Ask colleagues across the network: someone in another municipality has probably solved the same problem already. Ask in your own language; answers come from Bulgaria, Ukraine and Poland.",
        },
        "bg": {
            "title": "Попитай мрежата",
            "introduction": "Попитайте колегите от цялата мрежа: вероятно някой в друга община вече е решил същия проблем. Питайте на своя език; отговарят колеги от България, Украйна и Полша.",
        },
        "uk": {
            "title": "Запитай мережу",
            "introduction": "Запитайте колег з усієї мережі: найімовірніше, хтось в іншій громаді вже розв'язав таке саме питання. Питайте своєю мовою; відповідають колеги з Болгарії, України та Польщі.",
        },
        "pl": {
            "title": "Zapytaj sieć",
            "introduction": "Zapytaj koleżanki i kolegów z całej sieci: ktoś w innej gminie najpewniej rozwiązał już ten sam problem. Pytaj we własnym języku; odpowiadają osoby z Bułgarii, Ukrainy i Polski.",
        },
    },
}

TOPICS = {
    "e-services": {"en": "E-services", "bg": "Електронни услуги", "uk": "Електронні послуги", "pl": "E-usługi"},
    "document-management": {
        "en": "Electronic document management",
        "bg": "Електронен документооборот",
        "uk": "Електронний документообіг",
        "pl": "Elektroniczne zarządzanie dokumentacją",
    },
    "digital-skills": {
        "en": "Digital skills and inclusion",
        "bg": "Дигитални умения и приобщаване",
        "uk": "Цифрові навички та інклюзія",
        "pl": "Kompetencje cyfrowe i włączenie",
    },
    "open-data": {
        "en": "Open data and open government",
        "bg": "Отворени данни и открито управление",
        "uk": "Відкриті дані та відкрите врядування",
        "pl": "Otwarte dane i otwarty samorząd",
    },
    "broadband": {
        "en": "Broadband",
        "bg": "Широколентов достъп",
        "uk": "Широкосмуговий доступ",
        "pl": "Internet szerokopasmowy",
    },
    "cybersecurity": {"en": "Cybersecurity", "bg": "Киберсигурност", "uk": "Кібербезпека", "pl": "Cyberbezpieczeństwo"},
}

GROUPS = {
    "e-services": {
        "en": {
            "title": "E-services",
            "introduction": "Municipalities and communities that put administrative services online compare what citizens actually use, how services are designed and how they connect to national registers.",
            "mission": "<p>Most contacts between citizens and government happen at the municipal counter. The group helps its members move those services online in a way people will use: simple forms, a clear status, payment and delivery without a second visit.</p><p>We share service designs, contract templates and figures on use, and we bring the municipalities' experience to the ministries that run the national platforms.</p>",
            "goals": "<ul><li>A shared list of the twenty most requested municipal services and how each member delivers them online</li><li>Guidelines for online forms, tested with residents in all three countries</li><li>Experience with online queues and appointment booking in citizen service centres</li><li>Joint proposals to the national e-government platforms on what municipalities need from them</li></ul>",
        },
        "bg": {
            "title": "Електронни услуги",
            "introduction": "Общини и общности, които предоставят административни услуги онлайн, сравняват кои услуги гражданите наистина използват, как се проектират и как се свързват с националните регистри.",
            "mission": "<p>Повечето срещи на гражданите с администрацията стават на общинското гише. Групата помага на членовете си да пренесат тези услуги онлайн така, че хората да ги използват: прости формуляри, ясен статус на преписката, плащане и получаване без второ посещение.</p><p>Споделяме описания на услуги, образци на договори и данни за използването им и предаваме опита на общините на министерствата, които поддържат националните платформи.</p>",
            "goals": "<ul><li>Общ списък на двадесетте най-търсени общински услуги и как всеки член ги предоставя онлайн</li><li>Насоки за онлайн формуляри, изпробвани с граждани и в трите държави</li><li>Опит с електронни опашки и записване на час в центровете за административно обслужване</li><li>Общи предложения към националните платформи за електронно управление за това, от което общините имат нужда</li></ul>",
        },
        "uk": {
            "title": "Електронні послуги",
            "introduction": "Громади, які переводять адміністративні послуги в онлайн, порівнюють, чим люди справді користуються, як проєктувати послуги і як під'єднувати їх до державних реєстрів.",
            "mission": "<p>Найчастіше людина зустрічається з владою біля віконця ЦНАП чи старостату. Група допомагає учасникам перенести ці послуги в онлайн так, щоб ними користувалися: прості форми, зрозумілий статус заяви, оплата й отримання результату без повторного візиту.</p><p>Ми обмінюємося описами послуг, шаблонами договорів і статистикою користування, а досвід громад передаємо міністерствам, які відповідають за національні платформи.</p>",
            "goals": "<ul><li>Спільний перелік двадцяти найзатребуваніших послуг громади і того, як кожен учасник надає їх онлайн</li><li>Рекомендації щодо онлайн-форм, перевірені з мешканцями в усіх трьох країнах</li><li>Досвід електронної черги та онлайн-запису до ЦНАП</li><li>Спільні пропозиції до національних платформ електронного врядування щодо потреб громад</li></ul>",
        },
        "pl": {
            "title": "E-usługi",
            "introduction": "Gminy i społeczności, które przenoszą usługi administracyjne do internetu, porównują, z czego mieszkańcy naprawdę korzystają, jak projektować usługi i jak łączyć je z rejestrami państwowymi.",
            "mission": "<p>Większość spraw mieszkańców z administracją zaczyna się przy okienku w urzędzie gminy. Grupa pomaga członkom przenieść te usługi do sieci tak, by ludzie chcieli z nich korzystać: proste formularze, jasny status sprawy, płatność i odbiór bez drugiej wizyty.</p><p>Wymieniamy się opisami usług, wzorami umów i danymi o korzystaniu z nich, a doświadczenia samorządów przekazujemy ministerstwom odpowiedzialnym za platformy krajowe.</p>",
            "goals": "<ul><li>Wspólna lista dwudziestu najczęściej załatwianych spraw w gminie i sposobów, w jakie każdy członek udostępnia je online</li><li>Zasady projektowania formularzy elektronicznych, sprawdzone z mieszkańcami we wszystkich trzech krajach</li><li>Doświadczenia z elektronicznymi kolejkami i rezerwacją wizyt w biurach obsługi mieszkańców</li><li>Wspólne propozycje dla krajowych platform e-administracji: czego samorządy od nich potrzebują</li></ul>",
        },
    },
    "document-management": {
        "en": {
            "title": "Electronic document management",
            "introduction": "Secretaries, archivists and IT staff introducing electronic document management: choosing a system, migrating files, e-signatures, and getting colleagues to work without paper.",
            "mission": "<p>An electronic document-management system changes how the whole office works, not only how letters are registered. The group brings together people who have done it and people about to start, so that nobody repeats the same mistakes.</p><p>We compare systems and contracts, share filing plans and internal rules, and agree on how municipalities exchange documents with each other and with central government.</p>",
            "goals": "<ul><li>A checklist for making electronic files the default instead of paper</li><li>Model internal rules for e-signatures, scanning and the electronic archive</li><li>A comparison of the systems members use, with costs and support arrangements</li><li>Interoperable exchange of documents between municipalities and ministries</li></ul>",
        },
        "bg": {
            "title": "Електронен документооборот",
            "introduction": "Секретари, архивисти и ИТ специалисти, които въвеждат електронен документооборот: избор на система, прехвърляне на преписки, електронен подпис и работа без хартия.",
            "mission": "<p>Системата за електронен документооборот променя начина, по който работи цялата администрация, а не само завеждането на входящата поща. Групата събира хора, които вече са минали по този път, и такива, които тепърва започват, за да не се повтарят едни и същи грешки.</p><p>Сравняваме системи и договори, споделяме номенклатури на делата и вътрешни правила и договаряме как общините обменят документи помежду си и с централната власт.</p>",
            "goals": "<ul><li>Контролен списък за преминаване от хартиени към електронни преписки по подразбиране</li><li>Образци на вътрешни правила за електронен подпис, сканиране и електронен архив</li><li>Сравнение на системите, които членовете използват, с разходите и условията за поддръжка</li><li>Съвместим обмен на документи между общини и министерства</li></ul>",
        },
        "uk": {
            "title": "Електронний документообіг",
            "introduction": "Секретарі, архівісти та ІТ-фахівці, які запроваджують електронний документообіг: вибір системи, перенесення справ, КЕП і робота без паперу.",
            "mission": "<p>Система електронного документообігу змінює роботу всієї ради, а не лише реєстрацію вхідної пошти. Група об'єднує тих, хто вже пройшов цей шлях, і тих, хто тільки починає, щоб ніхто не повторював чужих помилок.</p><p>Ми порівнюємо системи й договори, обмінюємося номенклатурами справ і внутрішніми інструкціями та домовляємося, як громади обмінюються документами між собою і з центральними органами влади.</p>",
            "goals": "<ul><li>Чек-лист переходу від паперових справ до електронних як основних</li><li>Типові інструкції щодо КЕП, сканування та електронного архіву</li><li>Порівняння систем, якими користуються учасники, з витратами й умовами підтримки</li><li>Сумісний обмін документами між громадами та міністерствами</li></ul>",
        },
        "pl": {
            "title": "Elektroniczne zarządzanie dokumentacją",
            "introduction": "Sekretarze, archiwiści i informatycy wdrażający EZD: wybór systemu, przenoszenie spraw, podpis elektroniczny i praca urzędu bez papieru.",
            "mission": "<p>System elektronicznego zarządzania dokumentacją zmienia pracę całego urzędu, nie tylko rejestrację korespondencji. Grupa łączy osoby, które mają wdrożenie za sobą, z tymi, które dopiero zaczynają, żeby nikt nie powtarzał cudzych błędów.</p><p>Porównujemy systemy i umowy, dzielimy się wykazami akt i instrukcjami kancelaryjnymi oraz uzgadniamy, jak samorządy wymieniają dokumenty między sobą i z administracją rządową.</p>",
            "goals": "<ul><li>Lista kontrolna przejścia na EZD jako podstawowy sposób dokumentowania</li><li>Wzory wewnętrznych zasad dotyczących podpisu elektronicznego, skanowania i archiwum elektronicznego</li><li>Porównanie systemów używanych przez członków, z kosztami i warunkami wsparcia</li><li>Interoperacyjna wymiana dokumentów między samorządami a ministerstwami</li></ul>",
        },
    },
    "digital-skills": {
        "en": {
            "title": "Digital competences and inclusion",
            "introduction": "Training staff and helping the residents who are left out: older people, villages without a bank or a post office, people with disabilities.",
            "mission": "<p>An online service is only as good as the number of people who can use it. The group works on two sides: the skills of municipal staff, who must be at ease with the systems before they can help anyone, and the residents most at risk of being left behind.</p><p>Members share training programmes, materials in plain language and the experience of assisted service points in libraries, community centres and village halls.</p>",
            "goals": "<ul><li>A common curriculum of basic digital skills for front-office staff</li><li>Plain-language guides to the most used e-services, in all four languages</li><li>A network of assisted service points in small settlements</li><li>Accessibility checks of municipal websites and forms</li></ul>",
        },
        "bg": {
            "title": "Дигитални умения и приобщаване",
            "introduction": "Обучение на служителите и помощ за жителите, които остават встрани: възрастни хора, села без банка и поща, хора с увреждания.",
            "mission": "<p>Една електронна услуга струва толкова, колкото са хората, които могат да я използват. Групата работи в две посоки: уменията на общинските служители, които трябва уверено да боравят със системите, преди да помагат на други, и жителите, за които рискът да останат встрани е най-голям.</p><p>Членовете споделят програми за обучение, материали на ясен език и опит с пунктове за асистирано обслужване в библиотеки, читалища и кметства.</p>",
            "goals": "<ul><li>Обща програма за базови дигитални умения на служителите на гише</li><li>Ръководства на ясен език за най-използваните електронни услуги, на четирите езика</li><li>Мрежа от пунктове за асистирано обслужване в малките населени места</li><li>Проверки за достъпност на общинските сайтове и формуляри</li></ul>",
        },
        "uk": {
            "title": "Цифрові компетентності та інклюзія",
            "introduction": "Навчання працівників і допомога мешканцям, які залишаються осторонь: людям похилого віку, селам без банку й пошти, людям з інвалідністю.",
            "mission": "<p>Онлайн-послуга варта рівно стільки, скільки людей здатні нею скористатися. Група працює у двох напрямах: навички працівників громади, які мають впевнено працювати із системами, перш ніж допомагати іншим, і мешканці, яким найбільше загрожує цифрове відчуження.</p><p>Учасники обмінюються навчальними програмами, матеріалами зрозумілою мовою та досвідом пунктів допомоги в бібліотеках, будинках культури та старостатах.</p>",
            "goals": "<ul><li>Спільна програма базових цифрових навичок для працівників фронт-офісу</li><li>Зрозумілі інструкції до найпопулярніших е-послуг чотирма мовами</li><li>Мережа пунктів допомоги з е-послугами в малих населених пунктах</li><li>Перевірка доступності сайтів і форм громад</li></ul>",
        },
        "pl": {
            "title": "Kompetencje cyfrowe i włączenie",
            "introduction": "Szkolenie pracowników i pomoc mieszkańcom, którzy zostają w tyle: seniorom, wsiom bez banku i poczty, osobom z niepełnosprawnościami.",
            "mission": "<p>Usługa online jest warta tyle, ile osób potrafi z niej skorzystać. Grupa działa na dwóch polach: umiejętności pracowników urzędu, którzy muszą swobodnie obsługiwać systemy, zanim zaczną pomagać innym, oraz mieszkańcy najbardziej zagrożeni wykluczeniem cyfrowym.</p><p>Członkowie dzielą się programami szkoleń, materiałami pisanymi prostym językiem i doświadczeniami punktów wsparcia w bibliotekach, domach kultury i świetlicach wiejskich.</p>",
            "goals": "<ul><li>Wspólny program podstawowych kompetencji cyfrowych dla pracowników obsługi mieszkańców</li><li>Poradniki prostym językiem do najczęściej używanych e-usług, w czterech językach</li><li>Sieć punktów wsparcia w małych miejscowościach</li><li>Badanie dostępności stron i formularzy samorządowych</li></ul>",
        },
    },
    "open-data": {
        "en": {
            "title": "Open government and open data",
            "introduction": "Publishing municipal data that people can reuse, and opening decisions to residents: budgets, council votes, public consultations.",
            "mission": "<p>Municipalities hold data that residents, journalists and businesses want: budgets, contracts, transport, land use, the results of council votes. The group helps members publish it regularly, in open formats and under clear licences, and use it to involve residents in decisions.</p>",
            "goals": "<ul><li>A shared list of high-value municipal datasets with recommended formats</li><li>A recommended open licence and a short publication policy members can adopt</li><li>Practice in participatory budgeting and online consultations</li><li>Regular publication on the national open-data portals</li></ul>",
        },
        "bg": {
            "title": "Открито управление и отворени данни",
            "introduction": "Публикуване на общински данни за повторна употреба и отваряне на решенията към жителите: бюджети, гласувания в общинския съвет, обществени консултации.",
            "mission": "<p>Общините разполагат с данни, които жителите, журналистите и бизнесът търсят: бюджети, договори, транспорт, устройство на територията, резултати от гласуванията в общинския съвет. Групата помага на членовете да ги публикуват редовно, в отворени формати и с ясни лицензи, и да ги използват, за да включват жителите във вземането на решения.</p>",
            "goals": "<ul><li>Общ списък на най-ценните общински набори от данни с препоръчани формати</li><li>Препоръчан отворен лиценз и кратка политика за публикуване, която членовете могат да приемат</li><li>Опит с гражданско бюджетиране и онлайн консултации</li><li>Редовно публикуване в националните портали за отворени данни</li></ul>",
        },
        "uk": {
            "title": "Відкрите врядування та відкриті дані",
            "introduction": "Оприлюднення даних громади для повторного використання і залучення мешканців до рішень: бюджети, голосування ради, громадські обговорення.",
            "mission": "<p>Громади володіють даними, які потрібні мешканцям, журналістам і бізнесу: бюджети, договори, транспорт, землекористування, результати голосувань ради. Група допомагає учасникам оприлюднювати їх регулярно, у відкритих форматах і за зрозумілими ліцензіями, та використовувати для залучення мешканців до ухвалення рішень.</p>",
            "goals": "<ul><li>Спільний перелік найцінніших наборів даних громади з рекомендованими форматами</li><li>Рекомендована відкрита ліцензія та коротка політика оприлюднення, яку учасники можуть ухвалити</li><li>Досвід бюджету участі та онлайн-консультацій</li><li>Регулярне оприлюднення на національних порталах відкритих даних</li></ul>",
        },
        "pl": {
            "title": "Otwarty samorząd i otwarte dane",
            "introduction": "Publikowanie danych samorządu do ponownego wykorzystania i otwieranie decyzji na mieszkańców: budżety, głosowania rady, konsultacje społeczne.",
            "mission": "<p>Samorządy mają dane, których szukają mieszkańcy, dziennikarze i firmy: budżety, umowy, transport, zagospodarowanie przestrzenne, wyniki głosowań rady. Grupa pomaga członkom publikować je regularnie, w otwartych formatach i na jasnych licencjach, a także wykorzystywać je do włączania mieszkańców w podejmowanie decyzji.</p>",
            "goals": "<ul><li>Wspólna lista najcenniejszych zbiorów danych samorządowych z zalecanymi formatami</li><li>Zalecana otwarta licencja i krótka polityka publikacji, którą członkowie mogą przyjąć</li><li>Doświadczenia z budżetem obywatelskim i konsultacjami online</li><li>Regularna publikacja w krajowych portalach otwartych danych</li></ul>",
        },
    },
    "broadband": {
        "en": {
            "title": "Broadband networks",
            "introduction": "Bringing fast internet to villages, schools and town halls: mapping the gaps, funding, permits and working with operators.",
            "mission": "<p>E-services mean little where the connection does not reach. Rural municipalities plan broadband with few staff and scattered settlements. The group helps them map the gaps, combine sources of funding, speed up permits and negotiate with operators, and shares what worked when a network was built, and where it stalled.</p>",
            "goals": "<ul><li>A method for mapping unserved addresses with operators' and national data</li><li>An overview of the funding programmes in the three countries and how municipalities used them</li><li>Model agreements for the use of municipal ducts, poles and buildings</li><li>Connecting schools, health posts and town halls first</li></ul>",
        },
        "bg": {
            "title": "Широколентови мрежи",
            "introduction": "Бърз интернет за селата, училищата и кметствата: картографиране на непокритите места, финансиране, разрешителни и работа с операторите.",
            "mission": "<p>Електронните услуги означават малко там, където връзката не стига. Селските общини планират широколентов достъп с малко хора и разпръснати населени места. Групата им помага да картографират белите петна, да съчетават източници на финансиране, да ускоряват разрешителните и да преговарят с операторите, и споделя какво е проработило при изграждането на мрежа и къде то е засядало.</p>",
            "goals": "<ul><li>Методика за картографиране на адресите без покритие с данни от операторите и от държавата</li><li>Преглед на програмите за финансиране в трите държави и как общините са ги използвали</li><li>Образци на споразумения за ползване на общински канали, стълбове и сгради</li><li>С предимство свързване на училищата, здравните пунктове и кметствата</li></ul>",
        },
        "uk": {
            "title": "Широкосмугові мережі",
            "introduction": "Швидкісний інтернет для сіл, шкіл і старостатів: картування білих плям, фінансування, дозволи та співпраця з операторами.",
            "mission": "<p>Електронні послуги мало що важать там, куди не доходить зв'язок. Сільські громади планують широкосмуговий доступ із невеликим штатом і розпорошеними населеними пунктами. Група допомагає їм картувати білі плями, поєднувати джерела фінансування, пришвидшувати дозволи й домовлятися з операторами, а також ділиться досвідом: що спрацювало під час будівництва мережі і де воно зупинялося.</p>",
            "goals": "<ul><li>Методика картування адрес без покриття на основі даних операторів і держави</li><li>Огляд програм фінансування в трьох країнах і того, як ними скористалися громади</li><li>Типові договори про використання комунальної кабельної каналізації, опор і будівель</li><li>Першочергове підключення шкіл, амбулаторій і старостатів</li></ul>",
        },
        "pl": {
            "title": "Sieci szerokopasmowe",
            "introduction": "Szybki internet dla wsi, szkół i urzędów: mapowanie białych plam, finansowanie, pozwolenia i współpraca z operatorami.",
            "mission": "<p>E-usługi niewiele znaczą tam, gdzie nie dociera łącze. Gminy wiejskie planują sieci szerokopasmowe przy małej liczbie pracowników i rozproszonej zabudowie. Grupa pomaga im mapować białe plamy, łączyć źródła finansowania, przyspieszać pozwolenia i negocjować z operatorami, a także dzieli się doświadczeniem: co zadziałało przy budowie sieci i gdzie budowa utknęła.</p>",
            "goals": "<ul><li>Metoda mapowania adresów bez dostępu na podstawie danych operatorów i danych krajowych</li><li>Przegląd programów finansowania w trzech krajach i sposobów, w jakie samorządy z nich skorzystały</li><li>Wzory umów o udostępnianie gminnej kanalizacji kablowej, słupów i budynków</li><li>Podłączanie w pierwszej kolejności szkół, ośrodków zdrowia i urzędów</li></ul>",
        },
    },
    "cybersecurity": {
        "en": {
            "title": "Cybersecurity",
            "introduction": "A closed group of municipal IT staff and security officers who share incidents, warnings and practical defences. Members join by invitation.",
            "mission": "<p>Municipalities are an easy target: many systems, small IT teams and the personal data of every resident. Members of this group share in confidence what they see, from phishing campaigns to ransomware attempts, and work out together the minimum every municipality should have in place.</p><p>Discussions are visible to members only, so that incidents can be described openly.</p>",
            "goals": "<ul><li>A minimum security baseline for small municipalities</li><li>Early warning between members about ongoing campaigns</li><li>Backup and recovery exercises with shared scenarios</li><li>Short awareness training for staff and councillors</li></ul>",
        },
        "bg": {
            "title": "Киберсигурност",
            "introduction": "Затворена група на общински ИТ специалисти и служители по сигурността, които споделят инциденти, предупреждения и практически мерки за защита. Членството е с покана.",
            "mission": "<p>Общините са лесна мишена: много системи, малки ИТ екипи и личните данни на всеки жител. Членовете на групата споделят поверително това, което наблюдават – от фишинг кампании до опити за атаки с рансъмуер – и заедно определят минимума, който всяка община трябва да има.</p><p>Дискусиите са видими само за членовете, за да може инцидентите да се описват открито.</p>",
            "goals": "<ul><li>Минимални изисквания за сигурност за малките общини</li><li>Ранно предупреждение между членовете за текущи атаки</li><li>Упражнения по архивиране и възстановяване с общи сценарии</li><li>Кратки обучения за повишаване на осведомеността на служителите и общинските съветници</li></ul>",
        },
        "uk": {
            "title": "Кібербезпека",
            "introduction": "Закрита група ІТ-фахівців і відповідальних за безпеку в громадах, які обмінюються інформацією про інциденти, попередженнями й практичними заходами захисту. Участь — за запрошенням.",
            "mission": "<p>Громади — легка ціль: багато систем, маленькі ІТ-команди й персональні дані кожного мешканця. Учасники групи конфіденційно діляться тим, що бачать, — від фішингових розсилок до спроб атак шифрувальників — і разом визначають мінімум, який має бути в кожній громаді.</p><p>Обговорення бачать лише учасники, щоб про інциденти можна було говорити відверто.</p>",
            "goals": "<ul><li>Базові вимоги безпеки для малих громад</li><li>Раннє попередження учасників про поточні атаки</li><li>Навчання з резервного копіювання та відновлення за спільними сценаріями</li><li>Короткі тренінги з кібергігієни для працівників і депутатів</li></ul>",
        },
        "pl": {
            "title": "Cyberbezpieczeństwo",
            "introduction": "Zamknięta grupa informatyków samorządowych i osób odpowiedzialnych za bezpieczeństwo, które wymieniają się informacjami o incydentach, ostrzeżeniami i praktycznymi zabezpieczeniami. Członkostwo na zaproszenie.",
            "mission": "<p>Samorządy są łatwym celem: wiele systemów, małe zespoły IT i dane osobowe każdego mieszkańca. Członkowie grupy poufnie dzielą się tym, co widzą – od kampanii phishingowych po próby ataków ransomware – i wspólnie ustalają minimum, które powinna mieć każda gmina.</p><p>Dyskusje widzą tylko członkowie, żeby o incydentach można było mówić otwarcie.</p>",
            "goals": "<ul><li>Minimalny poziom zabezpieczeń dla małych gmin</li><li>Wczesne ostrzeganie członków o trwających kampaniach</li><li>Ćwiczenia z kopii zapasowych i odtwarzania według wspólnych scenariuszy</li><li>Krótkie szkolenia z cyberhigieny dla pracowników i radnych</li></ul>",
        },
    },
}

# (group, person): the motivation of a request waiting for a coordinator.
MOTIVATIONS = {
    (
        "open-data",
        "groupmember",
    ): "Kameno Pole is preparing its first open-data publication: the budget and public contracts. I would like to learn from municipalities that already publish regularly, and I can share our export scripts.",
    (
        "document-management",
        "liudmyla",
    ): "Наша громада обирає систему електронного документообігу. Хочу повчитися в тих, хто вже перейшов на роботу без паперу, і поділитися нашим досвідом навчання старост.",
}

THREADS = {
    "e-services": [
        {
            "title": "Start here: what the group works on this year",
            "language": "en",
            "days_ago": 58,
            "pinned": True,
            "posts": [
                (
                    "coordinator",
                    "Welcome to the e-services group! Desislava and I coordinate it this year. In short, we work on three things:\n\n"
                    "1. **The top twenty services.** Each member fills in one row per service: is it online, how many requests came in online last year, and what still needs a visit.\n"
                    "2. **Online forms.** We collect good and bad examples and test them with residents.\n"
                    "3. **Queues and appointments** in citizen service centres.\n\n"
                    "Please introduce yourself in this thread: your municipality, which services you already offer online, and what you would like to learn from others.",
                ),
                (
                    "desislava",
                    "Hello everyone, Desislava from Sinye Vodi. We have 34 services online, but honestly only about five are really used: tax certificates, civil status certificates and the status of building permits. I am most interested in *why* people still come to the counter when the service is online.",
                ),
                (
                    "serhii",
                    "Serhii, head of the Zelenyi Hai community. We are small (8,900 people in 14 villages), so for us the question is how to serve the villages without a counter in each of them. Our service centre has a mobile office that visits every village twice a month; we would like to combine it with online booking.",
                ),
                (
                    "groupmember",
                    "Georgi, IT at Kameno Pole. I can share how we connected our online forms to the national e-delivery system: it took three months, mostly paperwork. Happy to help anyone who is starting.",
                ),
                (
                    "tomasz",
                    "Tomasz, IT in Gmina Jeziorany Małe. Most of our services go through the national platform (ePUAP), and its forms are not ours to change. I would like to compare notes on what a municipality *can* improve around a national platform: instructions, status messages, reminders.",
                ),
            ],
        },
        {
            "title": "Електронна черга в ЦНАП: яку систему обрали?",
            "language": "uk",
            "days_ago": 31,
            "posts": [
                (
                    "serhii",
                    "Колеги, хочемо запровадити електронну чергу й онлайн-запис до ЦНАП. Зараз люди приходять зранку і чекають по дві години, особливо в дні виплат і перед кінцевим терміном сплати податків.\n\n"
                    "Що цікавить:\n"
                    "- яку систему ви використовуєте (готове рішення чи щось власне);\n"
                    "- чи залишили живу чергу для тих, хто не записався;\n"
                    "- скільки коштує підтримка на рік.\n\n"
                    "Будемо вдячні за будь-який досвід.",
                ),
                (
                    "oksana",
                    "У Прибережній громаді електронна черга працює вже другий рік: термінал із талонами плюс онлайн-запис через сайт. Головне, що ми зрозуміли: **не віддавайте весь час під запис**. У нас 60 % вікон працюють за записом, 40 % — для живої черги, інакше літні люди просто не потрапляють на прийом.\n\n"
                    "Підтримка коштує близько 18 тис. грн на рік, SMS-нагадування оплачуємо окремо.",
                ),
                (
                    "serhii",
                    "> не віддавайте весь час під запис\n\n"
                    "Дякую, саме цього ми й боялися. А SMS-нагадування справді зменшують кількість тих, хто записався і не прийшов?",
                ),
                (
                    "oksana",
                    "Так, помітно. До нагадувань не приходила приблизно кожна п'ята людина, зараз — одна з десяти. Нагадування надсилаємо за день до візиту і вранці того ж дня.",
                ),
                (
                    "tomasz",
                    "Sorry for answering in English. In Jeziorany Małe we booked appointments through a simple free calendar on the municipal website for two years before we bought a queue system. It showed us which services really need an appointment — maybe a cheap way to start?",
                ),
            ],
        },
        {
            "title": "Плащане на местни данъци онлайн – какъв е опитът ви?",
            "language": "bg",
            "days_ago": 12,
            "posts": [
                (
                    "radostina",
                    "Здравейте, колеги! В Стара Лъка искаме от догодина гражданите да могат да плащат данъка върху недвижимите имоти и таксата за битови отпадъци онлайн, а не само на гише и в пощата. Общината е малка и нямаме собствен ИТ специалист.\n\n"
                    "Кой какво използва – виртуален ПОС терминал на банката, плащане през държавния портал или нещо друго? И как уведомявате хората, че вече могат да плащат от вкъщи?",
                ),
                (
                    "desislava",
                    "В Сине води от три години приемаме плащания през виртуален ПОС на обслужващата банка и през държавния портал за електронни плащания. Съвет: **свържете плащането с партидата на данъкоплатеца**, иначе счетоводството ще разнася плащанията на ръка. Първата година онлайн платиха около 9 % от хората, миналата – вече 27 %.",
                ),
                (
                    "groupmember",
                    "При нас в Камено поле най-много помогна QR кодът върху съобщенията за данъка: сканираш го и отиваш направо на плащането с попълнена партида. Ако искате, ще ви изпратя описанието, което дадохме на доставчика.",
                ),
                (
                    "radostina",
                    "Благодаря и на двамата! Георги, да, моля, изпратете го – ще го включим в заданието. Деси, колко ви струва годишно виртуалният ПОС?",
                ),
                (
                    "desislava",
                    "Банката взима процент от сумата, около 1 %, плюс малка месечна такса. За нас това излиза по-евтино от времето на служителите на гишето.",
                ),
                (
                    "tomasz",
                    "A note from Poland: we added online payment to our tax notices last year, and the biggest win was fewer phone calls asking for the account number. Good luck!",
                ),
            ],
        },
    ],
    "document-management": [
        {
            "title": "Przejście na EZD jako podstawowy sposób dokumentowania – od czego zacząć?",
            "language": "pl",
            "days_ago": 45,
            "posts": [
                (
                    "magdalena",
                    "Dzień dobry! Od przyszłego roku nasze starostwo ma przejść na EZD jako **podstawowy** sposób dokumentowania spraw, a nie tylko do rejestrowania korespondencji. Starosta podjął decyzję, teraz kolej na nas.\n\n"
                    "Moje pytania do tych, którzy mają to już za sobą:\n"
                    "1. Ile trwały przygotowania – od decyzji do pierwszego dnia bez papieru?\n"
                    "2. Czy wszystkie komórki przeszły jednocześnie, czy stopniowo?\n"
                    "3. Co zrobić ze sprawami, które zostały rozpoczęte na papierze?",
                ),
                (
                    "coordinator",
                    "Magdaleno, u nas trwało to dziewięć miesięcy, z czego połowa to porządkowanie instrukcji kancelaryjnej i wykazu akt. Przechodziliśmy stopniowo: najpierw sekretariat i kadry, po trzech miesiącach reszta urzędu.\n\n"
                    "Sprawy rozpoczęte na papierze **kończymy na papierze** – nie opłaca się ich skanować w całości. Nowe sprawy od wyznaczonego dnia prowadzimy tylko w EZD.",
                ),
                (
                    "taras",
                    "Same experience in Velyki Mosty: we tried to switch all departments at once and had two very hard months. If I did it again, I would start with one department that wants it and let them show the others.",
                ),
                (
                    "magdalena",
                    "Dziękuję! Czy szkoliliście wszystkich pracowników naraz, czy najpierw jedną osobę z każdego wydziału?",
                ),
                (
                    "coordinator",
                    "Najpierw po jednej osobie z każdego referatu – to one potem pomagały kolegom na miejscu. Nazywaliśmy je *ambasadorami EZD* i to był chyba najlepszy pomysł całego wdrożenia.",
                ),
                (
                    "stoyan",
                    "Just to add: plan time for scanning at the registry desk. In Zlatograd Dol, scanning incoming paper letters was the bottleneck in the first weeks.",
                ),
            ],
        },
        {
            "title": "Оцифрування архіву: скануємо все чи тільки нові справи?",
            "language": "uk",
            "days_ago": 26,
            "posts": [
                (
                    "taras",
                    "Колеги, пів року тому ми запустили СЕД, і тепер постало питання архіву. Паперових справ за останні десять років — кілька сотень метрів полиць. Частина працівників хоче, щоб у системі було *все*, бо так зручніше шукати.\n\n"
                    "Хто вже вирішував це питання? Ви сканували старі справи повністю чи лише те, що часто запитують: рішення ради, розпорядження, договори оренди землі?",
                ),
                (
                    "oksana",
                    "Ми сканували лише рішення ради та розпорядження голови за п'ять років — це те, що справді запитують щодня. Решта лежить в архіві; якщо хтось просить довідку, скануємо документ на вимогу й одразу додаємо в систему. Так за рік оцифрували найпотрібніше без окремого проєкту.",
                ),
                (
                    "groupmember",
                    "In Kameno Pole we did what Oksana describes: scan on demand. One tip: agree on a naming and metadata scheme *before* the first scan. We had to re-index about 2,000 files because three colleagues described them in three different ways.",
                ),
                (
                    "taras",
                    "Дякую обом. Георгію, можете поділитися вашою схемою метаданих? Навіть болгарською — розберемося.",
                ),
                (
                    "groupmember",
                    "Sure, I will translate it into English and attach it here next week. It is one page: document type, number, date, department, subject keywords and retention period.",
                ),
            ],
        },
        {
            "title": "Квалифициран електронен подпис за всички служители или само за ръководството?",
            "language": "bg",
            "days_ago": 9,
            "posts": [
                (
                    "ivelina",
                    "Колеги, въвеждаме документооборота и спорим колко КЕП да купим. Финансовият отдел предлага подпис само за кмета, секретаря и главния счетоводител, а всички останали да работят с вътрешно одобрение в системата.\n\n"
                    "Как е при вас? Достатъчно ли е вътрешното одобрение за резолюции и становища, или все пак всеки експерт има нужда от собствен подпис?",
                ),
                (
                    "stoyan",
                    "В Златоград дол КЕП имат само тези, които подписват документи навън – кмет, заместник-кметове, секретар и няколко директори. За резолюции, съгласувания и становища вътре в администрацията използваме одобрение в системата, което се записва с потребител и час. Одиторите не са имали забележки.",
                ),
                (
                    "groupmember",
                    "Съгласен съм със Стоян, но предвидете и облачен подпис за хората на терен, например за инспекторите. При нас това се оказа по-удобно от карта с четец.",
                ),
                (
                    "coordinator",
                    "In Brzozowa Wola we made the same split: qualified signatures only for those who sign letters that leave the office. Inside the office, approval in the EDM system is enough under our rules. One thing to check in your law: some decisions in administrative proceedings need a qualified signature even if they never leave the building.",
                ),
                (
                    "ivelina",
                    "Благодаря! Ще проверя точно това с юриста ни, преди да подадем заявката.",
                ),
            ],
        },
    ],
    "digital-skills": [
        {
            "title": "Як навчити старост працювати з електронними послугами",
            "language": "uk",
            "days_ago": 52,
            "posts": [
                (
                    "liudmyla",
                    "Добрий день! У Городницькій громаді 22 старостинські округи, і саме старости найчастіше допомагають людям із заявами. Але більшість із них ніколи не навчалася працювати з електронними послугами.\n\n"
                    "Ми підготували програму з трьох зустрічей:\n"
                    "- **перша:** вхід із КЕП і через Дію, типові помилки;\n"
                    "- **друга:** найчастіші послуги — субсидії, довідки, реєстрація місця проживання;\n"
                    "- **третя:** як пояснювати людям похилого віку і не робити все замість них.\n\n"
                    "Чи проводив хтось щось подібне? Що б ви додали чи прибрали?",
                ),
                (
                    "oksana",
                    "Ми проводили схоже навчання торік. Я б додала четверту зустріч через місяць — *розбір реальних випадків*. Після перших трьох старости пішли працювати, а запитання в них з'явилися вже на практиці.",
                ),
                (
                    "monika",
                    "In Poland we had a similar project with village heads (sołtysi). What worked: each participant left with a printed one-page checklist for the three most common services. They kept it on the desk for months.",
                ),
                (
                    "liudmyla",
                    "> a printed one-page checklist\n\nЧудова ідея, дякую! Зробимо такі пам'ятки для п'яти послуг.",
                ),
                (
                    "ivelina",
                    "We also record a short video of each training session. Not everyone can come in person, and new colleagues watch them when they start.",
                ),
            ],
        },
        {
            "title": "Kawiarenka cyfrowa dla seniorów – nasze doświadczenia po roku",
            "language": "pl",
            "days_ago": 20,
            "posts": [
                (
                    "monika",
                    "Chcę podzielić się doświadczeniami. Od roku w bibliotece gminnej w Jezioranach Małych działa *kawiarenka cyfrowa*: raz w tygodniu, przy kawie, wolontariusze z liceum pomagają seniorom założyć profil zaufany, umówić wizytę u lekarza przez internet albo zapłacić rachunek.\n\n"
                    "Kilka liczb:\n"
                    "- 146 osób skorzystało co najmniej raz;\n"
                    "- 61 założyło profil zaufany;\n"
                    "- koszt dla gminy: kawa, ciastka i dwa używane laptopy.\n\n"
                    "Największe wyzwanie? Po wakacjach wolontariusze się zmieniają i trzeba ich szkolić od nowa.",
                ),
                (
                    "agnieszka",
                    "Świetny pomysł! W Brzozowej Woli zrobiliśmy podobnie, ale z pracownikami urzędu zamiast uczniów. Działało gorzej, bo seniorzy krępowali się pytać „urzędnika”. Młodzież to chyba lepszy wybór.",
                ),
                (
                    "plamen",
                    "Our association tried this in three Rhodope villages, together with the community centres (chitalishta). The volunteer problem is the same. Now we ask each group of volunteers to train the next one before they leave; it takes one session in June.",
                ),
                (
                    "monika",
                    "Dziękuję, Plamen – przekazanie w czerwcu to dobry pomysł, wprowadzimy to u siebie.",
                ),
                (
                    "liudmyla",
                    "Very inspiring. May we translate your description into Ukrainian and share it with the libraries in our community?",
                ),
                (
                    "monika",
                    "Oczywiście, proszę śmiało tłumaczyć. Of course, go ahead!",
                ),
            ],
        },
        {
            "title": "Как измервате резултата от обученията на служителите?",
            "language": "bg",
            "days_ago": 6,
            "posts": [
                (
                    "plamen",
                    "Тази година асоциацията организира осем обучения по дигитални умения за служители от общините в Родопите. Присъствието е добро, анкетите след обучението – отлични. Но не знаем дали нещо се е променило в работата на хората.\n\n"
                    "Как измервате ефекта? Правите ли проверка след няколко месеца, следите ли показатели от самата работа – например дела на електронно подадените заявления?",
                ),
                (
                    "ivelina",
                    "Ние сравняваме два показателя за три месеца преди и три месеца след обучението: колко заявления са обработени изцяло електронно и колко пъти служителите са търсили ИТ за помощ. Не е перфектно, но показва посоката.",
                ),
                (
                    "liudmyla",
                    "At the end of each training we ask every participant to set one concrete goal (for example, *I will register all incoming letters in the system myself*) and we call them two months later to ask whether it happened. It is simple, and people take it seriously.",
                ),
                (
                    "coordinator",
                    "Plamen, if you have the questions of your tests before and after the training, it would be great to add them to the group's documents. We would reuse them in Poland.",
                ),
            ],
        },
    ],
    "open-data": [
        {
            "title": "Jaka licencja dla danych publikowanych przez samorząd: CC BY 4.0 czy CC0?",
            "language": "pl",
            "days_ago": 40,
            "posts": [
                (
                    "ewa",
                    "Przygotowujemy w powiecie politykę otwierania danych i utknęliśmy na licencji. Część zespołu chce [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/deed.pl), żeby użytkownicy podawali źródło, część – CC0, bo to najprostsze dla firm i programistów.\n\n"
                    "Jaką licencję przyjęliście u siebie i czy ktoś kiedykolwiek egzekwował obowiązek podania źródła?",
                ),
                (
                    "tomasz",
                    "W Jezioranach Małych przyjęliśmy CC0 dla wszystkich danych poza mapami, które mają własne warunki. Nikt nie sprawdza podawania źródła, a CC BY odstraszało lokalnego programistę, który chciał zrobić aplikację z rozkładem jazdy autobusów.",
                ),
                (
                    "stoyan",
                    "In Bulgaria, data on the national portal is usually published under CC BY 4.0, so municipalities follow that. Honestly, I have never seen attribution enforced. In my experience, users care more about a stable address and regular updates.",
                ),
                (
                    "taras",
                    "Same in Ukraine: the national portal uses CC BY 4.0 by default. I would add: whatever you choose, put the licence in the dataset itself, not only on the website. People download files and forget where they came from.",
                ),
                (
                    "ewa",
                    "Dziękuję wszystkim. Zaproponujemy zarządowi CC BY 4.0 jako licencję domyślną, z możliwością CC0 dla zbiorów, z których chce korzystać lokalny biznes. I dopiszemy licencję w metadanych każdego pliku – dobra uwaga, Taras.",
                ),
            ],
        },
        {
            "title": "Publishing the municipal budget as open data: CSV, XLSX or both?",
            "language": "en",
            "days_ago": 22,
            "posts": [
                (
                    "stoyan",
                    "Our finance department publishes the budget and its quarterly execution as PDF. I am trying to convince them to add machine-readable files. Their worry: *“Citizens can't open CSV, and if we publish XLSX, journalists will complain that it isn't open.”*\n\n"
                    "What do you publish, and in which structure: one row per budget line, or something simpler?",
                ),
                (
                    "ewa",
                    "We publish both: CSV for machines and XLSX with formatting for people, generated from the same export. One row per budget line with the classification codes, plus a second file that explains the codes in plain words. That second file turned out to be the most downloaded one.",
                ),
                (
                    "tomasz",
                    "Add a date column and keep the same structure every quarter, so that people can stack the files. Ours are on [dane.gov.pl](https://dane.gov.pl), and a student made a chart of our spending over five years without asking us anything. That is the best argument for your finance team.",
                ),
                (
                    "plamen",
                    "The association could help here: several Rhodope municipalities use the same accounting software. If we agree on one export template, all of them could publish at once.",
                ),
                (
                    "stoyan",
                    "Plamen, that would be great. Let's talk about it at the next meeting.",
                ),
            ],
        },
        {
            "title": "Набори відкритих даних для малої громади: з чого почати?",
            "language": "uk",
            "days_ago": 8,
            "posts": [
                (
                    "taras",
                    "Перелік наборів даних, які громада має оприлюднювати, довгий, а в нас цим займається одна людина у вільний від основної роботи час.\n\n"
                    "Що ви оприлюднили першим і що реально запитують люди? Думаю почати з бюджету, рішень ради та переліку комунального майна.",
                ),
                (
                    "ewa",
                    "Start with what you already produce anyway: the budget and council decisions. In our county the first questions from residents were about public procurement and contracts, so I would add those early.",
                ),
                (
                    "stoyan",
                    "Automate from day one, even if it is only a scheduled export from your accounting system. The first publication is easy; the twelfth, when the person responsible is on leave, is where it breaks.",
                ),
                (
                    "taras",
                    "Слушні поради, дякую. Почнемо з бюджету й договорів і налаштуємо щомісячне автоматичне вивантаження.",
                ),
            ],
        },
    ],
    "broadband": [
        {
            "title": "Співфінансування широкосмугового доступу для сіл: хто що пробував?",
            "language": "uk",
            "days_ago": 47,
            "posts": [
                (
                    "serhii",
                    "У Зеленому Гаю 14 сіл, і в шести з них немає оптики — лише мобільний інтернет, та й той слабкий. Оператори кажуть, що будувати туди невигідно: мало абонентів.\n\n"
                    "Розглядаємо кілька варіантів:\n"
                    "1. громада сама будує магістраль і передає її в оренду оператору;\n"
                    "2. співфінансування з оператором: від нас опори й дозволи, від нього обладнання;\n"
                    "3. чекати на державну програму.\n\n"
                    "Хто вже мав досвід із першим чи другим варіантом? Які підводні камені?",
                ),
                (
                    "taras",
                    "Ми у Великих Мостах пішли другим шляхом. Громада надала опори вуличного освітлення і приміщення в старостатах, оператор проклав кабель за свій кошт. Головне — чітко прописати в договорі **соціальні тарифи для шкіл і амбулаторій** та строки будівництва, інакше оператор підключить лише вигідні вулиці.",
                ),
                (
                    "marcin",
                    "In Poland many municipalities chose option 2 with EU money. A trap we saw: the operator gets your poles exclusively for 15 years. Limit the exclusivity, and open the infrastructure to other operators on the same terms.",
                ),
                (
                    "radostina",
                    "We are a small Bulgarian municipality, and we waited four years for the national programme (option 3). Don't wait. Even a partial solution, a fixed wireless link to the school and the town hall, changed a lot for us.",
                ),
                (
                    "serhii",
                    "Дякую, колеги. Схоже, починаємо з другого варіанта, але з відкритим доступом для інших операторів, як радить Марцін.",
                ),
            ],
        },
        {
            "title": "Mapowanie białych plam – skąd brać dane o zasięgu?",
            "language": "pl",
            "days_ago": 28,
            "posts": [
                (
                    "marcin",
                    "Zanim złożymy wniosek o dofinansowanie, musimy pokazać, które adresy w gminie nie mają dostępu do szybkiego internetu. Dane z krajowej inwentaryzacji są, ale nie zawsze zgadzają się z tym, co mówią mieszkańcy.\n\n"
                    "Czy ktoś robił własną ankietę albo pomiary? Jak przekonaliście instytucję finansującą, że dane krajowe są nieaktualne?",
                ),
                (
                    "monika",
                    "Zrobiliśmy ankietę przez sołtysów i na stronie gminy: adres, operator, zmierzona prędkość (z linkiem do testu prędkości). Odpowiedziało około 400 gospodarstw. Różnice z danymi krajowymi wyszły w kilkunastu miejscowościach i instytucja je uwzględniła, bo mieliśmy konkretne adresy.",
                ),
                (
                    "taras",
                    "We did something similar with a simple online form and a speed-test link. A tip: ask people to run the test in the evening. That is when the difference shows.",
                ),
                (
                    "marcin",
                    "Dzięki! Ankieta przez sołtysów to dobry pomysł, bo w tych wsiach i tak mało kto zagląda na stronę gminy.",
                ),
            ],
        },
        {
            "title": "Connecting schools and the town hall first: worth it as a start?",
            "language": "en",
            "days_ago": 4,
            "posts": [
                (
                    "radostina",
                    "We don't have the money to bring fibre to every house in Stara Laka. The idea now is to connect the *anchor institutions* first, the school, the health post, the town hall and the community centre, and to build from there.\n\n"
                    "Has anyone started like this? Did the operator later extend the network to homes, or did it stay an island?",
                ),
                (
                    "serhii",
                    "In Zelenyi Hai the school was connected first, and two years later the operator extended the network to the nearest streets, but only because we had put it in the agreement. Without that clause it would have stayed an island.",
                ),
                (
                    "monika",
                    "Same in our commune. The school's connection also became the place where older people came to use the internet, so it helped with digital skills too.",
                ),
                (
                    "plamen",
                    "The Rhodopes association can share the model agreement that two of our municipalities used. I will add it to the group's documents.",
                ),
            ],
        },
    ],
    "cybersecurity": [
        {
            "title": "Фишинг кампания към общински служители – как реагирахме",
            "language": "bg",
            "days_ago": 17,
            "posts": [
                (
                    "stoyan",
                    "Колеги, споделям за сведение. Миналата седмица над 40 служители получиха имейл уж от Националната агенция за приходите с връзка към фалшива страница за вход. Двама въведоха паролите си.\n\n"
                    "Какво направихме:\n"
                    "1. блокирахме домейна на пощенския сървър и на защитната стена;\n"
                    "2. сменихме паролите на двамата и проверихме входовете в пощите им;\n"
                    "3. изпратихме кратко предупреждение до всички с екранна снимка на писмото.\n\n"
                    "Урок: двуфакторната автентикация щеше да спре атаката. Въвеждаме я до края на месеца.",
                ),
                (
                    "marcin",
                    "Thanks for sharing, Stoyan. Last month we saw an almost identical campaign in Poland, pretending to be the tax office. Could you share the sender domains? I will add them to our filters.",
                ),
                (
                    "stoyan",
                    "I will send the full list to the group's members by e-mail today; I would rather not post it here in full.",
                ),
                (
                    "taras",
                    "Thank you! Every quarter we send a training phishing e-mail to our own staff. The first time 30 % clicked; now it is under 8 %.",
                ),
                (
                    "groupmember",
                    "Камено поле също получи писмото. Нашият филтър го хвана, но само защото миналия месец добавихме проверка на DMARC. Ако някой има нужда, мога да опиша настройките.",
                ),
            ],
        },
        {
            "title": "Backups of the EDM system: who tests restores, and how often?",
            "language": "en",
            "days_ago": 10,
            "posts": [
                (
                    "marcin",
                    "We back up our document-management system every night, but until last month nobody had ever tried to restore it. When we finally did, it took **11 hours**, and one step was missing from the documentation.\n\n"
                    "How often do you test a full restore, and who does it: your own IT staff or the vendor?",
                ),
                (
                    "tomasz",
                    "Twice a year, on a copy of the server, done by our IT with the vendor on the phone. We write down how long each step takes. The first time it was 9 hours; now we are at 3.",
                ),
                (
                    "stoyan",
                    "A full restore once a year, and every month we restore one random document. Also keep one backup offline: ransomware in a neighbouring municipality encrypted the backup disk as well.",
                ),
                (
                    "groupmember",
                    "+1 to offline copies. We also keep a printed restore procedure in the safe. When the network is down, the wiki is down too.",
                ),
                (
                    "marcin",
                    "Good point about the printout. We will test twice a year and restore one random file every month.",
                ),
            ],
        },
    ],
}

QUESTIONS = [
    {
        "title": "Чи потрібен паперовий примірник розпорядження, підписаного КЕП?",
        "language": "uk",
        "topics": ["document-management"],
        "days_ago": 35,
        "posts": [
            (
                "oksana",
                "Колеги, голова громади підписує розпорядження кваліфікованим електронним підписом у СЕД. Але архівний відділ вимагає ще й паперовий примірник із «живим» підписом — «для справи».\n\n"
                "Чи зберігаєте ви паперові примірники електронних документів? Якщо ні, на що посилаєтеся?",
            ),
            (
                "taras",
                "Ні, не зберігаємо. Електронний документ із КЕП має таку саму юридичну силу, як паперовий, а справи ми формуємо в електронному вигляді за номенклатурою. Паперову копію друкуємо лише тоді, коли її просить людина. Для архівного відділу затвердили окрему інструкцію щодо роботи з електронними документами — це зняло питання.",
            ),
            (
                "liudmyla",
                "Підтверджую, у нас так само. Лише домовтеся з архівом заздалегідь, які справи постійного зберігання ви передаватимете і в якому форматі.",
            ),
        ],
        "accepted": 1,
    },
    {
        "title": "Integracja EZD z ePUAP – robiliście ją sami czy przez integratora?",
        "language": "pl",
        "topics": ["document-management", "e-services"],
        "days_ago": 30,
        "posts": [
            (
                "magdalena",
                "Wdrażamy w starostwie bezpłatny system EZD i zastanawiamy się nad integracją ze skrzynką ePUAP. Firma, od której kupujemy sprzęt, proponuje usługę integracji za niemałe pieniądze.\n\n"
                "Czy ktoś podłączył skrzynkę ePUAP samodzielnie? Ile to trwało i czego potrzebował informatyk?",
            ),
            (
                "tomasz",
                "W Jezioranach Małych podłączaliśmy sami. Zajęło to około tygodnia, głównie certyfikat dla systemu i konfiguracja skrzynki. Dokumentacja jest w porządku, a na forum użytkowników EZD jest sporo gotowych odpowiedzi.",
            ),
            (
                "taras",
                "Not from Poland, but we had the same question with our EDM system and the national document exchange in Ukraine. We did it ourselves too; the hardest part was getting the certificates issued, not the configuration. Start that paperwork early.",
            ),
        ],
        "accepted": 1,
    },
    {
        "title": "Приемате ли заявления по имейл, подписани с електронен подпис?",
        "language": "bg",
        "topics": ["e-services", "document-management"],
        "days_ago": 27,
        "posts": [
            (
                "ivelina",
                "Все повече хора изпращат заявления на общия имейл на общината, подписани с КЕП. Нашата деловодна система ги приема автоматично само през системата за сигурно електронно връчване.\n\n"
                "Как процедирате – завеждате ли ги, или отговаряте, че трябва да ги подадат по друг начин?",
            ),
            (
                "desislava",
                "Завеждаме ги. Проверяваме подписа, деловодителят регистрира заявлението и прикачва оригиналния подписан файл. Успоредно изпращаме на човека кратко писмо с входящия номер и връзка към системата за връчване – така следващия път повечето подават оттам.",
            ),
            (
                "coordinator",
                "In Poland we accept signed e-mails too, and we register them in the EDM system like any other letter. Refusing them only brings people back to the counter.",
            ),
            (
                "ivelina",
                "Благодаря, Деси, точно така ще направим.",
            ),
        ],
        "accepted": 1,
    },
    {
        "title": "How do you anonymise residents' complaints before publishing statistics?",
        "language": "en",
        "topics": ["open-data"],
        "days_ago": 24,
        "posts": [
            (
                "stoyan",
                "We want to publish monthly statistics of residents' complaints and reports (potholes, street lights, waste) as open data. The records contain names, phone numbers and sometimes health details in the free text.\n\n"
                "What do you remove, and do you publish the free-text description at all?",
            ),
            (
                "ewa",
                "We publish only the category, district, date received, date closed and status. The free text never leaves the system: it is too risky even after cleaning. Addresses are cut to the street, without the house number. Our data-protection officer approved exactly this list.",
            ),
            (
                "taras",
                "Same approach in Velyki Mosty, and we also drop categories with fewer than five cases a month in a village, because otherwise you can guess who complained.",
            ),
        ],
        "accepted": 1,
    },
    {
        "title": "Як оцінити вартість підключення віддалених сіл до оптики?",
        "language": "uk",
        "topics": ["broadband"],
        "days_ago": 18,
        "posts": [
            (
                "serhii",
                "Готуємо заявку на фінансування і маємо вказати орієнтовну вартість. Оператори називають дуже різні цифри — від 300 до 900 тисяч гривень за кілометр.\n\n"
                "Чи є в когось методика або реальні цифри з уже побудованих мереж у сільській місцевості?",
            ),
            (
                "marcin",
                "From rural projects in Poland: the cost per kilometre depends mostly on whether you can use existing poles or have to dig. On poles it was roughly a third of the cost of an underground cable. Ask the operators to price both variants separately, otherwise you can't compare the offers.",
            ),
            (
                "taras",
                "У нас підвіс на наявних опорах вийшов приблизно втричі дешевшим за прокладання в ґрунті. Попросіть операторів розбити кошторис на підвіс, прокладання і обладнання — тоді пропозиції можна буде порівняти.",
            ),
        ],
        "accepted": None,
    },
    {
        "title": "Szkolenia z cyberbezpieczeństwa dla radnych – obowiązkowe czy dobrowolne?",
        "language": "pl",
        "topics": ["cybersecurity", "digital-skills"],
        "days_ago": 15,
        "posts": [
            (
                "monika",
                "Radni korzystają z tabletów i służbowej poczty, ale nikt nigdy nie przeszkolił ich z bezpieczeństwa. Chcę zaproponować krótkie szkolenie.\n\n"
                "Czy u was takie szkolenia są obowiązkowe? Jak przekonaliście radnych, żeby przyszli?",
            ),
            (
                "stoyan",
                "They are not mandatory in our municipality, but we hold a 30-minute session right before a council meeting, when everyone is in the building anyway. Nearly everyone attends.",
            ),
            (
                "ewa",
                "U nas szkolenie jest dobrowolne, ale przewodniczący rady zapisał się pierwszy i to wystarczyło. Bardzo pomógł prawdziwy przykład phishingu, który dostał jeden z radnych.",
            ),
        ],
        "accepted": 1,
    },
    {
        "title": "Малка община без ИТ специалист – кой поддържа сайта и системите ви?",
        "language": "bg",
        "topics": ["e-services", "digital-skills"],
        "days_ago": 11,
        "posts": [
            (
                "radostina",
                "В общинската администрация на Стара Лъка работят 38 души и нито един ИТ специалист. Сайтът и компютрите се поддържат от фирма по договор, но тя реагира бавно.\n\n"
                "Как се справят другите малки общини? Споделяте ли специалист със съседна община, или разчитате изцяло на външна фирма?",
            ),
            (
                "groupmember",
                "Нашата община е по-голяма, но преди пет години бяхме в същото положение. Помогна ни договор с ясни срокове за реакция – например до 4 часа при проблем, който спира работата на гишето – и с неустойки. Без тях фирмата винаги има по-важни клиенти.",
            ),
            (
                "serhii",
                "In Ukraine several small communities share one IT specialist through an inter-municipal cooperation agreement: he spends two days a week in each of them. It works surprisingly well for us.",
            ),
            (
                "plamen",
                "Асоциацията обсъжда точно такъв модел за Родопите – общ ИТ специалист за три-четири малки общини. Ако имате интерес, пишете ми.",
            ),
        ],
        "accepted": 2,
    },
    {
        "title": "Has anyone tried a chatbot for residents' questions?",
        "language": "en",
        "topics": ["e-services"],
        "days_ago": 7,
        "posts": [
            (
                "tomasz",
                "Our front office answers the same questions every day: opening hours, which documents to bring, how to pay for waste collection. The council wants to try a chatbot on the website.\n\n"
                "Has anyone done it? Did residents use it, and who keeps the answers up to date?",
            ),
            (
                "oksana",
                "We tried a simple chatbot in Pryberezhna for a year. It answered the top 30 questions well. The hard part was exactly what you mention: keeping the answers current. After two changes of opening hours it was giving wrong information, so now one person in our service centre checks it every Monday.",
            ),
            (
                "desislava",
                "We decided against it for now and improved the FAQ page instead, with the ten most common questions at the top. Phone calls went down by about a fifth. Cheaper, and nothing to train.",
            ),
        ],
        "accepted": None,
    },
    {
        "title": "Де знайти безкоштовні курси цифрової грамотності для працівників ЦНАП?",
        "language": "uk",
        "topics": ["digital-skills"],
        "days_ago": 3,
        "posts": [
            (
                "liudmyla",
                "У ЦНАП і старостатах у нас нові працівники. Шукаємо безкоштовні онлайн-курси, бажано із сертифікатом, щоб зарахувати їх як підвищення кваліфікації.\n\n"
                "Що ви використовували і що справді варте часу?",
            ),
            (
                "oksana",
                "Ми брали курси з цифрової грамотності для публічних службовців на [Дія.Цифрова освіта](https://osvita.diia.gov.ua): вони безкоштовні, із сертифікатом, і їх зараховують як підвищення кваліфікації. Почніть із базового курсу, а потім беріть тематичні, наприклад про кібергігієну.",
            ),
            (
                "agnieszka",
                "Not Ukrainian-specific, but we built our own short course from the national materials and added a practical part with our own systems. The practical part is what people remembered.",
            ),
        ],
        "accepted": 1,
    },
    {
        "title": "Wzór regulaminu konsultacji społecznych online?",
        "language": "pl",
        "topics": ["open-data"],
        "days_ago": 2,
        "posts": [
            (
                "coordinator",
                "Rada gminy chce, żeby konsultacje społeczne odbywały się także przez internet. Potrzebujemy regulaminu: kto może brać udział, jak weryfikujemy mieszkańców, jak długo trwają konsultacje.\n\n"
                "Czy ktoś ma sprawdzony regulamin, którym mógłby się podzielić?",
            ),
            (
                "ewa",
                "W powiecie od dwóch lat mamy regulamin konsultacji online, prześlę Ci go. Uczestników weryfikujemy profilem zaufanym albo kodem z listu, który dostaje każde gospodarstwo domowe – ten drugi sposób bardzo pomógł starszym mieszkańcom.",
            ),
            (
                "plamen",
                "In Bulgaria municipalities publish their consultations on the national public consultation portal, and written comments by e-mail count as well. I am happy to share our rules in English if that helps.",
            ),
        ],
        "accepted": None,
    },
]
