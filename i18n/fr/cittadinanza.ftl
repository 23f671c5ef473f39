# Cittadinanza — interface en français (parcours principal ; le reste s'affiche en italien).

app-title = Cittadinanza
app-subtitle = Demande de nationalité italienne
app-opening = Ouverture du dossier de données…
common-cancel = Annuler
settings-save-failed = Impossible d'enregistrer les paramètres : { $detail }

nav-applicants = Demandeurs
nav-home = Ma demande
nav-application = Demande
nav-settings = Paramètres

applicants-title = Demandeurs
applicants-my-application = Ma demande
applicants-search = Rechercher par nom, codice fiscale ou numéro K10
applicants-show-archived = Afficher les archivés
applicants-showing = { $shown } sur { $total } affichées : cherchez par nom, codice fiscale ou K10 pour réduire la liste.
applicants-show-more = Afficher { $count } de plus
applicants-new = Nouveau demandeur
applicants-empty = Aucune demande trouvée.
applicants-start = Commencer une nouvelle demande
applicants-unnamed = (sans nom)
applicants-last-saved = enregistré le { $time }
applicants-archived = archivé
applicants-progress = { $done } sections complètes sur { $total }
applicants-open = Ouvrir
applicants-archive = Archiver
applicants-unarchive = Restaurer
applicants-delete = Supprimer
applicants-confirm-delete = Supprimer définitivement la demande de { $name } et ses documents ?
applicants-delete-confirm = Oui, supprimer

editor-section-complete = Section complète
editor-section-incomplete = Section à compléter
editor-saving = Enregistrement…
editor-unsaved = Modifications non enregistrées
editor-saved-at = Enregistré à { $time }
editor-not-saved-yet = Pas encore enregistré
editor-back = ← Demandeurs
editor-save = Enregistrer
editor-previous = ← Section précédente
editor-next = Section suivante →
editor-add-row = + Ajouter
editor-remove-row = Retirer
editor-attachments = Documents joints
editor-no-attachments = Aucun document joint.
editor-issued-on = délivré le { $date }
editor-attach-new = Joindre un document
editor-attach-kind = Type de document
editor-attach-issue-date = Date de délivrance (si utile)
editor-attach-country = Pays (casiers judiciaires)
editor-attach-choose-file = Choisir le fichier…
editor-choose-kind-first = Choisissez d'abord le type de document.
placeholder-date = JJ/MM/AAAA
placeholder-comma-list = séparées par des virgules
placeholder-choose = Choisir…
choice-yes = Oui
choice-no = Non

settings-title = Paramètres
settings-language = Langue
settings-theme = Thème
settings-text-scale = Taille du texte : { $percent } %
settings-data-folder = Dossier des données
settings-choose-folder = Choisir un dossier…
settings-default-folder = Dossier par défaut
settings-restart-needed = Le nouveau dossier sera utilisé au prochain démarrage.
settings-portal-url = Adresse du portail
settings-help-desk = Mode guichet (plusieurs demandeurs)
settings-help-desk-hint = Pour les associations et guichets qui accompagnent plusieurs personnes. Désactivé, l'application n'affiche que votre demande.
theme-light = Clair
theme-dark = Sombre
theme-high-contrast = Contraste élevé

unlock-title = Ouvrir le dossier des données
unlock-explanation = Vos données sont chiffrées. Saisissez la phrase secrète du dossier (la première fois, choisissez-en une d'au moins 12 caractères).
unlock-passphrase = Phrase secrète
unlock-open = Ouvrir

section-legal-basis = Fondement de la demande
section-personal = État civil
section-birth-certificate = Acte de naissance
section-entry-stay = Entrée et séjour
section-residences = Résidences en Italie
section-family = Famille
section-income = Revenus
section-judicial = Casier judiciaire
section-language = Langue italienne
section-payments = Paiements
section-documents = Documents
section-consent = Déclarations et envoi

# --- portal screen ---
nav-portal = Portail
# --- end portal screen ---

# --- documents and eligibility screens ---
nav-documents = Documents
nav-eligibility = Puis-je faire la demande ?
# --- end documents and eligibility screens ---

# --- date picker ---
editor-calendar-month-1 = janvier
editor-calendar-month-2 = février
editor-calendar-month-3 = mars
editor-calendar-month-4 = avril
editor-calendar-month-5 = mai
editor-calendar-month-6 = juin
editor-calendar-month-7 = juillet
editor-calendar-month-8 = août
editor-calendar-month-9 = septembre
editor-calendar-month-10 = octobre
editor-calendar-month-11 = novembre
editor-calendar-month-12 = décembre
editor-calendar-mon = lu
editor-calendar-tue = ma
editor-calendar-wed = me
editor-calendar-thu = je
editor-calendar-fri = ve
editor-calendar-sat = sa
editor-calendar-sun = di
editor-calendar-keys = Alt+↓ ouvre le calendrier · flèches : jour · Pg↑/Pg↓ : mois (Maj : année) · Entrée : choisir · Échap : fermer
# --- end date picker ---

# --- timeline and pdf screens ---
nav-timeline = Échéances
nav-pdf = Générer un PDF
# --- end timeline and pdf screens ---

# Versions, copies et transfert
nav-history = Versions et copies
history-title = Versions, copies et transfert
history-versions = Versions enregistrées
history-version = Version { $version } · enregistrée le { $time } · { $done } sections complètes sur 12
history-current = Version actuelle
history-restore = Restaurer
history-confirm-restore = Restaurer la version { $version } ? Le brouillon actuel reste dans la liste et peut être restauré à son tour.
history-restore-confirm = Oui, restaurer
history-restored = Version { $version } restaurée : c'est maintenant le brouillon actuel.
history-copy = Copie
history-copy-intro = Crée un nouveau demandeur avec les mêmes données et documents (sans numéro K10 ni historique), par exemple pour le conjoint ou pour une nouvelle demande après un rejet.
history-duplicate = Dupliquer cette demande
history-export = Exporter dans un fichier chiffré
history-export-intro = Enregistre ce demandeur (toutes les versions et tous les documents) dans un fichier chiffré par une phrase secrète, pour le déplacer vers un autre ordinateur ou guichet. Communiquez la phrase secrète séparément, jamais avec le fichier.
history-passphrase = Phrase secrète du fichier
history-passphrase-repeat = Répétez la phrase secrète
history-passphrase-mismatch = Les deux phrases secrètes ne correspondent pas.
history-export-button = Exporter…
history-exporting = Exportation en cours…
history-exported = Demandeur exporté dans { $path }.
history-file-stem = demandeur
applicants-import = Importer un fichier…
applicants-import-file = Importer « { $file } »
applicants-import-passphrase = Phrase secrète du fichier
applicants-import-confirm = Importer
