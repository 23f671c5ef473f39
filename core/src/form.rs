//! The fields of each section, described once: their kinds, choices, lists, relevance and
//! label ids. The GUI's editor draws them, the read-back review (`crate::review`) and the
//! summary PDF read them back, the i18n tests list their labels (the labels themselves are in
//! `core/i18n/<lang>/fields.ftl`, see `crate::i18n`). A field's path (`personal.codice_fiscale`, `residences.periods.2.from`) is the
//! serde path inside `Application`, the widget id, and the path of `rules::FieldIssue`.

use crate::model::{
    CriminalCertificate, FamilyIncome, GapReason, HouseholdMember, IncomeSource, IncomeYear,
    LanguageExemption, LegalBasis, MaritalStatus, PermitType, Relationship, ResidencePeriod,
    SectionId,
};
use serde::Serialize;
use serde_json::Value;

/// How a field is edited.
#[derive(Clone, Copy)]
pub enum Kind {
    Text,
    /// `DD/MM/YYYY`.
    Date,
    /// Euro amount.
    Amount,
    /// A comma-separated list of texts (`Vec<String>`).
    CommaList,
    /// `Option<enum>` or `Option<bool>` chosen from a list.
    Choice(fn() -> Vec<Choice>),
    /// `bool`.
    Check,
    /// The competent prefecture: a pick list of `crate::prefectures` (names are not
    /// translated), or free text for the consular office of an applicant living abroad.
    Prefecture,
}

#[derive(Clone, Copy)]
pub struct Field {
    /// Path relative to the enclosing section or list item.
    pub name: &'static str,
    pub kind: Kind,
}

#[derive(Clone, Copy)]
pub enum Item {
    Field(Field),
    /// A list of records, each with its items; `new_item` is a default record as JSON.
    List {
        name: &'static str,
        items: &'static [Item],
        new_item: fn() -> Value,
    },
    /// The attached documents (section 11).
    Attachments,
}

/// One option of a choice: the serde value stored in the draft and the i18n id of its label.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub value: Value,
    pub label_id: String,
}

const fn text(name: &'static str) -> Item {
    Item::Field(Field {
        name,
        kind: Kind::Text,
    })
}
const fn date(name: &'static str) -> Item {
    Item::Field(Field {
        name,
        kind: Kind::Date,
    })
}
const fn amount(name: &'static str) -> Item {
    Item::Field(Field {
        name,
        kind: Kind::Amount,
    })
}
const fn check(name: &'static str) -> Item {
    Item::Field(Field {
        name,
        kind: Kind::Check,
    })
}
const fn choice(name: &'static str, options: fn() -> Vec<Choice>) -> Item {
    Item::Field(Field {
        name,
        kind: Kind::Choice(options),
    })
}

fn enum_choices<T: Serialize + Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    prefix: &str,
) -> Vec<Choice> {
    all.iter()
        .map(|value| Choice {
            value: serde_json::to_value(value).unwrap_or(Value::Null),
            label_id: format!("{prefix}-{}", key(*value)),
        })
        .collect()
}

fn fixed_choices(options: &[(Value, &str)]) -> Vec<Choice> {
    options
        .iter()
        .map(|(value, id)| Choice {
            value: value.clone(),
            label_id: (*id).to_string(),
        })
        .collect()
}

pub fn yes_no() -> Vec<Choice> {
    fixed_choices(&[
        (Value::Bool(true), "choice-yes"),
        (Value::Bool(false), "choice-no"),
    ])
}
pub fn legal_bases() -> Vec<Choice> {
    enum_choices(&LegalBasis::ALL, LegalBasis::key, "basis")
}
pub fn refugee_statuses() -> Vec<Choice> {
    fixed_choices(&[
        (Value::from("refugee"), "refugee-status-refugee"),
        (Value::from("stateless"), "refugee-status-stateless"),
    ])
}
pub fn sexes() -> Vec<Choice> {
    fixed_choices(&[
        (Value::from("M"), "sex-male"),
        (Value::from("F"), "sex-female"),
    ])
}
pub fn marital_statuses() -> Vec<Choice> {
    enum_choices(&MaritalStatus::ALL, MaritalStatus::key, "marital")
}
pub fn legalisations() -> Vec<Choice> {
    fixed_choices(&[
        (Value::from("apostille"), "legalisation-apostille"),
        (
            Value::from("consular_legalisation"),
            "legalisation-consular",
        ),
        (Value::from("exempt"), "legalisation-exempt"),
    ])
}
pub fn permit_types() -> Vec<Choice> {
    enum_choices(&PermitType::ALL, PermitType::key, "permit")
}
pub fn relationships() -> Vec<Choice> {
    enum_choices(&Relationship::ALL, Relationship::key, "relationship")
}
pub fn gap_reasons() -> Vec<Choice> {
    enum_choices(&GapReason::ALL, GapReason::key, "gap-reason")
}
pub fn income_sources() -> Vec<Choice> {
    enum_choices(&IncomeSource::ALL, IncomeSource::key, "income-source")
}
/// "No exemption" is a real answer here (the B1 certificate is provided), stored as `null`.
pub fn exemptions() -> Vec<Choice> {
    let mut choices = vec![Choice {
        value: Value::Null,
        label_id: "exemption-none".to_string(),
    }];
    choices.extend(enum_choices(
        &LanguageExemption::ALL,
        LanguageExemption::key,
        "exemption",
    ));
    choices
}

/// Every choice list, for the i18n test.
pub const ALL_CHOICE_LISTS: [fn() -> Vec<Choice>; 12] = [
    gap_reasons,
    yes_no,
    legal_bases,
    refugee_statuses,
    sexes,
    marital_statuses,
    legalisations,
    permit_types,
    relationships,
    income_sources,
    exemptions,
    document_kinds,
];

pub fn document_kinds() -> Vec<Choice> {
    use crate::model::DocumentKind;
    enum_choices(&DocumentKind::ALL, DocumentKind::key, "doc")
}

fn json<T: Serialize + Default>() -> Value {
    serde_json::to_value(T::default()).unwrap_or(Value::Null)
}

const PLACE_OF_BIRTH: [&str; 3] = [
    "birth_place.town",
    "birth_place.province",
    "birth_place.country",
];

const LEGAL_BASIS: &[Item] = &[
    choice("basis", legal_bases),
    Item::Field(Field {
        name: "prefecture",
        kind: Kind::Prefecture,
    }),
    choice("art9a_born_in_italy", yes_no),
    date("adoption_date"),
    text("state_service_employer"),
    date("state_service_from"),
    date("state_service_to"),
    choice("refugee_or_stateless", refugee_statuses),
    date("status_recognised_on"),
];

const PERSONAL: &[Item] = &[
    text("surname"),
    text("name"),
    text("birth_surname"),
    choice("sex", sexes),
    date("birth_date"),
    text(PLACE_OF_BIRTH[0]),
    text(PLACE_OF_BIRTH[1]),
    text(PLACE_OF_BIRTH[2]),
    Item::Field(Field {
        name: "citizenships",
        kind: Kind::CommaList,
    }),
    text("codice_fiscale"),
    text("residence.street"),
    text("residence.house_number"),
    text("residence.postcode"),
    text("residence.municipality"),
    text("residence.province"),
    text("email"),
    text("phone"),
    choice("marital_status", marital_statuses),
];

const BIRTH_CERTIFICATE: &[Item] = &[
    text("issuing_authority"),
    text("act_number"),
    date("issue_date"),
    choice("legalisation", legalisations),
    date("legalisation_date"),
    choice("translated", yes_no),
    check("replaced_by_atto_notorio"),
];

const ENTRY_STAY: &[Item] = &[
    date("first_entry_date"),
    choice("permit_type", permit_types),
    text("permit_number"),
    text("permit_issuer"),
    date("permit_issue_date"),
    date("permit_expiry_date"),
    text("foreign_document.kind"),
    text("foreign_document.number"),
    text("foreign_document.issuer"),
    date("foreign_document.issue_date"),
    date("foreign_document.expiry_date"),
    text("italian_id_card.kind"),
    text("italian_id_card.number"),
    text("italian_id_card.issuer"),
    date("italian_id_card.issue_date"),
    date("italian_id_card.expiry_date"),
];

const RESIDENCES: &[Item] = &[
    Item::List {
        name: "periods",
        items: &[
            text("municipality"),
            text("province"),
            date("from"),
            date("to"),
            choice("gap_before_reason", gap_reasons),
        ],
        new_item: json::<ResidencePeriod>,
    },
    choice("registered_in_italy_before_14", yes_no),
];

const FAMILY: &[Item] = &[
    text("spouse.surname"),
    text("spouse.name"),
    date("spouse.birth_date"),
    text("spouse.birth_place.town"),
    text("spouse.birth_place.province"),
    text("spouse.birth_place.country"),
    text("spouse.codice_fiscale"),
    choice("spouse.italian_citizen", yes_no),
    date("spouse.marriage_date"),
    text("spouse.marriage_place"),
    text("spouse.transcription_municipality"),
    date("spouse.transcription_date"),
    date("spouse.separation_date"),
    date("spouse.divorce_date"),
    date("spouse.annulment_date"),
    date("spouse.death_date"),
    choice("children_with_spouse", yes_no),
    Item::List {
        name: "household",
        items: &[
            text("surname"),
            text("name"),
            date("birth_date"),
            text("birth_place.town"),
            text("birth_place.province"),
            text("birth_place.country"),
            text("codice_fiscale"),
            choice("relationship", relationships),
            check("dependant"),
        ],
        new_item: json::<HouseholdMember>,
    },
];

const INCOME: &[Item] = &[Item::List {
    name: "years",
    items: &[
        text("year"),
        amount("amount"),
        choice("source", income_sources),
        choice("dependent_spouse", yes_no),
        text("other_dependants"),
        Item::List {
            name: "family_income",
            items: &[
                text("member_name"),
                amount("amount"),
                choice("source", income_sources),
                choice("same_household", yes_no),
            ],
            new_item: json::<FamilyIncome>,
        },
    ],
    new_item: json::<IncomeYear>,
}];

const JUDICIAL: &[Item] = &[
    choice("no_convictions", yes_no),
    text("convictions_details"),
    choice("pending_proceedings", yes_no),
    Item::List {
        name: "certificates",
        items: &[
            text("country"),
            date("issue_date"),
            choice("legalisation", legalisations),
            choice("translated", yes_no),
        ],
        new_item: json::<CriminalCertificate>,
    },
];

const LANGUAGE: &[Item] = &[
    choice("exemption", exemptions),
    text("certifying_body"),
    text("level"),
    text("certificate_number"),
    date("certificate_date"),
];

const PAYMENTS: &[Item] = &[
    text("contribution.iuv"),
    date("contribution.paid_on"),
    amount("contribution.amount"),
    text("stamp_duty.iuv"),
    date("stamp_duty.paid_on"),
    amount("stamp_duty.amount"),
];

const DOCUMENTS: &[Item] = &[Item::Attachments];

const CONSENT: &[Item] = &[check("truthfulness"), check("privacy"), check("reviewed")];

/// The items of a section, in the order of the portal.
pub fn items(section: SectionId) -> &'static [Item] {
    match section {
        SectionId::LegalBasis => LEGAL_BASIS,
        SectionId::Personal => PERSONAL,
        SectionId::BirthCertificate => BIRTH_CERTIFICATE,
        SectionId::EntryStay => ENTRY_STAY,
        SectionId::Residences => RESIDENCES,
        SectionId::Family => FAMILY,
        SectionId::Income => INCOME,
        SectionId::Judicial => JUDICIAL,
        SectionId::Language => LANGUAGE,
        SectionId::Payments => PAYMENTS,
        SectionId::Documents => DOCUMENTS,
        SectionId::Consent => CONSENT,
    }
}

/// i18n id of a section's name: `section-<key>` with `_` -> `-`.
pub fn section_label_id(section: SectionId) -> String {
    format!("section-{}", section.key().replace('_', "-"))
}

/// i18n id of a field's label: the path without list indexes, `.`/`_` -> `-`
/// (`residences.periods.2.from` -> `field-residences-periods-from`).
pub fn label_id(path: &str) -> String {
    let parts: Vec<&str> = path
        .split('.')
        .filter(|part| part.parse::<usize>().is_err())
        .collect();
    format!("field-{}", parts.join("-").replace('_', "-"))
}

/// Every label id of every section (fields and list headings), for the i18n test.
pub fn all_label_ids() -> Vec<String> {
    fn walk(prefix: &str, items: &[Item], out: &mut Vec<String>) {
        for item in items {
            match item {
                Item::Field(field) => out.push(label_id(&format!("{prefix}.{}", field.name))),
                Item::List { name, items, .. } => {
                    let path = format!("{prefix}.{name}");
                    out.push(label_id(&path));
                    walk(&path, items, out);
                }
                Item::Attachments => {}
            }
        }
    }
    let mut out = Vec::new();
    for section in SectionId::ALL {
        walk(section.key(), items(section), &mut out);
    }
    out.sort();
    out.dedup();
    out
}

/// Every i18n id the editor builds at runtime (sections, labels, choices).
pub fn dynamic_ids() -> Vec<String> {
    let mut ids = all_label_ids();
    ids.extend(SectionId::ALL.into_iter().map(section_label_id));
    for list in ALL_CHOICE_LISTS {
        ids.extend(list().into_iter().map(|c| c.label_id));
    }
    ids.sort();
    ids.dedup();
    ids
}

/// Whether a field applies to this application: the legal basis fields specific to one
/// basis are shown only for that basis (a value typed earlier is kept, just not shown).
pub fn is_relevant(path: &str, application: &crate::model::Application) -> bool {
    let basis = application.legal_basis.basis;
    let only_for = |wanted: LegalBasis| basis == Some(wanted);
    match path {
        "legal_basis.art9a_born_in_italy" => only_for(LegalBasis::Art9A),
        "legal_basis.adoption_date" => only_for(LegalBasis::Art9B),
        "legal_basis.state_service_employer"
        | "legal_basis.state_service_from"
        | "legal_basis.state_service_to" => only_for(LegalBasis::Art9C),
        "legal_basis.refugee_or_stateless" | "legal_basis.status_recognised_on" => {
            only_for(LegalBasis::Art9E)
        }
        _ => true,
    }
}
