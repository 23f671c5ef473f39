# Cittadinanza — interfaz en español (recorrido principal; el resto se muestra en italiano).

app-title = Cittadinanza
app-subtitle = Solicitud de ciudadanía italiana
app-opening = Abriendo la carpeta de datos…
common-cancel = Cancelar
settings-save-failed = No se pudo guardar la configuración: { $detail }

nav-applicants = Solicitantes
nav-home = Mi solicitud
nav-application = Solicitud
nav-settings = Configuración

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
choice-yes = Sí
choice-no = No

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

unlock-title = Abrir la carpeta de datos
unlock-explanation = Sus datos están cifrados. Escriba la frase de contraseña de la carpeta (la primera vez, elija una de al menos 12 caracteres).
unlock-passphrase = Frase de contraseña
unlock-open = Abrir

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
history-export-button = Exportar…
history-exporting = Exportando…
history-exported = Solicitante exportado a { $path }.
history-file-stem = solicitante
applicants-import = Importar de un archivo…
applicants-import-file = Importar «{ $file }»
applicants-import-passphrase = Frase de contraseña del archivo
applicants-import-confirm = Importar
