//! Section 6: spouse (required for art. 5) and household members.

use super::{Checker, Context, cf};
use crate::codice_fiscale::places;
use crate::model::MaritalStatus;
use crate::rules::Problem;

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
            cf::check_place(c, "spouse.birth_place", &spouse.birth_place, spouse_birth);
            if c.choice("spouse.italian_citizen", spouse.italian_citizen) == Some(false) {
                c.issue("spouse.italian_citizen", Problem::SpouseNotItalian);
            }
            c.choice("children_with_spouse", family.children_with_spouse);
        }
        let person = cf::Person {
            surname: &spouse.surname,
            birth_surname: "",
            name: &spouse.name,
            sex: None,
            birth_date: spouse_birth,
            birth_place: &spouse.birth_place,
        };
        cf::check(
            c,
            "spouse.codice_fiscale",
            &spouse.codice_fiscale,
            ctx.is_marriage(),
            person,
        );

        let marriage = c.past_date(
            ctx,
            "spouse.marriage_date",
            &spouse.marriage_date,
            ctx.is_marriage() || married,
        );
        if let (Some(marriage), Some(birth)) = (marriage, spouse_birth)
            && marriage < birth
        {
            c.issue("spouse.marriage_date", Problem::DateBeforeBirth);
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
        // Art. 5 marriage events: optional dates, each after the marriage (a fact the
        // eligibility explains; not an error of the form).
        for field in [
            "spouse.separation_date",
            "spouse.divorce_date",
            "spouse.annulment_date",
            "spouse.death_date",
        ] {
            let text = match field {
                "spouse.separation_date" => &spouse.separation_date,
                "spouse.divorce_date" => &spouse.divorce_date,
                "spouse.annulment_date" => &spouse.annulment_date,
                _ => &spouse.death_date,
            };
            let on = c.past_date(ctx, field, text, false);
            c.not_before_event(field, on, "event-marriage", marriage);
        }
    }

    for (i, member) in family.household.iter().enumerate() {
        let field = |name: &str| format!("household.{i}.{name}");
        c.name(&field("surname"), &member.surname, true);
        c.name(&field("name"), &member.name, true);
        let birth = c.past_date_after(
            &field("birth_date"),
            &member.birth_date,
            true,
            ctx.today,
            None,
        );
        c.choice(&field("relationship"), member.relationship);
        let person = cf::Person {
            surname: &member.surname,
            birth_surname: "",
            name: &member.name,
            sex: None,
            birth_date: birth,
            birth_place: &member.birth_place,
        };
        cf::check(
            c,
            &field("codice_fiscale"),
            &member.codice_fiscale,
            false,
            person,
        );
    }
}

/// "Tirana, Albania", "Casablanca (Marocco)", "Albania": a marriage place naming a foreign
/// country (the last part, or the whole text) known to the codice fiscale tables.
fn marriage_abroad(place: &str) -> bool {
    let last = place
        .split([',', '(', ')', '-'])
        .map(str::trim)
        .rfind(|part| !part.is_empty());
    last.is_some_and(|country| {
        !places::is_italy(country) && places::country_by_name(country).is_some()
    })
}
