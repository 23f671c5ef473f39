//! The one place the GUI asks the rules which sections are complete.

use chrono::NaiveDate;
use cittadinanza_core::model::Application;
use cittadinanza_core::rules::SectionStatus;

/// The twelve sections' status, in order.
pub fn check_application(application: &Application, today: NaiveDate) -> Vec<SectionStatus> {
    cittadinanza_core::rules::check_application(application, today)
}
