//! "Generate PDF": the *modello x SPID*, the declaration of maintenance (for a chosen family
//! member), the change of details and the application summary, printed from the open draft.
//!
//! The declaration's form comes from the core (`fields()`, `get`, `set`, `missing()`): what the
//! draft knows is prefilled, what it lacks is asked for, the date defaults to today. Rendering
//! runs in a background task. The bytes stay in memory until the user saves them where they
//! chose ("Save as…") or keeps them encrypted in the vault: no other copy is ever written.
//!
//! Like every screen: `update(message, &context) -> (Task, Option<Event>)`. The work is split
//! by concern: [`form`] (choice, fields, rendering), [`save`] (to a file or the vault),
//! [`pec`] (the PEC message), over the core's declarations ([`declaration`]).

mod declaration;
mod form;
mod pec;
mod save;
mod view;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use cittadinanza_core::model::{Application, AttachedDocument};
use cittadinanza_core::pdf::{MissingField, PdfError};
use cittadinanza_core::store::ApplicantId;
use iced::Task;

use crate::screen::editor::Editor;
use crate::store::{SharedStore, UiError};

use declaration::Declaration;

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
    /// The PDF rendered for this applicant.
    Generated(ApplicantId, Result<Generated, UiError>),
    SaveAs,
    /// The save dialog's answer (`None` = cancelled).
    SaveTo(Option<PathBuf>),
    Saved(Result<PathBuf, UiError>),
    KeepInVault,
    /// The vault's answer for the PDF kept for this applicant.
    Kept(ApplicantId, Result<AttachedDocument, UiError>),
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

/// What the application must react to.
#[derive(Debug, Clone)]
pub enum Event {
    /// The generated PDF was kept in the vault for `applicant`: attach it to that applicant's
    /// draft (the open one, or the one in the store when another applicant is open or none).
    Kept {
        applicant: ApplicantId,
        document: AttachedDocument,
    },
    /// An error no screen shows any more (its applicant was closed): the app shows it.
    Notice(UiError),
}

/// Everything the screen needs from the application.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub store: &'a SharedStore,
    pub editor: Option<&'a Editor>,
    pub today: NaiveDate,
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
    /// PDFs sent to the vault since the app last asked ([`PdfScreen::take_vault_started`]).
    vault_started: usize,
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

    pub fn update(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        // Results arrive also after their applicant was closed, or another one opened.
        match message {
            Message::Generated(applicant, result) => {
                return (
                    Task::none(),
                    self.generated(applicant, result, context.editor),
                );
            }
            Message::Saved(result) => return (Task::none(), self.saved(result, context.editor)),
            Message::Kept(applicant, result) => {
                return (Task::none(), self.kept(applicant, result, context.editor));
            }
            _ => {}
        }
        let Some(editor) = context.editor else {
            return (Task::none(), None);
        };
        let (store, today) = (context.store, context.today);
        let application = editor.application();
        let task = match message {
            Message::Choose(choice) => {
                self.choose(choice, application, today);
                Task::none()
            }
            Message::MemberChosen(member) => {
                self.member_chosen(member, application, today);
                Task::none()
            }
            Message::FieldChanged(field, value) => {
                self.field_changed(field, value);
                Task::none()
            }
            Message::Generate => self.generate(editor.id, application, today),
            Message::Generated(..) | Message::Saved(_) | Message::Kept(..) => Task::none(),
            Message::SaveAs => self.save_as(),
            Message::SaveTo(None) | Message::PecSaveTo(None) => Task::none(),
            Message::SaveTo(Some(path)) => self.save_to(path),
            Message::KeepInVault => self.keep_in_vault(editor, store, today),
            Message::PecSaveAs => self.pec_save_as(application),
            Message::PecSaveTo(Some(path)) => self.pec_save_to(path, editor, store),
            Message::PecCopy => self.pec_copy(application),
            Message::SavePathTyped(kind, typed) => {
                self.save_path_typed(kind, typed);
                Task::none()
            }
            Message::SaveTyped => self.save_typed(editor, store),
        };
        (task, None)
    }
}

/// An error about `applicant` that no screen shows (another applicant is open, or none): for
/// the app to show.
fn unseen(applicant: ApplicantId, error: &UiError, editor: Option<&Editor>) -> Option<Event> {
    editor
        .is_none_or(|e| e.id != applicant)
        .then(|| Event::Notice(error.clone()))
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
