//! The form being filled in: one of the core's declarations (or the summary, which asks
//! nothing), seen through one interface.

use chrono::NaiveDate;
use cittadinanza_core::model::Application;
use cittadinanza_core::pdf::{
    ChangeOfDetails, Declaration as _, FieldSpec, MaintenanceDeclaration, MissingField, PdfError,
    SpidDeclaration, render_change_of_details, render_maintenance, render_spid,
    render_summary_with,
};

use crate::i18n::t_args;

use super::DocumentChoice;

/// The form being filled in.
#[derive(Debug, Clone)]
pub(super) enum Declaration {
    Spid(SpidDeclaration),
    Maintenance(MaintenanceDeclaration),
    Change(ChangeOfDetails),
    Summary,
}

impl Declaration {
    pub(super) fn new(
        choice: DocumentChoice,
        application: &Application,
        member: Option<&str>,
    ) -> Self {
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

    pub(super) fn fields(&self) -> Vec<FieldSpec> {
        match self {
            Declaration::Spid(d) => d.fields(),
            Declaration::Maintenance(d) => d.fields(),
            Declaration::Change(d) => d.fields(),
            Declaration::Summary => Vec::new(),
        }
    }

    pub(super) fn missing(&self) -> Vec<MissingField> {
        match self {
            Declaration::Spid(d) => d.missing(),
            Declaration::Maintenance(d) => d.missing(),
            Declaration::Change(d) => d.missing(),
            Declaration::Summary => Vec::new(),
        }
    }

    pub(super) fn get(&self, field: &str) -> Option<String> {
        match self {
            Declaration::Spid(d) => d.get(field),
            Declaration::Maintenance(d) => d.get(field),
            Declaration::Change(d) => d.get(field),
            Declaration::Summary => None,
        }
    }

    pub(super) fn set(&mut self, field: &str, value: &str) -> Result<(), PdfError> {
        match self {
            Declaration::Spid(d) => d.set(field, value),
            Declaration::Maintenance(d) => d.set(field, value),
            Declaration::Change(d) => d.set(field, value),
            Declaration::Summary => Err(PdfError::UnknownField(field.to_string())),
        }
    }

    pub(super) fn render(
        &self,
        application: &Application,
        today: NaiveDate,
    ) -> Result<Vec<u8>, PdfError> {
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
