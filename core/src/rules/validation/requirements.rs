//! What this applicant has to provide, and why not: the one answer used both by the sections'
//! validation (the blue dots) and by the documents checklist (`rules::checklist`), so the two
//! never disagree about which certificates are needed.

use chrono::NaiveDate;

use chrono::Datelike;

use crate::model::{
    Application, AttachedDocument, IncomeSource, LanguageExemption, LegalBasis, PermitType, Place,
    RefugeeStatus,
};
use crate::rules::Problem;
use crate::rules::countries::{is_eu_country, is_italy_name, same_country};
use crate::rules::fields::{self, add_months, parse_user_date};

/// Months a criminal record certificate stays valid from its issue date.
pub const CRIMINAL_RECORD_VALID_MONTHS: u32 = 6;

/// Last day a criminal record certificate issued on `issued` is valid.
pub fn criminal_record_valid_until(issued: NaiveDate) -> NaiveDate {
    add_months(issued, CRIMINAL_RECORD_VALID_MONTHS)
}

/// The three tax years before `today`'s year, oldest first.
pub fn required_income_years(today: NaiveDate) -> [i32; 3] {
    let year = today.year();
    [year - 3, year - 2, year - 1]
}

/// Why a document is not needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Exemption {
    /// Born in Italy: the Italian registers hold the birth.
    BornInItaly,
    /// Refugee or stateless: an atto notorio replaces the certificate.
    AttoNotorio,
    /// Registered in Italy before 14 and resident since: no foreign criminal record.
    RegisteredBefore14,
    /// EU citizen: no residence permit.
    EuCitizen,
    /// Living abroad (art. 5 abroad, state service abroad): no permit, no Italian codice fiscale.
    LivingAbroad,
    /// Language: holder of an EU long-term residence permit.
    EuLongTermPermit,
    /// Language: signer of the integration agreement.
    IntegrationAgreement,
    /// Income: no income at all that year.
    NoIncome,
}

impl Exemption {
    /// Fluent id explaining the exemption (`checklist-exempt-*`).
    pub fn reason_id(self) -> &'static str {
        match self {
            Exemption::BornInItaly => "checklist-exempt-born-in-italy",
            Exemption::AttoNotorio => "checklist-exempt-atto-notorio",
            Exemption::RegisteredBefore14 => "checklist-exempt-before-14",
            Exemption::EuCitizen => "checklist-exempt-eu-citizen",
            Exemption::LivingAbroad => "checklist-exempt-living-abroad",
            Exemption::EuLongTermPermit => "checklist-exempt-eu-long-term-permit",
            Exemption::IntegrationAgreement => "checklist-exempt-integration-agreement",
            Exemption::NoIncome => "checklist-exempt-no-income",
        }
    }
}

/// Whether one document (and the section data describing it) is needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Required,
    Exempt(Exemption),
}

/// Refugee or stateless person: applying under art. 9 e) (whose only applicants they are), or
/// holding an asylum permit (recognised refugee, whatever the legal basis). Subsidiary
/// protection is not refugee status: the permit type decides (see
/// [`subsidiary_protection_only`]). The atto notorio replaces birth and criminal certificates
/// (art. 9 e) and the refugee's exemption: d.lgs. 251/2007 art. 2 e)-g), RULES).
pub fn is_refugee_or_stateless(application: &Application) -> bool {
    if subsidiary_protection_only(application) {
        return false;
    }
    application.legal_basis.basis == Some(LegalBasis::Art9E)
        || application.entry_stay.permit_type == Some(PermitType::Asylum)
}

/// Holds a subsidiary-protection permit and did not declare statelessness: not a refugee,
/// whatever status is declared under art. 9 e) (art. 9 f), 10 years, no atto notorio).
pub fn subsidiary_protection_only(application: &Application) -> bool {
    application.entry_stay.permit_type == Some(PermitType::SubsidiaryProtection)
        && !(application.legal_basis.basis == Some(LegalBasis::Art9E)
            && application.legal_basis.refugee_or_stateless == Some(RefugeeStatus::Stateless))
}

/// The refugee or stateless status that counts: the one declared with art. 9 e) (a status left
/// over from an earlier art. 9 e) choice does not), else refugee by an asylum permit. A
/// subsidiary-protection permit overrides a declared refugee status.
pub fn refugee_status(application: &Application) -> Option<RefugeeStatus> {
    let declared = if application.legal_basis.basis == Some(LegalBasis::Art9E) {
        application.legal_basis.refugee_or_stateless
    } else {
        None
    };
    if subsidiary_protection_only(application) {
        return None;
    }
    declared.or_else(|| {
        (application.entry_stay.permit_type == Some(PermitType::Asylum))
            .then_some(RefugeeStatus::Refugee)
    })
}

/// A place in Italy: country "Italia"/"Italy", or no country but a province.
pub fn is_italian_place(place: &Place) -> bool {
    if place.country.trim().is_empty() {
        !place.province.trim().is_empty()
    } else {
        is_italy_name(&place.country)
    }
}

/// Born in Italy, by the place of birth; while no place is typed, by the art. 9 a) answer.
pub fn is_born_in_italy(application: &Application) -> bool {
    let place = &application.personal.birth_place;
    let place_known = !place.country.trim().is_empty() || !place.province.trim().is_empty();
    if place_known {
        is_italian_place(place)
    } else {
        application.legal_basis.basis == Some(LegalBasis::Art9A)
            && application.legal_basis.art9a_born_in_italy == Some(true)
    }
}

/// Art. 9 d), or a citizenship of another EU member state.
pub fn is_eu_citizen(application: &Application) -> bool {
    application.legal_basis.basis == Some(LegalBasis::Art9D)
        || application
            .personal
            .citizenships
            .iter()
            .any(|country| is_eu_country(country))
}

/// Whether the applicant lives in Italy (and so has an Italian residence, permit, CF).
pub fn lives_in_italy(application: &Application) -> bool {
    match application.legal_basis.basis {
        Some(LegalBasis::Art5Abroad) => false,
        // Service to the State can be abroad (form BE): residences tell.
        Some(LegalBasis::Art9C) => !application.residences.periods.is_empty(),
        _ => true,
    }
}

/// Whether the art. 9 income section (and the income statements) apply: not for art. 5.
pub fn needs_income(application: &Application) -> bool {
    !application
        .legal_basis
        .basis
        .is_some_and(LegalBasis::is_marriage)
}

/// The birth certificate (section 3).
pub fn birth_certificate(application: &Application) -> Need {
    if is_born_in_italy(application) {
        Need::Exempt(Exemption::BornInItaly)
    } else if is_refugee_or_stateless(application)
        && application.birth_certificate.replaced_by_atto_notorio
    {
        Need::Exempt(Exemption::AttoNotorio)
    } else {
        Need::Required
    }
}

/// The criminal record certificates (section 8).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CriminalRecords {
    Exempt(Exemption),
    /// One certificate per country: each citizenship (country of origin) and every country
    /// listed in section 8 (other countries of residence from 14), Italy excluded, in that
    /// order. Empty while no citizenship is known: one certificate is needed, country unknown.
    Countries(Vec<String>),
}

pub fn criminal_records(application: &Application) -> CriminalRecords {
    if application.residences.registered_in_italy_before_14 == Some(true) {
        return CriminalRecords::Exempt(Exemption::RegisteredBefore14);
    }
    if is_refugee_or_stateless(application) {
        return CriminalRecords::Exempt(Exemption::AttoNotorio);
    }
    let declared = application
        .judicial
        .certificates
        .iter()
        .map(|certificate| certificate.country.as_str());
    let mut countries: Vec<String> = Vec::new();
    for country in application
        .personal
        .citizenships
        .iter()
        .map(String::as_str)
        .chain(declared)
    {
        let country = country.trim();
        if !country.is_empty()
            && !is_italy_name(country)
            && !countries.iter().any(|known| same_country(known, country))
        {
            countries.push(country.to_string());
        }
    }
    CriminalRecords::Countries(countries)
}

/// The issue date section 8 declares for the criminal record certificate of `country`.
pub fn declared_criminal_record_issue_date(
    application: &Application,
    country: &str,
) -> Option<NaiveDate> {
    application
        .judicial
        .certificates
        .iter()
        .filter(|certificate| same_country(&certificate.country, country))
        .find_map(|certificate| parse_user_date(&certificate.issue_date))
}

/// The issue date that counts for the criminal record certificate of `country` (valid six
/// months from it): the one typed in section 8, which is what the application declares; the
/// `attachment`'s own date only while section 8 has none. An attachment whose date differs
/// from section 8's is reported in the Documents section (`Problem::IssueDateMismatch`).
pub fn criminal_record_issue_date(
    application: &Application,
    country: &str,
    attachment: Option<&AttachedDocument>,
) -> Option<NaiveDate> {
    declared_criminal_record_issue_date(application, country)
        .or_else(|| attachment.and_then(|doc| parse_user_date(&doc.issue_date)))
}

/// How the Italian language (B1) is proven (section 9).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LanguageProof {
    /// A B1 (or higher) certificate.
    Certificate,
    /// A recognised Italian school or university qualification (itself the document).
    Qualification,
    /// Exempt, as declared in section 9 and consistent with the other answers.
    Exempt(Exemption),
}

/// The proof section 9 declares; `Err` when the declared exemption does not apply (then the
/// certificate is needed until the answer is corrected). An exemption is never assumed from
/// the permit alone: the applicant declares it in section 9, which the checklist then follows.
pub fn language_proof(application: &Application) -> Result<LanguageProof, Problem> {
    let exemption = match application.language.exemption {
        None => return Ok(LanguageProof::Certificate),
        Some(LanguageExemption::ItalianQualification) => return Ok(LanguageProof::Qualification),
        Some(LanguageExemption::EuLongTermPermit) => Exemption::EuLongTermPermit,
        Some(LanguageExemption::IntegrationAgreement) => Exemption::IntegrationAgreement,
    };
    if is_eu_citizen(application) {
        return Err(Problem::ExemptionNotForEuCitizens);
    }
    if exemption == Exemption::EuLongTermPermit
        && application.entry_stay.permit_type != Some(PermitType::EuLongTerm)
    {
        return Err(Problem::ExemptionNeedsLongTermPermit);
    }
    Ok(LanguageProof::Exempt(exemption))
}

/// The language certificate (or qualification) document.
pub fn language_certificate(application: &Application) -> Need {
    match language_proof(application) {
        Ok(LanguageProof::Exempt(exemption)) => Need::Exempt(exemption),
        _ => Need::Required,
    }
}

/// The residence permit copy.
pub fn residence_permit(application: &Application) -> Need {
    if is_eu_citizen(application) {
        Need::Exempt(Exemption::EuCitizen)
    } else if !lives_in_italy(application) {
        Need::Exempt(Exemption::LivingAbroad)
    } else {
        Need::Required
    }
}

/// The codice fiscale copy: not needed abroad unless a code was typed.
pub fn codice_fiscale(application: &Application) -> Need {
    if !lives_in_italy(application) && application.personal.codice_fiscale.trim().is_empty() {
        Need::Exempt(Exemption::LivingAbroad)
    } else {
        Need::Required
    }
}

/// The income statements, one per required tax year (newest first); none for art. 5.
/// A year declared with no income at all (no family income either) needs no statement.
pub fn income_statements(application: &Application, today: NaiveDate) -> Vec<(i32, Need)> {
    if !needs_income(application) {
        return Vec::new();
    }
    required_income_years(today)
        .into_iter()
        .rev()
        .map(|year| {
            let no_income_at_all = application.income.years.iter().any(|entry| {
                fields::parse_year(&entry.year).ok() == Some(year)
                    && entry.source == Some(IncomeSource::None)
                    && entry.family_income.is_empty()
            });
            let need = if no_income_at_all {
                Need::Exempt(Exemption::NoIncome)
            } else {
                Need::Required
            };
            (year, need)
        })
        .collect()
}
