//! Documents the applicant or the help desk prints: the *modello x SPID* self-certification,
//! the declaration of maintenance, the change of contact details / income, and a summary
//! of the application with a checklist.
//!
//! Every declaration follows the same pattern:
//! 1. `X::from_application(&app)` fills in what the draft knows and returns the
//!    [`MissingField`]s (each with a Fluent label id) the GUI must ask for;
//! 2. the GUI shows the fields (`fields()`, `get`, `set` of the [`Declaration`] trait) and
//!    recomputes `missing()`;
//! 3. `render_x(&x)` returns the PDF bytes, or [`PdfError::MissingFields`] listing what is
//!    still empty or invalid: a declaration is never printed with blanks.
//!
//! The library never writes files: the GUI saves the bytes where the user chose or into the
//! encrypted vault. Declarations are in Italian (the prefecture's language).

mod change;
mod font;
mod form;
mod italian;
mod layout;
mod maintenance;
mod specimen;
mod spid;
mod summary;
mod text;

pub use change::{ChangeOfDetails, render_change_of_details};
pub use form::{
    Declaration, FieldKind, FieldSpec, IdDocument, IncomeRow, MissingField, Person, Signer,
};
pub use italian::{italian, italian_from};
pub use maintenance::{MaintenanceDeclaration, render_maintenance};
pub use specimen::render_specimen;
pub use spid::{Identity, SpidDeclaration, render_spid};
pub use summary::{Translate, render_summary, render_summary_with};

/// Why a document could not be generated.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PdfError {
    /// Required fields are empty or invalid; the GUI asks for them.
    #[error("required fields are missing or invalid: {}", field_list(.0))]
    MissingFields(Vec<MissingField>),
    /// `set` was called with a field name the document does not have.
    #[error("unknown field {0}")]
    UnknownField(String),
    /// `set` was given a value the field cannot hold (e.g. sex other than M/F).
    #[error("invalid value for {field}")]
    InvalidValue { field: String },
    /// The embedded font could not be parsed (a broken build).
    #[error("the embedded font could not be read")]
    Font,
}

fn field_list(fields: &[MissingField]) -> String {
    fields
        .iter()
        .map(|f| f.field.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

impl PdfError {
    /// Fluent id of the message the GUI shows.
    pub fn message_id(&self) -> &'static str {
        match self {
            PdfError::MissingFields(_) => "err-pdf-missing-fields",
            PdfError::UnknownField(_) => "err-pdf-unknown-field",
            PdfError::InvalidValue { .. } => "err-pdf-invalid-value",
            PdfError::Font => "err-pdf-font",
        }
    }

    /// Arguments of the message.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            PdfError::MissingFields(fields) => vec![("count", fields.len().to_string())],
            PdfError::UnknownField(field) | PdfError::InvalidValue { field } => {
                vec![("field", field.clone())]
            }
            PdfError::Font => Vec::new(),
        }
    }
}
