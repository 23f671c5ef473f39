//! "Generate PDF": the *modello x SPID*, the declaration of maintenance (for a chosen family
//! member), the change of details and the application summary, printed from the open draft.
//!
//! The declaration's form comes from the core (`fields()`, `get`, `set`, `missing()`): what the
//! draft knows is prefilled, what it lacks is asked for, the date defaults to today. Rendering
//! runs in a background task. The bytes stay in memory until the user saves them where they
//! chose ("Save as…") or keeps them encrypted in the vault: no other copy is ever written.

mod pec;
mod view;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use cittadinanza_core::model::{Application, AttachedDocument, DocumentKind};
use cittadinanza_core::pdf::{
    ChangeOfDetails, Declaration as _, FieldSpec, MaintenanceDeclaration, MissingField, PdfError,
    SpidDeclaration, render_change_of_details, render_maintenance, render_spid,
    render_summary_with,
};
use cittadinanza_core::rules::deadlines::format_date;
use cittadinanza_core::store::ApplicantId;
use iced::Task;

use crate::file_dialog::Picked;
use crate::i18n::{t, t_args};
use crate::screen::editor::{self, Editor};
use crate::store::{SharedStore, UiError, with_store};

use pec::{build_pec, identity_document, pec_error, pec_purpose};

/// The documents the screen prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentChoice {
    Spid,
    Maintenance,
    Change,
    Summary,
}

impl DocumentChoice {
    pub const ALL: [DocumentChoice; 4] = [
        DocumentChoice::Spid,
        DocumentChoice::Maintenance,
        DocumentChoice::Change,
        DocumentChoice::Summary,
    ];

    pub fn label_id(self) -> &'static str {
        match self {
            DocumentChoice::Spid => "pdf-doc-spid",
            DocumentChoice::Maintenance => "pdf-doc-maintenance",
            DocumentChoice::Change => "pdf-doc-change",
            DocumentChoice::Summary => "pdf-doc-summary",
        }
    }

    /// Start of the suggested file name.
    fn file_stem(self) -> &'static str {
        match self {
            DocumentChoice::Spid => "modello-spid",
            DocumentChoice::Maintenance => "dichiarazione-mantenimento",
            DocumentChoice::Change => "variazione-dati",
            DocumentChoice::Summary => "riepilogo-domanda",
        }
    }
}

/// The form being filled in.
#[derive(Debug, Clone)]
enum Declaration {
    Spid(SpidDeclaration),
    Maintenance(MaintenanceDeclaration),
    Change(ChangeOfDetails),
    Summary,
}

impl Declaration {
    fn new(choice: DocumentChoice, application: &Application, member: Option<&str>) -> Self {
        match choice {
            DocumentChoice::Spid => {
                Declaration::Spid(SpidDeclaration::from_application(application).0)
            }
            DocumentChoice::Maintenance => Declaration::Maintenance(match member {
                Some(member) => MaintenanceDeclaration::from_application_for(application, member).0,
                None => MaintenanceDeclaration::from_application(application).0,
            }),
            DocumentChoice::Change => {
                Declaration::Change(ChangeOfDetails::from_application(application).0)
            }
            DocumentChoice::Summary => Declaration::Summary,
        }
    }

    fn fields(&self) -> Vec<FieldSpec> {
        match self {
            Declaration::Spid(d) => d.fields(),
            Declaration::Maintenance(d) => d.fields(),
            Declaration::Change(d) => d.fields(),
            Declaration::Summary => Vec::new(),
        }
    }

    fn missing(&self) -> Vec<MissingField> {
        match self {
            Declaration::Spid(d) => d.missing(),
            Declaration::Maintenance(d) => d.missing(),
            Declaration::Change(d) => d.missing(),
            Declaration::Summary => Vec::new(),
        }
    }

    fn get(&self, field: &str) -> Option<String> {
        match self {
            Declaration::Spid(d) => d.get(field),
            Declaration::Maintenance(d) => d.get(field),
            Declaration::Change(d) => d.get(field),
            Declaration::Summary => None,
        }
    }

    fn set(&mut self, field: &str, value: &str) -> Result<(), PdfError> {
        match self {
            Declaration::Spid(d) => d.set(field, value),
            Declaration::Maintenance(d) => d.set(field, value),
            Declaration::Change(d) => d.set(field, value),
            Declaration::Summary => Err(PdfError::UnknownField(field.to_string())),
        }
    }

    fn render(&self, application: &Application, today: NaiveDate) -> Result<Vec<u8>, PdfError> {
        match self {
            Declaration::Spid(d) => render_spid(d),
            Declaration::Maintenance(d) => render_maintenance(d),
            Declaration::Change(d) => render_change_of_details(d),
            Declaration::Summary => {
                render_summary_with(application, today, &|id, args| t_args(id, args))
            }
        }
    }
}

/// A generated document, kept in memory only.
#[derive(Debug, Clone)]
pub struct Generated {
    pub bytes: Arc<Vec<u8>>,
    pub file_name: String,
}

#[derive(Debug, Clone)]
pub enum Message {
    Choose(DocumentChoice),
    /// The family member who supports the applicant (declaration of maintenance).
    MemberChosen(String),
    FieldChanged(String, String),
    Generate,
    Generated(Result<Generated, UiError>),
    SaveAs,
    /// The save dialog's answer (`None` = cancelled).
    SaveTo(Option<PathBuf>),
    Saved(Result<PathBuf, UiError>),
    KeepInVault,
    Kept(Result<AttachedDocument, UiError>),
    /// PEC draft (issue 12.10): ask where to save the `.eml`.
    PecSaveAs,
    PecSaveTo(Option<PathBuf>),
    /// Copy the PEC's subject and body to the clipboard.
    PecCopy,
    /// No save dialog could be shown: the destination of this file is typed (the path so far).
    SavePathTyped(SaveKind, String),
    /// Save to the typed destination.
    SaveTyped,
}

/// What a typed destination is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveKind {
    Pdf,
    Pec,
}

pub enum Action {
    None,
    Run(Task<Message>),
    Editor(Vec<editor::Message>),
}

#[derive(Debug, Clone)]
enum Note {
    Error(UiError),
    Info(String),
}

#[derive(Debug, Default)]
pub struct PdfScreen {
    /// The applicant the form was filled from.
    pub filled_from: Option<ApplicantId>,
    pub choice: Option<DocumentChoice>,
    declaration: Option<Declaration>,
    /// The family member the declaration of maintenance is about.
    pub member: Option<String>,
    /// Values as typed (kept even when `set` refused them).
    typed: BTreeMap<String, String>,
    /// Errors from `set` for the values typed.
    errors: BTreeMap<String, UiError>,
    /// "Generate" was pressed: missing fields are marked.
    tried: bool,
    busy: bool,
    pub generated: Option<Generated>,
    note: Option<Note>,
    /// No save dialog could be shown: the destination typed so far, and what it is for.
    typed_save: Option<(SaveKind, String)>,
}

fn pdf_error(error: &PdfError) -> UiError {
    UiError {
        id: error.message_id().into(),
        args: error
            .args()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    }
}

/// Family members who may support the applicant: those whose income the draft adds, and the
/// spouse.
pub fn supporting_members(application: &Application) -> Vec<String> {
    let mut members: Vec<String> = Vec::new();
    let names = application
        .income
        .years
        .iter()
        .flat_map(|y| &y.family_income)
        .map(|f| f.member_name.trim().to_string());
    let spouse = &application.family.spouse;
    let spouse = format!("{} {}", spouse.name.trim(), spouse.surname.trim())
        .trim()
        .to_string();
    for name in names.chain(std::iter::once(spouse)) {
        if !name.is_empty() && !members.iter().any(|m| m.eq_ignore_ascii_case(&name)) {
            members.push(name);
        }
    }
    members
}

impl PdfScreen {
    pub fn for_applicant(id: ApplicantId) -> PdfScreen {
        PdfScreen {
            filled_from: Some(id),
            ..PdfScreen::default()
        }
    }

    /// Fields still required (empty or invalid) in the form being filled in.
    pub fn missing(&self) -> Vec<MissingField> {
        self.declaration
            .as_ref()
            .map(Declaration::missing)
            .unwrap_or_default()
    }

    /// The value of a field of the form being filled in (as the declaration holds it).
    pub fn value(&self, field: &str) -> Option<String> {
        self.declaration.as_ref().and_then(|d| d.get(field))
    }

    fn start(&mut self, choice: DocumentChoice, application: &Application, today: NaiveDate) {
        let mut declaration = Declaration::new(choice, application, self.member.as_deref());
        if declaration
            .get("date")
            .is_some_and(|date| date.trim().is_empty())
        {
            let _ = declaration.set("date", &format_date(today));
        }
        self.choice = Some(choice);
        self.declaration = Some(declaration);
        self.typed.clear();
        self.errors.clear();
        self.tried = false;
        self.generated = None;
        self.note = None;
        self.typed_save = None;
    }

    pub fn update(
        &mut self,
        message: Message,
        store: &SharedStore,
        editor: Option<&Editor>,
        today: NaiveDate,
    ) -> Action {
        let Some(editor) = editor else {
            return Action::None;
        };
        let application = editor.application();
        match message {
            Message::Choose(choice) => {
                if choice == DocumentChoice::Maintenance && self.member.is_none() {
                    self.member = supporting_members(application).into_iter().next();
                }
                self.start(choice, application, today);
                Action::None
            }
            Message::MemberChosen(member) => {
                self.member = Some(member);
                self.start(DocumentChoice::Maintenance, application, today);
                Action::None
            }
            Message::FieldChanged(field, value) => {
                let Some(declaration) = &mut self.declaration else {
                    return Action::None;
                };
                match declaration.set(&field, &value) {
                    Ok(()) => {
                        self.errors.remove(&field);
                    }
                    Err(error) => {
                        self.errors.insert(field.clone(), pdf_error(&error));
                    }
                }
                self.typed.insert(field, value);
                // A changed form makes the generated document out of date.
                self.generated = None;
                Action::None
            }
            Message::Generate => {
                let (Some(declaration), Some(choice)) = (&self.declaration, self.choice) else {
                    return Action::None;
                };
                self.tried = true;
                self.note = None;
                if !self.errors.is_empty() || !declaration.missing().is_empty() {
                    self.note = Some(Note::Error(UiError::new("pdf-screen-fill-missing")));
                    return Action::None;
                }
                self.busy = true;
                let declaration = declaration.clone();
                let application = application.clone();
                let surname = file_part(&application.personal.surname);
                let file_name = if surname.is_empty() {
                    format!("{}.pdf", choice.file_stem())
                } else {
                    format!("{}-{surname}.pdf", choice.file_stem())
                };
                Action::Run(Task::perform(
                    async move {
                        let rendered = tokio::task::spawn_blocking(move || {
                            declaration.render(&application, today)
                        })
                        .await;
                        match rendered {
                            Ok(Ok(bytes)) => Ok(Generated {
                                bytes: Arc::new(bytes),
                                file_name,
                            }),
                            Ok(Err(error)) => Err(pdf_error(&error)),
                            Err(_) => Err(UiError::new("error-internal")),
                        }
                    },
                    Message::Generated,
                ))
            }
            Message::Generated(result) => {
                self.busy = false;
                match result {
                    Ok(generated) => {
                        self.note = Some(Note::Info(t("pdf-screen-ready")));
                        self.generated = Some(generated);
                    }
                    Err(error) => self.note = Some(Note::Error(error)),
                }
                Action::None
            }
            Message::SaveAs => {
                let Some(generated) = &self.generated else {
                    return Action::None;
                };
                let name = generated.file_name.clone();
                Action::Run(Task::perform(
                    crate::file_dialog::save_as(name, crate::file_dialog::PDF),
                    |picked| match picked {
                        Picked::File(path) => Message::SaveTo(Some(path)),
                        Picked::Cancelled => Message::SaveTo(None),
                        Picked::Unavailable => Message::SavePathTyped(SaveKind::Pdf, String::new()),
                    },
                ))
            }
            Message::SaveTo(None) => Action::None,
            Message::SaveTo(Some(path)) => {
                let Some(generated) = &self.generated else {
                    return Action::None;
                };
                let bytes = generated.bytes.clone();
                Action::Run(Task::perform(
                    async move {
                        match tokio::fs::write(&path, bytes.as_slice()).await {
                            Ok(()) => Ok(path),
                            Err(error) => Err(UiError {
                                id: "pdf-screen-save-failed".into(),
                                args: vec![("detail".into(), error.to_string())],
                            }),
                        }
                    },
                    Message::Saved,
                ))
            }
            Message::Saved(result) => {
                self.note = Some(match result {
                    Ok(path) => Note::Info(t_args(
                        "pdf-screen-saved",
                        &[("path", path.display().to_string())],
                    )),
                    Err(error) => Note::Error(error),
                });
                Action::None
            }
            Message::KeepInVault => {
                let Some(generated) = &self.generated else {
                    return Action::None;
                };
                self.busy = true;
                let id = editor.id;
                let bytes = generated.bytes.clone();
                let name = generated.file_name.clone();
                let issued = format_date(today);
                Action::Run(Task::perform(
                    with_store(store.clone(), move |store| {
                        store.import_document_bytes(id, &name, &bytes, DocumentKind::Other, &issued)
                    }),
                    Message::Kept,
                ))
            }
            Message::Kept(Ok(document)) => {
                self.busy = false;
                self.note = Some(Note::Info(t("pdf-screen-kept")));
                Action::Editor(vec![editor::Message::DocumentImported(Ok(document))])
            }
            Message::Kept(Err(error)) => {
                self.busy = false;
                self.note = Some(Note::Error(error));
                Action::None
            }
            Message::PecSaveAs => {
                let Some(generated) = &self.generated else {
                    return Action::None;
                };
                // Checked before the dialog: no K10 number, no message.
                if let Err(error) = self.pec_message(editor.application(), generated, None) {
                    self.note = Some(Note::Error(error));
                    return Action::None;
                }
                let name = format!("{}.eml", generated.file_name.trim_end_matches(".pdf"));
                Action::Run(Task::perform(
                    crate::file_dialog::save_as(name, crate::file_dialog::EML),
                    |picked| match picked {
                        Picked::File(path) => Message::PecSaveTo(Some(path)),
                        Picked::Cancelled => Message::PecSaveTo(None),
                        Picked::Unavailable => Message::SavePathTyped(SaveKind::Pec, String::new()),
                    },
                ))
            }
            Message::PecSaveTo(None) => Action::None,
            Message::PecSaveTo(Some(path)) => {
                let Some(generated) = self.generated.clone() else {
                    return Action::None;
                };
                let application = editor.application().clone();
                let identity = identity_document(&application);
                let purpose = pec_purpose(self.choice, &application);
                let store = store.clone();
                Action::Run(Task::perform(
                    async move {
                        // The identity document comes from the encrypted vault, if attached.
                        let identity = match identity {
                            Some(document) => {
                                let vault_id = document.vault_id.clone();
                                let bytes =
                                    with_store(store, move |s| s.read_document(&vault_id)).await?;
                                Some((document, bytes))
                            }
                            None => None,
                        };
                        let message = build_pec(&application, purpose, &generated, identity)?;
                        let eml = cittadinanza_core::pec::to_eml(
                            &message,
                            chrono::Utc::now().timestamp(),
                        )
                        .map_err(|error| pec_error(&error))?;
                        tokio::fs::write(&path, eml)
                            .await
                            .map_err(|error| UiError {
                                id: "pdf-screen-save-failed".into(),
                                args: vec![("detail".into(), error.to_string())],
                            })?;
                        Ok(path)
                    },
                    Message::Saved,
                ))
            }
            Message::SavePathTyped(kind, typed) => {
                self.typed_save = Some((kind, typed));
                Action::None
            }
            Message::SaveTyped => {
                let Some((kind, typed)) = self.typed_save.clone() else {
                    return Action::None;
                };
                let Some(path) = crate::file_dialog::valid_destination(&typed) else {
                    self.note = Some(Note::Error(crate::file_dialog::typed_path_error(
                        "documents-typed-destination-invalid",
                        &typed,
                    )));
                    return Action::None;
                };
                self.typed_save = None;
                self.note = None;
                let next = match kind {
                    SaveKind::Pdf => Message::SaveTo(Some(path)),
                    SaveKind::Pec => Message::PecSaveTo(Some(path)),
                };
                self.update(next, store, Some(editor), today)
            }
            Message::PecCopy => {
                let Some(generated) = &self.generated else {
                    return Action::None;
                };
                match self.pec_message(editor.application(), generated, None) {
                    Ok(message) => {
                        self.note = Some(Note::Info(t("pdf-screen-pec-copied")));
                        Action::Run(iced::clipboard::write(format!(
                            "{}\n\n{}",
                            message.subject, message.body
                        )))
                    }
                    Err(error) => {
                        self.note = Some(Note::Error(error));
                        Action::None
                    }
                }
            }
        }
    }
}

/// A surname as part of a file name: lower case, letters and digits, words joined by `-`.
fn file_part(surname: &str) -> String {
    surname
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}
