//! Validation and completion of the application's sections (blue dot = complete), plus the
//! other rules of the procedure.
//!
//! Messages are not text: every [`Problem`] names a Fluent message id (see `i18n/*/cittadinanza.ftl`)
//! and its arguments, so the GUI shows it in the user's language.

use crate::model::SectionId;

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldIssue {
    /// Path of the field: `<section key>.<field>[.<index>.<field>]`, matching the serde names,
    /// e.g. `personal.codice_fiscale`, `residences.periods.2.from`, `income.years.0.amount`.
    /// The GUI uses it as the widget id of the field, so errors show next to it.
    pub field: String,
    pub problem: Problem,
}

/// The state of one section: complete (blue dot) only when `issues` is empty.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionStatus {
    pub section: SectionId,
    pub issues: Vec<FieldIssue>,
}

impl SectionStatus {
    pub fn is_complete(&self) -> bool {
        self.issues.is_empty()
    }

    /// The issue of one field, if any (first one).
    pub fn issue_for(&self, field: &str) -> Option<&FieldIssue> {
        self.issues.iter().find(|issue| issue.field == field)
    }
}

pub use hints::{Hint, hint_message_ids, hints};
pub use problem::{Problem, problem_message_ids};
/// Which documents are needed and why not (shared by validation and the checklist).
pub use validation::requirements;
pub use validation::{
    ResidenceSpan, check_application, check_section, completed_sections, continuous_residence,
};

pub mod fields;
mod problem;
mod validation;

pub mod checklist;
pub mod countries;
pub mod deadlines;
pub mod eligibility;
pub mod hints;
pub mod holidays;
