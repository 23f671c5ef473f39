//! The data of each section. Text fields hold exactly what the user typed; dates are typed as
//! `DD/MM/YYYY` (ISO `YYYY-MM-DD` is accepted too), amounts as `12.345,67` or `12345.67`.

use serde::{Deserialize, Serialize};

// ---------------------------------------------------------------- 1 Legal basis

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalBasis {
    /// Art. 5: marriage or civil union with an Italian citizen, living in Italy (form A).
    Art5Italy,
    /// Art. 5: marriage or civil union with an Italian citizen, living abroad (form AE).
    Art5Abroad,
    /// Art. 9 c.1 a): born in Italy (3 years) or descendant of an Italian citizen by birth.
    Art9A,
    /// Art. 9 c.1 b): adult adopted by an Italian citizen (5 years after adoption).
    Art9B,
    /// Art. 9 c.1 c): 5 years of service to the Italian State (form BE when abroad).
    Art9C,
    /// Art. 9 c.1 d): EU citizen (4 years).
    Art9D,
    /// Art. 9 c.1 e): stateless person or refugee (5 years).
    Art9E,
    /// Art. 9 c.1 f): any other foreigner (10 years).
    Art9F,
}

impl LegalBasis {
    pub const ALL: [LegalBasis; 8] = [
        LegalBasis::Art5Italy,
        LegalBasis::Art5Abroad,
        LegalBasis::Art9A,
        LegalBasis::Art9B,
        LegalBasis::Art9C,
        LegalBasis::Art9D,
        LegalBasis::Art9E,
        LegalBasis::Art9F,
    ];

    pub fn is_marriage(self) -> bool {
        matches!(self, LegalBasis::Art5Italy | LegalBasis::Art5Abroad)
    }

    pub fn is_residence(self) -> bool {
        !self.is_marriage()
    }

    /// Stable key, also the base of the i18n id `basis-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            LegalBasis::Art5Italy => "art5-italy",
            LegalBasis::Art5Abroad => "art5-abroad",
            LegalBasis::Art9A => "art9-a",
            LegalBasis::Art9B => "art9-b",
            LegalBasis::Art9C => "art9-c",
            LegalBasis::Art9D => "art9-d",
            LegalBasis::Art9E => "art9-e",
            LegalBasis::Art9F => "art9-f",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LegalBasisSection {
    #[serde(deserialize_with = "crate::model::lenient::option_enum")]
    pub basis: Option<LegalBasis>,
    /// Prefecture (province) the application is addressed to, e.g. "Milano".
    pub prefecture: String,
    /// Art. 9 a): how the applicant qualifies: born in Italy, or descendant of a citizen by birth.
    pub art9a_born_in_italy: Option<bool>,
    /// Art. 9 b): date of the adoption.
    pub adoption_date: String,
    /// Art. 9 c): public administration served and the dates of service.
    pub state_service_employer: String,
    pub state_service_from: String,
    pub state_service_to: String,
    /// Art. 9 e): refugee or stateless.
    #[serde(deserialize_with = "crate::model::lenient::option_enum")]
    pub refugee_or_stateless: Option<RefugeeStatus>,
    /// Art. 9 e): date the status was recognised and the issuing authority.
    pub status_recognised_on: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RefugeeStatus {
    Refugee,
    Stateless,
}

// ---------------------------------------------------------------- 2 Personal data

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sex {
    #[serde(rename = "M")]
    Male,
    #[serde(rename = "F")]
    Female,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MaritalStatus {
    Single,
    Married,
    CivilUnion,
    Separated,
    Divorced,
    Widowed,
}

impl MaritalStatus {
    pub const ALL: [MaritalStatus; 6] = [
        MaritalStatus::Single,
        MaritalStatus::Married,
        MaritalStatus::CivilUnion,
        MaritalStatus::Separated,
        MaritalStatus::Divorced,
        MaritalStatus::Widowed,
    ];

    /// Stable key, also the base of the i18n id `marital-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            MaritalStatus::Single => "single",
            MaritalStatus::Married => "married",
            MaritalStatus::CivilUnion => "civil-union",
            MaritalStatus::Separated => "separated",
            MaritalStatus::Divorced => "divorced",
            MaritalStatus::Widowed => "widowed",
        }
    }
}

/// A place of birth: an Italian municipality or a foreign country (plus the foreign town).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Place {
    /// Italian municipality name, or foreign town.
    pub town: String,
    /// Italian province code (e.g. "MI"); empty abroad.
    pub province: String,
    /// Country name; "Italia" (or empty with a province) means Italy.
    pub country: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Address {
    pub street: String,
    pub house_number: String,
    pub postcode: String,
    pub municipality: String,
    pub province: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PersonalData {
    pub surname: String,
    pub name: String,
    /// Surname at birth, when different (e.g. changed by marriage).
    pub birth_surname: String,
    #[serde(deserialize_with = "crate::model::lenient::option_enum")]
    pub sex: Option<Sex>,
    pub birth_date: String,
    pub birth_place: Place,
    /// Current citizenships (at least one unless stateless), comma separated in the UI.
    pub citizenships: Vec<String>,
    pub codice_fiscale: String,
    pub residence: Address,
    pub email: String,
    pub phone: String,
    #[serde(deserialize_with = "crate::model::lenient::option_enum")]
    pub marital_status: Option<MaritalStatus>,
}

// ---------------------------------------------------------------- 3 Birth certificate

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Legalisation {
    Apostille,
    ConsularLegalisation,
    /// Exempt by convention (e.g. Vienna 1976 multilingual extract, bilateral treaties).
    Exempt,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct BirthCertificate {
    pub issuing_authority: String,
    pub act_number: String,
    pub issue_date: String,
    #[serde(deserialize_with = "crate::model::lenient::option_enum")]
    pub legalisation: Option<Legalisation>,
    pub legalisation_date: String,
    /// Translated into Italian (certified translation), or multilingual form.
    pub translated: Option<bool>,
    /// Refugees and stateless persons: an atto notorio replaces the certificate.
    pub replaced_by_atto_notorio: bool,
}

// ---------------------------------------------------------------- 4 Entry and stay

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PermitType {
    /// Permesso di soggiorno UE per soggiornanti di lungo periodo.
    EuLongTerm,
    Work,
    Family,
    Study,
    /// Asylum / international protection.
    Asylum,
    SubsidiaryProtection,
    /// Attestazione di soggiorno (EU citizens).
    EuRegistration,
    Other,
}

impl PermitType {
    pub const ALL: [PermitType; 8] = [
        PermitType::EuLongTerm,
        PermitType::Work,
        PermitType::Family,
        PermitType::Study,
        PermitType::Asylum,
        PermitType::SubsidiaryProtection,
        PermitType::EuRegistration,
        PermitType::Other,
    ];

    /// Stable key, also the base of the i18n id `permit-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            PermitType::EuLongTerm => "eu-long-term",
            PermitType::Work => "work",
            PermitType::Family => "family",
            PermitType::Study => "study",
            PermitType::Asylum => "asylum",
            PermitType::SubsidiaryProtection => "subsidiary-protection",
            PermitType::EuRegistration => "eu-registration",
            PermitType::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct IdentityDocument {
    /// Passport, identity card, ... (free text on the portal).
    pub kind: String,
    pub number: String,
    pub issuer: String,
    pub issue_date: String,
    pub expiry_date: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct EntryAndStay {
    pub first_entry_date: String,
    #[serde(deserialize_with = "crate::model::lenient::option_enum")]
    pub permit_type: Option<PermitType>,
    pub permit_number: String,
    /// Questura that issued the permit.
    pub permit_issuer: String,
    pub permit_issue_date: String,
    /// Empty for permits with no expiry (EU long-term).
    pub permit_expiry_date: String,
    /// Italian identity card (optional).
    pub italian_id_card: IdentityDocument,
    /// Foreign passport or identity document (required).
    pub foreign_document: IdentityDocument,
}

// ---------------------------------------------------------------- 5 Residences

/// Why the registered residence was interrupted before a period (a declared gap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GapReason {
    /// Registration cancelled (e.g. for irreperibilità) and later restored.
    CancelledReregistered,
    /// Lived abroad in between.
    LivedAbroad,
    Other,
}

impl GapReason {
    pub const ALL: [GapReason; 3] = [
        GapReason::CancelledReregistered,
        GapReason::LivedAbroad,
        GapReason::Other,
    ];

    /// Stable key, also the base of the i18n id `gap-reason-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            GapReason::CancelledReregistered => "cancelled-reregistered",
            GapReason::LivedAbroad => "lived-abroad",
            GapReason::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ResidencePeriod {
    pub municipality: String,
    pub province: String,
    pub from: String,
    /// Empty for the current residence.
    pub to: String,
    /// A gap just before this period is a fact, not a typing error: why it happened.
    #[serde(deserialize_with = "crate::model::lenient::option_enum")]
    pub gap_before_reason: Option<GapReason>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Residences {
    /// Registered residences in Italy (anagrafe), any order; validation sorts them.
    pub periods: Vec<ResidencePeriod>,
    /// Registered in an Italian municipality before the age of 14 and resident since.
    pub registered_in_italy_before_14: Option<bool>,
}

// ---------------------------------------------------------------- 6 Family

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    Spouse,
    Child,
    Parent,
    Sibling,
    OtherRelative,
    Other,
}

impl Relationship {
    pub const ALL: [Relationship; 6] = [
        Relationship::Spouse,
        Relationship::Child,
        Relationship::Parent,
        Relationship::Sibling,
        Relationship::OtherRelative,
        Relationship::Other,
    ];

    /// Stable key, also the base of the i18n id `relationship-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            Relationship::Spouse => "spouse",
            Relationship::Child => "child",
            Relationship::Parent => "parent",
            Relationship::Sibling => "sibling",
            Relationship::OtherRelative => "other-relative",
            Relationship::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Spouse {
    pub surname: String,
    pub name: String,
    pub birth_date: String,
    pub birth_place: Place,
    pub codice_fiscale: String,
    /// Italian citizen (required for art. 5).
    pub italian_citizen: Option<bool>,
    pub marriage_date: String,
    pub marriage_place: String,
    /// Marriage celebrated abroad: transcribed in the Italian civil registers.
    pub transcription_municipality: String,
    pub transcription_date: String,
    /// Marriage events that matter for art. 5 (empty = did not happen).
    pub separation_date: String,
    pub divorce_date: String,
    pub annulment_date: String,
    /// Date of the spouse's death.
    pub death_date: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct HouseholdMember {
    pub surname: String,
    pub name: String,
    pub birth_date: String,
    pub birth_place: Place,
    pub codice_fiscale: String,
    #[serde(deserialize_with = "crate::model::lenient::option_enum")]
    pub relationship: Option<Relationship>,
    /// Fiscally dependent on the applicant (counts for the income threshold).
    pub dependant: bool,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Family {
    pub spouse: Spouse,
    /// Children born to or adopted by the couple (halve the art. 5 residence period).
    pub children_with_spouse: Option<bool>,
    pub household: Vec<HouseholdMember>,
}

// ---------------------------------------------------------------- 7 Income

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncomeSource {
    /// Certificazione Unica from the employer/pension body.
    Cu,
    /// Modello 730.
    Form730,
    /// Modello Redditi (ex Unico).
    Unico,
    /// No income declared that year.
    None,
}

impl IncomeSource {
    pub const ALL: [IncomeSource; 4] = [
        IncomeSource::Cu,
        IncomeSource::Form730,
        IncomeSource::Unico,
        IncomeSource::None,
    ];

    /// Stable key, also the base of the i18n id `income-source-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            IncomeSource::Cu => "cu",
            IncomeSource::Form730 => "730",
            IncomeSource::Unico => "unico",
            IncomeSource::None => "none",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct FamilyIncome {
    /// Name of the family member on the same stato di famiglia.
    pub member_name: String,
    pub amount: String,
    #[serde(deserialize_with = "crate::model::lenient::option_enum")]
    pub source: Option<IncomeSource>,
    /// On the applicant's stato di famiglia (only then may the income be added).
    pub same_household: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct IncomeYear {
    /// Tax year, e.g. "2024".
    pub year: String,
    /// Applicant's gross taxable income in euro.
    pub amount: String,
    #[serde(deserialize_with = "crate::model::lenient::option_enum")]
    pub source: Option<IncomeSource>,
    pub family_income: Vec<FamilyIncome>,
    /// That year's household: a dependent spouse. `None` = as in section 6.
    pub dependent_spouse: Option<bool>,
    /// That year's other dependants (a number). Empty = as in section 6, counting only the
    /// members born by the end of the year.
    pub other_dependants: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Income {
    /// The three tax years before the application (art. 9 only).
    pub years: Vec<IncomeYear>,
}

// ---------------------------------------------------------------- 8 Judicial standing

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CriminalCertificate {
    pub country: String,
    pub issue_date: String,
    #[serde(deserialize_with = "crate::model::lenient::option_enum")]
    pub legalisation: Option<Legalisation>,
    pub translated: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct JudicialStanding {
    /// Self-declaration: no criminal convictions in Italy or abroad.
    pub no_convictions: Option<bool>,
    /// Details when there are convictions or pending proceedings.
    pub convictions_details: String,
    pub pending_proceedings: Option<bool>,
    /// Country of origin and every other country of residence from age 14.
    pub certificates: Vec<CriminalCertificate>,
}

// ---------------------------------------------------------------- 9 Italian language

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LanguageExemption {
    /// Holder of an EU long-term residence permit.
    EuLongTermPermit,
    /// Signer of the integration agreement (accordo di integrazione).
    IntegrationAgreement,
    /// Recognised Italian school or university qualification.
    ItalianQualification,
}

impl LanguageExemption {
    pub const ALL: [LanguageExemption; 3] = [
        LanguageExemption::EuLongTermPermit,
        LanguageExemption::IntegrationAgreement,
        LanguageExemption::ItalianQualification,
    ];

    /// Stable key, also the base of the i18n id `exemption-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            LanguageExemption::EuLongTermPermit => "eu-long-term-permit",
            LanguageExemption::IntegrationAgreement => "integration-agreement",
            LanguageExemption::ItalianQualification => "italian-qualification",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ItalianLanguage {
    /// None = B1 certificate provided.
    #[serde(deserialize_with = "crate::model::lenient::option_enum")]
    pub exemption: Option<LanguageExemption>,
    /// Certifying body (CILS, CELI, PLIDA, CERT.IT, CPIA ...).
    pub certifying_body: String,
    pub level: String,
    pub certificate_number: String,
    pub certificate_date: String,
}

// ---------------------------------------------------------------- 10 Payments

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Payment {
    /// pagoPA notice code (18 digits) or IUV.
    pub iuv: String,
    pub paid_on: String,
    pub amount: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Payments {
    /// 250 EUR contribution.
    pub contribution: Payment,
    /// 16 EUR marca da bollo.
    pub stamp_duty: Payment,
}

// ---------------------------------------------------------------- 11 Documents

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    BirthCertificate,
    CriminalRecord,
    IdentityDocument,
    ResidencePermit,
    CodiceFiscale,
    LanguageCertificate,
    IncomeStatement,
    PaymentReceipt,
    MarriageCertificate,
    AttoNotorio,
    Other,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 11] = [
        DocumentKind::BirthCertificate,
        DocumentKind::CriminalRecord,
        DocumentKind::IdentityDocument,
        DocumentKind::ResidencePermit,
        DocumentKind::CodiceFiscale,
        DocumentKind::LanguageCertificate,
        DocumentKind::IncomeStatement,
        DocumentKind::PaymentReceipt,
        DocumentKind::MarriageCertificate,
        DocumentKind::AttoNotorio,
        DocumentKind::Other,
    ];

    /// Stable key, also the base of the i18n id `doc-<key>`.
    pub fn key(self) -> &'static str {
        match self {
            DocumentKind::BirthCertificate => "birth-certificate",
            DocumentKind::CriminalRecord => "criminal-record",
            DocumentKind::IdentityDocument => "identity-document",
            DocumentKind::ResidencePermit => "residence-permit",
            DocumentKind::CodiceFiscale => "codice-fiscale",
            DocumentKind::LanguageCertificate => "language-certificate",
            DocumentKind::IncomeStatement => "income-statement",
            DocumentKind::PaymentReceipt => "payment-receipt",
            DocumentKind::MarriageCertificate => "marriage-certificate",
            DocumentKind::AttoNotorio => "atto-notorio",
            DocumentKind::Other => "other",
        }
    }
}

/// A reference to a file kept encrypted in the local vault (see `crate::store`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AttachedDocument {
    /// Vault id of the stored file.
    pub vault_id: String,
    #[serde(deserialize_with = "crate::model::lenient::option_enum")]
    pub kind: Option<DocumentKind>,
    pub original_name: String,
    pub sha256: String,
    pub size_bytes: u64,
    /// Issue date where it matters (criminal record: valid 6 months from issue).
    pub issue_date: String,
    /// Country, for criminal record certificates.
    pub country: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Documents {
    pub attached: Vec<AttachedDocument>,
}

// ---------------------------------------------------------------- 12 Consent and review

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Consent {
    /// Declares the data true under DPR 445/2000 arts. 46, 47, 75, 76.
    pub truthfulness: bool,
    /// Read the privacy notice (art. 13 GDPR).
    pub privacy: bool,
    /// Reviewed the whole application.
    pub reviewed: bool,
}
