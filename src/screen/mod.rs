//! One module per screen, each with its own `Message` mapped into `app::Message`.

pub mod applicants;
pub mod documents;
pub mod editor;
pub mod eligibility;
pub mod glossary;
pub mod history;
pub mod pdf;
pub mod portal;
pub mod settings;
pub mod timeline;
pub mod unlock;
pub mod welcome;
