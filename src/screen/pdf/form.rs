//! Filling in the chosen document: the choice (and the family member, for the declaration of
//! maintenance), the fields as typed, and rendering the PDF in a background task.

use std::sync::Arc;

use chrono::NaiveDate;
use cittadinanza_core::model::Application;
use cittadinanza_core::rules::deadlines::format_date;
use cittadinanza_core::store::ApplicantId;
use iced::Task;

use crate::i18n::t;
use crate::screen::editor::Editor;
use crate::store::UiError;

use super::declaration::Declaration;
use super::{
    DocumentChoice, Event, Generated, Message, Note, PdfScreen, file_part, pdf_error,
    supporting_members, unseen,
};

impl PdfScreen {
    /// Starts the form of `choice` from the draft (the date defaults to today).
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

    /// The declaration of maintenance starts with the first family member who may support
    /// the applicant.
    pub(super) fn choose(
        &mut self,
        choice: DocumentChoice,
        application: &Application,
        today: NaiveDate,
    ) {
        if choice == DocumentChoice::Maintenance && self.member.is_none() {
            self.member = supporting_members(application).into_iter().next();
        }
        self.start(choice, application, today);
    }

    pub(super) fn member_chosen(
        &mut self,
        member: String,
        application: &Application,
        today: NaiveDate,
    ) {
        self.member = Some(member);
        self.start(DocumentChoice::Maintenance, application, today);
    }

    /// Keeps the value as typed; the declaration takes it or says why not.
    pub(super) fn field_changed(&mut self, field: String, value: String) {
        let Some(declaration) = &mut self.declaration else {
            return;
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
    }

    /// Renders the form off the GUI thread, once nothing is missing or wrong.
    pub(super) fn generate(
        &mut self,
        applicant: ApplicantId,
        application: &Application,
        today: NaiveDate,
    ) -> Task<Message> {
        let (Some(declaration), Some(choice)) = (&self.declaration, self.choice) else {
            return Task::none();
        };
        self.tried = true;
        self.note = None;
        if !self.errors.is_empty() || !declaration.missing().is_empty() {
            self.note = Some(Note::Error(UiError::new("pdf-screen-fill-missing")));
            return Task::none();
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
        Task::perform(
            async move {
                let rendered =
                    tokio::task::spawn_blocking(move || declaration.render(&application, today))
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
            move |result| Message::Generated(applicant, result),
        )
    }

    /// The rendered PDF of `applicant`: kept while the screen is filled from that applicant
    /// (never offered for another one); an error no screen shows goes to the app.
    pub(super) fn generated(
        &mut self,
        applicant: ApplicantId,
        result: Result<Generated, UiError>,
        editor: Option<&Editor>,
    ) -> Option<Event> {
        let event = result
            .as_ref()
            .err()
            .and_then(|error| unseen(applicant, error, editor));
        if self.filled_from != Some(applicant) {
            return event;
        }
        self.busy = false;
        match result {
            Ok(generated) => {
                self.note = Some(Note::Info(t("pdf-screen-ready")));
                self.generated = Some(generated);
            }
            Err(error) => self.note = Some(Note::Error(error)),
        }
        event
    }
}
