//! Sections 1-4: legal basis, personal data, birth certificate, entry and stay.

use super::requirements::{self, Exemption, Need};
use super::{Checker, Context, cf};
use crate::model::{
    IdentityDocument, LegalBasis, Legalisation, MaritalStatus, PermitType, RefugeeStatus,
};
use crate::rules::{Problem, fields};

pub(crate) fn legal_basis(ctx: &Context<'_>, c: &mut Checker) {
    let section = &ctx.app.legal_basis;
    let basis = c.choice("basis", section.basis);
    // Living in Italy: one of the prefectures (pick list, `crate::prefectures`). Living abroad
    // (art. 5 abroad, state service abroad): the consular office, free text (no open list).
    if c.text("prefecture", &section.prefecture)
        && ctx.lives_in_italy()
        && crate::prefectures::find(&section.prefecture).is_none()
    {
        c.issue("prefecture", Problem::UnknownPrefecture);
    }
    match basis {
        Some(LegalBasis::Art9A) => {
            let born_here = c.choice("art9a_born_in_italy", section.art9a_born_in_italy);
            let place = &ctx.app.personal.birth_place;
            let place_known = !place.country.trim().is_empty() || !place.province.trim().is_empty();
            if born_here == Some(true) && place_known && !ctx.born_in_italy() {
                c.issue("art9a_born_in_italy", Problem::BirthPlaceContradictsBasis);
            }
        }
        Some(LegalBasis::Art9B) => {
            c.past_date(ctx, "adoption_date", &section.adoption_date, true);
        }
        Some(LegalBasis::Art9C) => {
            c.text("state_service_employer", &section.state_service_employer);
            let from = c.past_date(ctx, "state_service_from", &section.state_service_from, true);
            // Empty "to": still in service.
            let to = c.past_date(ctx, "state_service_to", &section.state_service_to, false);
            c.not_before_start("state_service_to", from, to);
        }
        Some(LegalBasis::Art9E) => {
            c.choice("refugee_or_stateless", section.refugee_or_stateless);
            c.past_date(
                ctx,
                "status_recognised_on",
                &section.status_recognised_on,
                true,
            );
        }
        _ => {}
    }
}

pub(crate) fn personal(ctx: &Context<'_>, c: &mut Checker) {
    let p = &ctx.app.personal;
    c.name("surname", &p.surname, true);
    c.name("name", &p.name, true);
    c.name("birth_surname", &p.birth_surname, false);
    c.choice("sex", p.sex);
    if let Some(birth) = c.date("birth_date", &p.birth_date, true)
        && birth > ctx.today
    {
        c.issue("birth_date", Problem::DateInFuture);
    }
    c.place("birth_place", &p.birth_place);
    cf::check_place(c, "birth_place", &p.birth_place, ctx.birth);
    let stateless = ctx.refugee_or_stateless() == Some(RefugeeStatus::Stateless);
    if !stateless
        && p.citizenships
            .iter()
            .all(|country| country.trim().is_empty())
    {
        c.issue("citizenships", Problem::Missing);
    }
    let person = cf::Person {
        surname: &p.surname,
        birth_surname: &p.birth_surname,
        name: &p.name,
        sex: p.sex,
        birth_date: ctx.birth,
        birth_place: &p.birth_place,
    };
    cf::check(
        c,
        "codice_fiscale",
        &p.codice_fiscale,
        ctx.lives_in_italy(),
        person,
    );

    let address = &p.residence;
    c.text("residence.street", &address.street);
    c.text("residence.municipality", &address.municipality);
    if ctx.lives_in_italy() {
        c.text("residence.house_number", &address.house_number);
        if let Err(problem) = fields::parse_postcode(&address.postcode) {
            c.issue("residence.postcode", problem);
        }
        if let Err(problem) = fields::parse_province(&address.province) {
            c.issue("residence.province", problem);
        }
    }
    if let Err(problem) = fields::parse_email(&p.email) {
        c.issue("email", problem);
    }
    if let Err(problem) = fields::parse_phone(&p.phone) {
        c.issue("phone", problem);
    }
    let status = c.choice("marital_status", p.marital_status);
    if ctx.is_marriage()
        && status.is_some_and(|s| !matches!(s, MaritalStatus::Married | MaritalStatus::CivilUnion))
    {
        c.issue("marital_status", Problem::NotMarried);
    }
}

pub(crate) fn birth_certificate(ctx: &Context<'_>, c: &mut Checker) {
    let b = &ctx.app.birth_certificate;
    let refugee = requirements::is_refugee_or_stateless(ctx.app);
    if b.replaced_by_atto_notorio && !refugee {
        // A wrong answer, not an exemption: the certificate is still needed (unless born in Italy).
        c.issue("replaced_by_atto_notorio", Problem::AttoNotorioNotAllowed);
    }
    match requirements::birth_certificate(ctx.app) {
        Need::Exempt(Exemption::BornInItaly) => {
            // Not needed: the Italian registers have it. Check only what was typed.
            c.past_date(ctx, "issue_date", &b.issue_date, false);
            return;
        }
        Need::Exempt(_) => return,
        Need::Required => {}
    }
    let nothing_typed = b.issuing_authority.trim().is_empty()
        && b.act_number.trim().is_empty()
        && b.issue_date.trim().is_empty()
        && b.legalisation.is_none();
    if refugee && nothing_typed {
        c.issue("replaced_by_atto_notorio", Problem::Missing);
        return;
    }
    c.text("issuing_authority", &b.issuing_authority);
    c.text("act_number", &b.act_number);
    let issued = c.past_date(ctx, "issue_date", &b.issue_date, true);
    match c.choice("legalisation", b.legalisation) {
        Some(Legalisation::Apostille | Legalisation::ConsularLegalisation) => {
            let legalised = c.past_date(ctx, "legalisation_date", &b.legalisation_date, true);
            c.not_before_event("legalisation_date", legalised, "event-issue", issued);
        }
        Some(Legalisation::Exempt) | None => {}
    }
    translated(c, "translated", b.translated);
}

/// Foreign certificates must be translated (or multilingual): "no" is an issue, not an answer.
pub(crate) fn translated(c: &mut Checker, field: &str, answer: Option<bool>) {
    match answer {
        None => c.issue(field, Problem::Missing),
        Some(false) => c.issue(field, Problem::TranslationRequired),
        Some(true) => {}
    }
}

pub(crate) fn entry_stay(ctx: &Context<'_>, c: &mut Checker) {
    let s = &ctx.app.entry_stay;
    let in_italy = ctx.lives_in_italy();
    let entry = c.past_date(
        ctx,
        "first_entry_date",
        &s.first_entry_date,
        in_italy && !ctx.born_in_italy(),
    );

    let permit_typed = s.permit_type.is_some()
        || !s.permit_number.trim().is_empty()
        || !s.permit_issue_date.trim().is_empty();
    let permit_required = requirements::residence_permit(ctx.app) == Need::Required;
    if permit_required || permit_typed {
        let kind = c.choice("permit_type", s.permit_type);
        c.text("permit_number", &s.permit_number);
        c.text("permit_issuer", &s.permit_issuer);
        let issued = c.past_date(ctx, "permit_issue_date", &s.permit_issue_date, true);
        c.not_before_event("permit_issue_date", issued, "event-first-entry", entry);
        let no_expiry = matches!(
            kind,
            Some(PermitType::EuLongTerm | PermitType::EuRegistration)
        );
        let expiry = c.date("permit_expiry_date", &s.permit_expiry_date, !no_expiry);
        if c.not_before_start("permit_expiry_date", issued, expiry)
            && let Some(on) = expiry.filter(|on| *on < ctx.today)
        {
            c.issue(
                "permit_expiry_date",
                Problem::Expired {
                    on: fields::format_date(on),
                },
            );
        }
    }

    let card = &s.italian_id_card;
    let card_typed = [
        &card.kind,
        &card.number,
        &card.issuer,
        &card.issue_date,
        &card.expiry_date,
    ]
    .iter()
    .any(|v| !v.trim().is_empty());
    if card_typed {
        identity_document(ctx, c, "italian_id_card", card);
    }
    identity_document(ctx, c, "foreign_document", &s.foreign_document);
}

fn identity_document(ctx: &Context<'_>, c: &mut Checker, prefix: &str, doc: &IdentityDocument) {
    c.text(&format!("{prefix}.kind"), &doc.kind);
    c.text(&format!("{prefix}.number"), &doc.number);
    c.text(&format!("{prefix}.issuer"), &doc.issuer);
    let issued = c.past_date(ctx, &format!("{prefix}.issue_date"), &doc.issue_date, true);
    let expiry_field = format!("{prefix}.expiry_date");
    let expiry = c.date(&expiry_field, &doc.expiry_date, true);
    if c.not_before_start(&expiry_field, issued, expiry)
        && let Some(on) = expiry.filter(|on| *on < ctx.today)
    {
        c.issue(
            &expiry_field,
            Problem::Expired {
                on: fields::format_date(on),
            },
        );
    }
}
