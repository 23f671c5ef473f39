# Cittadinanza — український інтерфейс (Ukrainian interface).
# Texts machine-assisted: corrections by native speakers are welcome (see README, "Languages").
# Other areas (validation, codice fiscale, store, pdf, portal, rules) append their blocks at
# the end between `# --- <area> ---` and `# --- end <area> ---`.

## Application
app-title = Cittadinanza
app-subtitle = Заява на італійське громадянство
app-opening = Відкриття папки з даними…
app-notice-dismiss = Зрозуміло
app-closing-waiting = Вікно закриється, щойно всі заяви й усі файли буде збережено.
app-close-anyway = Закрити все одно (незбережені зміни буде втрачено)
error-internal = Сталася внутрішня помилка. Уже збережені дані не змінено.
settings-save-failed = Не вдалося зберегти налаштування: { $detail }
common-cancel = Скасувати

## Navigation
nav-applicants = Заявники
nav-home = Моя заява
nav-application = Заява
nav-settings = Налаштування
nav-welcome = Вітання та довідка
welcome-title = Ласкаво просимо до Cittadinanza
welcome-intro = Цей застосунок допомагає іноземцям, які живуть в Італії, підготувати заяву на італійське громадянство для порталу Міністерства внутрішніх справ (Ministero dell'Interno), а також допомагає пунктам допомоги (патронати, асоціації, муніципалітети), які супроводжують заявників.
welcome-private = Усе залишається на цьому комп'ютері в зашифрованому вигляді. Нічого не надсилається, доки ви не увійдете на портал.
welcome-paths = Два шляхи
welcome-path-residence = За проживанням (ст. 9): після періоду законного проживання в Італії, як правило 10 років (4 для громадян Європейського Союзу, 5 для біженців та осіб без громадянства), з достатнім доходом за останні три роки.
welcome-path-marriage = За шлюбом (ст. 5): якщо ви перебуваєте у шлюбі чи цивільному союзі з громадянином Італії, через 2 роки проживання в Італії після шлюбу (3, якщо ви живете за кордоном), удвічі менше, якщо у вас є діти.
welcome-at-hand = Що мати під рукою
welcome-have-identity = паспорт або посвідчення особи, дозвіл на проживання (permesso di soggiorno) та податковий код (codice fiscale)
welcome-have-birth = свідоцтво про народження (atto di nascita), легалізоване (або з апостилем) і перекладене
welcome-have-record = довідка про несудимість (certificato penale) з країни походження та з кожної іншої країни, де ви жили з 14 років (дійсна 6 місяців від видачі)
welcome-have-residence = адреси, за якими ви жили в Італії, з датами
welcome-have-income = доходи за останні три роки (CU, 730 або Unico; лише для шляху за проживанням)
welcome-have-language = сертифікат з італійської мови рівня B1, якщо ви не звільнені від нього
welcome-eligibility-title = Чи можу я подати заяву?
welcome-eligibility-hint = Кілька запитань покажуть, чи можете ви вже подати заяву або з якої дати.
welcome-eligibility = Перевірити
welcome-who-title = Для кого ви користуєтеся застосунком?
welcome-who-hint = Це можна змінити пізніше в налаштуваннях (режим пункту допомоги).
welcome-myself = Для себе
welcome-help-desk = Я — пункт допомоги
nav-glossary = Словник термінів

## Applicants
applicants-title = Заявники
applicants-my-application = Моя заява
applicants-search = Пошук за ім'ям, codice fiscale або номером K10
applicants-show-archived = Показати архівні
applicants-showing = Показано { $shown } з { $total }: шукайте за ім'ям, codice fiscale або K10, щоб звузити список.
applicants-show-more = Показати ще { $count }
applicants-new = Новий заявник
applicants-empty = Жодної заяви не знайдено.
applicants-start = Почати нову заяву
applicants-unnamed = (ще без імені)
applicants-last-saved = збережено { $time }
applicants-archived = в архіві
applicants-progress = Заповнено розділів: { $done } з { $total }
applicants-open = Відкрити
applicants-archive = Архівувати
applicants-unarchive = Відновити
applicants-delete = Видалити
applicants-confirm-delete = Остаточно видалити заяву { $name } та її документи?
applicants-delete-confirm = Так, видалити

## Section editor
editor-section-complete = Розділ заповнено
editor-section-incomplete = Розділ потрібно заповнити
editor-saving = Збереження…
editor-unsaved = Незбережені зміни
editor-saved-at = Збережено о { $time }
editor-not-saved-yet = Ще не збережено
editor-back = ← Заявники
editor-save = Зберегти
editor-previous = ← Попередній розділ
editor-next = Наступний розділ →
editor-add-row = + Додати
editor-remove-row = Вилучити
editor-attachments = Додані документи
editor-no-attachments = Жодного документа не додано.
editor-issued-on = видано { $date }
editor-attach-new = Додати документ
editor-attach-kind = Вид документа
editor-attach-issue-date = Дата видачі (де це важливо)
editor-attach-country = Країна (довідка про несудимість)
editor-attach-choose-file = Вибрати файл…
editor-choose-kind-first = Спочатку виберіть вид документа.
placeholder-date = ДД/ММ/РРРР
placeholder-amount = 12 345,67
placeholder-comma-list = через кому
placeholder-choose = Виберіть…
editor-prefecture-propose = Запропонувати: Префектура (Prefettura) { $name } (провінція проживання)
editor-consulate-label = Компетентна консульська установа (проживання за кордоном)
editor-consulate-placeholder = наприклад Consolato Generale d'Italia a Buenos Aires
hint-consulate-free-text = Напишіть назву італійської консульської установи, компетентної для місця, де ви живете, так, як вона вказана на сайті посольства або консульства: у застосунку немає списку консульств. Документи будуть адресовані цій установі.

## Settings
settings-title = Налаштування
settings-language = Мова
settings-theme = Тема
settings-text-scale = Розмір тексту: { $percent }%
settings-data-folder = Папка з даними
settings-choose-folder = Вибрати папку…
settings-default-folder = Типова папка
settings-restart-needed = Нова папка використовуватиметься після наступного запуску.
settings-portal-url = Адреса порталу
settings-help-desk = Режим пункту допомоги (багато заявників)
settings-help-desk-hint = Для пунктів допомоги та асоціацій, які допомагають багатьом людям. Якщо вимкнено, застосунок показує лише вашу заяву.
theme-light = Світла
theme-dark = Темна
theme-high-contrast = Висока контрастність

## Glossary
glossary-title = Словник термінів
glossary-intro = Слова італійської бюрократії, які трапляються в заяві та в листах префектури, коротко пояснені. Італійський оригінал — це те, що вживають у листах.
glossary-italian = Італійською: { $term }
glossary-prefettura = Префектура
glossary-prefettura-desc = Державна установа в провінції, яка приймає заяву на громадянство, розглядає її та повідомляє про рішення.
glossary-comune = Муніципалітет (комуна)
glossary-comune-desc = Адміністрація міста чи села: веде реєстр мешканців, видає довідки та організовує складання присяги.
glossary-codice-fiscale = Податковий код
glossary-codice-fiscale-desc = Код із 16 символів, що ідентифікує кожну особу перед податковою службою та державними установами в Італії.
glossary-residenza-anagrafica = Зареєстроване місце проживання
glossary-residenza-anagrafica-desc = Реєстрація як мешканця в муніципалітеті, де ви живете. Для громадянства враховується лише зареєстроване проживання, а не просте перебування.
glossary-permesso-di-soggiorno = Дозвіл на проживання
glossary-permesso-di-soggiorno-desc = Документ, виданий Questura, що дозволяє громадянинові країни поза ЄС перебувати в Італії.
glossary-permesso-ue-lungo-periodo = Довгостроковий дозвіл на проживання ЄС
glossary-permesso-ue-lungo-periodo-desc = Безстроковий дозвіл на проживання для тих, хто законно живе в Італії щонайменше п'ять років; звільняє від мовного сертифіката.
glossary-questura = Квестура (управління поліції)
glossary-questura-desc = Провінційне управління Державної поліції, що видає та продовжує дозволи на проживання.
glossary-atto-notorio = Заява під присягою
glossary-atto-notorio-desc = Заява, зроблена під присягою перед посадовою особою; для біженців та осіб без громадянства замінює свідоцтво про народження.
glossary-nucleo-familiare = Зареєстрована сім'я
glossary-nucleo-familiare-desc = Особи, зареєстровані як одна сім'я в реєстрі населення («stato di famiglia»); їхні доходи можна додати до доходу заявника.
glossary-reddito-imponibile = Оподатковуваний дохід
glossary-reddito-imponibile-desc = Дохід, з якого сплачують податки, зазначений у податковій декларації або в Certificazione Unica.
glossary-certificato-penale = Довідка про несудимість
glossary-certificato-penale-desc = Довідка про судимість із країни народження та країн проживання; дійсна шість місяців від дати видачі.
glossary-marca-da-bollo = Гербова марка
glossary-marca-da-bollo-desc = Марка на 16 €, яку купують у тютюновій крамниці або онлайн; у заяві вказують її код.
glossary-pagopa = pagoPA
glossary-pagopa-desc = Система платежів державним установам; через неї сплачують внесок 250 € і отримують код IUV.
glossary-autocertificazione = Самодекларація
glossary-autocertificazione-desc = Підписана заява, що замінює довідку; неправдиві відомості тягнуть кримінальну відповідальність.
glossary-spid = SPID (цифрова особа)
glossary-spid-desc = Цифрова ідентифікація для входу на портал Міністерства внутрішніх справ та до інших державних онлайн-послуг.
glossary-pec = Сертифікована електронна пошта
glossary-pec-desc = Електронний лист із юридичною силою, як рекомендований лист із повідомленням про вручення.
glossary-numero-k10 = Номер K10
glossary-numero-k10-desc = Номер справи, який префектура присвоює прийнятій заяві; вказуйте його в кожному листуванні.
glossary-preavviso-di-rigetto = Попередження про відмову
glossary-preavviso-di-rigetto-desc = Лист (ст. 10-bis), яким префектура повідомляє, що має намір відхилити заяву: ви можете відповісти документами та зауваженнями у вказаний строк.
glossary-decreto = Указ про надання громадянства
glossary-decreto-desc = Акт, яким надається громадянство; його вручає муніципалітет або префектура.
glossary-giuramento = Присяга
glossary-giuramento-desc = Обіцянка вірності Республіці, яку складають у муніципалітеті протягом шести місяців після вручення указу: з цього дня ви громадянин Італії.

## Unlock
unlock-title = Відкрийте папку з даними
unlock-explanation = Ваші дані зашифровано. Введіть пароль папки (першого разу виберіть пароль щонайменше з 12 символів).
unlock-passphrase = Пароль
unlock-open = Відкрити
unlock-create-title = Виберіть пароль
unlock-create-explanation = Дані буде зашифровано паролем, який ви вводитимете під час кожного запуску. Він має містити щонайменше { $min } символів; фраза з кількох слів легше запам'ятовується і надійніша.
unlock-keyring-unavailable = Системне сховище ключів недоступне, тому дані захищено паролем.
unlock-details = Докладніше
unlock-details-hide = Приховати подробиці
unlock-repeat = Повторіть пароль
unlock-min-length = Щонайменше { $min } символів.
unlock-strength-too-short = Закороткий: потрібно щонайменше { $min } символів.
unlock-strength-weak = Слабкий: додайте слова, цифри або знаки.
unlock-strength-fair = Прийнятний.
unlock-strength-strong = Надійний.
unlock-no-recovery = Увага: якщо ви забудете пароль, ніхто не зможе відновити дані. Запишіть його і зберігайте в надійному місці.
unlock-mismatch = Два паролі не збігаються.
unlock-create = Створити і продовжити

# --- codice fiscale ---
err-cf-empty = Введіть codice fiscale.
err-cf-length = Codice fiscale має 16 символів; цей має { $found }.
err-cf-character = Символ { $position } («{ $character }») не допускається в цій позиції codice fiscale.
err-cf-check-letter = Остання літера (контрольний символ) має бути { $expected }, а не { $found }: перевірте, чи код скопійовано правильно.
err-cf-month = «{ $found }» не є допустимою літерою місяця (A B C D E H L M P R S T).
err-cf-day = Дня { $day } немає в місяці { $month } (для жінок до дня додають 40).
err-cf-unknown-place = Жоден муніципалітет чи іноземна країна не має коду { $code }.
err-cf-place-code-format = «{ $code }» не є кодом місця (літера і три цифри, напр. H501 або Z404).
err-cf-surname-missing = Бракує прізвища (потрібна щонайменше одна літера).
err-cf-name-missing = Бракує імені (потрібна щонайменше одна літера).
err-cf-unsupported-character = { $field ->
        [surname] Прізвище
       *[name] Ім'я
    } містить «{ $character }», що не має відповідника латиницею: напишіть його як у паспорті чи дозволі на проживання.
err-cf-place-missing = Бракує місця народження.
err-cf-town-missing = Бракує муніципалітету народження.
err-cf-unknown-municipality = Жоден італійський муніципалітет не називається «{ $name }».
err-cf-municipality-province = У провінції { $province } немає муніципалітету «{ $name }».
err-cf-municipality-ambiguous = Кілька муніципалітетів називаються «{ $name }» ({ $provinces }): введіть провінцію.
err-cf-municipality-date = Муніципалітету «{ $name }» не існувало { $date }: введіть муніципалітет під назвою, яку він мав на дату народження.
err-cf-unknown-country = Невідома країна: «{ $name }».
err-cf-mismatch-surname = Codice fiscale не відповідає прізвищу: прізвище дає { $expected }, у коді { $found }.
err-cf-mismatch-name = Codice fiscale не відповідає імені: ім'я дає { $expected }, у коді { $found }.
err-cf-mismatch-birth-date = Codice fiscale не відповідає даті народження: { $expected } у даних, { $found } у коді.
err-cf-mismatch-sex = Codice fiscale не відповідає статі: { $expected } у даних, { $found } у коді.
err-cf-mismatch-place = Codice fiscale не відповідає місцю народження: { $expected } у даних, { $found } у коді.
# --- end codice fiscale ---

# --- store ---
secrets-unavailable = Системне сховище ключів (облікових даних) недоступне, тому ключ даних не можна там зберегти. Натомість ви можете захистити дані паролем, який вводитимете під час кожного запуску. Подробиці: { $detail }
secrets-failed = Системне сховище ключів відхилило операцію: { $detail }
secrets-malformed = Секрет «{ $name }» у системному сховищі ключів пошкоджено.
secrets-passphrase-too-short = Пароль має містити щонайменше { $min } символів.
secrets-key-derivation-failed = Не вдалося отримати ключ із пароля: { $detail }
store-in-use = Цю папку з даними вже відкрито в іншому вікні чи програмі. Закрийте її та спробуйте ще раз.
store-newer-format = Ці дані збережено новішою версією програми (формат { $found }). Оновіть програму, щоб відкрити їх; дані не змінено.
store-wrong-key = Ключ не відповідає цій папці з даними: дані неможливо розшифрувати.
store-wrong-passphrase = Неправильний пароль. Спробуйте ще раз: дані не змінено.
store-passphrase-required = Ця папка з даними захищена паролем: введіть його, щоб відкрити папку.
store-key-missing = Ключа цієї папки з даними немає в сховищі ключів цього комп'ютера (папку скопійовано з іншого комп'ютера або сховище скинуто). Без ключа дані неможливо прочитати: скористайтеся початковим комп'ютером і експортуйте заявників як зашифровані пакети.
store-applicant-not-found = Цього заявника більше не існує (можливо, його видалено).
store-version-not-found = Версія { $version } більше недоступна.
store-document-not-found = Цього документа більше не існує (можливо, його вилучено).
store-document-missing = Зашифрованого файлу документа «{ $name }» немає в папці з даними. Імпортуйте його знову.
store-document-damaged = Документ «{ $name }» пошкоджено (перевірка цілісності не збігається), його не експортовано. Імпортуйте його знову.
store-corrupt = Частину збережених даних пошкоджено, її неможливо прочитати ({ $detail }).
store-file-not-found = Файл або папку не знайдено: { $path }
store-not-a-file = «{ $path }» не є файлом.
store-permission-denied = Доступ заборонено: { $path }
store-disk-full = Диск заповнено: звільніть місце та спробуйте ще раз. Незбережені зміни залишаються у вікні.
store-io-failed = Помилка читання чи запису { $path }: { $detail }
store-database-failed = Помилка локальної бази даних: { $detail }
store-bundle-wrong-passphrase = Неправильний пароль для цього пакета.
store-bundle-truncated = Пакет неповний (копіювання чи завантаження перервано). Скопіюйте його знову.
store-bundle-tampered = Пакет змінено або пошкоджено, його неможливо імпортувати.
store-not-a-bundle = Цей файл не є пакетом Cittadinanza.
store-bundle-unsupported-version = Пакет створено новішою версією програми (формат { $found }). Оновіть програму, щоб імпортувати його.
store-history-note = Кожне збереження створює версію: зберігаються останні { $count } версій кожного заявника.
# --- end store ---

# --- portal ---
err-portal-invalid-url = Адреса порталу «{ $url }» недійсна: потрібна адреса https:// (або http:// для порталу на цьому комп'ютері).
err-portal-insecure-url = Адреса «{ $url }» не зашифрована: до порталу можна звертатися лише через https:// (http:// дозволено тільки для порталу на цьому комп'ютері).
err-portal-answer-too-large = Портал надіслав відповідь, більшу за { $megabytes } МБ: її перервано. Можливо, сервер несправний або це не портал.
err-portal-unreachable = Портал недоступний. Ваші зміни залишаються в черзі й будуть надіслані якомога швидше.
err-portal-timeout = Портал не відповів вчасно. Ваші зміни залишаються в черзі; спробуйте пізніше.
err-portal-server = На порталі сталася помилка (код { $status }). Ваші зміни залишаються в черзі.
err-portal-unauthorized = Ваш сеанс завершився або ви ще не ввійшли. Увійдіть знову.
err-portal-bad-credentials = Неправильна електронна пошта або пароль.
err-portal-forbidden = Цей обліковий запис не може цього зробити.
err-portal-not-found = Заяву не знайдено на порталі (або вона не пов'язана з цим обліковим записом).
err-portal-account-exists = Обліковий запис із цією електронною поштою вже існує. Увійдіть замість реєстрації.
err-portal-conflict = Заяву змінено в іншому місці (версія { $version }). Виберіть, розділ за розділом, яку версію залишити.
err-portal-already-submitted = Заяву вже подано: другу не створено.
err-portal-not-editable = Подану заяву більше не можна змінити.
err-portal-incomplete = Портал не приймає заяву: бракує поля { $detail }.
err-portal-associate-mismatch =
    { $field ->
        [surname] Прізвище не збігається з прізвищем у заяві.
        [name] Ім'я не збігається з ім'ям у заяві.
        [birth_date] Дата народження не збігається з датою в заяві.
        [previous_email] Вказана електронна адреса — не та, що використана в заяві.
        [k10_number] Немає заяви з цим номером K10 (формат K10/0000001 або K10/C/0000001).
       *[any] Дані не відповідають жодній заяві. Перевірте номер K10 (формат K10/0000001 або K10/C/0000001), прізвище, ім'я, дату народження та електронну адресу, використану в заяві.
    }
err-portal-already-associated = Заяву вже пов'язано з іншим обліковим записом. Зверніться до префектури.
err-portal-too-large = Файл або дані завеликі для порталу (документи до 64 МБ).
err-portal-rate-limited = Забагато спроб. Зачекайте кілька хвилин (щонайбільше годину) і спробуйте знову.
err-portal-checksum = Документ пошкоджено під час передавання. Спробуйте ще раз: повторне надсилання безпечне.
err-portal-rejected = Портал відхилив запит ({ $code }).
err-portal-protocol = Неочікувана відповідь порталу: можливо, він працює на іншій версії. ({ $detail })
err-portal-local = Локальні дані синхронізації неможливо прочитати чи записати: { $detail }
err-portal-document = { $detail }
err-portal-token-store = Вхід неможливо запам'ятати в системному сховищі ключів: { $detail }
err-portal-not-linked = Цю заяву ще не надіслано на портал.
err-portal-relink-pending = Дані синхронізації відновлюються: увійдіть на портал і синхронізуйте, щоб знову пов'язати заяви, перш ніж надсилати нові.
portal-status-draft = Чернетка
portal-status-submitted = Подано
portal-status-accepted = Прийнято префектурою
portal-status-inadmissible = Визнано неприйнятною
portal-status-notice-10bis = Попередження про відмову (ст. 10-bis)
portal-status-granted = Громадянство надано указом
portal-status-rejected = Відхилено указом
portal-status-oath-scheduled = Призначено дату присяги
portal-comm-acceptance = Заяву прийнято { $date }
portal-comm-inadmissibility = Заяву визнано неприйнятною { $date }
portal-comm-notice-10bis = Попередження про відмову від { $date }: відповідь протягом { $days } днів (до { $respond_by })
portal-comm-decree-granted = Указ про надання громадянства від { $date }
portal-comm-decree-rejected = Указ про відмову від { $date }
portal-comm-oath-appointment = Присяга { $appointment } у { $place }
portal-sync-pending = { $count ->
    [0] Усе синхронізовано
    [one] { $count } зміна очікує надсилання
    [few] { $count } зміни очікують надсилання
   *[other] { $count } змін очікують надсилання
}
portal-queue-damaged = Дані синхронізації з порталом були пошкоджені: копію збережено як «{ $file }» у папці даних. Заяви та документи на цьому комп'ютері не постраждали. Увійдіть на портал і синхронізуйте: зв'язки із заявами буде відновлено.
portal-queue-rebuilt =
    Пошкоджені дані синхронізації (копія «{ $file }») відновлено: { $count ->
        [one] одну заяву знову пов'язано з порталом.
       *[other] { $count } заяв знову пов'язано з порталом.
    } Відмінності з порталом буде показано вам перед надсиланням.
portal-queue-dismiss = Зрозуміло
portal-sync-uploads-failing =
    { $count ->
        [one] Зміни надіслано, але один документ не завантажено: { $error }
       *[other] Зміни надіслано, але не завантажено документів: { $count } (перший: { $error })
    }
portal-sync-conflicts = { $count ->
    [one] { $count } заява для узгодження
    [few] { $count } заяви для узгодження
   *[other] { $count } заяв для узгодження
}
portal-conflict-keep-mine = Залишити мою версію
portal-conflict-take-theirs = Взяти версію порталу
portal-sign-in = Увійти на портал
portal-sign-out = Вийти з порталу
portal-role-applicant = Заявник
portal-role-operator = Оператор пункту допомоги
# --- end portal ---

# --- validation ---
## Field checks (rules::Problem)
err-missing = Обов'язково.
err-invalid-date = Недійсна дата: пишіть у форматі ДД/ММ/РРРР (наприклад 05/03/2020).
err-impossible-date = Такої дати не існує: перевірте день і місяць.
err-year-out-of-range = Неправдоподібний рік: напишіть його повністю, чотирма цифрами.
err-date-in-future = Дата не може бути в майбутньому.
err-date-before-birth = Дата раніша за дату народження.
err-end-before-start = Дата закінчення раніша за дату початку ({ $start }).
err-date-before = Дата не може бути раніше { $event ->
        [event-first-entry] першого в'їзду в Італію
        [event-marriage] шлюбу
        [event-status-recognised] визнання статусу
       *[event-issue] дати видачі
    } ({ $date }).
err-expired = Строк дії закінчився { $date }.
err-invalid-amount = Недійсна сума: напишіть її в євро, наприклад 12.345,67 або 12345.67.
err-wrong-amount = Належна сума — { $expected } євро.
err-invalid-email = Недійсна адреса електронної пошти (наприклад name@example.com).
err-invalid-phone = Недійсний номер телефону: лише цифри та пробіли, з міжнародним кодом після + (наприклад +39 333 1234567).
err-invalid-province = Це не код італійської провінції: дві літери, наприклад MI.
err-invalid-postcode = Недійсний поштовий індекс (CAP): п'ять цифр.
err-invalid-year = Недійсний рік: напишіть чотири цифри, наприклад 2024.
err-invalid-notice-code = Недійсний код: код повідомлення pagoPA має 18 цифр, IUV — від 15 до 25 літер або цифр.
err-invalid-name = Дозволено лише літери, пробіли, апострофи, крапки та дефіси.
err-birth-place-contradicts-basis = Ви вказали, що народилися в Італії, але місце народження в особистих даних — за кордоном.
err-spouse-not-italian = Для заяви на підставі шлюбу (ст. 5) чоловік/дружина має бути громадянином Італії.
err-not-married = Для заяви на підставі шлюбу (ст. 5) сімейний стан має бути «одружений/заміжня» або «цивільний союз».
err-atto-notorio-not-allowed = Atto notorio замінює свідоцтво про народження лише для біженців та осіб без громадянства.
err-translation-required = Документ має бути перекладено італійською (або бути багатомовним витягом).
err-residence-gap = Немає місця проживання з { $from } до { $to }: додайте пропущений період або виправте дати.
err-residence-overlap = Цей період перетинається з періодом № { $other }.
err-open-period-not-last = Лише поточне (останнє) місце проживання може бути без дати закінчення.
err-residences-not-up-to-date = Останнє місце проживання закінчується { $date }: додайте поточне місце проживання.
err-registered-before-14-contradicted = Згідно з введеними місцями проживання, вашу першу реєстрацію в Італії зроблено після вашого 14-річчя.
err-income-year-missing = Бракує доходу за { $year }.
err-income-year-not-required = Потрібні лише доходи за роки { $years }.
err-duplicate-year = Ви вже ввели цей рік.
err-criminal-certificate-missing = Бракує довідки про несудимість із цієї країни: { $country }.
err-language-level-too-low = Рівня { $level } недостатньо: потрібен щонайменше B1.
err-invalid-language-level = Недійсний рівень: A1, A2, B1, B2, C1 або C2.
err-exemption-needs-long-term-permit = Це звільнення стосується лише власників довгострокового дозволу на проживання ЄС (вказується в розділі 4).
err-exemption-not-for-eu-citizens = Громадяни ЄС не звільняються: потрібен сертифікат B1.
err-must-accept = Щоб подати заяву, позначте цю декларацію.
err-document-missing = Бракує документа: { $kind ->
        [doc-birth-certificate] свідоцтва про народження
        [doc-criminal-record] довідки про несудимість
        [doc-identity-document] посвідчення особи
        [doc-residence-permit] дозволу на проживання
        [doc-codice-fiscale] codice fiscale
        [doc-language-certificate] сертифіката з італійської мови
        [doc-income-statement] податкової декларації
        [doc-payment-receipt] квитанції про оплату
        [doc-marriage-certificate] свідоцтва про шлюб
        [doc-atto-notorio] atto notorio
       *[doc-other] іншого документа
    }.
err-document-missing-for = Бракує документа: { $kind ->
        [doc-birth-certificate] свідоцтва про народження
        [doc-criminal-record] довідки про несудимість
        [doc-identity-document] посвідчення особи
        [doc-residence-permit] дозволу на проживання
        [doc-codice-fiscale] codice fiscale
        [doc-language-certificate] сертифіката з італійської мови
        [doc-income-statement] податкової декларації
        [doc-payment-receipt] квитанції про оплату
        [doc-marriage-certificate] свідоцтва про шлюб
        [doc-atto-notorio] atto notorio
       *[doc-other] іншого документа
    } ({ $detail }).
err-document-expired = Строк дії документа закінчився { $date } ({ $kind ->
        [doc-criminal-record] довідка про несудимість дійсна шість місяців від дати видачі
        [doc-identity-document] посвідчення особи
        [doc-residence-permit] дозвіл на проживання
       *[doc-other] доданий документ
    }): додайте дійсний.
err-attachment-incomplete = Неповний додаток: бракує файлу або виду документа.
info-residence-span = Безперервне проживання з { $from } до { $to } (повних років: { $years }).

## K10 number
k10-kind-naturalisation = Громадянство за проживанням
k10-kind-marriage = Громадянство за шлюбом
err-k10-empty = Введіть номер K10.
err-k10-prefix = Номер K10 починається з «K10/», наприклад K10/0000001 або K10/C/0000001.
err-k10-kind = Після «K10/» ідуть сім цифр (проживання) або «C/» і сім цифр (шлюб).
err-k10-digits = Номер має містити сім цифр, включно з нулями на початку; цей має { $found }.
err-k10-character = Номер містить «{ $character }»: дозволено лише цифри.
err-k10-zero = 0000000 не є дійсним номером K10.
err-k10-wrong-kind-marriage = Для громадянства за шлюбом (ст. 5) номер має вигляд { $expected }, з «C/».
err-k10-wrong-kind-naturalisation = Для громадянства за проживанням (ст. 9) номер має вигляд { $expected }, без «C/».
# --- end validation ---

# --- pdf ---
pdf-doc-spid = «Modello x SPID» (самодекларація для прив'язки заяви)
pdf-doc-maintenance = Декларація про утримання
pdf-doc-change = Зміна контактних даних і доходів
pdf-doc-summary = Зведення для пункту допомоги
pdf-group-declarant = Декларант
pdf-group-supporter = Член сім'ї, який утримує заявника
pdf-group-applicant = Заявник
pdf-group-document = Посвідчення особи
pdf-group-statement = Заява
pdf-group-as-in-application = Дані як у заяві
pdf-group-as-in-spid = Дані як у SPID
pdf-group-income = Доходи
pdf-group-changes = Зміни
pdf-group-signature = Місце і дата
pdf-field-surname = Прізвище
pdf-field-name = Ім'я
pdf-field-birth-surname = Прізвище при народженні (якщо інше)
pdf-field-sex = Стать
pdf-field-birth-date = Дата народження
pdf-field-birth-place = Місце народження
pdf-field-citizenship = Громадянство
pdf-field-codice-fiscale = Codice fiscale
pdf-field-residence = Місце проживання (повна адреса)
pdf-field-email = Електронна пошта або PEC (сертифікована пошта)
pdf-field-phone = Телефон
pdf-field-document-kind = Вид документа
pdf-field-document-number = Номер документа
pdf-field-document-issuer = Ким видано
pdf-field-document-expiry = Строк дії документа
pdf-field-prefecture = Префектура
pdf-field-k10-number = Номер заяви (K10)
pdf-field-submitted-on = Дата надсилання заяви
pdf-field-mismatch-reason = Чому дані заяви та SPID відрізняються
pdf-field-ticket = Номер звернення в пункті допомоги
pdf-field-place = Місце підпису
pdf-field-date = Дата підпису
pdf-field-relationship = Спорідненість із заявником
pdf-field-same-household = У тій самій зареєстрованій сім'ї, що й заявник
pdf-field-supported-since = Утримує заявника з
pdf-field-income-rows = Щонайменше один рік доходів
pdf-field-income-year = Податковий рік (рядок { $row })
pdf-field-income-amount = Оподатковуваний дохід { $year }
pdf-field-income-source = Податковий документ { $year }
pdf-field-changes-any = Щонайменше одна зміна (контакти чи доходи)
pdf-field-new-residence = Нове місце проживання
pdf-field-residence-since = Проживає за новою адресою з
pdf-field-new-email = Нова електронна пошта або PEC
pdf-field-new-phone = Новий номер телефону
err-pdf-missing-fields = { $count ->
    [one] Для друку документа бракує { $count } відомості.
    [few] Для друку документа бракує { $count } відомостей.
   *[other] Для друку документа бракує { $count } відомостей.
}
err-pdf-unknown-field = Невідоме поле: { $field }.
err-pdf-invalid-value = Недійсне значення для { $field }.
err-pdf-font = Вбудований шрифт неможливо прочитати: перевстановіть застосунок.
pdf-page-of = Сторінка { $page } з { $pages }
pdf-summary-title = Зведення заяви на громадянство
pdf-summary-printed-on = Надруковано { $date } – нагадування для пункту допомоги, не офіційний документ
pdf-summary-footer = Зведення – { $name } – { $date }
pdf-summary-unnamed = (ім'я ще не введено)
pdf-summary-applicant = Заявник
pdf-label-name = Прізвище та ім'я
pdf-label-codice-fiscale = Codice fiscale
pdf-label-birth = Дата і місце народження
pdf-label-citizenship = Громадянство
pdf-label-basis = Правова підстава
pdf-label-prefecture = Префектура
pdf-label-k10 = Номер заяви
pdf-label-email = Ел. пошта / PEC
pdf-label-phone = Телефон
pdf-summary-not-submitted = ще не подано
pdf-summary-sections = Стан розділів
pdf-summary-sections-done = Заповнено розділів: { $done } з { $total }
pdf-summary-section-complete = Заповнено
pdf-summary-section-incomplete = Заповнити
pdf-summary-documents = Документи, які треба принести
pdf-summary-documents-intro = Принесіть оригінали доданих документів і отримайте ті, яких бракує.
pdf-summary-doc-missing = отримати
pdf-summary-doc-exempt = не потрібно
pdf-summary-doc-provided = додано
pdf-summary-doc-expiring = додано, дійсний до { $date }
pdf-summary-doc-expired = строк дії закінчився { $date }: потрібно оновити
pdf-summary-deadlines = Строки
pdf-summary-no-deadlines = З введених даних неможливо обчислити жодного строку.
pdf-summary-col-deadline = Що спливає
pdf-summary-col-date = Дата
pdf-summary-col-when = Коли
pdf-summary-deadline-past = строк уже минув
pdf-summary-deadline-in-days = { $days ->
    [0] сьогодні
    [one] завтра
   *[other] через { $days } дн.
}
pdf-summary-deadline-criminal-record = Довідка про несудимість ({ $country }): дійсна 6 місяців від видачі
pdf-summary-deadline-permit = Дозвіл на проживання
pdf-summary-deadline-passport = Іноземний документ ({ $document })
pdf-summary-deadline-id-card = Італійське посвідчення особи
pdf-summary-disclaimer = Це зведення обчислено з даних, введених у заяву, і не замінює вказівок префектури та порталу Міністерства внутрішніх справ.
pdf-summary-desk-date = Дата: { $date }
pdf-summary-desk-operator = Оператор пункту допомоги
pdf-summary-detail-year = рік { $year }
pdf-summary-detail-replaces = замість: { $document }
pdf-summary-detail-contribution = внесок 250 €
pdf-summary-detail-stamp-duty = гербова марка 16 €
# --- end pdf ---

# --- rules ---
# Eligibility, documents checklist, procedure phases and deadlines (core: rules::eligibility,
# rules::checklist, rules::deadlines, calendar).

verdict-eligible = Вимоги виконано: ви можете подати заяву
verdict-not-yet = Ще ні: ви можете подати заяву з { $date }
verdict-not-eligible = Вимоги не виконано
verdict-borderline = Неоднозначний випадок: перевірте пункти нижче
verdict-more-information = Для перевірки потрібно більше інформації

elig-basis-missing = Виберіть правову підставу (ст. 5 або ст. 9), щоб перевірити вимоги.
elig-unreadable = Поле { $field } неможливо прочитати, його пропущено.
elig-residence-missing = Не введено жодного місця проживання в Італії: додайте періоди зареєстрованого проживання.
elig-residence-not-current = Останнє зареєстроване проживання закінчилося { $date }: ви маєте проживати в Італії зараз.
elig-residence-gap = Немає проживання між { $from } і { $to }: безперервність порушено, відлік починається знову.
elig-residence-met = Безперервне законне проживання з { $since }: необхідних { $years } років досягнуто { $date }.
elig-residence-not-yet = Безперервне законне проживання з { $since }: необхідних { $years } років буде досягнуто { $date }.
elig-descendant-rule-changed = Для нащадків громадян Італії Закон 74/2025 скоротив строк із 3 до 2 років: уточніть у префектурі.
elig-born-in-italy-unanswered = Вкажіть, чи ви народилися в Італії, чи походите від громадянина Італії за народженням.
elig-adoption-date-missing = Введіть дату усиновлення: 5 років проживання рахуються від цієї дати.
elig-service-missing = Введіть дати вашої служби італійській державі.
elig-service-met = Служба державі з { $since }: 5 років досягнуто { $date }.
elig-service-not-yet = Служба державі з { $since }: 5 років буде досягнуто { $date }.
elig-service-too-short = Служба державі (з { $since } до { $date }) тривала менше 5 років.
elig-not-eu-citizen = Літера d) стосується громадян Європейського Союзу: перевірте введене громадянство.
elig-refugee-status-missing = Літера e) стосується біженців та осіб без громадянства: введіть визнаний статус.
elig-marriage-date-missing = Введіть дату шлюбу або цивільного союзу.
elig-spouse-not-italian = Чоловік/дружина має бути громадянином Італії.
elig-spouse-citizenship-unanswered = Вкажіть, чи є чоловік/дружина громадянином Італії.
elig-separated = Громадянство за шлюбом не надається, якщо подружжя юридично проживає окремо.
elig-marriage-ended = Шлюб має тривати до указу (не розірваний, не визнаний недійсним і не припинений).
elig-marriage-residence-met = Законне проживання в Італії після шлюбу з { $since }: необхідних { $months } місяців досягнуто { $date }.
elig-marriage-residence-not-yet = Законне проживання в Італії після шлюбу з { $since }: необхідних { $months } місяців буде досягнуто { $date }.
elig-marriage-met = Шлюб укладено { $since }: необхідні { $months } місяців минули { $date }.
elig-marriage-not-yet = Шлюб укладено { $since }: необхідні { $months } місяців минуть { $date }.
elig-children-halve-period = Якщо подружжя має народжених або усиновлених дітей, строк скорочується вдвічі.
elig-no-income-requirement = Для громадянства за шлюбом немає вимоги щодо мінімального доходу.
elig-income-met = Дохід { $year }: { $income } € (мінімум { $threshold } €).
elig-income-below = Дохід { $year }: { $income } € — менше за мінімум { $threshold } €. Можна додати доходи членів сім'ї, зареєстрованих у тій самій сім'ї.
elig-income-borderline = Дохід { $year }: { $income } € — між { $lower } € (надбавка, округлена до 516,00 €) і { $threshold } € (516,46 € на кожну особу на утриманні): неоднозначний випадок.
elig-income-missing = Бракує доходу за { $year }: потрібні три роки перед заявою.
elig-consider-basis = За літерою { $letter }) ст. 9 достатньо { $years } років проживання.
elig-residence-gap-cancelled = Проживання перервано з { $from } до { $to } (реєстрацію скасовано, а потім відновлено): безперервне проживання рахується від нової реєстрації { $to }.
elig-residence-gap-abroad = З { $from } до { $to } ви жили за кордоном: безперервне проживання рахується від повернення, { $to }.
elig-residence-gap-other = Проживання перервано з { $from } до { $to }: безперервне проживання рахується від { $to }.
elig-presence-proof = Якщо в той період (з { $from } до { $to }) ви продовжували жити в Італії, префектура (Prefettura) може прийняти докази безперервної присутності: договори оренди або трудові договори, розрахункові листи, медичні довідки або довідки сімейного лікаря. Це не гарантовано: запитайте у своїй префектурі.
elig-subsidiary-protection = З дозволом на додатковий захист (protezione sussidiaria) літера e) не застосовується (лише біженці та особи без громадянства): застосовується літера f), з 10 роками проживання, і немає звільнення біженців від свідоцтва про народження та довідки про несудимість (atto notorio). Оберіть літеру f).
elig-marriage-separation = Роздільне проживання з { $date }: при юридичному роздільному проживанні подружжя (separazione personale) громадянство за шлюбом не може бути надане.
elig-marriage-divorce = Розлучення { $date }: шлюб має тривати до указу (decreto).
elig-marriage-annulment = Шлюб визнано недійсним { $date }: шлюб має тривати до указу (decreto).
elig-marriage-spouse-death = Чоловік/дружина помер(ла) { $date }: шлюб припинено, і громадянство за шлюбом більше неможливе; уточніть у префектурі (Prefettura).
elig-marriage-separation-pending = Роздільне проживання з { $date }, після подання заяви ({ $submitted }): поки заява розглядається, відмова ймовірна. Повідомте префектуру (Prefettura) і зверніться по пораду до патронату (patronato) або адвоката.
elig-marriage-ended-pending =
    { $event ->
        [divorce] Розлучення
        [annulment] Визнання шлюбу недійсним
       *[other] Смерть чоловіка/дружини
    } { $date }, після подання заяви ({ $submitted }): громадянство за шлюбом більше не може бути надане; повідомте префектуру (Prefettura).
elig-income-household =
    Сім'я у { $year }: { $spouse ->
        [yes] чоловік/дружина на утриманні
       *[no] немає чоловіка/дружини на утриманні
    }, інші члени сім'ї на утриманні: { $others }.
elig-family-income-not-household = Дохід { $name } за { $year }: не в тому самому складі сім'ї (stato di famiglia), тому його не можна додати.
elig-family-income-household-unanswered = Дохід { $name } за { $year }: вкажіть, чи в тому самому складі сім'ї (stato di famiglia) (лише тоді його можна додати).

checklist-state-missing = Бракує
checklist-state-exempt = Не потрібно
checklist-state-provided = Додано
checklist-state-expiring = Спливає { $date }
checklist-state-expired = Строк минув { $date }
checklist-detail-country = { $country }
checklist-detail-year = рік { $year }
checklist-detail-replaces-birth-certificate = замість свідоцтва про народження
checklist-detail-replaces-criminal-record = замість довідки про несудимість
checklist-detail-contribution = внесок 250 €
checklist-detail-stamp-duty = гербова марка 16 €
checklist-exempt-eu-citizen = Громадяни ЄС не мають дозволу на проживання.
checklist-exempt-living-abroad = Не потрібно тим, хто живе за кордоном.
checklist-exempt-born-in-italy = Не потрібно тим, хто народився в Італії.
checklist-exempt-atto-notorio = Для біженців та осіб без громадянства його замінює atto notorio.
checklist-exempt-before-14 = Не потрібно тим, хто зареєстрований в Італії до 14 років і відтоді проживає.
checklist-exempt-eu-long-term-permit = Звільнено: власник довгострокового дозволу на проживання ЄС.
checklist-exempt-integration-agreement = Звільнено: підписано угоду про інтеграцію.
checklist-exempt-no-income = За цей рік дохід не задекларовано.

phase-draft = Чернетка
phase-submitted = Подано
phase-accepted = Прийнято (номер K10)
phase-submission-rejected = Подання відхилено префектурою
phase-preliminary-assessment = Попередній розгляд
phase-ten-bis-notice = Попередження про відмову (preavviso di rigetto, ст. 10-bis)
phase-prefecture-opinion = Висновок префектури
phase-decree = Указ про надання громадянства (decreto di concessione)
phase-rejected = Указ про відмову
phase-inadmissible = Неприйнятність
phase-notification = Вручення
phase-oath = Присяга (giuramento)
phase-citizen = Громадянин Італії
phase-state-done = Завершено
phase-state-current = Триває
phase-state-future = Попереду

deadline-today = сьогодні
deadline-tomorrow = завтра
deadline-days-left = через { $days } дн.
deadline-days-ago = { $days } дн. тому
deadline-urgent = Терміново
deadline-non-working-judicial = { $date } — це { $day }: за законом строк переноситься на { $moved } (ст. 155 c.p.c., ст. 52 c.p.a.). Рекомендована безпечна дата: { $safe }.
deadline-non-working-administrative = { $date } — це { $day }: зазвичай строк переноситься на { $moved } (ст. 2963 c.c.), але для адміністративних строків це не напевно. Рекомендована безпечна дата: { $safe }.
holiday-easter-sunday = Великдень
holiday-easter-monday = Великодній понеділок (Pasquetta)
holiday-national = національне свято
holiday-saturday = субота
holiday-sunday = неділя
deadline-criminal-record-expiry = Спливає строк дії довідки про несудимість { $subject }
deadline-criminal-record-expiry-desc = Довідка про несудимість дійсна 6 місяців від дати видачі ({ $from }): подайте її до { $date } або отримайте нову.
deadline-ten-bis-response = Відповідь на попередження про відмову № { $subject }
deadline-ten-bis-response-desc = Попередження отримано { $from }: надішліть документи або зауваження до префектури (через PEC) до { $date }.
deadline-tar-appeal = Останній день для оскарження до TAR (адміністративного суду)
deadline-tar-appeal-desc = 60 днів від вручення { $from }. Вчасно зверніться до адвоката.
deadline-president-appeal = Останній день для надзвичайної скарги Президентові Республіки
deadline-president-appeal-desc = 120 днів від вручення { $from }, як альтернатива TAR.
deadline-reapply-from = З цього дня можна подати заяву знову
deadline-reapply-from-desc = Після указу про відмову можна подати заяву знову через рік після його вручення ({ $from }); після неприйнятності — одразу.
deadline-oath = Останній день для присяги
deadline-oath-desc = Присягу треба скласти протягом 6 місяців після вручення указу ({ $from }). Запишіться в муніципалітеті.
deadline-processing-limit = Граничний строк процедури
deadline-processing-limit-desc = Подано { $from }: адміністрація має ухвалити рішення до { $date } (24 місяці; 48 для заяв, поданих до 20/12/2020; попередження про відмову зупиняють строк).
deadline-processing-limit-extended = Найдовший продовжений строк процедури
deadline-processing-limit-extended-desc = Подано { $from }: із продовженням строк — { $date } (36 місяців).
calendar-name = Громадянство – { $name }

# --- end rules ---

# --- portal screen ---
nav-portal = Портал
portal-title = Портал і синхронізація
portal-address = Портал: { $url } (змінюється в Налаштуваннях)
portal-signed-in-as = Ви ввійшли як { $email } ({ $role })
portal-email = Електронна пошта
portal-password = Пароль
portal-register = Створити обліковий запис
portal-register-hint = Пункти допомоги отримують обліковий запис оператора від адміністратора порталу.
portal-credentials-required = Введіть електронну пошту та пароль.
portal-sync-now = Синхронізувати зараз
portal-syncing = Синхронізація…
portal-sync-uploads = { $count ->
    [one] { $count } документ очікує завантаження
    [few] { $count } документи очікують завантаження
   *[other] { $count } документів очікують завантаження
}
portal-offline = Портал недоступний: ваші зміни збережено тут і поставлено в чергу, їх буде надіслано під час наступної синхронізації.
portal-last-sync = Остання синхронізація: { $time }
portal-never-synced = Ще не синхронізовано.
portal-open-unnamed = Заява без імені
portal-status-unknown = Стан цієї заяви на порталі зараз недоступний: оновіть, коли портал стане доступним.
portal-not-sent = Цієї заяви ще немає на порталі: «Синхронізувати зараз» надішле її як чернетку.
portal-status-line = Стан: { $status }
portal-k10 = Номер K10: { $k10 }
portal-communications = Повідомлення
portal-no-communications = Жодних повідомлень від префектури.
portal-deadline-left = Відповісти до { $date } (залишилося днів: { $days })
portal-deadline-passed = Строк для відповіді минув { $date }
portal-refresh-status = Оновити стан
portal-submit = Подати заяву
portal-submit-confirm = Надіслати заяву до префектури? Після надсилання її не можна буде змінити.
portal-submit-yes = Так, подати
portal-submitted = Заяву подано. Номер K10: { $k10 }
portal-conflict-title = { $name }: змінено й на порталі
portal-conflict-help = Ці розділи змінено і тут, і на порталі. Виберіть для кожного, яку версію залишити.
portal-conflict-field = { $field }: моє «{ $mine }», портал «{ $theirs }»
portal-conflict-more = … і ще полів: { $count }
portal-conflict-apply = Застосувати мій вибір
portal-value-yes = так
portal-value-no = ні
portal-associate-title = Прив'язати заяву (Associa pratica)
portal-associate-help = Прив'яжіть до свого облікового запису заяву, надіслану раніше (наприклад, пунктом допомоги). Кожна деталь має збігатися із заявою.
portal-associate-surname = Прізвище
portal-associate-name = Ім'я
portal-associate-birth-date = Дата народження (ДД/ММ/РРРР)
portal-associate-previous-email = Адреса електронної пошти, вказана в заяві
portal-associate-k10 = Номер K10 (напр. K10/0000001)
portal-associate-required = Заповніть це поле.
portal-associate = Прив'язати
portal-upload-waiting = Для завантаження: { $name }
portal-upload-failed = «{ $name }» не завантажено: { $error }
portal-upload-failed-elsewhere = { $count ->
    [one] Документ іншого заявника не завантажено: відкрийте цього заявника, щоб побачити причину.
   *[other] Документи інших заявників не завантажено ({ $count }): відкрийте цих заявників, щоб побачити причину.
}
portal-field-file-name = Назва файлу
portal-field-file-content = Вміст файлу
portal-procedure-draft-started = Заяву розпочато
portal-procedure-k10 = Номер K10
portal-procedure-submission-rejected = Подання відхилено префектурою
portal-procedure-assessment-started = Розгляд розпочато
portal-procedure-ten-bis = Попередження (ст. 10-bis)
portal-procedure-opinion = Висновок префектури
portal-procedure-opinion-favourable = позитивний
portal-procedure-opinion-unfavourable = негативний
portal-procedure-certificates = Довідки про несудимість
portal-upload-damaged = Документ «{ $name }» пошкоджено в папці з даними цього комп'ютера (перевірка цілісності не збігається), його не завантажено. Імпортуйте його знову.
# --- end portal screen ---

# --- documents and eligibility screens ---
nav-documents = Документи
nav-eligibility = Чи можу я подати заяву?
documents-no-applicant = Відкрийте заявника, щоб побачити його документи.
documents-title = Документи: { $name }
documents-progress = Готово { $ready } з { $total }
documents-file-missing = Файлу вже немає в сейфі: додайте його знову.
documents-file-damaged = Файл у сейфі пошкоджено: додайте його знову.
documents-drop-target = Перетягніть сюди файл: його буде додано до «{ $item }».
documents-drop-nothing = Жодного документа не бракує: файл, перетягнутий сюди, не буде додано до жодного пункту.
documents-check = Перевірити файли
documents-checking = Перевірка…
documents-check-ok =
    { $count ->
        [one] Файл цілий.
       *[other] Усі файли цілі (усього: { $count }).
    }
documents-check-bad =
    { $count ->
        [one] Один файл відсутній або пошкоджений: його позначено в списку.
       *[other] Відсутні або пошкоджені файли ({ $count }): їх позначено в списку.
    }
documents-no-dialog = На цьому комп'ютері не вдається відкрити вікно вибору файлів. Введіть повний шлях до файлу (або перетягніть його на цей екран).
documents-typed-path = Шлях до файлу, наприклад /home/anna/skany/pasport.pdf
documents-use-typed-path = Долучити цей файл
documents-typed-path-not-found = За шляхом «{ $path }» файлу немає: перевірте шлях.
documents-no-save-dialog = На цьому комп'ютері не вдається відкрити вікно збереження. Введіть, куди зберегти копію (повний шлях з назвою файлу).
documents-typed-destination = Шлях до копії, наприклад /home/anna/pasport.pdf
documents-typed-destination-invalid = Не вдається зберегти в «{ $path }»: папка має існувати, а назву файлу треба вказати.
file-dialog-no-save-dialog = На цьому комп'ютері не вдається відкрити вікно збереження. Введіть, куди зберегти файл (повний шлях з назвою файлу).
file-dialog-save-placeholder = Повний шлях, наприклад { $example }
file-dialog-save-here = Зберегти тут
file-dialog-no-folder-dialog = На цьому комп'ютері не вдається відкрити вікно вибору теки. Введіть повний шлях до теки.
file-dialog-folder-placeholder = Повний шлях до теки
file-dialog-folder-not-found = За шляхом «{ $path }» теки немає: перевірте шлях.
file-dialog-use-folder = Використати цю теку
documents-add-file = Додати файл
documents-replace-file = Замінити файл
documents-open = Відкрити
documents-export = Експортувати…
documents-remove = Вилучити
documents-confirm-remove = Вилучити назавжди
documents-cancel = Скасувати
documents-exported = Збережено в { $path }
documents-days-left = залишилося днів: { $days }
documents-criminal-record-validity = Довідка про несудимість дійсна 6 місяців від дати видачі: замовте нову.
documents-issue-date-required = Дата видачі (довідка дійсна 6 місяців від неї)
documents-issue-date-future = Дата видачі не може бути в майбутньому.
documents-country-required = Напишіть країну, яка видала довідку.
documents-edit-issue-date = Дата видачі…
documents-edit-issue-date-label = Дата видачі документа
documents-save-issue-date = Зберегти дату
documents-error-temp = Не вдалося записати приватну тимчасову копію документа.
documents-error-viewer = Жодна програма не змогла відкрити документ. Скористайтеся «Експортувати…» і відкрийте копію самостійно.
eligibility-title = Чи можу я подати заяву?
eligibility-from-draft = Заповнено з відкритої заяви. Зміни тут не змінюють заяву.
eligibility-stand-alone = Дайте відповіді на запитання нижче: нічого не зберігається.
eligibility-reload-draft = Знову взяти значення із заяви
eligibility-basis = Правова підстава
eligibility-born-in-italy = Народжений(-а) в Італії (не позначайте, якщо ви походите від громадянина Італії за народженням)
eligibility-adoption-date = Дата усиновлення
eligibility-service-from = На службі італійській державі з
eligibility-service-to = До (порожньо, якщо служба триває)
eligibility-eu-citizen = Громадянин країни Європейського Союзу
eligibility-refugee-status = Статус
eligibility-marriage-date = Дата шлюбу або цивільного союзу
eligibility-spouse-italian = Чоловік/дружина є громадянином Італії
eligibility-children = Діти, народжені або усиновлені подружжям
eligibility-separated = Подружжя юридично проживає окремо
eligibility-missing-title = Потрібно заповнити перед перевіркою:
eligibility-marriage-ended = Шлюб розірвано, визнано недійсним або припинено
eligibility-residence = Зареєстроване проживання в Італії (residenza anagrafica)
eligibility-from = З
eligibility-to-or-empty = До (порожньо, якщо ви досі тут проживаєте)
eligibility-period-from = початок періоду проживання { $n }
eligibility-period-to = кінець періоду проживання { $n }
eligibility-income = Оподатковуваний дохід за рік (заявник і сім'я)
eligibility-year = Податковий рік
eligibility-amount = Сума в євро
eligibility-income-year-of = податковий рік «{ $year }»
eligibility-income-of = дохід за { $year }
eligibility-dependent-spouse = Чоловік/дружина на утриманні
eligibility-other-dependants = Інші особи на утриманні (діти, батьки …)
# --- end documents and eligibility screens ---

# --- date picker ---
editor-calendar-month-1 = Січень
editor-calendar-month-2 = Лютий
editor-calendar-month-3 = Березень
editor-calendar-month-4 = Квітень
editor-calendar-month-5 = Травень
editor-calendar-month-6 = Червень
editor-calendar-month-7 = Липень
editor-calendar-month-8 = Серпень
editor-calendar-month-9 = Вересень
editor-calendar-month-10 = Жовтень
editor-calendar-month-11 = Листопад
editor-calendar-month-12 = Грудень
editor-calendar-mon = Пн
editor-calendar-tue = Вт
editor-calendar-wed = Ср
editor-calendar-thu = Чт
editor-calendar-fri = Пт
editor-calendar-sat = Сб
editor-calendar-sun = Нд
editor-calendar-keys = Alt+↓ відкриває календар · стрілки: день · Page Up/Down: місяць (Shift: рік) · Enter: вибрати · Esc: закрити
# --- end date picker ---

# --- timeline and pdf screens ---
nav-timeline = Строки
nav-pdf = Створити PDF
timeline-title = Хід розгляду заяви та строки
timeline-intro = Вводьте дати в міру їх надходження: етапи та строки оновлюються самі. Дати зберігаються разом із заявою.
timeline-no-applicant = Спочатку відкрийте заявника.
timeline-deadlines = Найближчі строки
timeline-no-deadlines = Попереду немає строків.
timeline-phases = Етапи
timeline-events = Дати процедури
timeline-field-submitted = Заяву надіслано
timeline-field-accepted = Прийнято префектурою (номер K10)
timeline-field-ten-bis-received = Попередження про відмову (preavviso di rigetto, ст. 10-bis) отримано
timeline-field-ten-bis-days = Днів на відповідь (якщо не 10)
timeline-field-ten-bis-answered = Відповідь на попередження надіслано
timeline-field-prefecture-opinion = Висновок префектури від
timeline-field-decree = Указ від
timeline-field-decree-outcome = Результат указу
timeline-field-inadmissible = Заяву визнано неприйнятною
timeline-field-notified = Указ вручено
timeline-field-oath = Присяга
timeline-outcome-granted = Громадянство надано
timeline-outcome-rejected = Відмовлено
timeline-days-invalid = Введіть кількість днів від 1 до 365.
timeline-export-ics = Експортувати в календар (.ics)
timeline-exported = Календар збережено в { $path }.
timeline-export-failed = Не вдалося зберегти календар: { $detail }
timeline-calendar-name = Громадянство – { $name }
timeline-notice-title = Попередження про відмову (ст. 10-bis) № { $number }
timeline-notice-add = Додати попередження (ст. 10-bis)
timeline-notice-remove = Вилучити попередження
timeline-notice-confirm-remove = Вилучити попередження № { $number } та його дати?
timeline-notice-remove-confirm = Так, вилучити
timeline-notice-due = Відповісти до { $date } ({ $left })
timeline-notice-answered = Відповідь надіслано { $date }: для цього попередження строків більше немає.
timeline-notice-no-date = Введіть день надходження, щоб побачити, до якого числа відповісти.
timeline-notice-decided = Рішення щодо заяви ухвалено: для цього попередження строку немає.
timeline-field-draft-started = Заяву розпочато
timeline-field-planned-submission = Заплановане надсилання
timeline-k10-invalid = Номер справи { $number } недійсний: { $error }
timeline-field-submission-rejected = Подання відхилено префектурою (виправити й надіслати знову)
timeline-field-assessment-started = Розгляд розпочато (якщо не в день прийняття)
timeline-field-opinion-outcome = Результат висновку
timeline-opinion-favourable = Позитивний
timeline-opinion-unfavourable = Негативний
timeline-not-given = — не вказано —
pdf-screen-title = Створити PDF
pdf-screen-intro = Виберіть документ: дані заяви вже внесено, доповніть те, чого бракує. PDF зберігається лише там, де ви виберете, або зашифрованим у сховищі заяви.
pdf-screen-no-applicant = Спочатку відкрийте заявника.
pdf-screen-member = Член сім'ї, який утримує заявника
pdf-screen-member-placeholder = Виберіть члена сім'ї
pdf-screen-missing = { $count ->
    [one] Бракує { $count } обов'язкового поля (позначено *).
   *[other] Бракує обов'язкових полів: { $count } (позначено *).
}
pdf-screen-field-required = Обов'язкове поле.
pdf-screen-field-invalid = Недійсне значення.
pdf-screen-fill-missing = Заповніть позначені поля, перш ніж створювати документ.
pdf-screen-choose = Виберіть…
pdf-screen-generate = Створити
pdf-screen-ready = Документ готовий: збережіть його або залиште в сховищі.
pdf-screen-save-as = Зберегти як…
pdf-screen-saved = PDF збережено в { $path }.
pdf-screen-save-failed = Не вдалося зберегти PDF: { $detail }
pdf-screen-keep = Залишити в сховищі
pdf-screen-pec-save = Зберегти чернетку PEC (.eml)
pdf-screen-pec-copy = Копіювати текст PEC
pdf-screen-pec-copied = Тему й текст PEC (сертифікована пошта) скопійовано в буфер обміну.
err-pec-name-missing = Для PEC (сертифікована пошта) потрібні прізвище та ім'я (розділ 2).
err-pec-write = Не вдалося записати повідомлення PEC (сертифікована пошта).
pdf-screen-kept = PDF збережено (зашифрованим) серед документів заяви.
# --- end timeline and pdf screens ---

# Versions, copies and transfer (Versions screen; import in the list of applicants)
nav-history = Версії та копії
history-title = Версії, копії та перенесення
history-versions = Збережені версії
history-version = Версія { $version } · збережено { $time } · заповнено розділів: { $done } з 12
history-current = Поточна версія
history-restore = Відновити
history-confirm-restore = Відновити версію { $version }? Поточна чернетка залишиться в списку, і її також можна буде відновити.
history-restore-confirm = Так, відновити
history-restored = Версію { $version } відновлено: тепер це поточна чернетка.
history-copy = Копія
history-copy-intro = Створює нового заявника з тими самими даними та документами (без номера K10 та історії), наприклад для чоловіка/дружини або для нової заяви після відмови.
history-duplicate = Дублювати цю заяву
history-export = Експортувати в зашифрований файл
history-export-intro = Зберігає цього заявника (усі версії та документи) у файлі, зашифрованому паролем, щоб перенести його на інший комп'ютер чи до іншого пункту допомоги. Передавайте пароль окремо, ніколи разом із файлом.
history-passphrase = Пароль файлу
history-passphrase-repeat = Повторіть пароль
history-passphrase-mismatch = Паролі не збігаються.
history-export-typed-path = Шлях до файлу, наприклад /media/fleshka/rossi.cittadinanza
history-export-button = Експортувати…
history-exporting = Експорт…
history-exported = Заявника експортовано в { $path }.
history-file-stem = заявник
applicants-import = Імпортувати з файлу…
applicants-import-file = Імпортувати «{ $file }»
applicants-import-passphrase = Пароль файлу
applicants-import-no-dialog = На цьому комп'ютері не вдається відкрити вікно вибору файлів. Введіть повний шлях до файлу .cittadinanza, який треба імпортувати.
applicants-import-typed-path = Шлях до файлу, наприклад /media/fleshka/rossi.cittadinanza
applicants-import-confirm = Імпортувати

# --- drafts from newer versions ---
editor-newer-version = Цю заяву збережено новішою версією застосунку: { $count } значень не розпізнано, тут вони не показані ({ $values }). Збережена версія залишається недоторканою в історії: оновіть застосунок, щоб повернути їх.
# --- end drafts from newer versions ---

# --- criminal record issue date ---
err-issue-date-mismatch = Цей додаток має іншу дату видачі, ніж зазначена в розділі 8 ({ $date }), від якої рахується шестимісячний строк дії: виправте додаток або розділ 8.
err-not-a-count = Введіть ціле число (наприклад 2).
err-unknown-prefecture = Оберіть префектуру (Prefettura) зі списку: це має бути префектура провінції, де ви проживаєте.
# --- end criminal record issue date ---

# --- hints ---
hint-eu-long-term-language-exemption = У вас довгостроковий дозвіл на проживання ЄС: замість сертифіката B1 ви можете заявити про звільнення, вибравши вище «Власник довгострокового дозволу ЄС».
hint-subsidiary-protection-letter-f = Ваш дозвіл — на додатковий захист (protezione sussidiaria): літера e) лише для біженців та осіб без громадянства. Оберіть літеру f) (10 років); свідоцтво про народження та довідку про несудимість потрібно подати.
hint-residence-gap-proof = Проживання рахується від нової реєстрації. Якщо тим часом ви жили в Італії, збережіть договори, розрахункові листи та медичні довідки: префектура (Prefettura) може прийняти їх як доказ безперервної присутності.
hint-family-income-not-household = Той, хто не в тому самому складі сім'ї (stato di famiglia), не може додати свій дохід до вашого: ця сума не враховується.
hint-marriage-event = Для громадянства за шлюбом шлюб має тривати без роздільного проживання до указу (decreto): див. перевірку вимог.
hint-criminal-record-expires-before-planned = Ця довідка про несудимість спливає до запланованої дати надсилання (див. Строки): надішліть раніше або отримайте нову довідку.
# --- end hints ---

# --- upload progress ---
portal-upload-progress = Завантаження { $name }: { $sent } з { $total }
# --- end upload progress ---
