//! What the documents screen does with each message: adding a file to the vault, its issue
//! date and country, opening a private copy, exporting, removing, checking the vault.

use std::path::PathBuf;
use std::sync::Arc;

use cittadinanza_core::store::DocumentHealth;
use iced::Task;

use crate::i18n::t_args;
use crate::opener;
use crate::screen::editor::{self};
use crate::store::{SharedStore, UiError, with_store};
use crate::widget::date_picker::{self};

use super::{
    Action, Adding, Context, Documents, EDIT_ISSUE_DATE, EditingDate, ISSUE_DATE, Message, Note,
    asks_issue_date, attachment, checked_issue_date, drop_target, safe_file_name,
};

impl Documents {
    pub fn update(&mut self, message: Message, context: Context<'_>) -> Action {
        let Some(editor) = context.editor else {
            return Action::None;
        };
        match message {
            Message::StartAdd(index) => {
                let items = Documents::items(editor, context.today);
                let Some(item) = items.get(index) else {
                    return Action::None;
                };
                let country = item.country().map(str::to_string);
                self.note = None;
                self.picker = None;
                self.adding = Some(Adding {
                    applicant: editor.id,
                    item: index,
                    kind: item.kind,
                    issue_date: String::new(),
                    country_fixed: country.is_some(),
                    country: country.unwrap_or_default(),
                    error: None,
                    busy: false,
                    typed_path: None,
                });
                Action::None
            }
            Message::IssueDateChanged(value) => {
                date_picker::typed_into(&mut self.picker, ISSUE_DATE, &value);
                if let Some(adding) = self.adding_for(editor) {
                    adding.issue_date = value;
                    adding.error = None;
                }
                Action::None
            }
            Message::Calendar(message) => {
                let Some(adding) = self.adding.as_ref().filter(|a| a.applicant == editor.id) else {
                    return Action::None;
                };
                let typed = adding.issue_date.clone();
                match date_picker::update(
                    &mut self.picker,
                    ISSUE_DATE,
                    &typed,
                    context.today,
                    message,
                ) {
                    date_picker::Outcome::None => Action::None,
                    date_picker::Outcome::Focus => {
                        Action::Run(iced::widget::operation::focus(ISSUE_DATE))
                    }
                    date_picker::Outcome::Picked(text) => {
                        if let Some(adding) = self.adding_for(editor) {
                            adding.issue_date = text;
                            adding.error = None;
                        }
                        Action::Run(iced::widget::operation::focus(ISSUE_DATE))
                    }
                }
            }
            Message::CountryChanged(value) => {
                if let Some(adding) = self.adding_for(editor)
                    && !adding.country_fixed
                {
                    adding.country = value;
                    adding.error = None;
                }
                Action::None
            }
            Message::CancelAdd => {
                self.adding = None;
                self.picker = None;
                Action::None
            }
            Message::ChooseFile => {
                self.picker = None;
                let Some(adding) = self.adding_for(editor) else {
                    return Action::None;
                };
                if let Err(error) = adding.validate(context.today) {
                    adding.error = Some(error);
                    return Action::None;
                }
                adding.busy = true;
                Action::Run(Task::perform(
                    crate::file_dialog::pick_file(),
                    |picked| match picked {
                        crate::file_dialog::Picked::File(path) => Message::FilePicked(Some(path)),
                        crate::file_dialog::Picked::Cancelled => Message::FilePicked(None),
                        crate::file_dialog::Picked::Unavailable => {
                            Message::TypedPathChanged(String::new())
                        }
                    },
                ))
            }
            Message::FilePicked(None) => {
                // Cancelled: nothing changes.
                if let Some(adding) = &mut self.adding {
                    adding.busy = false;
                }
                Action::None
            }
            Message::TypedPathChanged(value) => {
                // Also the answer when no file dialog could be shown: the field appears.
                if let Some(adding) = self.adding_for(editor) {
                    adding.busy = false;
                    adding.typed_path = Some(value);
                }
                Action::None
            }
            Message::UseTypedPath => {
                let Some(adding) = self.adding_for(editor) else {
                    return Action::None;
                };
                let typed = adding.typed_path.clone().unwrap_or_default();
                let path = PathBuf::from(typed.trim());
                if typed.trim().is_empty() || !path.is_file() {
                    adding.error = Some(UiError {
                        id: "documents-typed-path-not-found".into(),
                        args: vec![("path".into(), typed.trim().to_string())],
                    });
                    return Action::None;
                }
                self.update(Message::FilePicked(Some(path)), context)
            }
            Message::FileHovered(path) => {
                self.hovering = path.is_some();
                Action::None
            }
            Message::FileDropped(path) => {
                self.hovering = false;
                // The file fills the item whose "Add file" form is open, else the first
                // missing one (as the drop target says).
                if self.adding_for(editor).is_none() {
                    let items = Documents::items(editor, context.today);
                    let Some(index) = drop_target(&items) else {
                        return Action::None;
                    };
                    if let Action::Run(task) = self.update(Message::StartAdd(index), context) {
                        return Action::Run(task);
                    }
                }
                // An item that needs an issue date or a country asks for them first; the
                // dropped file waits in the typed-path field.
                if let Some(adding) = self.adding_for(editor)
                    && adding.validate(context.today).is_err()
                {
                    adding.typed_path = Some(path.display().to_string());
                    return Action::None;
                }
                self.update(Message::FilePicked(Some(path)), context)
            }
            Message::Check { full } => {
                let vault_ids: Vec<String> = editor
                    .application()
                    .documents
                    .attached
                    .iter()
                    .map(|d| d.vault_id.clone())
                    .collect();
                if full {
                    self.full_check = Some(None);
                }
                Action::Run(Task::perform(
                    with_store(context.store.clone(), move |store| {
                        vault_ids
                            .into_iter()
                            .map(|id| store.check_document(&id, full).map(|health| (id, health)))
                            .collect()
                    }),
                    move |result| Message::Checked(full, result),
                ))
            }
            Message::Checked(full, Ok(results)) => {
                let bad = results
                    .iter()
                    .filter(|(_, health)| *health != DocumentHealth::Ok)
                    .count();
                if full {
                    self.full_check = Some(Some((results.len(), bad)));
                }
                self.health.extend(results);
                Action::None
            }
            Message::Checked(_, Err(error)) => {
                self.full_check = None;
                self.note = Some((String::new(), Note::Error(error)));
                Action::None
            }
            Message::FilePicked(Some(path)) => {
                let Some(adding) = self.adding_for(editor) else {
                    return Action::None;
                };
                let issue_date = match adding.validate(context.today) {
                    Ok(date) => date.map(|d| d.format("%d/%m/%Y").to_string()),
                    Err(error) => {
                        adding.error = Some(error);
                        adding.busy = false;
                        return Action::None;
                    }
                };
                adding.busy = true;
                let id = editor.id;
                let kind = adding.kind;
                Action::Run(Task::perform(
                    with_store(context.store.clone(), move |store| {
                        store.import_document(id, &path, kind, &issue_date.unwrap_or_default())
                    }),
                    move |result| Message::Imported(id, result),
                ))
            }
            Message::Imported(applicant, Ok(mut document)) if applicant != editor.id => {
                // Another applicant was opened meanwhile: the file goes to its own draft.
                if let Some(adding) = self.adding.take_if(|a| a.applicant == applicant) {
                    document.country = adding.country.trim().to_string();
                }
                let today = context.today;
                Action::Run(Task::perform(
                    with_store(context.store.clone(), move |store| {
                        let mut application = store.load(applicant)?;
                        application.documents.attached.push(document);
                        cittadinanza_core::drafts::save(store, applicant, &application, today)
                            .map(|_| ())
                    }),
                    Message::AttachedElsewhere,
                ))
            }
            Message::AttachedElsewhere(_) => Action::None,
            Message::Imported(_, Ok(document)) => {
                self.health
                    .insert(document.vault_id.clone(), DocumentHealth::Ok);
                let country = self
                    .adding
                    .take()
                    .map(|a| a.country.trim().to_string())
                    .unwrap_or_default();
                self.note = None;
                // The editor sets the attachment's country from its own field: fill it first.
                Action::Editor(vec![
                    editor::Message::AttachCountryChanged(country),
                    editor::Message::DocumentImported(Ok(document)),
                ])
            }
            Message::Imported(applicant, Err(error)) => {
                if let Some(adding) = self.adding.as_mut().filter(|a| a.applicant == applicant) {
                    adding.busy = false;
                    adding.error = Some(error);
                }
                Action::None
            }
            Message::Open(vault_id) => {
                let Some(document) = attachment(editor, &vault_id) else {
                    return Action::None;
                };
                let name = document.original_name.clone();
                let store = context.store.clone();
                Action::Run(Task::perform(
                    open_copy(store, vault_id.clone(), name),
                    move |result| Message::Opened(vault_id.clone(), result),
                ))
            }
            Message::Opened(vault_id, result) => {
                match result {
                    Ok(copy) => {
                        self.viewer_copies.push(copy);
                        self.note = None;
                    }
                    Err(error) => {
                        self.note = Some((vault_id, Note::Error(error)));
                    }
                }
                Action::None
            }
            Message::Export(vault_id) => {
                let Some(document) = attachment(editor, &vault_id) else {
                    return Action::None;
                };
                let name = document.original_name.clone();
                Action::Run(Task::perform(
                    crate::file_dialog::save_file(name),
                    move |picked| match picked {
                        crate::file_dialog::Picked::File(path) => {
                            Message::ExportTo(vault_id.clone(), Some(path))
                        }
                        crate::file_dialog::Picked::Cancelled => {
                            Message::ExportTo(vault_id.clone(), None)
                        }
                        crate::file_dialog::Picked::Unavailable => {
                            Message::ExportNoDialog(vault_id.clone())
                        }
                    },
                ))
            }
            Message::ExportNoDialog(vault_id) => {
                self.export_typed = Some((vault_id, String::new()));
                Action::None
            }
            Message::ExportPathChanged(value) => {
                if let Some((_, typed)) = &mut self.export_typed {
                    *typed = value;
                }
                Action::None
            }
            Message::ExportToTyped => {
                let Some((vault_id, typed)) = self.export_typed.clone() else {
                    return Action::None;
                };
                let path = PathBuf::from(typed.trim());
                let folder_exists = path
                    .parent()
                    .is_some_and(|p| p.as_os_str().is_empty() || p.is_dir());
                if typed.trim().is_empty() || path.is_dir() || !folder_exists {
                    self.note = Some((
                        vault_id,
                        Note::Error(UiError {
                            id: "documents-typed-destination-invalid".into(),
                            args: vec![("path".into(), typed.trim().to_string())],
                        }),
                    ));
                    return Action::None;
                }
                self.export_typed = None;
                self.update(Message::ExportTo(vault_id, Some(path)), context)
            }
            Message::ExportTo(_, None) => Action::None,
            Message::ExportTo(vault_id, Some(dest)) => {
                let id = vault_id.clone();
                Action::Run(Task::perform(
                    with_store(context.store.clone(), move |store| {
                        store.export_document(&id, &dest).map(|()| dest)
                    }),
                    move |result| Message::Exported(vault_id.clone(), result),
                ))
            }
            Message::Exported(vault_id, result) => {
                let note = match result {
                    Ok(path) => Note::Info(t_args(
                        "documents-exported",
                        &[("path", path.display().to_string())],
                    )),
                    Err(error) => Note::Error(error),
                };
                self.note = Some((vault_id, note));
                Action::None
            }
            Message::EditIssueDate(vault_id) => {
                let Some(document) = attachment(editor, &vault_id) else {
                    return Action::None;
                };
                self.picker = None;
                self.editing = Some(EditingDate {
                    applicant: editor.id,
                    kind: document.kind,
                    text: document.issue_date.clone(),
                    vault_id,
                    error: None,
                });
                Action::None
            }
            Message::EditedIssueDateChanged(value) => {
                date_picker::typed_into(&mut self.picker, EDIT_ISSUE_DATE, &value);
                if let Some(editing) = self.editing.as_mut().filter(|e| e.applicant == editor.id) {
                    editing.text = value;
                    editing.error = None;
                }
                Action::None
            }
            Message::EditCalendar(message) => {
                let Some(editing) = self.editing.as_mut().filter(|e| e.applicant == editor.id)
                else {
                    return Action::None;
                };
                match date_picker::update(
                    &mut self.picker,
                    EDIT_ISSUE_DATE,
                    &editing.text,
                    context.today,
                    message,
                ) {
                    date_picker::Outcome::None => Action::None,
                    date_picker::Outcome::Focus => {
                        Action::Run(iced::widget::operation::focus(EDIT_ISSUE_DATE))
                    }
                    date_picker::Outcome::Picked(text) => {
                        editing.text = text;
                        editing.error = None;
                        Action::Run(iced::widget::operation::focus(EDIT_ISSUE_DATE))
                    }
                }
            }
            Message::SaveIssueDate => {
                let Some(editing) = self.editing.as_mut().filter(|e| e.applicant == editor.id)
                else {
                    return Action::None;
                };
                let required = editing.kind.is_some_and(asks_issue_date);
                let date = match checked_issue_date(&editing.text, required, context.today) {
                    Ok(date) => date,
                    Err(error) => {
                        editing.error = Some(error);
                        return Action::None;
                    }
                };
                let Some(index) = editor
                    .application()
                    .documents
                    .attached
                    .iter()
                    .position(|d| d.vault_id == editing.vault_id)
                else {
                    self.editing = None;
                    return Action::None;
                };
                self.editing = None;
                self.picker = None;
                let text = date
                    .map(cittadinanza_core::rules::fields::format_date)
                    .unwrap_or_default();
                // The same path as the editor's own fields: dots and autosave follow.
                Action::Editor(vec![editor::Message::Chosen(
                    format!("documents.attached.{index}.issue_date"),
                    serde_json::Value::String(text),
                )])
            }
            Message::CancelEditIssueDate => {
                self.editing = None;
                self.picker = None;
                Action::None
            }
            Message::AskRemove(vault_id) => {
                self.confirm_remove = Some(vault_id);
                Action::None
            }
            Message::CancelRemove => {
                self.confirm_remove = None;
                Action::None
            }
            Message::ConfirmRemove(vault_id) => {
                self.confirm_remove = None;
                let index = editor
                    .application()
                    .documents
                    .attached
                    .iter()
                    .position(|d| d.vault_id == vault_id);
                match index {
                    Some(index) => Action::Editor(vec![editor::Message::RemoveDocument(index)]),
                    None => Action::None,
                }
            }
        }
    }
}

/// Decrypts a document into a new private folder of the data folder and opens it with the
/// system viewer (see [`crate::opener`]).
async fn open_copy(
    store: SharedStore,
    vault_id: String,
    name: String,
) -> Result<Arc<tempfile::TempDir>, UiError> {
    let data_dir = with_store(store.clone(), |store| Ok(store.dir().to_path_buf())).await?;
    let dir = tokio::task::spawn_blocking(move || opener::new_viewer_folder(&data_dir))
        .await
        .map_err(|_| UiError::new("error-internal"))?
        .map_err(|_| UiError::new("documents-error-temp"))?;
    let path = dir.path().join(safe_file_name(&name));
    let dest = path.clone();
    with_store(store, move |store| store.export_document(&vault_id, &dest)).await?;
    let viewer = tokio::task::spawn_blocking(move || {
        opener::restrict(&path, 0o600).map_err(|_| UiError::new("documents-error-temp"))?;
        opener::open_path(&path)
    })
    .await
    .map_err(|_| UiError::new("error-internal"))?;
    viewer?;
    Ok(Arc::new(dir))
}
