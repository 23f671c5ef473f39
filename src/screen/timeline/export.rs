//! The timeline's export: the open draft's deadlines as a calendar file (.ics) in the current
//! language, written where the save dialog says (or to a typed path when no dialog can be
//! shown).

use std::path::PathBuf;

use chrono::NaiveDate;
use cittadinanza_core::calendar::{EventText, IcsOptions, to_ics};
use cittadinanza_core::rules::deadlines::Deadline;
use cittadinanza_core::store::ApplicantId;
use iced::Task;

use super::{Context, Message, Timeline, procedure_timeline};
use crate::file_dialog::Picked;
use crate::i18n::{self, t, t_args};
use crate::screen::editor::Editor;
use crate::store::UiError;

impl Timeline {
    pub(super) fn update_export(
        &mut self,
        message: Message,
        context: &Context<'_>,
    ) -> Task<Message> {
        match message {
            Message::ExportIcs => {
                let surname = context
                    .editor
                    .application()
                    .personal
                    .surname
                    .trim()
                    .to_lowercase();
                let name = if surname.is_empty() {
                    "cittadinanza.ics".to_string()
                } else {
                    format!("cittadinanza-{}.ics", surname.replace(' ', "-"))
                };
                let suggested = name.clone();
                Task::perform(
                    crate::file_dialog::save_as(name, crate::file_dialog::ICS),
                    move |picked| match picked {
                        Picked::File(path) => Message::ExportTo(Some(path)),
                        Picked::Cancelled => Message::ExportTo(None),
                        Picked::Unavailable => Message::NoSaveDialog(suggested.clone()),
                    },
                )
            }
            Message::ExportTo(Some(path)) => export(path, context),
            Message::NoSaveDialog(name) => {
                self.export_typed = Some((name, String::new()));
                Task::none()
            }
            Message::ExportPathTyped(typed) => {
                if let Some((_, value)) = &mut self.export_typed {
                    *value = typed;
                }
                Task::none()
            }
            Message::ExportTyped => {
                let Some((_, typed)) = self.export_typed.clone() else {
                    return Task::none();
                };
                if let Some(path) = crate::file_dialog::valid_destination(&typed) {
                    self.export_typed = None;
                    return export(path, context);
                }
                self.export = Some(Err(crate::file_dialog::typed_path_error(
                    "documents-typed-destination-invalid",
                    &typed,
                )));
                Task::none()
            }
            _ => Task::none(),
        }
    }

    /// The calendar file of `applicant` was written (or not), `open` being the applicant open
    /// now: the outcome shows while (or when) the fields show that applicant; an error no
    /// screen shows is returned for the app to show.
    pub fn exported(
        &mut self,
        applicant: ApplicantId,
        result: Result<PathBuf, UiError>,
        open: Option<ApplicantId>,
    ) -> Option<UiError> {
        let unseen = match &result {
            Err(error) if open != Some(applicant) => Some(error.clone()),
            _ => None,
        };
        if self.filled_from == Some(applicant) {
            self.export = Some(result);
        }
        unseen
    }
}

/// Writes the calendar file of the open draft to `path`.
fn export(path: PathBuf, context: &Context<'_>) -> Task<Message> {
    let ics = calendar_text(context.editor, context.today);
    let applicant = context.editor.id;
    Task::perform(
        async move {
            match tokio::fs::write(&path, ics).await {
                Ok(()) => Ok(path),
                Err(error) => Err(UiError {
                    id: "timeline-export-failed".into(),
                    args: vec![("detail".into(), error.to_string())],
                }),
            }
        },
        move |result| Message::Exported(applicant, result),
    )
}

/// The calendar file of the open draft's deadlines (not passed), in the current language.
pub fn calendar_text(editor: &Editor, today: NaiveDate) -> String {
    let application = editor.application();
    let procedure = procedure_timeline(editor, today);
    let deadlines: Vec<Deadline> = procedure.upcoming().cloned().collect();
    let name = application.display_name();
    let mut options = IcsOptions::new(
        t_args("timeline-calendar-name", &[("name", name.as_str())]),
        editor.id.to_string(),
    );
    options.language = i18n::language().code().to_string();
    to_ics(&deadlines, &options, |deadline| {
        let mut description = t_args(&deadline.description_id(), &deadline.args());
        // The event is on the safe day: say which the legal date is and where the law moves it.
        if let Some(note) = non_working_note(deadline) {
            description = format!("{description}\n{note}");
        }
        EventText {
            summary: t_args(&deadline.message_id(), &deadline.args()),
            description,
        }
    })
}

/// The translated note of a deadline whose legal date is a non-working day (legal date, the
/// day the law moves it to, the recommended safe day), or `None`.
pub fn non_working_note(deadline: &Deadline) -> Option<String> {
    let (id, args) = deadline.non_working_message()?;
    let args: Vec<(&str, String)> = args
        .into_iter()
        .map(|(name, value)| {
            if name == "day" {
                (name, t(&value))
            } else {
                (name, value)
            }
        })
        .collect();
    Some(t_args(id, &args))
}
