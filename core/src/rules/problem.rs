//! The kinds of problem a field can have, each with its Fluent message id.

/// What is wrong with a field. Each variant maps to one Fluent message id (`err-...`).
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A required field is empty / unanswered.
    Missing,
    /// Not a date (expects DD/MM/YYYY).
    InvalidDate,
    /// A date that cannot be in the future is.
    DateInFuture,
    /// Not an amount in euro.
    InvalidAmount,
    /// Not an e-mail address.
    InvalidEmail,
    /// Not a phone number.
    InvalidPhone,
}

impl Problem {
    /// The Fluent message id that explains the problem to the user.
    pub fn message_id(&self) -> &'static str {
        match self {
            Problem::Missing => "err-missing",
            Problem::InvalidDate => "err-invalid-date",
            Problem::DateInFuture => "err-date-in-future",
            Problem::InvalidAmount => "err-invalid-amount",
            Problem::InvalidEmail => "err-invalid-email",
            Problem::InvalidPhone => "err-invalid-phone",
        }
    }

    /// Named arguments of the message (`{ $name }` in Fluent).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }
}
