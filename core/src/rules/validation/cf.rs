//! The codice fiscale fields: validated and compared with the person's data, never rewritten.

use chrono::NaiveDate;

use super::Checker;
use crate::codice_fiscale::{self, CfError, PersonInput};
use crate::model::{Place, Sex};
use crate::rules::Problem;

/// The data a codice fiscale is compared with. `sex: None` (spouse, household members: the
/// form does not ask) takes the sex the code says.
pub(crate) struct Person<'a> {
    pub surname: &'a str,
    pub birth_surname: &'a str,
    pub name: &'a str,
    pub sex: Option<Sex>,
    pub birth_date: Option<NaiveDate>,
    pub birth_place: &'a Place,
}

/// Checks the code typed in `field`; blank is an issue only when `required`.
pub(crate) fn check(c: &mut Checker, field: &str, code: &str, required: bool, person: Person<'_>) {
    if code.trim().is_empty() {
        if required {
            c.issue(field, Problem::Missing);
        }
        return;
    }
    let decoded = match codice_fiscale::validate(code) {
        Ok(decoded) => decoded,
        Err(error) => {
            c.issue(field, Problem::CodiceFiscale(error));
            return;
        }
    };
    let Some(birth_date) = person.birth_date else {
        return;
    };
    if person.surname.trim().is_empty() || person.name.trim().is_empty() {
        return;
    }
    // An unknown place is reported on the place field; the code is then compared without it.
    let place_code =
        codice_fiscale::place_code_for(person.birth_place, birth_date).unwrap_or_default();
    let input = |surname| PersonInput {
        surname,
        name: person.name,
        sex: person.sex.unwrap_or(decoded.sex),
        birth_date,
        place_code: &place_code,
    };
    let mut result = codice_fiscale::check_matches(code, &input(person.surname));
    // Some codes were issued under the surname at birth.
    if let Err(CfError::Mismatch {
        part: codice_fiscale::CfPart::Surname,
        ..
    }) = result
        && !person.birth_surname.trim().is_empty()
        && codice_fiscale::check_matches(code, &input(person.birth_surname)).is_ok()
    {
        result = Ok(());
    }
    match result {
        Ok(()) => {}
        Err(CfError::Mismatch {
            part,
            expected,
            found,
        }) => c.issue(
            field,
            Problem::CodiceFiscaleMismatch {
                part,
                expected,
                found,
            },
        ),
        // Names with letters the code cannot hold: nothing to compare with.
        Err(_) => {}
    }
}

/// Reports a place of birth that the codice fiscale tables do not know (on the town or the
/// country field), as of the birth date.
pub(crate) fn check_place(
    c: &mut Checker,
    field: &str,
    place: &Place,
    birth_date: Option<NaiveDate>,
) {
    let Some(birth_date) = birth_date else {
        return;
    };
    if place.town.trim().is_empty() && place.country.trim().is_empty() {
        return; // already reported as missing
    }
    match codice_fiscale::place_code_for(place, birth_date) {
        Ok(_) | Err(CfError::PlaceMissing | CfError::TownMissing) => {}
        Err(error @ CfError::UnknownCountry { .. }) => {
            c.issue(&format!("{field}.country"), Problem::CodiceFiscale(error))
        }
        Err(error @ CfError::MunicipalityNotInProvince { .. }) => {
            c.issue(&format!("{field}.province"), Problem::CodiceFiscale(error))
        }
        Err(error) => c.issue(&format!("{field}.town"), Problem::CodiceFiscale(error)),
    }
}
