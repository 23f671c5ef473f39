# The form's words (core/src/form.rs): sections, field labels, choices and the read-back
# review. One copy per language: the library uses them for the summary PDF, the app loads
# them beside i18n/<lang>/cittadinanza.ftl.

## Read-back review (section 12)
review-title = Перевірте перед надсиланням
review-intro = Усі відповіді з дванадцяти розділів, так як ви їх дали. Те, чого бракує або що треба виправити, — угорі; «Змінити» веде до відповідного поля.
review-missing =
    { $count ->
        [one] Бракує або треба виправити один пункт:
       *[other] Бракує або треба виправити пунктів: { $count }
    }
review-nothing-missing = Нічого не бракує: усі розділи заповнено.
review-change = Змінити
review-no-answers = У цьому розділі немає відповідей.
review-answers = Відповіді, розділ за розділом
review-yes = Так

## Sections
section-legal-basis = Правова підстава
section-personal = Особисті дані
section-birth-certificate = Свідоцтво про народження
section-entry-stay = В'їзд і перебування
section-residences = Місця проживання в Італії
section-family = Сім'я
section-income = Доходи
section-judicial = Судимість
section-language = Італійська мова
section-payments = Платежі
section-documents = Документи
section-consent = Декларації та подання

## Choices
choice-yes = Так
choice-no = Ні
basis-art5-italy = Ст. 5 – у шлюбі з громадянином Італії, проживання в Італії
basis-art5-abroad = Ст. 5 – у шлюбі з громадянином Італії, проживання за кордоном
basis-art9-a = Ст. 9 ч.1 a) – народжений в Італії або нащадок громадянина за народженням
basis-art9-b = Ст. 9 ч.1 b) – повнолітній, усиновлений громадянином Італії
basis-art9-c = Ст. 9 ч.1 c) – служба італійській державі
basis-art9-d = Ст. 9 ч.1 d) – громадянин Європейського Союзу
basis-art9-e = Ст. 9 ч.1 e) – особа без громадянства або біженець
basis-art9-f = Ст. 9 ч.1 f) – законне проживання щонайменше 10 років
refugee-status-refugee = Біженець
refugee-status-stateless = Особа без громадянства
sex-male = Чоловіча
sex-female = Жіноча
marital-single = Неодружений/незаміжня
marital-married = Одружений/заміжня
marital-civil-union = Цивільний союз
marital-separated = Окреме проживання подружжя
marital-divorced = Розлучений(-а)
marital-widowed = Вдівець/вдова
legalisation-apostille = Апостиль
legalisation-consular = Консульська легалізація
legalisation-exempt = Звільнено (конвенція)
permit-eu-long-term = Довгостроковий дозвіл на проживання ЄС (permesso UE per soggiornanti di lungo periodo)
permit-work = Робота
permit-family = Сім'я
permit-study = Навчання
permit-asylum = Притулок
permit-subsidiary-protection = Додатковий захист
permit-eu-registration = Свідоцтво про реєстрацію (громадяни ЄС)
permit-other = Інше
relationship-spouse = Чоловік/дружина
relationship-child = Дитина
relationship-parent = Батько/мати
relationship-sibling = Брат/сестра
relationship-other-relative = Інший родич
relationship-other = Інше
income-source-cu = Certificazione Unica
income-source-730 = Форма 730
income-source-unico = Modello Redditi
income-source-none = Дохід не задекларовано
gap-reason-cancelled-reregistered = Реєстрацію скасовано, а потім відновлено
gap-reason-lived-abroad = Я жив(ла) за кордоном
gap-reason-other = Інша причина
exemption-none = Без звільнення: сертифікат B1
exemption-eu-long-term-permit = Власник довгострокового дозволу ЄС
exemption-integration-agreement = Підписав(-ла) угоду про інтеграцію
exemption-italian-qualification = Італійський шкільний або університетський диплом
doc-birth-certificate = Свідоцтво про народження
doc-criminal-record = Довідка про несудимість
doc-identity-document = Посвідчення особи
doc-residence-permit = Дозвіл на проживання
doc-codice-fiscale = Codice fiscale
doc-language-certificate = Сертифікат з італійської мови
doc-income-statement = Податкова декларація
doc-payment-receipt = Квитанція про оплату
doc-marriage-certificate = Свідоцтво про шлюб
doc-atto-notorio = Atto notorio (заява під присягою)
doc-other = Інший документ

## Fields: 1 legal basis
field-legal-basis-basis = Правова підстава
field-legal-basis-prefecture = Компетентна префектура (Prefettura)
field-legal-basis-art9a-born-in-italy = Народжений(-а) в Італії (інакше: нащадок громадянина за народженням)
field-legal-basis-adoption-date = Дата усиновлення
field-legal-basis-state-service-employer = Державна установа, де ви служили
field-legal-basis-state-service-from = Служба з
field-legal-basis-state-service-to = Служба до
field-legal-basis-refugee-or-stateless = Біженець або особа без громадянства
field-legal-basis-status-recognised-on = Дата визнання статусу

## Fields: 2 personal data
field-personal-surname = Прізвище
field-personal-name = Ім'я
field-personal-birth-surname = Прізвище при народженні (якщо інше)
field-personal-sex = Стать
field-personal-birth-date = Дата народження
field-personal-birth-place-town = Місце народження
field-personal-birth-place-province = Провінція народження (лише Італія)
field-personal-birth-place-country = Країна народження
field-personal-citizenships = Поточні громадянства
field-personal-codice-fiscale = Codice fiscale (податковий код)
field-personal-residence-street = Вулиця
field-personal-residence-house-number = Номер будинку
field-personal-residence-postcode = Поштовий індекс
field-personal-residence-municipality = Муніципалітет проживання (Comune)
field-personal-residence-province = Провінція
field-personal-email = Електронна пошта
field-personal-phone = Телефон
field-personal-marital-status = Сімейний стан

## Fields: 3 birth certificate
field-birth-certificate-issuing-authority = Орган, що видав
field-birth-certificate-act-number = Номер актового запису
field-birth-certificate-issue-date = Дата видачі
field-birth-certificate-legalisation = Легалізація
field-birth-certificate-legalisation-date = Дата легалізації
field-birth-certificate-translated = Перекладено італійською (або багатомовна форма)
field-birth-certificate-replaced-by-atto-notorio = Замінено на atto notorio (біженці та особи без громадянства)

## Fields: 4 entry and stay
field-entry-stay-first-entry-date = Дата першого в'їзду в Італію
field-entry-stay-permit-type = Вид дозволу на проживання (permesso di soggiorno)
field-entry-stay-permit-number = Номер дозволу
field-entry-stay-permit-issuer = Questura, що видала дозвіл
field-entry-stay-permit-issue-date = Дата видачі дозволу
field-entry-stay-permit-expiry-date = Строк дії дозволу (порожньо, якщо безстроковий)
field-entry-stay-foreign-document-kind = Іноземний документ (паспорт, посвідчення особи…)
field-entry-stay-foreign-document-number = Номер документа
field-entry-stay-foreign-document-issuer = Ким видано
field-entry-stay-foreign-document-issue-date = Дата видачі
field-entry-stay-foreign-document-expiry-date = Дата закінчення строку дії
field-entry-stay-italian-id-card-kind = Італійський документ (необов'язково)
field-entry-stay-italian-id-card-number = Номер італійського документа
field-entry-stay-italian-id-card-issuer = Муніципалітет, що видав
field-entry-stay-italian-id-card-issue-date = Дата видачі італійського документа
field-entry-stay-italian-id-card-expiry-date = Строк дії італійського документа

## Fields: 5 residences
field-residences-periods = Зареєстровані місця проживання в Італії (residenza anagrafica)
field-residences-periods-municipality = Муніципалітет
field-residences-periods-province = Провінція
field-residences-periods-from = З
field-residences-periods-to = До (порожньо, якщо поточне)
field-residences-periods-gap-before-reason = Перерва перед цим періодом: причина (лише якщо є проміжок)
field-residences-registered-in-italy-before-14 = Зареєстрований(-а) як мешканець Італії до 14 років

## Fields: 6 family
field-family-spouse-surname = Прізвище чоловіка/дружини
field-family-spouse-name = Ім'я чоловіка/дружини
field-family-spouse-birth-date = Дата народження чоловіка/дружини
field-family-spouse-birth-place-town = Місце народження чоловіка/дружини
field-family-spouse-birth-place-province = Провінція народження чоловіка/дружини
field-family-spouse-birth-place-country = Країна народження чоловіка/дружини
field-family-spouse-codice-fiscale = Codice fiscale чоловіка/дружини
field-family-spouse-italian-citizen = Чоловік/дружина є громадянином Італії
field-family-spouse-marriage-date = Дата шлюбу
field-family-spouse-marriage-place = Місце шлюбу
field-family-spouse-transcription-municipality = Муніципалітет, де шлюб внесено до реєстру
field-family-spouse-transcription-date = Дата внесення до реєстру
field-family-spouse-separation-date = Дата роздільного проживання (якщо було)
field-family-spouse-divorce-date = Дата розлучення (якщо було)
field-family-spouse-annulment-date = Дата визнання шлюбу недійсним (якщо було)
field-family-spouse-death-date = Дата смерті чоловіка/дружини (якщо сталася)
field-family-children-with-spouse = Діти, народжені або усиновлені подружжям
field-family-household = Члени сім'ї (nucleo familiare)
field-family-household-surname = Прізвище
field-family-household-name = Ім'я
field-family-household-birth-date = Дата народження
field-family-household-birth-place-town = Місце народження
field-family-household-birth-place-province = Провінція народження
field-family-household-birth-place-country = Країна народження
field-family-household-codice-fiscale = Codice fiscale
field-family-household-relationship = Ступінь спорідненості
field-family-household-dependant = На утриманні

## Fields: 7 income
field-income-years = Доходи за останні три роки
field-income-years-year = Податковий рік
field-income-years-amount = Оподатковуваний дохід (reddito imponibile, €)
field-income-years-source = Податкова декларація
field-income-years-dependent-spouse = Чоловік/дружина на утриманні в тому році (порожньо = як у розділі 6)
field-income-years-other-dependants = Інші члени сім'ї на утриманні в тому році (кількість; порожньо = з розділу 6, враховуючи народжених до кінця року)
field-income-years-family-income = Доходи членів сім'ї
field-income-years-family-income-member-name = Член сім'ї
field-income-years-family-income-amount = Дохід (€)
field-income-years-family-income-source = Податкова декларація
field-income-years-family-income-same-household = У тому самому складі сім'ї (stato di famiglia), що й заявник?

## Fields: 8 criminal record
field-judicial-no-convictions = Жодних судимостей в Італії чи за кордоном
field-judicial-convictions-details = Відомості про судимості або провадження
field-judicial-pending-proceedings = Незавершені кримінальні провадження
field-judicial-certificates = Довідки про несудимість (certificato penale) з країн проживання
field-judicial-certificates-country = Країна
field-judicial-certificates-issue-date = Дата видачі
field-judicial-certificates-legalisation = Легалізація
field-judicial-certificates-translated = Перекладено італійською

## Fields: 9 language
field-language-exemption = Звільнення від мовного сертифіката
field-language-certifying-body = Сертифікаційний центр (CILS, CELI, PLIDA, CERT.IT…)
field-language-level = Рівень
field-language-certificate-number = Номер сертифіката
field-language-certificate-date = Дата сертифіката

## Fields: 10 payments
field-payments-contribution-iuv = Внесок 250 €: код повідомлення pagoPA / IUV
field-payments-contribution-paid-on = Внесок сплачено
field-payments-contribution-amount = Сума внеску (€)
field-payments-stamp-duty-iuv = Гербова марка (marca da bollo) на 16 €: ідентифікаційний код
field-payments-stamp-duty-paid-on = Гербову марку придбано
field-payments-stamp-duty-amount = Вартість гербової марки (€)

## Fields: 12 declarations
field-consent-truthfulness = Заявляю, що дані правдиві (ст. 46, 47, 75 і 76 DPR 445/2000)
field-consent-privacy = Я ознайомився(-лася) з повідомленням про конфіденційність (ст. 13 GDPR)
field-consent-reviewed = Я перевірив(-ла) всю заяву
