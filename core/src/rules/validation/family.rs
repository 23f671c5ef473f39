//! Section 6: spouse (required for art. 5) and household members.

use super::{Checker, Context, cf, is_italy};
use crate::model::MaritalStatus;
use crate::rules::{Problem, fields};

pub(crate) fn check(ctx: &Context<'_>, c: &mut Checker) {
    let family = &ctx.app.family;
    let spouse = &family.spouse;
    let married = matches!(
        ctx.app.personal.marital_status,
        Some(MaritalStatus::Married | MaritalStatus::CivilUnion)
    );
    let spouse_typed = [
        &spouse.surname,
        &spouse.name,
        &spouse.birth_date,
        &spouse.marriage_date,
    ]
    .iter()
    .any(|v| !v.trim().is_empty());

    if ctx.is_marriage() || married || spouse_typed {
        c.name("spouse.surname", &spouse.surname, true);
        c.name("spouse.name", &spouse.name, true);
        let spouse_birth = c.past_date_after(
            "spouse.birth_date",
            &spouse.birth_date,
            true,
            ctx.today,
            None,
        );
        if ctx.is_marriage() {
            c.place("spouse.birth_place", &spouse.birth_place);
            match c.choice("spouse.italian_citizen", spouse.italian_citizen) {
                Some(false) => c.issue("spouse.italian_citizen", Problem::SpouseNotItalian),
                _ => {}
            }
            c.choice("children_with_spouse", family.children_with_spouse);
        }
        cf::check(
            c,
            "spouse.codice_fiscale",
            &spouse.codice_fiscale,
            ctx.is_marriage(),
        );

        let marriage = c.past_date(
            ctx,
            "spouse.marriage_date",
            &spouse.marriage_date,
            ctx.is_marriage() || married,
        );
        if let (Some(marriage), Some(birth)) = (marriage, spouse_birth) {
            if marriage < birth {
                c.issue("spouse.marriage_date", Problem::DateBeforeBirth);
            }
        }
        if ctx.is_marriage() {
            c.text("spouse.marriage_place", &spouse.marriage_place);
        }
        // A marriage abroad must be transcribed in an Italian register: once one of the two
        // transcription fields is given, both are needed.
        let transcription_typed = !spouse.transcription_municipality.trim().is_empty()
            || !spouse.transcription_date.trim().is_empty();
        if transcription_typed || marriage_abroad(&spouse.marriage_place) {
            c.text(
                "spouse.transcription_municipality",
                &spouse.transcription_municipality,
            );
            let transcribed = c.past_date(
                ctx,
                "spouse.transcription_date",
                &spouse.transcription_date,
                true,
            );
            c.not_before_event(
                "spouse.transcription_date",
                transcribed,
                "event-marriage",
                marriage,
            );
        }
    }

    for (i, member) in family.household.iter().enumerate() {
        let field = |name: &str| format!("household.{i}.{name}");
        c.name(&field("surname"), &member.surname, true);
        c.name(&field("name"), &member.name, true);
        c.past_date_after(
            &field("birth_date"),
            &member.birth_date,
            true,
            ctx.today,
            None,
        );
        c.choice(&field("relationship"), member.relationship);
        cf::check(c, &field("codice_fiscale"), &member.codice_fiscale, false);
    }
}

/// "Tirana, Albania" / "Casablanca (Marocco)": a marriage place naming a foreign country.
fn marriage_abroad(place: &str) -> bool {
    let parts: Vec<&str> = place
        .split([',', '(', ')'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    if parts.len() < 2 {
        return false;
    }
    let last = parts[parts.len() - 1];
    let italian_province = fields::parse_province(last).is_ok();
    let italy = is_italy(&crate::model::Place {
        town: String::new(),
        province: String::new(),
        country: last.to_string(),
    });
    !italian_province && !italy && last.chars().count() > 2
}
