//! The one place the GUI asks the rules which sections are complete.

use chrono::NaiveDate;
use cittadinanza_core::model::Application;
use cittadinanza_core::rules::SectionStatus;

/// The twelve sections' status, in order.
pub fn check_application(application: &Application, today: NaiveDate) -> Vec<SectionStatus> {
    cittadinanza_core::rules::check_application(application, today)
}

/// How many of the twelve sections are complete, as the store records it with each save.
pub fn completed_sections(application: &Application, today: NaiveDate) -> u8 {
    let count = cittadinanza_core::rules::completed_sections(application, today);
    u8::try_from(count).unwrap_or(12)
}
