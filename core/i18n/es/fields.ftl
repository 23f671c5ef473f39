# The form's words (core/src/form.rs): sections, field labels, choices and the read-back
# review. One copy per language: the library uses them for the summary PDF, the app loads
# them beside i18n/<lang>/cittadinanza.ftl.

## Read-back review (section 12)
review-title = Revise antes de enviar
review-intro = Todas las respuestas de las doce secciones, tal como las dio. Lo que falta o hay que corregir aparece primero; «Cambiar» lleva al campo.
review-missing = { $count ->
    [one] Falta o hay que corregir una respuesta:
   *[other] Faltan o hay que corregir { $count } respuestas:
}
review-nothing-missing = No falta nada: todas las secciones están completas.
review-change = Cambiar
review-no-answers = Ninguna respuesta en esta sección.
review-answers = Las respuestas, sección por sección
review-yes = Sí

## Sections
section-legal-basis = Fundamento de la solicitud
section-personal = Datos personales
section-birth-certificate = Partida de nacimiento
section-entry-stay = Entrada y estancia
section-residences = Residencias en Italia
section-family = Familia
section-income = Ingresos
section-judicial = Antecedentes penales
section-language = Idioma italiano
section-payments = Pagos
section-documents = Documentos
section-consent = Declaraciones y envío

## Choices
choice-yes = Sí
choice-no = No
basis-art5-italy = Art. 5 – casado/a con un ciudadano italiano, residente en Italia
basis-art5-abroad = Art. 5 – casado/a con un ciudadano italiano, residente en el extranjero
basis-art9-a = Art. 9 c.1 a) – nacido/a en Italia o descendiente de un ciudadano italiano por nacimiento
basis-art9-b = Art. 9 c.1 b) – mayor de edad adoptado por un ciudadano italiano
basis-art9-c = Art. 9 c.1 c) – servicio al Estado italiano
basis-art9-d = Art. 9 c.1 d) – ciudadano de la Unión Europea
basis-art9-e = Art. 9 c.1 e) – apátrida o refugiado
basis-art9-f = Art. 9 c.1 f) – residencia legal desde hace al menos 10 años
refugee-status-refugee = Refugiado
refugee-status-stateless = Apátrida
sex-male = Hombre
sex-female = Mujer
marital-single = Soltero/a
marital-married = Casado/a
marital-civil-union = Unión civil
marital-separated = Separado/a
marital-divorced = Divorciado/a
marital-widowed = Viudo/a
legalisation-apostille = Apostilla
legalisation-consular = Legalización consular
legalisation-exempt = Exento (convenio)
permit-eu-long-term = Permiso de residencia UE de larga duración (permesso UE per soggiornanti di lungo periodo)
permit-work = Trabajo
permit-family = Motivos familiares
permit-study = Estudios
permit-asylum = Asilo
permit-subsidiary-protection = Protección subsidiaria
permit-eu-registration = Certificado de residencia (ciudadanos UE)
permit-other = Otro
relationship-spouse = Cónyuge
relationship-child = Hijo/a
relationship-parent = Padre/madre
relationship-sibling = Hermano/a
relationship-other-relative = Otro familiar
relationship-other = Otro
income-source-cu = Certificazione Unica
income-source-730 = Modello 730
income-source-unico = Modello Redditi
income-source-none = Ningún ingreso declarado
gap-reason-cancelled-reregistered = Inscripción cancelada y luego restablecida
gap-reason-lived-abroad = Viví en el extranjero
gap-reason-other = Otro motivo
exemption-none = Sin exención: certificado B1
exemption-eu-long-term-permit = Titular de un permiso de residencia UE de larga duración
exemption-integration-agreement = Firmante del acuerdo de integración (accordo di integrazione)
exemption-italian-qualification = Título escolar o universitario italiano
doc-birth-certificate = Partida de nacimiento
doc-criminal-record = Certificado de antecedentes penales
doc-identity-document = Documento de identidad
doc-residence-permit = Permiso de residencia (permesso di soggiorno)
doc-codice-fiscale = Codice fiscale
doc-language-certificate = Certificado de lengua italiana
doc-income-statement = Declaración de la renta
doc-payment-receipt = Recibo de pago
doc-marriage-certificate = Certificado de matrimonio
doc-atto-notorio = Atto notorio (declaración jurada)
doc-other = Otro documento

## Fields: 1 legal basis
field-legal-basis-basis = Fundamento jurídico
field-legal-basis-prefecture = Prefectura (Prefettura)
field-legal-basis-art9a-born-in-italy = Nacido/a en Italia (si no: descendiente de un ciudadano italiano por nacimiento)
field-legal-basis-adoption-date = Fecha de la adopción
field-legal-basis-state-service-employer = Administración pública en la que prestó servicio
field-legal-basis-state-service-from = Servicio desde
field-legal-basis-state-service-to = Servicio hasta
field-legal-basis-refugee-or-stateless = Refugiado o apátrida
field-legal-basis-status-recognised-on = Fecha de reconocimiento del estatuto

## Fields: 2 personal data
field-personal-surname = Apellidos
field-personal-name = Nombre
field-personal-birth-surname = Apellidos de nacimiento (si son distintos)
field-personal-sex = Sexo
field-personal-birth-date = Fecha de nacimiento
field-personal-birth-place-town = Lugar de nacimiento
field-personal-birth-place-province = Provincia de nacimiento (solo Italia)
field-personal-birth-place-country = País de nacimiento
field-personal-citizenships = Nacionalidades actuales
field-personal-codice-fiscale = Codice fiscale
field-personal-residence-street = Dirección (calle)
field-personal-residence-house-number = Número
field-personal-residence-postcode = Código postal (CAP)
field-personal-residence-municipality = Municipio de residencia (Comune)
field-personal-residence-province = Provincia
field-personal-email = Correo electrónico
field-personal-phone = Teléfono
field-personal-marital-status = Estado civil

## Fields: 3 birth certificate
field-birth-certificate-issuing-authority = Autoridad que lo expide
field-birth-certificate-act-number = Número del acta
field-birth-certificate-issue-date = Fecha de expedición
field-birth-certificate-legalisation = Legalización
field-birth-certificate-legalisation-date = Fecha de la legalización
field-birth-certificate-translated = Traducido al italiano (o formulario multilingüe)
field-birth-certificate-replaced-by-atto-notorio = Sustituido por un atto notorio (refugiados y apátridas)

## Fields: 4 entry and stay
field-entry-stay-first-entry-date = Fecha de la primera entrada en Italia
field-entry-stay-permit-type = Tipo de permiso de residencia (permesso di soggiorno)
field-entry-stay-permit-number = Número del permiso
field-entry-stay-permit-issuer = Questura que lo expidió
field-entry-stay-permit-issue-date = Fecha de expedición del permiso
field-entry-stay-permit-expiry-date = Caducidad del permiso (vacío si es indefinido)
field-entry-stay-foreign-document-kind = Documento extranjero (pasaporte, documento de identidad…)
field-entry-stay-foreign-document-number = Número del documento
field-entry-stay-foreign-document-issuer = Expedido por
field-entry-stay-foreign-document-issue-date = Fecha de expedición
field-entry-stay-foreign-document-expiry-date = Fecha de caducidad
field-entry-stay-italian-id-card-kind = Documento italiano (opcional)
field-entry-stay-italian-id-card-number = Número del documento italiano
field-entry-stay-italian-id-card-issuer = Municipio que lo expidió
field-entry-stay-italian-id-card-issue-date = Fecha de expedición del documento italiano
field-entry-stay-italian-id-card-expiry-date = Fecha de caducidad del documento italiano

## Fields: 5 residences
field-residences-periods = Residencias empadronadas en Italia (residenza anagrafica)
field-residences-periods-municipality = Municipio
field-residences-periods-province = Provincia
field-residences-periods-from = Desde
field-residences-periods-to = Hasta (vacío si es la actual)
field-residences-periods-gap-before-reason = Interrupción antes de este período: motivo (solo si la hay)
field-residences-registered-in-italy-before-14 = Empadronado/a como residente en Italia antes de los 14 años

## Fields: 6 family
field-family-spouse-surname = Apellidos del cónyuge
field-family-spouse-name = Nombre del cónyuge
field-family-spouse-birth-date = Fecha de nacimiento del cónyuge
field-family-spouse-birth-place-town = Lugar de nacimiento del cónyuge
field-family-spouse-birth-place-province = Provincia de nacimiento del cónyuge
field-family-spouse-birth-place-country = País de nacimiento del cónyuge
field-family-spouse-codice-fiscale = Codice fiscale del cónyuge
field-family-spouse-italian-citizen = El cónyuge es ciudadano italiano
field-family-spouse-marriage-date = Fecha del matrimonio
field-family-spouse-marriage-place = Lugar del matrimonio
field-family-spouse-transcription-municipality = Municipio donde se inscribió el matrimonio
field-family-spouse-transcription-date = Fecha de la inscripción
field-family-spouse-separation-date = Fecha de la separación (si la hubo)
field-family-spouse-divorce-date = Fecha del divorcio (si lo hubo)
field-family-spouse-annulment-date = Fecha de la anulación (si la hubo)
field-family-spouse-death-date = Fecha del fallecimiento del cónyuge (si lo hubo)
field-family-children-with-spouse = Hijos nacidos o adoptados por la pareja
field-family-household = Miembros del núcleo familiar (nucleo familiare)
field-family-household-surname = Apellidos
field-family-household-name = Nombre
field-family-household-birth-date = Fecha de nacimiento
field-family-household-birth-place-town = Lugar de nacimiento
field-family-household-birth-place-province = Provincia de nacimiento
field-family-household-birth-place-country = País de nacimiento
field-family-household-codice-fiscale = Codice fiscale
field-family-household-relationship = Parentesco
field-family-household-dependant = A cargo

## Fields: 7 income
field-income-years = Ingresos de los últimos tres años
field-income-years-year = Año fiscal
field-income-years-amount = Base imponible (reddito imponibile, €)
field-income-years-source = Declaración de la renta
field-income-years-dependent-spouse = Cónyuge a cargo ese año (vacío = como en la sección 6)
field-income-years-other-dependants = Otros familiares a cargo ese año (número; vacío = según la sección 6, contando los nacidos hasta ese año)
field-income-years-family-income = Ingresos de los miembros del núcleo familiar
field-income-years-family-income-member-name = Miembro del núcleo familiar
field-income-years-family-income-amount = Ingresos (€)
field-income-years-family-income-source = Declaración de la renta
field-income-years-family-income-same-household = ¿En el mismo «stato di famiglia» (composición del hogar) que el solicitante?

## Fields: 8 criminal record
field-judicial-no-convictions = Sin condenas penales en Italia ni en el extranjero
field-judicial-convictions-details = Detalle de condenas o procesos
field-judicial-pending-proceedings = Procesos penales pendientes
field-judicial-certificates = Certificados de antecedentes penales (certificato penale) de los países de residencia
field-judicial-certificates-country = País
field-judicial-certificates-issue-date = Fecha de expedición
field-judicial-certificates-legalisation = Legalización
field-judicial-certificates-translated = Traducido al italiano

## Fields: 9 language
field-language-exemption = Exención del certificado de idioma
field-language-certifying-body = Entidad certificadora (CILS, CELI, PLIDA, CERT.IT…)
field-language-level = Nivel
field-language-certificate-number = Número del certificado
field-language-certificate-date = Fecha del certificado

## Fields: 10 payments
field-payments-contribution-iuv = Contribución de 250 €: código de aviso pagoPA / IUV
field-payments-contribution-paid-on = Contribución pagada el
field-payments-contribution-amount = Importe de la contribución (€)
field-payments-stamp-duty-iuv = Marca da bollo (timbre fiscal) de 16 €: código identificativo
field-payments-stamp-duty-paid-on = Marca da bollo comprada el
field-payments-stamp-duty-amount = Importe de la marca da bollo (€)

## Fields: 12 declarations
field-consent-truthfulness = Declaro que los datos son verídicos (arts. 46, 47, 75 y 76 del DPR 445/2000)
field-consent-privacy = He leído la información sobre protección de datos (art. 13 RGPD)
field-consent-reviewed = He revisado toda la solicitud
