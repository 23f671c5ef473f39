//! Sections 7-10: income, judicial standing, Italian language, payments.

use super::requirements::{
    self, CriminalRecords, LanguageProof, criminal_record_valid_until, required_income_years,
};
use super::{Checker, Context, identity::translated, same_country};
use crate::model::{IncomeSource, Payment};
use crate::rules::{Problem, fields};

pub(crate) fn income(ctx: &Context<'_>, c: &mut Checker) {
    // Art. 5 has no income requirement: nothing to check, whatever was typed is kept.
    if !requirements::needs_income(ctx.app) {
        return;
    }
    let years = &ctx.app.income.years;
    let required = required_income_years(ctx.today);
    let listed = required
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let mut seen: Vec<i32> = Vec::new();
    for (i, entry) in years.iter().enumerate() {
        let field = |name: &str| format!("years.{i}.{name}");
        match fields::parse_year(&entry.year) {
            Ok(year) if seen.contains(&year) => c.issue(&field("year"), Problem::DuplicateYear),
            Ok(year) if !required.contains(&year) => c.issue(
                &field("year"),
                Problem::IncomeYearNotRequired {
                    years: listed.clone(),
                },
            ),
            Ok(year) => seen.push(year),
            Err(problem) => c.issue(&field("year"), problem),
        }
        let source = c.choice(&field("source"), entry.source);
        // "No income" may leave the amount empty (or 0).
        let amount_required = source != Some(IncomeSource::None);
        if (amount_required || !entry.amount.trim().is_empty())
            && let Err(problem) = fields::parse_amount(&entry.amount)
        {
            c.issue(&field("amount"), problem);
        }
        for (j, member) in entry.family_income.iter().enumerate() {
            let field = |name: &str| format!("years.{i}.family_income.{j}.{name}");
            c.name(&field("member_name"), &member.member_name, true);
            if let Err(problem) = fields::parse_amount(&member.amount) {
                c.issue(&field("amount"), problem);
            }
            c.choice(&field("source"), member.source);
            // Only a member on the same stato di famiglia may add income: ask (a "no" is
            // answered by a hint, and eligibility leaves the amount out).
            c.choice(&field("same_household"), member.same_household);
        }
        if !entry.other_dependants.trim().is_empty()
            && entry.other_dependants.trim().parse::<u32>().is_err()
        {
            c.issue(&field("other_dependants"), Problem::NotACount);
        }
    }
    for year in required {
        if !seen.contains(&year) {
            c.issue("years", Problem::IncomeYearMissing { year });
        }
    }
}

pub(crate) fn judicial(ctx: &Context<'_>, c: &mut Checker) {
    let j = &ctx.app.judicial;
    let no_convictions = c.choice("no_convictions", j.no_convictions);
    let pending = c.choice("pending_proceedings", j.pending_proceedings);
    if no_convictions == Some(false) || pending == Some(true) {
        c.text("convictions_details", &j.convictions_details);
    }

    for (i, certificate) in j.certificates.iter().enumerate() {
        let field = |name: &str| format!("certificates.{i}.{name}");
        c.text(&field("country"), &certificate.country);
        if let Some(issued) = c.past_date(ctx, &field("issue_date"), &certificate.issue_date, true)
        {
            // Valid six months from the ISSUE date (not the apostille's).
            // The same rule as the checklist and the deadlines.
            // Once the application is sent, it is judged at the submission date: a certificate
            // valid then stays valid for the application (issue 12.5).
            let judged_on = ctx.app.procedure.submitted.unwrap_or(ctx.today);
            let valid_until = criminal_record_valid_until(issued);
            if valid_until < judged_on {
                c.issue(
                    &field("issue_date"),
                    Problem::Expired {
                        on: fields::format_date(valid_until),
                    },
                );
            }
        }
        c.choice(&field("legalisation"), certificate.legalisation);
        translated(c, &field("translated"), certificate.translated);
    }
    match requirements::criminal_records(ctx.app) {
        CriminalRecords::Exempt(_) => {}
        // No citizenship known yet: at least the country of origin's certificate is needed.
        CriminalRecords::Countries(countries) if countries.is_empty() => {
            c.issue("certificates", Problem::Missing)
        }
        CriminalRecords::Countries(countries) => {
            for country in countries {
                if !j
                    .certificates
                    .iter()
                    .any(|cert| same_country(&cert.country, &country))
                {
                    c.issue(
                        "certificates",
                        Problem::CriminalCertificateMissing { country },
                    );
                }
            }
        }
    }
}

const CEFR_LEVELS: [&str; 6] = ["A1", "A2", "B1", "B2", "C1", "C2"];

pub(crate) fn language(ctx: &Context<'_>, c: &mut Checker) {
    let l = &ctx.app.language;
    match requirements::language_proof(ctx.app) {
        Ok(LanguageProof::Exempt(_)) => {}
        Ok(LanguageProof::Qualification) => {
            // The school or university that issued the qualification, and when.
            c.text("certifying_body", &l.certifying_body);
            c.past_date(ctx, "certificate_date", &l.certificate_date, true);
        }
        Ok(LanguageProof::Certificate) => {
            c.text("certifying_body", &l.certifying_body);
            let level = l.level.trim().to_uppercase();
            if level.is_empty() {
                c.issue("level", Problem::Missing);
            } else {
                match CEFR_LEVELS.iter().position(|known| *known == level) {
                    None => c.issue("level", Problem::InvalidLanguageLevel),
                    Some(rank) if rank < 2 => {
                        c.issue("level", Problem::LanguageLevelTooLow { level })
                    }
                    Some(_) => {}
                }
            }
            c.text("certificate_number", &l.certificate_number);
            c.past_date(ctx, "certificate_date", &l.certificate_date, true);
        }
        // The exemption declared does not apply: say so where it was chosen.
        Err(problem) => c.issue("exemption", problem),
    }
}

/// 250,00 EUR contribution and 16,00 EUR stamp duty.
pub const CONTRIBUTION_CENTS: i64 = 25_000;
pub const STAMP_DUTY_CENTS: i64 = 1_600;

pub(crate) fn payments(ctx: &Context<'_>, c: &mut Checker) {
    let p = &ctx.app.payments;
    payment(ctx, c, "contribution", &p.contribution, CONTRIBUTION_CENTS);
    payment(ctx, c, "stamp_duty", &p.stamp_duty, STAMP_DUTY_CENTS);
}

fn payment(ctx: &Context<'_>, c: &mut Checker, prefix: &str, payment: &Payment, expected: i64) {
    if let Err(problem) = fields::parse_notice_code(&payment.iuv) {
        c.issue(&format!("{prefix}.iuv"), problem);
    }
    c.past_date(ctx, &format!("{prefix}.paid_on"), &payment.paid_on, true);
    match fields::parse_amount(&payment.amount) {
        Ok(cents) if cents != expected => c.issue(
            &format!("{prefix}.amount"),
            Problem::WrongAmount {
                expected: fields::format_amount(expected),
            },
        ),
        Ok(_) => {}
        Err(problem) => c.issue(&format!("{prefix}.amount"), problem),
    }
}
