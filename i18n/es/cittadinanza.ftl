# Cittadinanza — interfaz en español (todas las pantallas; el italiano es la lengua de respaldo).

app-title = Cittadinanza
app-subtitle = Solicitud de ciudadanía italiana
app-opening = Abriendo la carpeta de datos…
app-notice-dismiss = Entendido
app-closing-waiting = La ventana se cierra cuando todas las solicitudes y todos los archivos estén guardados.
app-close-anyway = Cerrar de todos modos (se pierden los cambios no guardados)
common-cancel = Cancelar
settings-save-failed = No se pudo guardar la configuración: { $detail }

nav-applicants = Solicitantes
nav-home = Mi solicitud
nav-application = Solicitud
nav-settings = Configuración
nav-welcome = Bienvenida y guía
welcome-title = Bienvenido a Cittadinanza
welcome-intro = Esta aplicación ayuda a los extranjeros que viven en Italia a preparar su solicitud de ciudadanía italiana para el portal del Ministerio del Interior, y ayuda a las ventanillas (patronati, asociaciones, ayuntamientos) que asisten a los solicitantes.
welcome-private = Todo se queda en este ordenador, cifrado. No se envía nada hasta que inicie sesión en el portal.
welcome-paths = Las dos vías
welcome-path-residence = Por residencia (art. 9): tras un periodo de residencia legal en Italia, por regla general 10 años (4 para ciudadanos de la Unión Europea, 5 para refugiados y apátridas), con ingresos suficientes en los tres últimos años.
welcome-path-marriage = Por matrimonio (art. 5): si está casado o unido civilmente con un ciudadano italiano, tras 2 años de residencia en Italia desde el matrimonio (3 si viven en el extranjero), reducidos a la mitad si tienen hijos.
welcome-at-hand = Qué tener a mano
welcome-have-identity = pasaporte o documento de identidad, permiso de residencia y codice fiscale
welcome-have-birth = partida de nacimiento legalizada (o apostillada) y traducida
welcome-have-record = certificado de antecedentes penales del país de origen y de cualquier otro país donde haya vivido desde los 14 años (válido 6 meses desde su expedición)
welcome-have-residence = las direcciones donde ha vivido en Italia, con sus fechas
welcome-have-income = sus ingresos de los tres últimos años (CU, 730 o Unico; solo por residencia)
welcome-have-language = el certificado de italiano B1, salvo que esté exento
welcome-eligibility-title = ¿Puedo presentar la solicitud?
welcome-eligibility-hint = Unas pocas preguntas le dicen si ya puede presentar la solicitud, o desde cuándo.
welcome-eligibility = Comprobar ahora
welcome-who-title = ¿Quién usa la aplicación?
welcome-who-hint = Puede cambiarlo más tarde en los ajustes (modo ventanilla).
welcome-myself = Para mí
welcome-help-desk = Soy una ventanilla de ayuda
nav-glossary = Glosario

applicants-title = Solicitantes
applicants-my-application = Mi solicitud
applicants-search = Buscar por nombre, codice fiscale o número K10
applicants-show-archived = Mostrar archivados
applicants-showing = Se muestran { $shown } de { $total }: busque por nombre, codice fiscale o K10 para acotar la lista.
applicants-show-more = Mostrar { $count } más
applicants-new = Nuevo solicitante
applicants-empty = No se encontró ninguna solicitud.
applicants-start = Empezar una nueva solicitud
applicants-unnamed = (sin nombre)
applicants-last-saved = guardado el { $time }
applicants-archived = archivado
applicants-progress = { $done } de { $total } secciones completas
applicants-open = Abrir
applicants-archive = Archivar
applicants-unarchive = Restaurar
applicants-delete = Eliminar
applicants-confirm-delete = ¿Eliminar definitivamente la solicitud de { $name } y sus documentos?
applicants-delete-confirm = Sí, eliminar

editor-section-complete = Sección completa
editor-section-incomplete = Sección por completar
editor-saving = Guardando…
editor-unsaved = Cambios sin guardar
editor-saved-at = Guardado a las { $time }
editor-not-saved-yet = Todavía no guardado
editor-back = ← Solicitantes
editor-save = Guardar
editor-previous = ← Sección anterior
editor-next = Sección siguiente →
editor-add-row = + Añadir
editor-remove-row = Quitar
editor-attachments = Documentos adjuntos
editor-no-attachments = Ningún documento adjunto.
editor-issued-on = expedido el { $date }
editor-attach-new = Adjuntar un documento
editor-attach-kind = Tipo de documento
editor-attach-issue-date = Fecha de expedición (si corresponde)
editor-attach-country = País (antecedentes penales)
editor-attach-choose-file = Elegir archivo…
editor-choose-kind-first = Elija primero el tipo de documento.
placeholder-date = DD/MM/AAAA
placeholder-comma-list = separadas por comas
placeholder-choose = Elegir…
editor-prefecture-propose = Proponer: Prefectura de { $name } (provincia de residencia)
editor-consulate-label = Oficina consular competente (residencia en el extranjero)
editor-consulate-placeholder = por ejemplo Consolato Generale d'Italia a Buenos Aires
hint-consulate-free-text = Escribe el nombre de la oficina consular italiana competente para el lugar donde vives, tal como aparece en la web de la embajada o del consulado: la aplicación no tiene una lista de consulados. Los documentos irán dirigidos a esta oficina.

settings-title = Configuración
settings-language = Idioma
settings-theme = Tema
settings-text-scale = Tamaño del texto: { $percent } %
settings-data-folder = Carpeta de datos
settings-choose-folder = Elegir carpeta…
settings-default-folder = Carpeta predeterminada
settings-restart-needed = La nueva carpeta se usará en el próximo inicio.
settings-portal-url = Dirección del portal
settings-help-desk = Modo ventanilla (varios solicitantes)
settings-help-desk-hint = Para asociaciones y oficinas que ayudan a varias personas. Desactivado, la aplicación solo muestra su propia solicitud.
theme-light = Claro
theme-dark = Oscuro
theme-high-contrast = Alto contraste

## Glossary
glossary-title = Glosario
glossary-intro = Las palabras de la administración italiana que encontrará en la solicitud y en las cartas de la prefectura, explicadas en breve. El original italiano es el que usan las cartas.
glossary-italian = En italiano: { $term }
glossary-prefettura = Prefectura
glossary-prefettura-desc = La oficina del Estado en la provincia que recibe la solicitud de ciudadanía, la examina y comunica las decisiones.
glossary-comune = Municipio
glossary-comune-desc = La administración de la ciudad o del pueblo: lleva el padrón de residentes, expide los certificados y organiza el juramento.
glossary-codice-fiscale = Código fiscal
glossary-codice-fiscale-desc = El código de 16 caracteres que identifica a cada persona ante Hacienda y las oficinas públicas en Italia.
glossary-residenza-anagrafica = Empadronamiento
glossary-residenza-anagrafica-desc = La inscripción en el padrón del municipio donde vive. Para la ciudadanía solo cuenta la residencia inscrita, no la simple estancia.
glossary-permesso-di-soggiorno = Permiso de residencia
glossary-permesso-di-soggiorno-desc = El documento expedido por la Questura que autoriza a un ciudadano no europeo a permanecer en Italia.
glossary-permesso-ue-lungo-periodo = Permiso UE de residencia de larga duración
glossary-permesso-ue-lungo-periodo-desc = El permiso de residencia por tiempo indefinido para quien vive legalmente en Italia desde hace al menos cinco años; exime del certificado de idioma.
glossary-questura = Jefatura de policía
glossary-questura-desc = La oficina provincial de la Policía del Estado que expide y renueva los permisos de residencia.
glossary-atto-notorio = Declaración jurada
glossary-atto-notorio-desc = Una declaración jurada ante un funcionario público; para refugiados y apátridas sustituye al acta de nacimiento.
glossary-nucleo-familiare = Núcleo familiar
glossary-nucleo-familiare-desc = Las personas inscritas como una sola familia en el padrón (el «stato di famiglia»); sus ingresos pueden sumarse a los del solicitante.
glossary-reddito-imponibile = Base imponible
glossary-reddito-imponibile-desc = Los ingresos sobre los que se pagan impuestos, indicados en la declaración de la renta o en la Certificazione Unica.
glossary-certificato-penale = Certificado de antecedentes penales
glossary-certificato-penale-desc = El certificado de antecedentes penales del país de nacimiento y de los países de residencia; vale seis meses desde su expedición.
glossary-marca-da-bollo = Timbre fiscal
glossary-marca-da-bollo-desc = El timbre de 16 € que se compra en un estanco o en línea; la solicitud indica su código.
glossary-pagopa = pagoPA
glossary-pagopa-desc = El sistema para pagar a la administración pública; con él se abona la contribución de 250 € y se obtiene el código IUV.
glossary-autocertificazione = Declaración responsable
glossary-autocertificazione-desc = Una declaración firmada que sustituye a un certificado; declarar algo falso es un delito.
glossary-spid = SPID (identidad digital)
glossary-spid-desc = La identidad digital para acceder al portal del Ministerio del Interior y a otros servicios públicos en línea.
glossary-pec = Correo electrónico certificado
glossary-pec-desc = Un correo electrónico con valor legal, como una carta certificada con acuse de recibo.
glossary-numero-k10 = Número K10
glossary-numero-k10-desc = El número de expediente que la prefectura asigna a una solicitud aceptada; indíquelo en cada comunicación.
glossary-preavviso-di-rigetto = Aviso previo de denegación
glossary-preavviso-di-rigetto-desc = La carta (art. 10-bis) con la que la prefectura anuncia que piensa denegar la solicitud: puede responder con documentos y alegaciones dentro del plazo indicado.
glossary-decreto = Decreto de concesión
glossary-decreto-desc = El acto que concede la ciudadanía; lo notifica el municipio o la prefectura.
glossary-giuramento = Juramento
glossary-giuramento-desc = La promesa de fidelidad a la República, prestada en el municipio dentro de los seis meses siguientes a la notificación del decreto: desde ese día es ciudadano italiano.

unlock-title = Abrir la carpeta de datos
unlock-explanation = Sus datos están cifrados con la frase de contraseña elegida para esta carpeta. Escríbala para abrir la carpeta.
unlock-passphrase = Frase de contraseña
unlock-open = Abrir
unlock-create-title = Elija una frase de contraseña
unlock-create-explanation = Sus datos se cifrarán con una frase de contraseña que escribirá en cada inicio. Debe tener al menos { $min } caracteres; una frase de varias palabras es más fácil de recordar y más segura.
unlock-keyring-unavailable = El llavero del sistema no está disponible, así que los datos se protegen con una frase de contraseña.
unlock-details = Detalles
unlock-details-hide = Ocultar los detalles
unlock-repeat = Repita la frase de contraseña
unlock-min-length = Al menos { $min } caracteres.
unlock-strength-too-short = Demasiado corta: se necesitan al menos { $min } caracteres.
unlock-strength-weak = Débil: añada palabras, cifras o signos.
unlock-strength-fair = Aceptable.
unlock-strength-strong = Robusta.
unlock-no-recovery = Atención: si olvida la frase de contraseña, nadie podrá recuperar los datos. Anótela y guárdela en un lugar seguro.
unlock-mismatch = Las dos frases de contraseña no coinciden.
unlock-create = Crear y continuar

# --- portal screen ---
nav-portal = Portal
# --- end portal screen ---

# --- documents and eligibility screens ---
nav-documents = Documentos
nav-eligibility = ¿Puedo solicitarla?
# --- end documents and eligibility screens ---

# --- date picker ---
editor-calendar-month-1 = enero
editor-calendar-month-2 = febrero
editor-calendar-month-3 = marzo
editor-calendar-month-4 = abril
editor-calendar-month-5 = mayo
editor-calendar-month-6 = junio
editor-calendar-month-7 = julio
editor-calendar-month-8 = agosto
editor-calendar-month-9 = septiembre
editor-calendar-month-10 = octubre
editor-calendar-month-11 = noviembre
editor-calendar-month-12 = diciembre
editor-calendar-mon = lu
editor-calendar-tue = ma
editor-calendar-wed = mi
editor-calendar-thu = ju
editor-calendar-fri = vi
editor-calendar-sat = sá
editor-calendar-sun = do
editor-calendar-keys = Alt+↓ abre el calendario · flechas: día · RePág/AvPág: mes (Mayús: año) · Intro: elegir · Esc: cerrar
# --- end date picker ---

# --- timeline and pdf screens ---
nav-timeline = Plazos
nav-pdf = Generar PDF
# --- end timeline and pdf screens ---

# Versiones, copias y traslado
nav-history = Versiones y copias
history-title = Versiones, copias y traslado
history-versions = Versiones guardadas
history-version = Versión { $version } · guardada el { $time } · { $done } de 12 secciones completas
history-current = Versión actual
history-restore = Restaurar
history-confirm-restore = ¿Restaurar la versión { $version }? El borrador actual sigue en la lista y también se puede restaurar.
history-restore-confirm = Sí, restaurar
history-restored = Versión { $version } restaurada: ahora es el borrador actual.
history-copy = Copia
history-copy-intro = Crea un nuevo solicitante con los mismos datos y documentos (sin número K10 ni historial), por ejemplo para el cónyuge o para una nueva solicitud tras un rechazo.
history-duplicate = Duplicar esta solicitud
history-export = Exportar a un archivo cifrado
history-export-intro = Guarda este solicitante (todas las versiones y documentos) en un archivo cifrado con una frase de contraseña, para llevarlo a otro ordenador u oficina. Comunique la frase por separado, nunca junto con el archivo.
history-passphrase = Frase de contraseña del archivo
history-passphrase-repeat = Repita la frase de contraseña
history-passphrase-mismatch = Las dos frases de contraseña no coinciden.
history-export-typed-path = Ruta del archivo, por ejemplo /media/usb/rossi.cittadinanza
history-export-button = Exportar…
history-exporting = Exportando…
history-exported = Solicitante exportado a { $path }.
history-file-stem = solicitante
applicants-import = Importar de un archivo…
applicants-import-file = Importar «{ $file }»
applicants-import-passphrase = Frase de contraseña del archivo
applicants-import-no-dialog = En este ordenador no se puede abrir la ventana para elegir archivos. Escriba la ruta completa del archivo .cittadinanza que quiere importar.
applicants-import-typed-path = Ruta del archivo, por ejemplo /media/usb/rossi.cittadinanza
applicants-import-confirm = Importar

# --- drafts from newer versions ---
editor-newer-version = Esta solicitud se guardó con una versión más reciente de la aplicación: { $count } valores no se han entendido y no se muestran aquí ({ $values }). La versión guardada se conserva intacta en el historial: actualice la aplicación para recuperarlos.
# --- end drafts from newer versions ---

# --- completed translations ---
error-internal = Se ha producido un error interno. Los datos ya guardados no se han modificado.
placeholder-amount = 12.345,67
err-cf-empty = Introduzca el codice fiscale.
err-cf-length = Un codice fiscale tiene 16 caracteres; este tiene { $found }.
err-cf-character = El carácter { $position } («{ $character }») no está permitido en esa posición de un codice fiscale.
err-cf-check-letter = La última letra (carácter de control) debería ser { $expected }, no { $found }: compruebe que el código se ha copiado correctamente.
err-cf-month = «{ $found }» no es una letra de mes válida (A B C D E H L M P R S T).
err-cf-day = El día { $day } no existe en el mes { $month } (para las mujeres el día se aumenta en 40).
err-cf-unknown-place = Ningún municipio ni país extranjero tiene el código { $code }.
err-cf-place-code-format = «{ $code }» no es un código de lugar (una letra y tres cifras, p. ej. H501 o Z404).
err-cf-surname-missing = Faltan los apellidos (se necesita al menos una letra).
err-cf-name-missing = Falta el nombre (se necesita al menos una letra).
err-cf-unsupported-character = { $field ->
        [surname] Los apellidos contienen
       *[name] El nombre contiene
    } «{ $character }», que no tiene equivalente en letras latinas: escríbalo como en el pasaporte o en el permiso de residencia.
err-cf-place-missing = Falta el lugar de nacimiento.
err-cf-town-missing = Falta el municipio de nacimiento.
err-cf-unknown-municipality = Ningún municipio italiano se llama «{ $name }».
err-cf-municipality-province = No hay ningún municipio «{ $name }» en la provincia { $province }.
err-cf-municipality-ambiguous = Varios municipios se llaman «{ $name }» ({ $provinces }): indique la provincia.
err-cf-municipality-date = El municipio «{ $name }» no existía el { $date }: indique el municipio con el nombre que tenía en la fecha de nacimiento.
err-cf-unknown-country = País desconocido: «{ $name }».
err-cf-mismatch-surname = El codice fiscale no corresponde a los apellidos: los apellidos dan { $expected }, el código tiene { $found }.
err-cf-mismatch-name = El codice fiscale no corresponde al nombre: el nombre da { $expected }, el código tiene { $found }.
err-cf-mismatch-birth-date = El codice fiscale no corresponde a la fecha de nacimiento: { $expected } en los datos, { $found } en el código.
err-cf-mismatch-sex = El codice fiscale no corresponde al sexo: { $expected } en los datos, { $found } en el código.
err-cf-mismatch-place = El codice fiscale no corresponde al lugar de nacimiento: { $expected } en los datos, { $found } en el código.
secrets-unavailable = El llavero del sistema (almacén de credenciales) no está disponible, así que la clave de los datos no puede guardarse en él. En su lugar puede proteger los datos con una frase de contraseña que se escribe en cada inicio. Detalles: { $detail }
secrets-failed = El llavero del sistema ha rechazado la operación: { $detail }
secrets-malformed = El secreto «{ $name }» del llavero del sistema está dañado.
secrets-passphrase-too-short = La frase de contraseña debe tener al menos { $min } caracteres.
secrets-key-derivation-failed = No se ha podido derivar la clave de la frase de contraseña: { $detail }
store-in-use = Esta carpeta de datos ya está abierta en otra ventana u otro programa. Ciérrela e inténtelo de nuevo.
store-newer-format = Estos datos se guardaron con una versión más reciente del programa (formato { $found }). Actualice el programa para abrirlos; los datos no se han modificado.
store-wrong-key = La clave no corresponde a esta carpeta de datos: no se pueden descifrar los datos.
store-wrong-passphrase = Frase de contraseña incorrecta. Inténtelo de nuevo: los datos no se han modificado.
store-passphrase-required = Esta carpeta de datos está protegida con una frase de contraseña: escríbala para abrir la carpeta.
store-key-missing = La clave de esta carpeta de datos no está en el llavero de este ordenador (la carpeta se copió de otro ordenador o se restableció el llavero). Sin la clave los datos no se pueden leer: use el ordenador original y exporte los solicitantes como archivos cifrados.
store-applicant-not-found = Este solicitante ya no existe (quizá se eliminó).
store-version-not-found = La versión { $version } ya no está disponible.
store-document-not-found = Este documento ya no existe (quizá se quitó).
store-document-missing = Falta en la carpeta de datos el archivo cifrado del documento «{ $name }». Vuelva a importarlo.
store-document-damaged = El documento «{ $name }» está dañado (su control de integridad no coincide) y no se ha exportado. Vuelva a importarlo.
store-corrupt = Una parte de los datos guardados está dañada y no se puede leer ({ $detail }).
store-file-not-found = Archivo o carpeta no encontrado: { $path }
store-not-a-file = «{ $path }» no es un archivo.
store-permission-denied = Permiso denegado: { $path }
store-disk-full = El disco está lleno: libere espacio e inténtelo de nuevo. Los cambios no guardados siguen en la ventana.
store-io-failed = Error de lectura o escritura en { $path }: { $detail }
store-database-failed = Error de la base de datos local: { $detail }
store-bundle-wrong-passphrase = Frase de contraseña incorrecta para este archivo exportado.
store-bundle-truncated = El archivo exportado está incompleto (copia o descarga interrumpida). Cópielo de nuevo.
store-bundle-tampered = El archivo exportado se ha modificado o está dañado y no se puede importar.
store-not-a-bundle = Este archivo no es una exportación de Cittadinanza.
store-bundle-unsupported-version = El archivo exportado se creó con una versión más reciente del programa (formato { $found }). Actualice el programa para importarlo.
store-history-note = Cada guardado crea una versión: se conservan las últimas { $count } versiones de cada solicitante.
err-portal-invalid-url = La dirección del portal «{ $url }» no es válida: debe ser una dirección https:// (o http:// para un portal en este ordenador).
err-portal-insecure-url = La dirección «{ $url }» no está cifrada: al portal solo se accede con https:// (http:// solo se admite para un portal en este ordenador).
err-portal-answer-too-large = El portal envió una respuesta de más de { $megabytes } MB: se ha interrumpido. Puede que el servidor esté averiado o que no sea el portal.
err-portal-unreachable = No se puede acceder al portal. Sus cambios quedan en cola y se enviarán lo antes posible.
err-portal-timeout = El portal no ha respondido a tiempo. Sus cambios quedan en cola; inténtelo más tarde.
err-portal-server = El portal ha tenido un error (código { $status }). Sus cambios quedan en cola.
err-portal-unauthorized = Su sesión ha caducado o todavía no ha iniciado sesión. Inicie sesión de nuevo.
err-portal-bad-credentials = Correo electrónico o contraseña incorrectos.
err-portal-forbidden = Esta cuenta no puede hacer eso.
err-portal-not-found = La solicitud no se encuentra en el portal (o no está vinculada a esta cuenta).
err-portal-account-exists = Ya existe una cuenta con este correo electrónico. Inicie sesión en lugar de registrarse.
err-portal-conflict = La solicitud se ha modificado en otro lugar (versión { $version }). Elija, sección por sección, qué versión conservar.
err-portal-already-submitted = La solicitud ya se ha enviado: no se crea una segunda.
err-portal-not-editable = Una solicitud enviada ya no se puede modificar.
err-portal-incomplete = El portal no acepta la solicitud: falta el campo { $detail }.
err-portal-associate-mismatch = { $field ->
    [surname] Los apellidos no coinciden con los de la solicitud.
    [name] El nombre no coincide con el de la solicitud.
    [birth_date] La fecha de nacimiento no coincide con la de la solicitud.
    [previous_email] Esta no es la dirección de correo utilizada en la solicitud.
    [k10_number] Ninguna solicitud tiene este número K10 (formato K10/0000001 o K10/C/0000001).
   *[any] Estos datos no coinciden con ninguna solicitud. Comprueba el número K10 (formato K10/0000001 o K10/C/0000001), los apellidos, el nombre, la fecha de nacimiento y el correo utilizado en la solicitud.
}
err-portal-already-associated = La solicitud ya está vinculada a otra cuenta. Póngase en contacto con la prefectura.
err-portal-too-large = El archivo o los datos son demasiado grandes para el portal (documentos de hasta 64 MB).
err-portal-rate-limited = Demasiados intentos. Espere unos minutos (una hora como máximo) e inténtelo de nuevo.
err-portal-checksum = El documento se dañó durante el envío. Inténtelo de nuevo: volver a enviarlo es seguro.
err-portal-rejected = El portal ha rechazado la petición ({ $code }).
err-portal-protocol = Respuesta inesperada del portal: puede que use otra versión. ({ $detail })
err-portal-local = Los datos locales de sincronización no se pueden leer ni escribir: { $detail }
err-portal-document = { $detail }
err-portal-token-store = El inicio de sesión no se puede recordar en el llavero del sistema: { $detail }
err-portal-not-linked = Esta solicitud aún no se ha enviado al portal.
err-portal-relink-pending = Los datos de sincronización se están reconstruyendo: inicia sesión en el portal y sincroniza para volver a vincular tus solicitudes antes de enviar otras nuevas.
portal-status-draft = Borrador
portal-status-submitted = Enviada
portal-status-accepted = Aceptada por la prefectura
portal-status-inadmissible = Declarada inadmisible
portal-status-notice-10bis = Aviso previo de denegación (preavviso di rigetto, art. 10-bis)
portal-status-granted = Ciudadanía concedida por decreto
portal-status-rejected = Denegada por decreto
portal-status-oath-scheduled = Cita para el juramento fijada
portal-comm-acceptance = Solicitud aceptada el { $date }
portal-comm-inadmissibility = Solicitud declarada inadmisible el { $date }
portal-comm-notice-10bis = Aviso previo de denegación del { $date }: responda en { $days } días (antes del { $respond_by })
portal-comm-decree-granted = Decreto de concesión de la ciudadanía del { $date }
portal-comm-decree-rejected = Decreto de denegación del { $date }
portal-comm-oath-appointment = Juramento el { $appointment } en { $place }
portal-sync-pending = { $count ->
    [0] Todo está sincronizado
    [one] Un cambio pendiente de envío
   *[other] { $count } cambios pendientes de envío
}
portal-queue-damaged = Los datos de sincronización con el portal estaban dañados: se ha guardado una copia como «{ $file }» en la carpeta de datos. Las solicitudes y los documentos de este ordenador están intactos. Inicia sesión en el portal y sincroniza: los vínculos con tus solicitudes se reconstruirán.
portal-queue-rebuilt = Los datos de sincronización dañados (copia «{ $file }») se han reconstruido: { $count ->
    [one] una solicitud vuelve a estar vinculada al portal.
   *[other] { $count } solicitudes vuelven a estar vinculadas al portal.
} Las diferencias con el portal se te mostrarán antes de enviarse.
portal-queue-dismiss = Entendido
portal-sync-uploads-failing = { $count ->
    [one] Los cambios se han enviado, pero un documento no se ha subido: { $error }
   *[other] Los cambios se han enviado, pero { $count } documentos no se han subido (el primero: { $error })
}
portal-sync-conflicts = { $count ->
    [one] Una solicitud por conciliar
   *[other] { $count } solicitudes por conciliar
}
portal-conflict-keep-mine = Conservar mi versión
portal-conflict-take-theirs = Usar la versión del portal
portal-sign-in = Iniciar sesión en el portal
portal-sign-out = Cerrar sesión en el portal
portal-role-applicant = Solicitante
portal-role-operator = Operador de ventanilla de ayuda
err-missing = Obligatorio.
err-invalid-date = Fecha no válida: escríbala como DD/MM/AAAA (por ejemplo 05/03/2020).
err-impossible-date = Esta fecha no existe: compruebe el día y el mes.
err-year-out-of-range = Año inverosímil: escríbalo completo, con cuatro cifras.
err-date-in-future = La fecha no puede ser futura.
err-date-before-birth = La fecha es anterior a la fecha de nacimiento.
err-end-before-start = La fecha de fin es anterior a la fecha de inicio ({ $start }).
err-date-before = La fecha no puede ser anterior { $event ->
        [event-first-entry] a la primera entrada en Italia
        [event-marriage] al matrimonio
        [event-status-recognised] al reconocimiento del estatuto
       *[event-issue] a la fecha de expedición
    } ({ $date }).
err-expired = Caducado el { $date }.
err-invalid-amount = Importe no válido: escríbalo en euros, por ejemplo 12.345,67 o 12345.67.
err-wrong-amount = El importe debido es de { $expected } euros.
err-invalid-email = Dirección de correo electrónico no válida (por ejemplo nombre@example.com).
err-invalid-phone = Número de teléfono no válido: use solo cifras y espacios, con el prefijo internacional tras un + (por ejemplo +39 333 1234567).
err-invalid-province = No es un código de provincia italiana: dos letras, por ejemplo MI.
err-invalid-postcode = Código postal (CAP) no válido: cinco cifras.
err-invalid-year = Año no válido: escriba cuatro cifras, por ejemplo 2024.
err-invalid-notice-code = Código no válido: un código de aviso pagoPA tiene 18 cifras, un IUV de 15 a 25 letras o cifras.
err-invalid-name = Solo se permiten letras, espacios, apóstrofos, puntos y guiones.
err-birth-place-contradicts-basis = Ha indicado que nació en Italia, pero el lugar de nacimiento de sus datos personales está en el extranjero.
err-spouse-not-italian = Para una solicitud por matrimonio (art. 5) el cónyuge debe ser ciudadano italiano.
err-not-married = Para una solicitud por matrimonio (art. 5) el estado civil debe ser «casado/a» o «unión civil».
err-atto-notorio-not-allowed = Un atto notorio sustituye a la partida de nacimiento solo para refugiados y apátridas.
err-translation-required = El documento debe estar traducido al italiano (o ser un extracto multilingüe).
err-residence-gap = Sin residencia del { $from } al { $to }: añada el periodo que falta o corrija las fechas.
err-residence-overlap = Este periodo se solapa con el periodo n.º { $other }.
err-open-period-not-last = Solo la residencia actual (la última) puede quedar sin fecha de fin.
err-residences-not-up-to-date = La última residencia termina el { $date }: añada su residencia actual.
err-registered-before-14-contradicted = Según las residencias introducidas, su primer empadronamiento en Italia fue después de cumplir 14 años.
err-income-year-missing = Faltan los ingresos de { $year }.
err-income-year-not-required = Solo se necesitan los ingresos de los años { $years }.
err-duplicate-year = Ya ha introducido este año.
err-criminal-certificate-missing = Falta el certificado de antecedentes penales de este país: { $country }.
err-language-level-too-low = El nivel { $level } no es suficiente: se requiere al menos B1.
err-invalid-language-level = Nivel no válido: A1, A2, B1, B2, C1 o C2.
err-exemption-needs-long-term-permit = Esta exención solo se aplica a los titulares de un permiso de residencia UE de larga duración (que debe indicarse en la sección 4).
err-exemption-not-for-eu-citizens = Los ciudadanos de la UE no están exentos: se requiere un certificado B1.
err-must-accept = Debe marcar esta declaración para enviar la solicitud.
err-document-missing = Falta un documento: { $kind ->
        [doc-birth-certificate] la partida de nacimiento
        [doc-criminal-record] el certificado de antecedentes penales
        [doc-identity-document] el documento de identidad
        [doc-residence-permit] el permiso de residencia (permesso di soggiorno)
        [doc-codice-fiscale] el codice fiscale
        [doc-language-certificate] el certificado de lengua italiana
        [doc-income-statement] la declaración de la renta
        [doc-payment-receipt] el recibo de pago
        [doc-marriage-certificate] el certificado de matrimonio
        [doc-atto-notorio] el atto notorio
       *[doc-other] otro documento
    }.
err-document-missing-for = Falta un documento: { $kind ->
        [doc-birth-certificate] la partida de nacimiento
        [doc-criminal-record] el certificado de antecedentes penales
        [doc-identity-document] el documento de identidad
        [doc-residence-permit] el permiso de residencia (permesso di soggiorno)
        [doc-codice-fiscale] el codice fiscale
        [doc-language-certificate] el certificado de lengua italiana
        [doc-income-statement] la declaración de la renta
        [doc-payment-receipt] el recibo de pago
        [doc-marriage-certificate] el certificado de matrimonio
        [doc-atto-notorio] el atto notorio
       *[doc-other] otro documento
    } ({ $detail }).
err-document-expired = Documento caducado el { $date } ({ $kind ->
        [doc-criminal-record] el certificado de antecedentes penales es válido seis meses desde su expedición
        [doc-identity-document] documento de identidad
        [doc-residence-permit] permiso de residencia
       *[doc-other] documento adjunto
    }): adjunte uno válido.
err-attachment-incomplete = Adjunto incompleto: falta el archivo o el tipo de documento.
info-residence-span = Residencia continuada del { $from } al { $to } (años completos: { $years }).
k10-kind-naturalisation = Ciudadanía por residencia
k10-kind-marriage = Ciudadanía por matrimonio
err-k10-empty = Introduzca el número K10.
err-k10-prefix = Un número K10 empieza por «K10/», por ejemplo K10/0000001 o K10/C/0000001.
err-k10-kind = A «K10/» le siguen siete cifras (residencia) o «C/» y siete cifras (matrimonio).
err-k10-digits = El número debe tener siete cifras, incluidos los ceros iniciales; este tiene { $found }.
err-k10-character = El número contiene «{ $character }»: solo se permiten cifras.
err-k10-zero = 0000000 no es un número K10 válido.
err-k10-wrong-kind-marriage = Para la ciudadanía por matrimonio (art. 5) el número tiene la forma { $expected }, con «C/».
err-k10-wrong-kind-naturalisation = Para la ciudadanía por residencia (art. 9) el número tiene la forma { $expected }, sin «C/».
pdf-doc-spid = «Modello x SPID» (declaración responsable para vincular la solicitud)
pdf-doc-maintenance = Declaración de manutención (dichiarazione di mantenimento)
pdf-doc-change = Cambio de datos de contacto e ingresos
pdf-doc-summary = Resumen para la ventanilla de ayuda
pdf-group-declarant = Declarante
pdf-group-supporter = Familiar que mantiene al solicitante
pdf-group-applicant = Solicitante
pdf-group-document = Documento de identidad
pdf-group-statement = Declaración
pdf-group-as-in-application = Datos como en la solicitud
pdf-group-as-in-spid = Datos como en SPID
pdf-group-income = Ingresos
pdf-group-changes = Cambios
pdf-group-signature = Lugar y fecha
pdf-field-surname = Apellidos
pdf-field-name = Nombre
pdf-field-birth-surname = Apellidos de nacimiento (si son distintos)
pdf-field-sex = Sexo
pdf-field-birth-date = Fecha de nacimiento
pdf-field-birth-place = Lugar de nacimiento
pdf-field-citizenship = Nacionalidad
pdf-field-codice-fiscale = Codice fiscale
pdf-field-residence = Residencia (dirección completa)
pdf-field-email = Correo electrónico o PEC
pdf-field-phone = Teléfono
pdf-field-document-kind = Tipo de documento
pdf-field-document-number = Número del documento
pdf-field-document-issuer = Expedido por
pdf-field-document-expiry = Fecha de caducidad del documento
pdf-field-prefecture = Prefectura
pdf-field-k10-number = Número de la solicitud (K10)
pdf-field-submitted-on = Fecha de envío de la solicitud
pdf-field-mismatch-reason = Motivo de la diferencia entre los datos de la solicitud y los de SPID
pdf-field-ticket = Número del ticket de la ventanilla de ayuda (Help Desk)
pdf-field-place = Lugar de la firma
pdf-field-date = Fecha de la firma
pdf-field-relationship = Relación con el solicitante
pdf-field-same-household = En el mismo stato di famiglia (registro del núcleo familiar) que el solicitante
pdf-field-supported-since = Mantiene al solicitante desde el
pdf-field-income-rows = Al menos un año de ingresos
pdf-field-income-year = Año fiscal (fila { $row })
pdf-field-income-amount = Base imponible { $year }
pdf-field-income-source = Documento fiscal { $year }
pdf-field-changes-any = Al menos un cambio (contacto o ingresos)
pdf-field-new-residence = Nueva residencia
pdf-field-residence-since = Vive en la nueva dirección desde el
pdf-field-new-email = Nuevo correo electrónico o PEC
pdf-field-new-phone = Nuevo número de teléfono
err-pdf-missing-fields = { $count ->
    [one] Falta un dato para imprimir el documento.
   *[other] Faltan { $count } datos para imprimir el documento.
}
err-pdf-unknown-field = Campo desconocido: { $field }.
err-pdf-invalid-value = Valor no válido para { $field }.
err-pdf-font = No se puede leer la fuente incorporada: reinstale la aplicación.
pdf-page-of = Página { $page } de { $pages }
pdf-summary-title = Resumen de la solicitud de ciudadanía
pdf-summary-printed-on = Impreso el { $date } – recordatorio para la ventanilla de ayuda, no es un documento oficial
pdf-summary-footer = Resumen – { $name } – { $date }
pdf-summary-unnamed = (nombre aún no introducido)
pdf-summary-applicant = Solicitante
pdf-label-name = Apellidos y nombre
pdf-label-codice-fiscale = Codice fiscale
pdf-label-birth = Fecha y lugar de nacimiento
pdf-label-citizenship = Nacionalidad
pdf-label-basis = Fundamento jurídico
pdf-label-prefecture = Prefectura
pdf-label-k10 = Número de la solicitud
pdf-label-email = Correo electrónico / PEC
pdf-label-phone = Teléfono
pdf-summary-not-submitted = aún no enviada
pdf-summary-sections = Estado de las secciones
pdf-summary-sections-done = { $done } de { $total } secciones completas
pdf-summary-section-complete = Completa
pdf-summary-section-incomplete = Por completar
pdf-summary-documents = Documentos que llevar
pdf-summary-documents-intro = Lleve los originales de los documentos adjuntos y consiga los que faltan.
pdf-summary-doc-missing = por obtener
pdf-summary-doc-exempt = no necesario
pdf-summary-doc-provided = adjunto
pdf-summary-doc-expiring = adjunto, válido hasta el { $date }
pdf-summary-doc-expired = caducado el { $date }: hay que renovarlo
pdf-summary-deadlines = Plazos
pdf-summary-no-deadlines = No se puede calcular ningún plazo con los datos introducidos.
pdf-summary-col-deadline = Qué vence
pdf-summary-col-date = Fecha
pdf-summary-col-when = Cuándo
pdf-summary-deadline-past = ya vencido
pdf-summary-deadline-in-days = { $days ->
    [0] hoy
    [one] mañana
   *[other] dentro de { $days } días
}
pdf-summary-deadline-criminal-record = Certificado de antecedentes penales ({ $country }): válido 6 meses desde su expedición
pdf-summary-deadline-permit = Permiso de residencia (permesso di soggiorno)
pdf-summary-deadline-passport = Documento extranjero ({ $document })
pdf-summary-deadline-id-card = Documento de identidad italiano
pdf-summary-disclaimer = Este resumen se calcula a partir de los datos introducidos en la solicitud y no sustituye las instrucciones de la prefectura ni las del portal del Ministerio del Interior.
pdf-summary-desk-date = Fecha: { $date }
pdf-summary-desk-operator = Operador de la ventanilla de ayuda
pdf-summary-detail-year = año { $year }
pdf-summary-detail-replaces = en lugar de: { $document }
pdf-summary-detail-contribution = contribución de 250 €
pdf-summary-detail-stamp-duty = marca da bollo (timbre fiscal) de 16 €
verdict-eligible = Requisitos cumplidos: puede presentar la solicitud
verdict-not-yet = Todavía no: podrá presentar la solicitud a partir del { $date }
verdict-not-eligible = Requisitos no cumplidos
verdict-borderline = Caso dudoso: revise los puntos siguientes
verdict-more-information = Se necesita más información para comprobarlo
elig-basis-missing = Elija el fundamento jurídico (art. 5 o art. 9) para comprobar los requisitos.
elig-unreadable = El campo { $field } no se puede leer y no se ha tenido en cuenta.
elig-residence-missing = No se ha introducido ninguna residencia en Italia: añada sus periodos de empadronamiento (residenza anagrafica).
elig-residence-not-current = La última residencia empadronada terminó el { $date }: debe residir en Italia actualmente.
elig-residence-gap = Sin residencia entre el { $from } y el { $to }: la continuidad se interrumpe y el cómputo empieza de nuevo.
elig-residence-met = Residencia legal continuada desde el { $since }: los { $years } años requeridos se alcanzaron el { $date }.
elig-residence-not-yet = Residencia legal continuada desde el { $since }: los { $years } años requeridos se alcanzarán el { $date }.
elig-descendant-rule-changed = Para los descendientes de ciudadanos italianos, la Ley 74/2025 redujo el periodo de 3 a 2 años: consúltelo con la prefectura.
elig-born-in-italy-unanswered = Indique si nació en Italia o si desciende de un ciudadano italiano por nacimiento.
elig-adoption-date-missing = Introduzca la fecha de la adopción: los 5 años de residencia se cuentan desde esa fecha.
elig-service-missing = Introduzca las fechas de su servicio al Estado italiano.
elig-service-met = Servicio al Estado desde el { $since }: los 5 años se alcanzaron el { $date }.
elig-service-not-yet = Servicio al Estado desde el { $since }: los 5 años se alcanzarán el { $date }.
elig-service-too-short = El servicio al Estado (del { $since } al { $date }) duró menos de 5 años.
elig-not-eu-citizen = La letra d) se aplica a los ciudadanos de la Unión Europea: compruebe la nacionalidad introducida.
elig-refugee-status-missing = La letra e) se aplica a refugiados y apátridas: indique el estatuto reconocido.
elig-marriage-date-missing = Introduzca la fecha del matrimonio o de la unión civil.
elig-spouse-not-italian = El cónyuge debe ser ciudadano italiano.
elig-spouse-citizenship-unanswered = Indique si el cónyuge es ciudadano italiano.
elig-separated = La ciudadanía por matrimonio no puede concederse si los cónyuges están separados legalmente.
elig-marriage-ended = El matrimonio debe durar hasta el decreto (sin disolución, anulación ni cese).
elig-marriage-residence-met = Residencia legal en Italia tras el matrimonio desde el { $since }: los { $months } meses requeridos se alcanzaron el { $date }.
elig-marriage-residence-not-yet = Residencia legal en Italia tras el matrimonio desde el { $since }: los { $months } meses requeridos se alcanzarán el { $date }.
elig-marriage-met = Casado/a el { $since }: los { $months } meses requeridos se cumplieron el { $date }.
elig-marriage-not-yet = Casado/a el { $since }: los { $months } meses requeridos se cumplirán el { $date }.
elig-children-halve-period = Con hijos nacidos o adoptados por la pareja, el periodo se reduce a la mitad.
elig-no-income-requirement = La ciudadanía por matrimonio no exige ingresos mínimos.
elig-income-met = Ingresos { $year }: { $income } € (mínimo { $threshold } €).
elig-income-below = Ingresos { $year }: { $income } € está por debajo del mínimo de { $threshold } €. Pueden sumarse los ingresos de los familiares inscritos en el mismo stato di famiglia.
elig-income-borderline = Ingresos { $year }: { $income } € está entre { $lower } € (incremento redondeado a 516,00 €) y { $threshold } € (516,46 € por persona a cargo): caso dudoso.
elig-income-missing = Faltan los ingresos de { $year }: se necesitan los tres años anteriores a la solicitud.
elig-consider-basis = Según la letra { $letter }) del art. 9, bastan { $years } años de residencia.
elig-residence-gap-cancelled = Residencia interrumpida del { $from } al { $to } (inscripción cancelada y restablecida): la residencia continuada se cuenta desde la nueva inscripción del { $to }.
elig-residence-gap-abroad = Del { $from } al { $to } viviste en el extranjero: la residencia continuada se cuenta desde el regreso, el { $to }.
elig-residence-gap-other = Residencia interrumpida del { $from } al { $to }: la residencia continuada se cuenta desde el { $to }.
elig-presence-proof = Si en ese período (del { $from } al { $to }) seguiste viviendo en Italia, la prefectura puede aceptar la prueba de la presencia ininterrumpida: contratos de alquiler o de trabajo, nóminas, historiales médicos. No está garantizado: consulta a tu prefectura.
elig-subsidiary-protection = Con un permiso de protección subsidiaria no se aplica la letra e) (solo refugiados y apátridas): vale la letra f), con 10 años de residencia, y no existe la exención de los refugiados para los certificados de nacimiento y de antecedentes penales (atto notorio). Elige la letra f).
elig-marriage-separation = Separación desde el { $date }: con la separación legal de los cónyuges no se puede conceder la ciudadanía por matrimonio.
elig-marriage-divorce = Divorcio del { $date }: el matrimonio debe durar hasta el decreto.
elig-marriage-annulment = Matrimonio anulado el { $date }: el matrimonio debe durar hasta el decreto.
elig-marriage-spouse-death = El cónyuge falleció el { $date }: el matrimonio se ha disuelto y la ciudadanía por matrimonio ya no es posible; consulta a la prefectura.
elig-marriage-separation-pending = Separación del { $date }, después del envío de la solicitud ({ $submitted }): con la solicitud en trámite el rechazo es probable. Comunícalo a la prefectura y pide consejo a un servicio de ayuda o a un abogado.
elig-marriage-ended-pending = { $event ->
        [divorce] Divorcio
        [annulment] Anulación del matrimonio
       *[other] Fallecimiento del cónyuge
    } el { $date }, después del envío de la solicitud ({ $submitted }): ya no se puede conceder la ciudadanía por matrimonio; comunícalo a la prefectura.
elig-income-household = Hogar en { $year }: { $spouse ->
        [yes] cónyuge a cargo
       *[no] sin cónyuge a cargo
    }, otros familiares a cargo: { $others }.
elig-family-income-not-household = Ingresos { $year } de { $name }: no está en el mismo «stato di famiglia», así que no se pueden sumar.
elig-family-income-household-unanswered = Ingresos { $year } de { $name }: indica si está en el mismo «stato di famiglia» (solo entonces se pueden sumar).
checklist-state-missing = Falta
checklist-state-exempt = No necesario
checklist-state-provided = Adjunto
checklist-state-expiring = Caduca el { $date }
checklist-state-expired = Caducado el { $date }
checklist-detail-country = { $country }
checklist-detail-year = año { $year }
checklist-detail-replaces-birth-certificate = en lugar de la partida de nacimiento
checklist-detail-replaces-criminal-record = en lugar del certificado de antecedentes penales
checklist-detail-contribution = contribución de 250 €
checklist-detail-stamp-duty = marca da bollo (timbre fiscal) de 16 €
checklist-exempt-eu-citizen = Los ciudadanos de la UE no tienen permiso de residencia.
checklist-exempt-living-abroad = No necesario si se reside en el extranjero.
checklist-exempt-born-in-italy = No necesario para quien nació en Italia.
checklist-exempt-atto-notorio = Para refugiados y apátridas lo sustituye un atto notorio.
checklist-exempt-before-14 = No necesario si se empadronó en Italia antes de los 14 años y reside desde entonces.
checklist-exempt-eu-long-term-permit = Exento: titular de un permiso de residencia UE de larga duración.
checklist-exempt-integration-agreement = Exento: firmó el acuerdo de integración.
checklist-exempt-no-income = No se declararon ingresos ese año.
phase-draft = Borrador
phase-submitted = Solicitud enviada
phase-accepted = Aceptada (número K10)
phase-submission-rejected = Solicitud rechazada por la prefectura
phase-preliminary-assessment = Instrucción del expediente (istruttoria)
phase-ten-bis-notice = Aviso previo de denegación (preavviso di rigetto, art. 10-bis)
phase-prefecture-opinion = Dictamen de la prefectura
phase-decree = Decreto de concesión (decreto di concessione)
phase-rejected = Decreto de denegación
phase-inadmissible = Inadmisibilidad
phase-notification = Notificación
phase-oath = Juramento (giuramento)
phase-citizen = Ciudadano italiano
phase-state-done = Completada
phase-state-current = En curso
phase-state-future = Pendiente
deadline-today = hoy
deadline-tomorrow = mañana
deadline-days-left = dentro de { $days } días
deadline-days-ago = hace { $days } días
deadline-urgent = Urgente
deadline-non-working-judicial = El { $date } es { $day }: por ley el plazo pasa al { $moved } (art. 155 c.p.c., art. 52 c.p.a.). Fecha segura recomendada: { $safe }.
deadline-non-working-administrative = El { $date } es { $day }: en general el plazo pasa al { $moved } (art. 2963 c.c.), pero para los plazos administrativos no es seguro. Fecha segura recomendada: { $safe }.
holiday-easter-sunday = Domingo de Pascua
holiday-easter-monday = Lunes de Pascua
holiday-national = un día festivo nacional
holiday-saturday = sábado
holiday-sunday = domingo
deadline-criminal-record-expiry = Caduca el certificado de antecedentes penales { $subject }
deadline-criminal-record-expiry-desc = El certificado de antecedentes penales es válido 6 meses desde su expedición ({ $from }): presente la solicitud antes del { $date } o solicite uno nuevo.
deadline-ten-bis-response = Respuesta al aviso previo de denegación n.º { $subject }
deadline-ten-bis-response-desc = Aviso recibido el { $from }: envíe documentos u observaciones a la prefectura (por PEC) antes del { $date }.
deadline-tar-appeal = Último día para recurrir ante el TAR (tribunal administrativo regional)
deadline-tar-appeal-desc = 60 días desde la notificación del { $from }. Consulte a un abogado con tiempo.
deadline-president-appeal = Último día para el recurso extraordinario al Presidente de la República
deadline-president-appeal-desc = 120 días desde la notificación del { $from }, como alternativa al recurso ante el TAR.
deadline-reapply-from = Desde hoy puede volver a presentar la solicitud
deadline-reapply-from-desc = Tras un decreto de denegación puede volver a presentar la solicitud un año después de su notificación ({ $from }); tras una inadmisibilidad, de inmediato.
deadline-oath = Último día para el juramento
deadline-oath-desc = El juramento debe prestarse en los 6 meses siguientes a la notificación del decreto ({ $from }). Pida cita en su municipio.
deadline-processing-limit = Plazo del procedimiento
deadline-processing-limit-desc = Enviada el { $from }: la administración debe resolver antes del { $date } (24 meses; 48 para las solicitudes enviadas antes del 20/12/2020; los avisos previos de denegación suspenden el plazo).
deadline-processing-limit-extended = Plazo máximo prorrogado del procedimiento
deadline-processing-limit-extended-desc = Enviada el { $from }: con la prórroga el plazo es el { $date } (36 meses).
calendar-name = Ciudadanía – { $name }
portal-title = Portal y sincronización
portal-address = Portal: { $url } (cámbielo en Configuración)
portal-signed-in-as = Sesión iniciada como { $email } ({ $role })
portal-email = Correo electrónico
portal-password = Contraseña
portal-register = Crear una cuenta
portal-register-hint = Las ventanillas de ayuda reciben su cuenta de operador de quien gestiona el portal.
portal-credentials-required = Introduzca su correo electrónico y su contraseña.
portal-sync-now = Sincronizar ahora
portal-syncing = Sincronizando…
portal-sync-uploads = { $count ->
    [one] Un documento pendiente de subir
   *[other] { $count } documentos pendientes de subir
}
portal-offline = No se puede acceder al portal: sus cambios se guardan aquí y quedan en cola; se enviarán en la próxima sincronización.
portal-last-sync = Última sincronización: { $time }
portal-never-synced = Aún no sincronizado.
portal-open-unnamed = Solicitud sin nombre
portal-status-unknown = El estado de esta solicitud en el portal no está disponible ahora: actualice cuando se pueda acceder al portal.
portal-not-sent = Esta solicitud aún no está en el portal: «Sincronizar ahora» la envía como borrador.
portal-status-line = Estado: { $status }
portal-k10 = Número K10: { $k10 }
portal-communications = Comunicaciones
portal-no-communications = Ninguna comunicación de la prefectura.
portal-deadline-left = Responda antes del { $date } (quedan { $days } días)
portal-deadline-passed = El plazo para responder venció el { $date }
portal-refresh-status = Actualizar estado
portal-submit = Enviar la solicitud
portal-submit-confirm = ¿Enviar la solicitud a la prefectura? No se podrá modificar después del envío.
portal-submit-yes = Sí, enviar
portal-submitted = Solicitud enviada. Número K10: { $k10 }
portal-conflict-title = { $name }: modificada también en el portal
portal-conflict-help = Estas secciones se han modificado tanto aquí como en el portal. Elija para cada una qué versión conservar.
portal-conflict-field = { $field }: mía «{ $mine }», portal «{ $theirs }»
portal-conflict-more = … y { $count } campos más
portal-conflict-apply = Aplicar mis elecciones
portal-value-yes = sí
portal-value-no = no
portal-associate-title = Vincular una solicitud (Associa pratica)
portal-associate-help = Vincule a su cuenta una solicitud enviada anteriormente (por ejemplo, por una ventanilla de ayuda). Todos los datos deben coincidir con la solicitud.
portal-associate-surname = Apellidos
portal-associate-name = Nombre
portal-associate-birth-date = Fecha de nacimiento (DD/MM/AAAA)
portal-associate-previous-email = Dirección de correo indicada en la solicitud
portal-associate-k10 = Número K10 (p. ej. K10/0000001)
portal-associate-required = Rellene este campo.
portal-associate = Vincular
portal-upload-waiting = Por subir: { $name }
portal-upload-failed = «{ $name }» no se ha subido: { $error }
portal-upload-failed-elsewhere = { $count ->
    [one] Un documento de otro solicitante no se ha subido: abra ese solicitante para ver por qué.
   *[other] { $count } documentos de otros solicitantes no se han subido: abra esos solicitantes para ver por qué.
}
portal-field-file-name = Nombre del archivo
portal-field-file-content = Contenido del archivo
portal-procedure-draft-started = Solicitud iniciada el
portal-procedure-k10 = Número K10
portal-procedure-submission-rejected = Solicitud rechazada por la prefectura el
portal-procedure-assessment-started = Instrucción iniciada el
portal-procedure-ten-bis = Aviso previo (art. 10-bis)
portal-procedure-opinion = Dictamen de la prefectura
portal-procedure-opinion-favourable = favorable
portal-procedure-opinion-unfavourable = desfavorable
portal-procedure-certificates = Certificados de antecedentes penales
portal-upload-damaged = El documento «{ $name }» está dañado en la carpeta de datos de este ordenador (el control de integridad no coincide) y no se ha subido. Vuelva a importarlo.
documents-no-applicant = Abra un solicitante para ver sus documentos.
documents-title = Documentos de { $name }
documents-progress = { $ready } de { $total } listos
documents-file-missing = El archivo ya no está en la caja fuerte: añádalo de nuevo.
documents-file-damaged = El archivo de la caja fuerte está dañado: añádalo de nuevo.
documents-drop-target = Suelte un archivo aquí: irá a «{ $item }».
documents-drop-nothing = No falta ningún documento: un archivo soltado aquí no tiene apartado que completar.
documents-check = Comprobar los archivos
documents-checking = Comprobando…
documents-check-ok = { $count ->
    [one] El archivo está íntegro.
   *[other] Los { $count } archivos están íntegros.
}
documents-check-bad = { $count ->
    [one] Un archivo falta o está dañado: está marcado en la lista.
   *[other] { $count } archivos faltan o están dañados: están marcados en la lista.
}
documents-no-dialog = En este ordenador no se puede abrir la ventana para elegir archivos. Escriba la ruta completa del archivo (o suéltelo en esta pantalla).
documents-typed-path = Ruta del archivo, por ejemplo /home/anna/escaneos/pasaporte.pdf
documents-use-typed-path = Adjuntar este archivo
documents-typed-path-not-found = No hay ningún archivo en «{ $path }»: compruebe la ruta.
documents-no-save-dialog = En este ordenador no se puede abrir la ventana para guardar. Escriba dónde guardar la copia (ruta completa con el nombre del archivo).
documents-typed-destination = Ruta de la copia, por ejemplo /home/anna/pasaporte.pdf
documents-typed-destination-invalid = No se puede guardar en «{ $path }»: la carpeta debe existir y hay que escribir el nombre del archivo.
file-dialog-no-save-dialog = En este ordenador no se puede abrir la ventana para guardar. Escriba dónde guardar el archivo (ruta completa con el nombre del archivo).
file-dialog-save-placeholder = Ruta completa, por ejemplo { $example }
file-dialog-save-here = Guardar aquí
file-dialog-no-folder-dialog = En este ordenador no se puede abrir la ventana para elegir una carpeta. Escriba la ruta completa de la carpeta.
file-dialog-folder-placeholder = Ruta completa de la carpeta
file-dialog-folder-not-found = No hay ninguna carpeta en «{ $path }»: compruebe la ruta.
file-dialog-use-folder = Usar esta carpeta
documents-add-file = Añadir archivo
documents-replace-file = Sustituir archivo
documents-open = Abrir
documents-export = Exportar…
documents-remove = Quitar
documents-confirm-remove = Quitar definitivamente
documents-cancel = Cancelar
documents-exported = Guardado en { $path }
documents-days-left = Quedan { $days } días
documents-criminal-record-validity = Un certificado de antecedentes penales es válido 6 meses desde su expedición: solicite uno nuevo.
documents-issue-date-required = Fecha de expedición (el certificado es válido 6 meses desde ella)
documents-issue-date-future = La fecha de expedición no puede ser futura.
documents-country-required = Escriba el país que expidió el certificado.
documents-edit-issue-date = Fecha de expedición…
documents-edit-issue-date-label = Fecha de expedición del documento
documents-save-issue-date = Guardar la fecha
documents-error-temp = No se ha podido escribir una copia temporal privada del documento.
documents-error-viewer = Ningún programa ha podido abrir el documento. Use «Exportar…» y abra usted la copia.
eligibility-title = ¿Puedo presentar la solicitud?
eligibility-from-draft = Rellenado a partir de la solicitud abierta. Los cambios hechos aquí no modifican la solicitud.
eligibility-stand-alone = Responda a las preguntas siguientes: no se guarda nada.
eligibility-reload-draft = Volver a tomar los valores de la solicitud
eligibility-basis = Fundamento jurídico
eligibility-born-in-italy = Nacido/a en Italia (déjelo sin marcar si desciende de un ciudadano italiano por nacimiento)
eligibility-adoption-date = Fecha de la adopción
eligibility-service-from = Al servicio del Estado italiano desde el
eligibility-service-to = Hasta (vacío si sigue en servicio)
eligibility-eu-citizen = Ciudadano de un país de la Unión Europea
eligibility-refugee-status = Estatuto
eligibility-marriage-date = Fecha del matrimonio o de la unión civil
eligibility-spouse-italian = El cónyuge es ciudadano italiano
eligibility-children = Hijos nacidos o adoptados por la pareja
eligibility-separated = Separados legalmente
eligibility-missing-title = Para introducir antes de una comprobación:
eligibility-marriage-ended = Matrimonio disuelto, anulado o terminado
eligibility-residence = Residencia empadronada en Italia (residenza anagrafica)
eligibility-from = Desde
eligibility-to-or-empty = Hasta (vacío si sigue residiendo)
eligibility-period-from = inicio del periodo de residencia { $n }
eligibility-period-to = fin del periodo de residencia { $n }
eligibility-income = Base imponible por año (solicitante y familia)
eligibility-year = Año fiscal
eligibility-amount = Importe en euros
eligibility-income-year-of = año fiscal «{ $year }»
eligibility-income-of = ingresos de { $year }
eligibility-dependent-spouse = El cónyuge está a cargo
eligibility-other-dependants = Otras personas a cargo (hijos, padres…)
timeline-title = Avance de la solicitud y plazos
timeline-intro = Introduzca las fechas a medida que lleguen: las fases y los plazos se actualizan solos. Las fechas se guardan con la solicitud.
timeline-no-applicant = Abra primero un solicitante.
timeline-deadlines = Próximos plazos
timeline-no-deadlines = No hay plazos próximos.
timeline-phases = Fases
timeline-events = Fechas del procedimiento
timeline-field-submitted = Solicitud enviada el
timeline-field-accepted = Aceptada por la prefectura (número K10) el
timeline-field-ten-bis-received = Aviso previo de denegación (art. 10-bis) recibido el
timeline-field-ten-bis-days = Días para responder al aviso (si no son 10)
timeline-field-ten-bis-answered = Respuesta al aviso enviada el
timeline-field-prefecture-opinion = Dictamen de la prefectura el
timeline-field-decree = Decreto de fecha
timeline-field-decree-outcome = Resultado del decreto
timeline-field-inadmissible = Solicitud declarada inadmisible el
timeline-field-notified = Decreto notificado el
timeline-field-oath = Juramento el
timeline-outcome-granted = Ciudadanía concedida
timeline-outcome-rejected = Denegada
timeline-days-invalid = Introduzca un número de días entre 1 y 365.
timeline-export-ics = Exportar al calendario (.ics)
timeline-exported = Calendario guardado en { $path }.
timeline-export-failed = No se ha podido guardar el calendario: { $detail }
timeline-calendar-name = Ciudadanía – { $name }
timeline-notice-title = Aviso previo de denegación (art. 10-bis) n.º { $number }
timeline-notice-add = Añadir un aviso (art. 10-bis)
timeline-notice-remove = Quitar el aviso
timeline-notice-confirm-remove = ¿Quitar el aviso n.º { $number } y sus fechas?
timeline-notice-remove-confirm = Sí, quitar
timeline-notice-due = Responda antes del { $date } ({ $left })
timeline-notice-answered = Respuesta enviada el { $date }: ya no hay plazo para este aviso.
timeline-notice-no-date = Introduzca el día en que llegó para ver hasta cuándo responder.
timeline-notice-decided = La solicitud ya está resuelta: no hay plazo para este aviso.
timeline-field-draft-started = Solicitud iniciada el
timeline-field-planned-submission = Envío previsto el
timeline-k10-invalid = El número de expediente { $number } no es válido: { $error }
timeline-field-submission-rejected = Solicitud rechazada por la prefectura (para corregir y reenviar) el
timeline-field-assessment-started = Instrucción iniciada el (si no es el día de la aceptación)
timeline-field-opinion-outcome = Resultado del dictamen
timeline-opinion-favourable = Favorable
timeline-opinion-unfavourable = Desfavorable
timeline-not-given = — sin indicar —
pdf-screen-title = Generar PDF
pdf-screen-intro = Elija el documento: los datos de la solicitud ya están incluidos, complete los que faltan. El PDF se guarda solo donde usted elija, o cifrado en el archivo de la solicitud.
pdf-screen-no-applicant = Abra primero un solicitante.
pdf-screen-member = Familiar que mantiene al solicitante
pdf-screen-member-placeholder = Elija el familiar
pdf-screen-missing = { $count ->
    [one] Falta un campo obligatorio (marcado con *).
   *[other] Faltan { $count } campos obligatorios (marcados con *).
}
pdf-screen-field-required = Campo obligatorio.
pdf-screen-field-invalid = Valor no válido.
pdf-screen-fill-missing = Complete los campos marcados antes de generar el documento.
pdf-screen-choose = Elegir…
pdf-screen-generate = Generar
pdf-screen-ready = Documento listo: guárdelo o consérvelo en el archivo cifrado.
pdf-screen-save-as = Guardar como…
pdf-screen-saved = PDF guardado en { $path }.
pdf-screen-save-failed = No se ha podido guardar el PDF: { $detail }
pdf-screen-keep = Conservar en el archivo cifrado
pdf-screen-pec-save = Guardar borrador PEC (.eml)
pdf-screen-pec-copy = Copiar texto PEC
pdf-screen-pec-copied = Asunto y texto de la PEC copiados al portapapeles.
err-pec-name-missing = La PEC necesita apellido y nombre (sección 2).
err-pec-write = No se pudo escribir el mensaje PEC.
pdf-screen-kept = PDF conservado (cifrado) entre los documentos de la solicitud.

# --- criminal record issue date ---
err-issue-date-mismatch = Este adjunto indica una fecha de expedición distinta de la declarada en la sección 8 ({ $date }), que es la que cuenta para la validez de seis meses: corrige el adjunto o la sección 8.
err-not-a-count = Escribe un número entero (por ejemplo 2).
err-unknown-prefecture = Elige la prefectura de la lista: debe ser la de la provincia en la que resides.
# --- end criminal record issue date ---

# --- hints ---
hint-eu-long-term-language-exemption = Tienes un permiso de residencia UE de larga duración: en lugar de adjuntar un certificado B1 puedes declarar la exención eligiendo «Titular de un permiso de residencia UE de larga duración» arriba.
hint-subsidiary-protection-letter-f = Tu permiso es de protección subsidiaria: la letra e) vale solo para refugiados y apátridas. Elige la letra f) (10 años); hay que presentar los certificados de nacimiento y de antecedentes penales.
hint-residence-gap-proof = La residencia se cuenta desde la nueva inscripción. Si mientras tanto viviste en Italia, guarda contratos, nóminas e historiales médicos: la prefectura puede aceptarlos como prueba de presencia ininterrumpida.
hint-family-income-not-household = Quien no está en tu «stato di famiglia» no puede sumar sus ingresos a los tuyos: este importe no se cuenta.
hint-marriage-event = Para la ciudadanía por matrimonio el matrimonio debe durar, sin separación, hasta el decreto: consulta la comprobación de requisitos.
hint-criminal-record-expires-before-planned = Este certificado de antecedentes penales caduca antes de la fecha de envío prevista (ver Plazos): envía antes o consigue un certificado nuevo.
# --- end hints ---

# --- upload progress ---
portal-upload-progress = Subiendo { $name }: { $sent } de { $total }
# --- end upload progress ---
