# ruff: noqa: E501  (prose)
"""Texts of the demo events in en, bg, uk and pl. Written for the demo; people and organisations are fictional.

Each event has, per language: title, introduction, body (HTML), venue (name, address, city; empty
for online events), sessions (title, speakers, room; in the order of the programme), speakers
(name, position, organisation; in the order of the page's speakers) and, where the event has them,
questions (label, help text, options) and materials (link titles).
"""

INDEX = {
    "en": {
        "title": "Events",
        "introduction": "Forums, conferences, trainings, info sessions, webinars and working-group meetings of the network. Register online, for yourself or for colleagues of your organisation.",
    },
    "bg": {
        "title": "Събития",
        "introduction": "Форуми, конференции, обучения, информационни срещи, уебинари и срещи на работните групи на мрежата. Регистрирайте се онлайн – лично или за колеги от вашата организация.",
    },
    "uk": {
        "title": "Події",
        "introduction": "Форуми, конференції, навчання, інформаційні сесії, вебінари та засідання робочих груп мережі. Реєструйтеся онлайн – для себе або для колег зі своєї організації.",
    },
    "pl": {
        "title": "Wydarzenia",
        "introduction": "Fora, konferencje, szkolenia, spotkania informacyjne, webinaria i spotkania grup roboczych sieci. Zarejestruj siebie lub współpracowników ze swojej instytucji online.",
    },
}

EVENTS = {
    # A national forum in Sofia, in person and streamed.
    "national-forum": {
        "en": {
            "title": "National Forum on Digital Local Government",
            "introduction": "Mayors, municipal secretaries and IT experts from Bulgaria, Ukraine and Poland meet the ministries to take stock of e-services, electronic document management and open data in municipalities.",
            "body": "<p>The network's annual forum brings central and local government to one table. Municipalities show what they introduced over the past year, ministries explain what comes next, and the working groups agree on their plans.</p><p>The forum takes place in Sofia and is streamed online, with interpretation between Bulgarian, Ukrainian, Polish and English. Each organisation may register up to three participants.</p>",
            "venue": ("Serdika Congress Centre", "12 Cooperation Square", "Sofia"),
            "sessions": [
                ("Opening: where digital local government stands", "Elena Stoyanova", "Hall 1"),
                (
                    "Panel: e-services that citizens actually use",
                    "Andriy Koval, Beata Nowicka; moderator: Elena Stoyanova",
                    "Hall 1",
                ),
                ("Electronic document management: lessons from three municipalities", "Beata Nowicka", "Hall 1"),
                ("Working groups in parallel: open data, cybersecurity, broadband", "", "Rooms 2–4"),
                ("Conclusions and the network's plan for the year ahead", "Elena Stoyanova, Andriy Koval", "Hall 1"),
            ],
            "speakers": [
                ("Elena Stoyanova", "Deputy Minister of e-Government", "Ministry of e-Government (demo)"),
                ("Andriy Koval", "Head of Digital Services", "Digital Transformation Agency (demo)"),
                ("Beata Nowicka", "Commune Secretary", "Gmina Brzozowa Wola"),
            ],
        },
        "bg": {
            "title": "Национален форум „Цифрово местно управление“",
            "introduction": "Кметове, секретари на общини и ИТ специалисти от България, Украйна и Полша се срещат с министерствата, за да обсъдят напредъка на електронните услуги, електронния документооборот и отворените данни в общините.",
            "body": "<p>Годишният форум на мрежата събира на една маса централната и местната власт. Общините представят въведеното през изминалата година, министерствата разказват какво предстои, а работните групи договарят плановете си.</p><p>Форумът се провежда в София и се излъчва онлайн, с превод между български, украински, полски и английски език. Всяка организация може да регистрира до трима участници.</p>",
            "venue": ("Конгресен център „Сердика“", "пл. „Сътрудничество“ 12", "София"),
            "sessions": [
                ("Откриване: докъде стигна цифровото местно управление", "Елена Стоянова", "Зала 1"),
                (
                    "Панел: електронни услуги, които гражданите наистина използват",
                    "Андрий Ковал, Беата Новицка; модератор: Елена Стоянова",
                    "Зала 1",
                ),
                ("Електронен документооборот: поуки от три общини", "Беата Новицка", "Зала 1"),
                (
                    "Паралелни работни групи: отворени данни, киберсигурност, широколентов достъп",
                    "",
                    "Зали 2–4",
                ),
                ("Заключения и план на мрежата за следващата година", "Елена Стоянова, Андрий Ковал", "Зала 1"),
            ],
            "speakers": [
                (
                    "Елена Стоянова",
                    "заместник-министър на електронното управление",
                    "Министерство на електронното управление (демо)",
                ),
                ("Андрий Ковал", "ръководител на отдел „Цифрови услуги“", "Агенция за цифрова трансформация (демо)"),
                ("Беата Новицка", "секретар на община", "Община Бжозова Воля"),
            ],
        },
        "uk": {
            "title": "Національний форум «Цифрове місцеве самоврядування»",
            "introduction": "Міські голови, секретарі рад та ІТ-фахівці з Болгарії, України та Польщі зустрічаються з міністерствами, щоб підбити підсумки розвитку електронних послуг, електронного документообігу та відкритих даних у громадах.",
            "body": "<p>Щорічний форум мережі збирає за одним столом центральну владу та місцеве самоврядування. Громади показують, що запровадили за минулий рік, міністерства розповідають про плани, а робочі групи погоджують свою роботу.</p><p>Форум відбувається в Софії і транслюється онлайн із перекладом між болгарською, українською, польською та англійською мовами. Кожна організація може зареєструвати до трьох учасників.</p>",
            "venue": ("Конгрес-центр «Сердика»", "пл. Співпраці, 12", "Софія"),
            "sessions": [
                ("Відкриття: де сьогодні цифрове місцеве самоврядування", "Елена Стоянова", "Зала 1"),
                (
                    "Панель: електронні послуги, якими люди справді користуються",
                    "Андрій Коваль, Беата Новицька; модераторка: Елена Стоянова",
                    "Зала 1",
                ),
                ("Електронний документообіг: уроки трьох громад", "Беата Новицька", "Зала 1"),
                (
                    "Паралельні робочі групи: відкриті дані, кібербезпека, широкосмуговий доступ",
                    "",
                    "Зали 2–4",
                ),
                ("Висновки та план мережі на наступний рік", "Елена Стоянова, Андрій Коваль", "Зала 1"),
            ],
            "speakers": [
                (
                    "Елена Стоянова",
                    "заступниця міністра електронного врядування",
                    "Міністерство електронного врядування (демо)",
                ),
                ("Андрій Коваль", "керівник напряму цифрових послуг", "Агенція цифрової трансформації (демо)"),
                ("Беата Новицька", "секретарка гміни", "Гміна Бжозова Воля"),
            ],
        },
        "pl": {
            "title": "Krajowe Forum Cyfrowego Samorządu",
            "introduction": "Wójtowie, burmistrzowie, sekretarze gmin i informatycy z Bułgarii, Ukrainy i Polski spotykają się z ministerstwami, by podsumować rozwój e-usług, elektronicznego obiegu dokumentów i otwartych danych w samorządach.",
            "body": "<p>Coroczne forum sieci zbiera przy jednym stole administrację rządową i samorządową. Gminy pokazują, co wdrożyły w minionym roku, ministerstwa przedstawiają plany, a grupy robocze uzgadniają swoją pracę.</p><p>Forum odbywa się w Sofii i jest transmitowane online, z tłumaczeniem między językiem bułgarskim, ukraińskim, polskim i angielskim. Każda instytucja może zarejestrować najwyżej trzech uczestników.</p>",
            "venue": ("Centrum Kongresowe Serdika", "plac Współpracy 12", "Sofia"),
            "sessions": [
                ("Otwarcie: gdzie jest dziś cyfrowy samorząd", "Elena Stojanowa", "Sala 1"),
                (
                    "Panel: e-usługi, z których mieszkańcy naprawdę korzystają",
                    "Andrij Kowal, Beata Nowicka; moderacja: Elena Stojanowa",
                    "Sala 1",
                ),
                ("Elektroniczny obieg dokumentów: wnioski z trzech gmin", "Beata Nowicka", "Sala 1"),
                (
                    "Równoległe grupy robocze: otwarte dane, cyberbezpieczeństwo, internet szerokopasmowy",
                    "",
                    "Sale 2–4",
                ),
                ("Podsumowanie i plan sieci na kolejny rok", "Elena Stojanowa, Andrij Kowal", "Sala 1"),
            ],
            "speakers": [
                ("Elena Stojanowa", "wiceminister ds. e-administracji", "Ministerstwo e-Administracji (demo)"),
                ("Andrij Kowal", "kierownik ds. usług cyfrowych", "Agencja Transformacji Cyfrowej (demo)"),
                ("Beata Nowicka", "sekretarz gminy", "Gmina Brzozowa Wola"),
            ],
        },
    },
    # A full-day training in Rzeszów, eight seats, with a waiting list and two extra questions.
    "edm-training": {
        "en": {
            "title": "Electronic Document Management in Practice",
            "introduction": "A hands-on training for municipal staff: registering incoming mail, approving and signing documents electronically, and archiving them correctly.",
            "body": "<p>Participants work on training accounts in a computer lab and follow a document from the registry desk to the archive: registration, assignment, approval, qualified electronic signature, dispatch and retention.</p><p>The group is limited to eight people so that the trainer can help everyone. Those who attend the whole day receive a certificate of attendance for six hours.</p>",
            "venue": ("Podkarpackie Digital Skills Centre, Lab 2", "7 Szkolna Street", "Rzeszów"),
            "sessions": [
                ("Electronic document management and its legal framework", "Piotr Zawadzki", "Lab 2"),
                ("Registering incoming correspondence and scanning paper mail", "Piotr Zawadzki", "Lab 2"),
                (
                    "Workflows, approvals and the qualified electronic signature",
                    "Piotr Zawadzki, Beata Nowicka",
                    "Lab 2",
                ),
                ("Dispatch, archiving and retention periods; questions", "Beata Nowicka", "Lab 2"),
            ],
            "speakers": [
                ("Piotr Zawadzki", "EDM Trainer and IT Specialist", "Union of Rural Communes (demo)"),
                ("Beata Nowicka", "Commune Secretary", "Gmina Brzozowa Wola"),
            ],
            "questions": [
                (
                    "Which document management system do you use?",
                    "Choose the closest answer.",
                    ["DocuNet Municipal", "ArchivaPro", "SEOD Lite", "Another system", "None yet"],
                ),
                (
                    "Do you need a certificate?",
                    "A certificate of attendance for six hours, issued after the training.",
                    [],
                ),
            ],
        },
        "bg": {
            "title": "Електронен документооборот в практиката",
            "introduction": "Практическо обучение за общински служители: регистриране на входящата поща, съгласуване и електронно подписване на документи и правилното им архивиране.",
            "body": "<p>Участниците работят с учебни профили в компютърна зала и проследяват един документ от деловодството до архива: регистриране, разпределяне, съгласуване, квалифициран електронен подпис, изпращане и съхранение.</p><p>Групата е ограничена до осем души, за да може обучителят да помогне на всеки. Присъствалите през целия ден получават удостоверение за участие с хорариум шест часа.</p>",
            "venue": ("Подкарпатски център за цифрови умения, зала 2", "ул. „Школна“ 7", "Жешув"),
            "sessions": [
                ("Електронният документооборот и правната рамка", "Пьотр Завадски", "Зала 2"),
                ("Регистриране на входяща кореспонденция и сканиране на хартиена поща", "Пьотр Завадски", "Зала 2"),
                (
                    "Работни потоци, съгласуване и квалифициран електронен подпис",
                    "Пьотр Завадски, Беата Новицка",
                    "Зала 2",
                ),
                ("Изпращане, архивиране и срокове за съхранение; въпроси", "Беата Новицка", "Зала 2"),
            ],
            "speakers": [
                (
                    "Пьотр Завадски",
                    "обучител по електронен документооборот и ИТ специалист",
                    "Съюз на селските общини (демо)",
                ),
                ("Беата Новицка", "секретар на община", "Община Бжозова Воля"),
            ],
            "questions": [
                (
                    "Каква система за документооборот използвате?",
                    "Изберете най-близкия отговор.",
                    ["DocuNet Municipal", "ArchivaPro", "SEOD Lite", "Друга система", "Все още никаква"],
                ),
                (
                    "Нуждаете ли се от удостоверение?",
                    "Удостоверение за участие с хорариум шест часа, издавано след обучението.",
                    [],
                ),
            ],
        },
        "uk": {
            "title": "Електронний документообіг на практиці",
            "introduction": "Практичне навчання для працівників громад: реєстрація вхідної кореспонденції, погодження та електронне підписання документів, правильне архівування.",
            "body": "<p>Учасники працюють із навчальними обліковими записами в комп’ютерному класі й простежують шлях документа від канцелярії до архіву: реєстрація, розподіл, погодження, кваліфікований електронний підпис, відправлення та зберігання.</p><p>Група обмежена вісьмома учасниками, щоб тренер міг допомогти кожному. Ті, хто буде присутній увесь день, отримають сертифікат про участь на шість годин.</p>",
            "venue": ("Підкарпатський центр цифрових навичок, клас 2", "вул. Шкільна, 7", "Жешув"),
            "sessions": [
                ("Електронний документообіг і його правові засади", "Пьотр Завадзький", "Клас 2"),
                ("Реєстрація вхідної кореспонденції та сканування паперової пошти", "Пьотр Завадзький", "Клас 2"),
                (
                    "Маршрути документів, погодження та кваліфікований електронний підпис",
                    "Пьотр Завадзький, Беата Новицька",
                    "Клас 2",
                ),
                ("Відправлення, архівування та строки зберігання; запитання", "Беата Новицька", "Клас 2"),
            ],
            "speakers": [
                (
                    "Пьотр Завадзький",
                    "тренер з електронного документообігу, ІТ-фахівець",
                    "Союз сільських гмін (демо)",
                ),
                ("Беата Новицька", "секретарка гміни", "Гміна Бжозова Воля"),
            ],
            "questions": [
                (
                    "Яку систему документообігу ви використовуєте?",
                    "Оберіть найближчу відповідь.",
                    ["DocuNet Municipal", "ArchivaPro", "SEOD Lite", "Іншу систему", "Поки що жодної"],
                ),
                (
                    "Чи потрібен вам сертифікат?",
                    "Сертифікат про участь на шість годин, який видається після навчання.",
                    [],
                ),
            ],
        },
        "pl": {
            "title": "Elektroniczny obieg dokumentów w praktyce",
            "introduction": "Praktyczne szkolenie dla pracowników samorządów: rejestracja korespondencji przychodzącej, akceptacja i elektroniczne podpisywanie dokumentów oraz ich prawidłowa archiwizacja.",
            "body": "<p>Uczestnicy pracują na kontach szkoleniowych w pracowni komputerowej i śledzą drogę dokumentu od kancelarii do archiwum: rejestrację, dekretację, akceptację, kwalifikowany podpis elektroniczny, wysyłkę i przechowywanie.</p><p>Grupa liczy najwyżej osiem osób, aby trener mógł pomóc każdemu. Osoby obecne przez cały dzień otrzymają zaświadczenie o udziale w wymiarze sześciu godzin.</p>",
            "venue": ("Podkarpackie Centrum Kompetencji Cyfrowych, sala 2", "ul. Szkolna 7", "Rzeszów"),
            "sessions": [
                ("Elektroniczne zarządzanie dokumentacją i podstawy prawne", "Piotr Zawadzki", "Sala 2"),
                (
                    "Rejestracja korespondencji przychodzącej i skanowanie przesyłek papierowych",
                    "Piotr Zawadzki",
                    "Sala 2",
                ),
                (
                    "Obieg spraw, akceptacja i kwalifikowany podpis elektroniczny",
                    "Piotr Zawadzki, Beata Nowicka",
                    "Sala 2",
                ),
                ("Wysyłka, archiwizacja i okresy przechowywania; pytania", "Beata Nowicka", "Sala 2"),
            ],
            "speakers": [
                ("Piotr Zawadzki", "trener EZD i informatyk", "Związek Gmin Wiejskich (demo)"),
                ("Beata Nowicka", "sekretarz gminy", "Gmina Brzozowa Wola"),
            ],
            "questions": [
                (
                    "Z jakiego systemu obiegu dokumentów korzystacie?",
                    "Wybierz najbliższą odpowiedź.",
                    ["DocuNet Municipal", "ArchivaPro", "SEOD Lite", "Z innego systemu", "Jeszcze z żadnego"],
                ),
                (
                    "Czy potrzebujesz zaświadczenia?",
                    "Zaświadczenie o udziale w wymiarze sześciu godzin, wydawane po szkoleniu.",
                    [],
                ),
            ],
        },
    },
    # An online info session; the organisers approve each registration.
    "e-services-info-session": {
        "en": {
            "title": "Info Session: Connecting Your Community to the National E-Services Platform",
            "introduction": "How a territorial community publishes its administrative services online: what the connection involves, how long it takes and what support is available.",
            "body": "<p>The agency explains the steps of connecting a community's administrative service centre to the national e-services platform, from the agreement and data exchange to training the staff who process applications.</p><p>Places are meant for heads of communities, secretaries and IT staff of communities that plan to connect this year; the organisers confirm each registration. Confirmed participants receive the link to join.</p>",
            "venue": ("", "", ""),
            "sessions": [
                ("Why connect: what residents and staff gain", "Iryna Savchuk", ""),
                (
                    "The connection step by step: agreement, data exchange, staff training",
                    "Iryna Savchuk, Oleh Marchenko",
                    "",
                ),
                ("Questions from communities", "Iryna Savchuk, Oleh Marchenko", ""),
            ],
            "speakers": [
                ("Iryna Savchuk", "Head of the E-Services Platform Team", "Digital Transformation Agency (demo)"),
                ("Oleh Marchenko", "IT Administrator", "Velyki Mosty Territorial Community"),
            ],
        },
        "bg": {
            "title": "Информационна среща: свързване на общността с националната платформа за електронни услуги",
            "introduction": "Как една териториална общност публикува административните си услуги онлайн: какво включва свързването, колко време отнема и каква подкрепа може да получи.",
            "body": "<p>Агенцията представя стъпките за свързване на центъра за административни услуги на общността с националната платформа за електронни услуги – от споразумението и обмена на данни до обучението на служителите, които обработват заявленията.</p><p>Местата са предназначени за ръководители на общности, секретари и ИТ служители от общностите, които планират да се свържат тази година; организаторите потвърждават всяка регистрация. Връзката за участие се изпраща на потвърдените участници.</p>",
            "venue": ("", "", ""),
            "sessions": [
                ("Защо да се свържете: ползите за жителите и служителите", "Ирина Савчук", ""),
                (
                    "Свързването стъпка по стъпка: споразумение, обмен на данни, обучение на служителите",
                    "Ирина Савчук, Олег Марченко",
                    "",
                ),
                ("Въпроси от общностите", "Ирина Савчук, Олег Марченко", ""),
            ],
            "speakers": [
                (
                    "Ирина Савчук",
                    "ръководител на екипа на платформата за електронни услуги",
                    "Агенция за цифрова трансформация (демо)",
                ),
                ("Олег Марченко", "ИТ администратор", "Териториална общност Велики Мости"),
            ],
        },
        "uk": {
            "title": "Інформаційна сесія: підключення громади до національної платформи електронних послуг",
            "introduction": "Як територіальна громада публікує свої адміністративні послуги онлайн: що передбачає підключення, скільки часу воно займає і на яку підтримку можна розраховувати.",
            "body": "<p>Агенція пояснює кроки підключення центру надання адміністративних послуг громади до національної платформи електронних послуг – від угоди та обміну даними до навчання працівників, які опрацьовують заяви.</p><p>Місця призначені для голів громад, секретарів рад та ІТ-працівників громад, які планують підключитися цього року; організатори підтверджують кожну реєстрацію. Посилання для участі отримають підтверджені учасники.</p>",
            "venue": ("", "", ""),
            "sessions": [
                ("Навіщо підключатися: що отримують мешканці та працівники", "Ірина Савчук", ""),
                (
                    "Підключення крок за кроком: угода, обмін даними, навчання працівників",
                    "Ірина Савчук, Олег Марченко",
                    "",
                ),
                ("Запитання від громад", "Ірина Савчук, Олег Марченко", ""),
            ],
            "speakers": [
                (
                    "Ірина Савчук",
                    "керівниця команди платформи електронних послуг",
                    "Агенція цифрової трансформації (демо)",
                ),
                ("Олег Марченко", "ІТ-адміністратор", "Великомостівська територіальна громада"),
            ],
        },
        "pl": {
            "title": "Spotkanie informacyjne: przyłączenie wspólnoty do krajowej platformy e-usług",
            "introduction": "Jak wspólnota terytorialna udostępnia swoje usługi administracyjne online: na czym polega przyłączenie, ile trwa i na jakie wsparcie można liczyć.",
            "body": "<p>Agencja omawia kolejne kroki przyłączenia centrum usług administracyjnych wspólnoty do krajowej platformy e-usług – od porozumienia i wymiany danych po przeszkolenie pracowników rozpatrujących wnioski.</p><p>Miejsca są przeznaczone dla przewodniczących wspólnot, sekretarzy i informatyków ze wspólnot, które planują przyłączenie w tym roku; organizatorzy zatwierdzają każde zgłoszenie. Link do spotkania otrzymają potwierdzeni uczestnicy.</p>",
            "venue": ("", "", ""),
            "sessions": [
                ("Dlaczego warto się przyłączyć: korzyści dla mieszkańców i pracowników", "Iryna Sawczuk", ""),
                (
                    "Przyłączenie krok po kroku: porozumienie, wymiana danych, szkolenie pracowników",
                    "Iryna Sawczuk, Ołeh Marczenko",
                    "",
                ),
                ("Pytania od wspólnot", "Iryna Sawczuk, Ołeh Marczenko", ""),
            ],
            "speakers": [
                ("Iryna Sawczuk", "kierowniczka zespołu platformy e-usług", "Agencja Transformacji Cyfrowej (demo)"),
                ("Ołeh Marczenko", "administrator IT", "Wspólnota terytorialna Wełyki Mosty"),
            ],
        },
    },
    # An online webinar for five people, no waiting list.
    "cybersecurity-webinar": {
        "en": {
            "title": "Webinar: Cybersecurity Basics for Municipal Staff",
            "introduction": "Recognise phishing, protect your accounts with strong passwords and two-factor authentication, and know whom to call when something goes wrong.",
            "body": "<p>An interactive webinar in a small group: participants analyse real (anonymised) phishing messages sent to municipalities, set up two-factor authentication on a training account and walk through the municipality's incident procedure.</p><p>To leave time for everyone's questions, the webinar is limited to five participants. It will be repeated; new dates appear on the events page.</p>",
            "venue": ("", "", ""),
            "sessions": [
                ("How phishing reaches a municipality, and how to spot it", "Svetlin Nikolov", ""),
                ("Passwords, password managers and two-factor authentication", "Svetlin Nikolov", ""),
                ("When something goes wrong: reporting an incident", "Svetlin Nikolov, Daniela Petkova", ""),
            ],
            "speakers": [
                ("Svetlin Nikolov", "Information Security Expert", "Ministry of e-Government (demo)"),
                ("Daniela Petkova", "Chief IT Expert", "Municipality of Sinye Vodi"),
            ],
        },
        "bg": {
            "title": "Уебинар: основи на киберсигурността за общински служители",
            "introduction": "Как да разпознавате фишинг, да защитите профилите си със силни пароли и двуфакторно удостоверяване и към кого да се обърнете, когато нещо се обърка.",
            "body": "<p>Интерактивен уебинар в малка група: участниците разглеждат реални (анонимизирани) фишинг съобщения, изпратени до общини, настройват двуфакторно удостоверяване в учебен профил и преминават през процедурата на общината при инцидент.</p><p>За да остане време за въпросите на всеки, уебинарът е ограничен до петима участници. Той ще бъде повторен – новите дати ще се появят на страницата със събития.</p>",
            "venue": ("", "", ""),
            "sessions": [
                ("Как фишингът достига до общината и как да го разпознаем", "Светлин Николов", ""),
                ("Пароли, мениджъри на пароли и двуфакторно удостоверяване", "Светлин Николов", ""),
                ("Когато нещо се обърка: докладване на инцидент", "Светлин Николов, Даниела Петкова", ""),
            ],
            "speakers": [
                (
                    "Светлин Николов",
                    "експерт по информационна сигурност",
                    "Министерство на електронното управление (демо)",
                ),
                ("Даниела Петкова", "главен експерт „Информационни технологии“", "Община Сине води"),
            ],
        },
        "uk": {
            "title": "Вебінар: основи кібербезпеки для працівників громад",
            "introduction": "Як розпізнати фішинг, захистити облікові записи надійними паролями та двофакторною автентифікацією і куди звертатися, коли щось пішло не так.",
            "body": "<p>Інтерактивний вебінар у малій групі: учасники розбирають справжні (знеособлені) фішингові листи, надіслані до органів місцевого самоврядування, налаштовують двофакторну автентифікацію в навчальному обліковому записі та проходять процедуру реагування на інцидент.</p><p>Щоб кожен встиг поставити запитання, кількість учасників обмежено до п’яти. Вебінар буде повторено – нові дати з’являться на сторінці подій.</p>",
            "venue": ("", "", ""),
            "sessions": [
                ("Як фішинг потрапляє до громади і як його розпізнати", "Светлін Ніколов", ""),
                ("Паролі, менеджери паролів і двофакторна автентифікація", "Светлін Ніколов", ""),
                ("Коли щось пішло не так: повідомлення про інцидент", "Светлін Ніколов, Даніела Петкова", ""),
            ],
            "speakers": [
                (
                    "Светлін Ніколов",
                    "експерт з інформаційної безпеки",
                    "Міністерство електронного врядування (демо)",
                ),
                ("Даніела Петкова", "головна ІТ-фахівчиня", "Община Сіне Води"),
            ],
        },
        "pl": {
            "title": "Webinarium: podstawy cyberbezpieczeństwa dla pracowników samorządu",
            "introduction": "Jak rozpoznać phishing, chronić konta silnymi hasłami i uwierzytelnianiem dwuskładnikowym oraz do kogo się zwrócić, gdy coś pójdzie nie tak.",
            "body": "<p>Interaktywne webinarium w małej grupie: uczestnicy analizują prawdziwe (zanonimizowane) wiadomości phishingowe wysłane do urzędów, konfigurują uwierzytelnianie dwuskładnikowe na koncie szkoleniowym i przechodzą przez procedurę zgłaszania incydentu.</p><p>Aby każdy zdążył zadać pytania, liczba uczestników jest ograniczona do pięciu. Webinarium zostanie powtórzone – nowe terminy pojawią się na stronie wydarzeń.</p>",
            "venue": ("", "", ""),
            "sessions": [
                ("Jak phishing trafia do urzędu i jak go rozpoznać", "Swetlin Nikołow", ""),
                ("Hasła, menedżery haseł i uwierzytelnianie dwuskładnikowe", "Swetlin Nikołow", ""),
                ("Gdy coś pójdzie nie tak: zgłaszanie incydentu", "Swetlin Nikołow, Daniela Petkowa", ""),
            ],
            "speakers": [
                ("Swetlin Nikołow", "ekspert ds. bezpieczeństwa informacji", "Ministerstwo e-Administracji (demo)"),
                ("Daniela Petkowa", "główna specjalistka ds. IT", "Gmina Sinie Wodi"),
            ],
        },
    },
    # A two-day conference in Kraków whose registration has closed.
    "open-data-conference": {
        "en": {
            "title": "Open Data in Local Government: Conference of the Network",
            "introduction": "Two days on publishing municipal data that people reuse: budgets, spatial plans, public transport and air quality.",
            "body": "<p>Counties and municipalities that publish open data show how they chose their first datasets, kept them up to date and found the people who use them: journalists, developers, researchers and residents.</p><p>Registration is closed so that the organisers can prepare badges and materials. The main sessions will be recorded and published on this page after the conference.</p>",
            "venue": ("Lipnica Conference Centre", "25 Długa Street", "Kraków"),
            "sessions": [
                ("Why publish: open data as a public service", "Marta Górska", "Main hall"),
                ("Budgets and spending that anyone can follow", "Marta Górska, Vasyl Hnatiuk", "Main hall"),
                ("Spatial plans and addresses as open data", "Vasyl Hnatiuk", "Main hall"),
                ("Workshop: preparing your first dataset", "Marta Górska", "Room B"),
                ("Air quality and public transport: data that people reuse", "Nadezhda Ilieva", "Main hall"),
            ],
            "speakers": [
                ("Marta Górska", "Open Data Officer", "Powiat Lipnicki"),
                ("Vasyl Hnatiuk", "Head of the Geoinformation Department", "Velyki Mosty Territorial Community"),
                ("Nadezhda Ilieva", "Data Analyst", "Municipality of Zlatograd Dol"),
            ],
        },
        "bg": {
            "title": "Отворени данни в местното управление: конференция на мрежата",
            "introduction": "Два дни за публикуването на общински данни, които хората наистина използват: бюджети, устройствени планове, обществен транспорт и качество на въздуха.",
            "body": "<p>Окръзи и общини, които публикуват отворени данни, показват как са избрали първите си набори от данни, как ги поддържат актуални и как са намерили хората, които ги използват – журналисти, разработчици, изследователи и граждани.</p><p>Регистрацията е затворена, за да могат организаторите да подготвят баджовете и материалите. Основните сесии ще бъдат записани и публикувани на тази страница след конференцията.</p>",
            "venue": ("Конферентен център „Липница“", "ул. „Длуга“ 25", "Краков"),
            "sessions": [
                ("Защо да публикуваме: отворените данни като обществена услуга", "Марта Гурска", "Голяма зала"),
                ("Бюджети и разходи, които всеки може да проследи", "Марта Гурска, Васил Гнатюк", "Голяма зала"),
                ("Устройствени планове и адреси като отворени данни", "Васил Гнатюк", "Голяма зала"),
                ("Работилница: подготовка на първия набор от данни", "Марта Гурска", "Зала Б"),
                (
                    "Качество на въздуха и обществен транспорт: данни, които хората използват",
                    "Надежда Илиева",
                    "Голяма зала",
                ),
            ],
            "speakers": [
                ("Марта Гурска", "служител по отворените данни", "Повят Липнишки"),
                ("Васил Гнатюк", "началник на отдел „Геоинформация“", "Териториална общност Велики Мости"),
                ("Надежда Илиева", "анализатор на данни", "Община Златоград дол"),
            ],
        },
        "uk": {
            "title": "Відкриті дані в місцевому самоврядуванні: конференція мережі",
            "introduction": "Два дні про публікацію даних громад, якими люди справді користуються: бюджети, містобудівна документація, громадський транспорт і якість повітря.",
            "body": "<p>Повіти й гміни, які публікують відкриті дані, розповідають, як обирали перші набори даних, як підтримують їх актуальними і як знайшли тих, хто ними користується: журналістів, розробників, дослідників і мешканців.</p><p>Реєстрацію закрито, щоб організатори могли підготувати бейджі та матеріали. Основні сесії буде записано й опубліковано на цій сторінці після конференції.</p>",
            "venue": ("Конференц-центр «Ліпниця»", "вул. Длуга, 25", "Краків"),
            "sessions": [
                ("Навіщо публікувати: відкриті дані як публічна послуга", "Марта Гурська", "Велика зала"),
                ("Бюджети та видатки, які може відстежити кожен", "Марта Гурська, Василь Гнатюк", "Велика зала"),
                ("Містобудівна документація та адреси як відкриті дані", "Василь Гнатюк", "Велика зала"),
                ("Практикум: готуємо перший набір даних", "Марта Гурська", "Зала Б"),
                (
                    "Якість повітря та громадський транспорт: дані, якими користуються люди",
                    "Надежда Ілієва",
                    "Велика зала",
                ),
            ],
            "speakers": [
                ("Марта Гурська", "фахівчиня з відкритих даних", "Ліпницький повіт"),
                ("Василь Гнатюк", "начальник відділу геоінформації", "Великомостівська територіальна громада"),
                ("Надежда Ілієва", "аналітикиня даних", "Община Златоград Дол"),
            ],
        },
        "pl": {
            "title": "Otwarte dane w samorządzie: konferencja sieci",
            "introduction": "Dwa dni o publikowaniu danych samorządowych, z których ludzie naprawdę korzystają: budżetów, planów miejscowych, komunikacji publicznej i jakości powietrza.",
            "body": "<p>Powiaty i gminy publikujące otwarte dane pokazują, jak wybrały pierwsze zbiory, jak dbają o ich aktualność i jak dotarły do użytkowników: dziennikarzy, programistów, badaczy i mieszkańców.</p><p>Rejestracja jest zamknięta, aby organizatorzy mogli przygotować identyfikatory i materiały. Najważniejsze sesje zostaną nagrane i opublikowane na tej stronie po konferencji.</p>",
            "venue": ("Centrum Konferencyjne Lipnica", "ul. Długa 25", "Kraków"),
            "sessions": [
                ("Po co publikować: otwarte dane jako usługa publiczna", "Marta Górska", "Sala główna"),
                ("Budżety i wydatki, które każdy może prześledzić", "Marta Górska, Wasyl Hnatiuk", "Sala główna"),
                ("Plany miejscowe i adresy jako otwarte dane", "Wasyl Hnatiuk", "Sala główna"),
                ("Warsztat: przygotowujemy pierwszy zbiór danych", "Marta Górska", "Sala B"),
                (
                    "Jakość powietrza i komunikacja publiczna: dane, które ludzie wykorzystują",
                    "Nadieżda Ilijewa",
                    "Sala główna",
                ),
            ],
            "speakers": [
                ("Marta Górska", "pełnomocniczka ds. otwartych danych", "Powiat Lipnicki"),
                ("Wasyl Hnatiuk", "kierownik wydziału geoinformacji", "Wspólnota terytorialna Wełyki Mosty"),
                ("Nadieżda Ilijewa", "analityczka danych", "Gmina Złatograd Doł"),
            ],
        },
    },
    # A working-group meeting in Lviv and online; registration opens later.
    "broadband-working-group": {
        "en": {
            "title": "Broadband Working Group: Connecting Rural Settlements",
            "introduction": "The working group meets to compare how communities bring fast internet to villages, schools and service points, and to agree on a joint guide.",
            "body": "<p>Members of the broadband working group report on their projects: mapping white spots, applying for funding, sharing ducts and poles with operators, and connecting schools and service points in villages.</p><p>The meeting is open to members of the working group and to guests from communities planning a project. Registration opens five weeks before the meeting; you can take part in Lviv or online.</p>",
            "venue": ("Hromada Innovation Hub", "18 Naukova Street", "Lviv"),
            "sessions": [
                ("Round of news: where each community stands", "Oleh Marchenko", "Room 4"),
                ("Mapping white spots and applying for funding", "Taras Bilyk", "Room 4"),
                (
                    "Sharing ducts and poles with operators: agreements that work",
                    "Taras Bilyk, Tomasz Wrona",
                    "Room 4",
                ),
                ("The joint guide: structure, authors and deadlines", "Oleh Marchenko", "Room 4"),
            ],
            "speakers": [
                (
                    "Oleh Marchenko",
                    "IT Administrator, Coordinator of the Working Group",
                    "Velyki Mosty Territorial Community",
                ),
                ("Taras Bilyk", "Broadband Project Manager", "Zelenyi Hai Territorial Community"),
                ("Tomasz Wrona", "Infrastructure Specialist", "Powiat Lipnicki"),
            ],
        },
        "bg": {
            "title": "Работна група „Широколентов достъп“: свързване на селските населени места",
            "introduction": "Работната група се събира, за да сравни как общностите осигуряват бърз интернет в селата, училищата и пунктовете за услуги, и да договори общо ръководство.",
            "body": "<p>Членовете на работната група за широколентов достъп докладват за своите проекти: картографиране на „белите петна“, кандидатстване за финансиране, споделяне на кабелна канална мрежа и стълбове с операторите и свързване на училища и пунктове за услуги в селата.</p><p>Срещата е открита за членовете на работната група и за гости от общности, които планират проект. Регистрацията започва пет седмици преди срещата; можете да участвате в Лвов или онлайн.</p>",
            "venue": ("Иновационен хъб „Громада“", "ул. „Наукова“ 18", "Лвов"),
            "sessions": [
                ("Кръг на новините: докъде е стигнала всяка общност", "Олег Марченко", "Зала 4"),
                ("Картографиране на белите петна и кандидатстване за финансиране", "Тарас Билик", "Зала 4"),
                (
                    "Споделяне на канална мрежа и стълбове с операторите: споразумения, които работят",
                    "Тарас Билик, Томаш Врона",
                    "Зала 4",
                ),
                ("Общото ръководство: структура, автори и срокове", "Олег Марченко", "Зала 4"),
            ],
            "speakers": [
                (
                    "Олег Марченко",
                    "ИТ администратор, координатор на работната група",
                    "Териториална общност Велики Мости",
                ),
                ("Тарас Билик", "ръководител на проекти за широколентов достъп", "Териториална общност Зелений Гай"),
                ("Томаш Врона", "специалист по инфраструктура", "Повят Липнишки"),
            ],
        },
        "uk": {
            "title": "Робоча група з широкосмугового доступу: підключення сільських населених пунктів",
            "introduction": "Робоча група збирається, щоб порівняти, як громади забезпечують швидкий інтернет у селах, школах і віддалених робочих місцях ЦНАП, та погодити спільний посібник.",
            "body": "<p>Учасники робочої групи з широкосмугового доступу звітують про свої проєкти: картування «білих плям», подання заявок на фінансування, спільне використання кабельної каналізації та опор з операторами, підключення шкіл і віддалених робочих місць у селах.</p><p>Засідання відкрите для членів робочої групи та гостей із громад, які планують проєкт. Реєстрація відкривається за п’ять тижнів до засідання; долучитися можна у Львові або онлайн.</p>",
            "venue": ("Інноваційний хаб «Громада»", "вул. Наукова, 18", "Львів"),
            "sessions": [
                ("Коло новин: на якому етапі кожна громада", "Олег Марченко", "Зала 4"),
                ("Картування білих плям і заявки на фінансування", "Тарас Білик", "Зала 4"),
                (
                    "Спільне використання каналізації та опор з операторами: угоди, що працюють",
                    "Тарас Білик, Томаш Врона",
                    "Зала 4",
                ),
                ("Спільний посібник: структура, автори та строки", "Олег Марченко", "Зала 4"),
            ],
            "speakers": [
                (
                    "Олег Марченко",
                    "ІТ-адміністратор, координатор робочої групи",
                    "Великомостівська територіальна громада",
                ),
                ("Тарас Білик", "менеджер проєктів широкосмугового доступу", "Зеленогаївська територіальна громада"),
                ("Томаш Врона", "фахівець з інфраструктури", "Ліпницький повіт"),
            ],
        },
        "pl": {
            "title": "Grupa robocza ds. internetu szerokopasmowego: podłączanie obszarów wiejskich",
            "introduction": "Grupa robocza spotyka się, by porównać, jak wspólnoty doprowadzają szybki internet do wsi, szkół i punktów obsługi mieszkańców, oraz uzgodnić wspólny poradnik.",
            "body": "<p>Członkowie grupy roboczej ds. internetu szerokopasmowego relacjonują swoje projekty: mapowanie „białych plam”, pozyskiwanie finansowania, współdzielenie kanalizacji kablowej i słupów z operatorami oraz podłączanie szkół i punktów obsługi na wsiach.</p><p>Spotkanie jest otwarte dla członków grupy roboczej i gości ze wspólnot planujących projekt. Rejestracja rusza pięć tygodni przed spotkaniem; można uczestniczyć we Lwowie lub online.</p>",
            "venue": ("Centrum Innowacji „Hromada”", "ul. Naukowa 18", "Lwów"),
            "sessions": [
                ("Runda aktualności: na jakim etapie jest każda wspólnota", "Ołeh Marczenko", "Sala 4"),
                ("Mapowanie białych plam i pozyskiwanie finansowania", "Taras Biłyk", "Sala 4"),
                (
                    "Współdzielenie kanalizacji kablowej i słupów z operatorami: umowy, które działają",
                    "Taras Biłyk, Tomasz Wrona",
                    "Sala 4",
                ),
                ("Wspólny poradnik: struktura, autorzy i terminy", "Ołeh Marczenko", "Sala 4"),
            ],
            "speakers": [
                (
                    "Ołeh Marczenko",
                    "administrator IT, koordynator grupy roboczej",
                    "Wspólnota terytorialna Wełyki Mosty",
                ),
                ("Taras Biłyk", "kierownik projektów szerokopasmowych", "Wspólnota terytorialna Zełenyj Haj"),
                ("Tomasz Wrona", "specjalista ds. infrastruktury", "Powiat Lipnicki"),
            ],
        },
    },
    # A past training in Horodnytsia: attended, certificates issued, materials published.
    "front-office-digital-skills": {
        "en": {
            "title": "Digital Skills for Front-Office Staff",
            "introduction": "A four-hour training for staff of administrative service centres: helping residents use e-services, verifying electronic identities and handling applications received online.",
            "body": "<p>Front-office staff are often the first to explain e-services to residents. The training practised situations they meet every day: a resident without an electronic identity, an online application with a missing document, an older person who wants to learn to apply from home.</p><p>The slides and the recording are available below. Participants who attended received a certificate of attendance for four hours, which they can download from “My account”.</p>",
            "venue": ("Horodnytsia Administrative Service Centre, training room", "5 Tsentralna Street", "Horodnytsia"),
            "sessions": [
                ("Helping residents take their first steps with e-services", "Halyna Shevchuk", "Training room"),
                ("Electronic identity: checking it and helping to obtain it", "Halyna Shevchuk", "Training room"),
                ("Applications received online: completeness, deadlines, replies", "Roman Levchenko", "Training room"),
                (
                    "Role play: difficult conversations at the front desk",
                    "Halyna Shevchuk, Roman Levchenko",
                    "Training room",
                ),
            ],
            "speakers": [
                ("Halyna Shevchuk", "Head of the Administrative Service Centre", "Horodnytsia Territorial Community"),
                ("Roman Levchenko", "E-Services Trainer", "Digital Transformation Agency (demo)"),
            ],
            "materials": ["Slides: Digital skills for front-office staff (PDF)", "Recording of the training"],
        },
        "bg": {
            "title": "Цифрови умения за служителите на гише",
            "introduction": "Четиричасово обучение за служителите на центровете за административни услуги: как да помагат на жителите с електронните услуги, да проверяват електронна идентичност и да обработват заявления, подадени онлайн.",
            "body": "<p>Служителите на гише често първи обясняват електронните услуги на жителите. На обучението бяха упражнени ситуации, с които те се сблъскват всеки ден: жител без електронна идентичност, онлайн заявление с липсващ документ, възрастен човек, който иска да се научи да подава заявления от дома си.</p><p>Презентацията и записът са достъпни по-долу. Присъствалите получиха удостоверение за участие с хорариум четири часа, което могат да изтеглят от „Моят акаунт“.</p>",
            "venue": ("Център за административни услуги – Городница, учебна зала", "ул. „Централна“ 5", "Городница"),
            "sessions": [
                ("Първи стъпки на жителите в електронните услуги", "Халина Шевчук", "Учебна зала"),
                ("Електронна идентичност: проверка и помощ за получаването ѝ", "Халина Шевчук", "Учебна зала"),
                ("Заявления, подадени онлайн: пълнота, срокове, отговори", "Роман Левченко", "Учебна зала"),
                ("Ролева игра: трудни разговори на гишето", "Халина Шевчук, Роман Левченко", "Учебна зала"),
            ],
            "speakers": [
                ("Халина Шевчук", "ръководител на центъра за административни услуги", "Териториална общност Городница"),
                ("Роман Левченко", "обучител по електронни услуги", "Агенция за цифрова трансформация (демо)"),
            ],
            "materials": ["Презентация: Цифрови умения за служителите на гише (PDF)", "Запис на обучението"],
        },
        "uk": {
            "title": "Цифрові навички для адміністраторів ЦНАП",
            "introduction": "Чотиригодинне навчання для працівників центрів надання адміністративних послуг: як допомагати мешканцям користуватися електронними послугами, перевіряти електронну ідентифікацію та опрацьовувати заяви, подані онлайн.",
            "body": "<p>Адміністратори ЦНАП часто першими пояснюють мешканцям електронні послуги. На навчанні відпрацювали ситуації, з якими вони стикаються щодня: мешканець без засобу електронної ідентифікації, онлайн-заява без потрібного документа, літня людина, яка хоче навчитися подавати заяви з дому.</p><p>Презентацію та запис можна знайти нижче. Присутні учасники отримали сертифікат про участь на чотири години – його можна завантажити в розділі «Мій обліковий запис».</p>",
            "venue": ("ЦНАП Городницької громади, навчальна зала", "вул. Центральна, 5", "Городниця"),
            "sessions": [
                ("Перші кроки мешканців в електронних послугах", "Галина Шевчук", "Навчальна зала"),
                ("Електронна ідентифікація: перевірка та допомога в отриманні", "Галина Шевчук", "Навчальна зала"),
                ("Заяви, подані онлайн: повнота, строки, відповіді", "Роман Левченко", "Навчальна зала"),
                (
                    "Рольова гра: складні розмови біля стійки адміністратора",
                    "Галина Шевчук, Роман Левченко",
                    "Навчальна зала",
                ),
            ],
            "speakers": [
                ("Галина Шевчук", "начальниця ЦНАП", "Городницька територіальна громада"),
                ("Роман Левченко", "тренер з електронних послуг", "Агенція цифрової трансформації (демо)"),
            ],
            "materials": ["Презентація: Цифрові навички для адміністраторів ЦНАП (PDF)", "Запис навчання"],
        },
        "pl": {
            "title": "Kompetencje cyfrowe dla pracowników obsługi klienta",
            "introduction": "Czterogodzinne szkolenie dla pracowników centrów usług administracyjnych: jak pomagać mieszkańcom korzystać z e-usług, weryfikować tożsamość elektroniczną i rozpatrywać wnioski złożone online.",
            "body": "<p>Pracownicy obsługi klienta często jako pierwsi tłumaczą mieszkańcom e-usługi. Na szkoleniu przećwiczono sytuacje, z którymi spotykają się na co dzień: mieszkaniec bez tożsamości elektronicznej, wniosek złożony online bez wymaganego dokumentu, starsza osoba, która chce nauczyć się składać wnioski z domu.</p><p>Prezentacja i nagranie są dostępne poniżej. Obecni uczestnicy otrzymali zaświadczenie o udziale w wymiarze czterech godzin, które mogą pobrać w zakładce „Moje konto”.</p>",
            "venue": ("Centrum Usług Administracyjnych w Horodnicy, sala szkoleniowa", "ul. Centralna 5", "Horodnica"),
            "sessions": [
                ("Pierwsze kroki mieszkańców w e-usługach", "Hałyna Szewczuk", "Sala szkoleniowa"),
                ("Tożsamość elektroniczna: weryfikacja i pomoc w jej uzyskaniu", "Hałyna Szewczuk", "Sala szkoleniowa"),
                ("Wnioski złożone online: kompletność, terminy, odpowiedzi", "Roman Łewczenko", "Sala szkoleniowa"),
                ("Odgrywanie ról: trudne rozmowy przy okienku", "Hałyna Szewczuk, Roman Łewczenko", "Sala szkoleniowa"),
            ],
            "speakers": [
                ("Hałyna Szewczuk", "kierowniczka centrum usług administracyjnych", "Wspólnota terytorialna Horodnica"),
                ("Roman Łewczenko", "trener e-usług", "Agencja Transformacji Cyfrowej (demo)"),
            ],
            "materials": [
                "Prezentacja: Kompetencje cyfrowe dla pracowników obsługi klienta (PDF)",
                "Nagranie szkolenia",
            ],
        },
    },
}
