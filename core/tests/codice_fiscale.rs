//! Codice fiscale: computing, validating, omocodia, place tables and lookups.

use chrono::NaiveDate;
use cittadinanza_core::codice_fiscale::places::{
    self, PlaceRef, by_code, country_by_name, municipality_by_name, resolve_municipality, search,
};
use cittadinanza_core::codice_fiscale::{
    CfError, CfPart, PersonInput, check_matches, compute, place_code_for, validate,
};
use cittadinanza_core::model::{Place, Sex};
use proptest::prelude::*;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

fn sex(letter: &str) -> Sex {
    if letter == "F" {
        Sex::Female
    } else {
        Sex::Male
    }
}

/// (surname, name, sex, birth date, place code, expected code). Expected codes were worked
/// out by hand for the first ones and cross-checked with an independent implementation.
const PEOPLE: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "Rossi",
        "Mario",
        "M",
        "1980-01-01",
        "H501",
        "RSSMRA80A01H501U",
    ),
    (
        "Bianchi",
        "Gianfranco",
        "M",
        "2000-02-29",
        "F205",
        "BNCGFR00B29F205X",
    ),
    (
        "Rossi",
        "Maria",
        "F",
        "1985-07-15",
        "H501",
        "RSSMRA85L55H501U",
    ),
    (
        "Verdi",
        "Giuseppe",
        "M",
        "1813-10-10",
        "H501",
        "VRDGPP13R10H501N",
    ),
    (
        "Esposito",
        "Anna",
        "F",
        "1992-02-29",
        "F839",
        "SPSNNA92B69F839O",
    ),
    ("Fo", "Dario", "M", "1926-03-24", "E734", "FOXDRA26C24E734T"),
    ("Li", "Wei", "M", "1990-11-30", "Z210", "LIXWEI90S30Z210P"),
    ("Ng", "Yu", "F", "2001-12-31", "Z210", "NGXYUX01T71Z210N"),
    (
        "D'Angelo",
        "Nicolò",
        "M",
        "1975-05-05",
        "D704",
        "DNGNCL75E05D704H",
    ),
    (
        "De Sanctis",
        "Francesca",
        "F",
        "1968-08-08",
        "D583",
        "DSNFNC68M48D583L",
    ),
    (
        "Müller",
        "Jürgen",
        "M",
        "1960-06-06",
        "Z112",
        "MLLJGN60H06Z112S",
    ),
    (
        "Nguyễn",
        "Thị Hoa",
        "F",
        "1995-04-30",
        "Z251",
        "NGYTHH95D70Z251N",
    ),
    (
        "Al-Hassan",
        "Fatima",
        "F",
        "1988-09-01",
        "Z330",
        "LHSFTM88P41Z330U",
    ),
    (
        "O'Connor",
        "Seán",
        "M",
        "1979-12-25",
        "Z116",
        "CNNSNE79T25Z116U",
    ),
    (
        "Singh",
        "Harpreet",
        "M",
        "1983-01-31",
        "Z222",
        "SNGHPR83A31Z222A",
    ),
    (
        "Popescu",
        "Ioana",
        "F",
        "2004-02-29",
        "Z129",
        "PPSNIO04B69Z129A",
    ),
    (
        "Hoxha",
        "Ilir",
        "M",
        "1999-10-10",
        "Z100",
        "HXHLRI99R10Z100U",
    ),
    (
        "Silva",
        "João",
        "M",
        "1970-03-03",
        "Z602",
        "SLVJOA70C03Z602X",
    ),
    (
        "Smith",
        "John",
        "M",
        "1950-07-04",
        "Z404",
        "SMTJHN50L04Z404Q",
    ),
    (
        "García Márquez",
        "José María",
        "M",
        "1977-06-15",
        "Z131",
        "GRCJMR77H15Z131I",
    ),
    ("Yu", "Ai", "F", "2010-05-20", "Z219", "YUXAIX10E60Z219X"),
    ("Bò", "Èva", "F", "1965-12-01", "F205", "BOXVEA65T41F205A"),
];

fn person<'a>(row: &'a (&str, &str, &str, &str, &str, &str)) -> PersonInput<'a> {
    PersonInput {
        surname: row.0,
        name: row.1,
        sex: sex(row.2),
        birth_date: date(row.3),
        place_code: row.4,
    }
}

#[test]
fn computes_the_expected_codes() {
    for row in PEOPLE {
        assert_eq!(compute(&person(row)).as_deref(), Ok(row.5), "{row:?}");
    }
}

#[test]
fn expected_codes_validate_decode_and_match() {
    for row in PEOPLE {
        let decoded = validate(row.5).unwrap_or_else(|e| panic!("{row:?}: {e}"));
        let birth = date(row.3);
        assert_eq!(decoded.sex, sex(row.2));
        assert_eq!(u32::from(decoded.birth_day), chrono::Datelike::day(&birth));
        assert_eq!(
            u32::from(decoded.birth_month),
            chrono::Datelike::month(&birth)
        );
        assert_eq!(
            i32::from(decoded.birth_year_2d),
            chrono::Datelike::year(&birth) % 100
        );
        assert_eq!(decoded.place_code, row.4);
        assert!(!decoded.omocode);
        assert_eq!(check_matches(row.5, &person(row)), Ok(()), "{row:?}");
    }
}

#[test]
fn omocode_from_the_rules_is_valid_and_decodes_to_the_base() {
    let decoded = validate("RSSMRA80A01H50MM").expect("valid omocode");
    assert!(decoded.omocode);
    assert_eq!(decoded.place_code, "H501");
    assert_eq!(decoded.base_code(), "RSSMRA80A01H501U");
    let mario = person(&PEOPLE[0]);
    assert_eq!(check_matches("RSSMRA80A01H50MM", &mario), Ok(()));
    // Fully substituted: every one of the seven digits is a letter.
    let full = "RSSMRAULALMHRLM";
    let check = {
        // Recompute the check letter by validating with a wrong one and reading the error.
        match validate(&format!("{full}A")) {
            Err(CfError::CheckLetter { expected, .. }) => expected,
            other => panic!("{other:?}"),
        }
    };
    let decoded = validate(&format!("{full}{check}")).expect("fully omocoded");
    assert_eq!(decoded.base_code(), "RSSMRA80A01H501U");
}

#[test]
fn input_is_normalised() {
    let decoded = validate("  rss mra 80a01 h501u ").expect("spaces and case ignored");
    assert_eq!(decoded.normalized, "RSSMRA80A01H501U");
}

#[test]
fn bad_codes_are_rejected_with_the_reason() {
    assert_eq!(validate(""), Err(CfError::Empty));
    assert_eq!(validate("   "), Err(CfError::Empty));
    assert_eq!(
        validate("RSSMRA80A01H501"),
        Err(CfError::Length { found: 15 })
    );
    assert_eq!(
        validate("RSSMRA80A01H501UU"),
        Err(CfError::Length { found: 17 })
    );
    assert_eq!(
        validate("RSSMRA80A01H501V"),
        Err(CfError::CheckLetter {
            expected: 'U',
            found: 'V'
        })
    );
    assert_eq!(
        validate("RSSMR480A01H501U"),
        Err(CfError::InvalidCharacter {
            position: 6,
            found: '4'
        })
    );
    assert_eq!(
        validate("RSSMRA8AA01H501U"),
        Err(CfError::InvalidCharacter {
            position: 8,
            found: 'A'
        })
    );
    assert_eq!(
        validate("RSSMRA80A01H501-"),
        Err(CfError::InvalidCharacter {
            position: 16,
            found: '-'
        })
    );
    assert!(matches!(
        validate("RSSMRÀ80A01H501U"),
        Err(CfError::InvalidCharacter { position: 6, .. })
    ));
    // Bad month letter F (check letter fixed up so that the month is what fails).
    assert_eq!(
        validate(&with_check("RSSMRA80F01H501")),
        Err(CfError::Month { found: 'F' })
    );
    assert_eq!(
        validate(&with_check("RSSMRA80A32H501")),
        Err(CfError::Day { day: 32, month: 1 })
    );
    assert_eq!(
        validate(&with_check("RSSMRA80A00H501")),
        Err(CfError::Day { day: 0, month: 1 })
    );
    assert_eq!(
        validate(&with_check("RSSMRA80A40H501")),
        Err(CfError::Day { day: 40, month: 1 })
    );
    assert_eq!(
        validate(&with_check("RSSMRA80A72H501")),
        Err(CfError::Day { day: 72, month: 1 })
    );
    assert_eq!(
        validate(&with_check("RSSMRA80D31H501")),
        Err(CfError::Day { day: 31, month: 4 })
    );
    assert_eq!(
        validate(&with_check("RSSMRA80B30H501")),
        Err(CfError::Day { day: 30, month: 2 })
    );
    // 29 February only in years that are leap in some century.
    assert_eq!(
        validate(&with_check("RSSMRA81B29H501")),
        Err(CfError::Day { day: 29, month: 2 })
    );
    assert_eq!(
        validate(&with_check("RSSMRA81B69H501")),
        Err(CfError::Day { day: 69, month: 2 })
    );
    assert!(validate(&with_check("RSSMRA84B69H501")).is_ok());
    assert!(validate(&with_check("RSSMRA00B29H501")).is_ok());
    assert!(validate(&with_check("RSSMRA80A71H501")).is_ok());
    // Unknown place codes: a municipality letter and a Z-code that do not exist.
    assert_eq!(
        validate(&with_check("RSSMRA80A01Z999")),
        Err(CfError::UnknownPlaceCode {
            code: "Z999".into()
        })
    );
    assert_eq!(
        validate(&with_check("RSSMRA80A01Y999")),
        Err(CfError::UnknownPlaceCode {
            code: "Y999".into()
        })
    );
}

/// Appends the right check letter to a 15-character body.
fn with_check(body: &str) -> String {
    match validate(&format!("{body}A")) {
        Err(CfError::CheckLetter { expected, .. }) => format!("{body}{expected}"),
        Ok(_) => format!("{body}A"),
        Err(other) => panic!("{body}: {other:?}"),
    }
}

#[test]
fn check_matches_names_the_part_that_differs() {
    let mario = person(&PEOPLE[0]);
    let err = |code: &str| check_matches(code, &mario).expect_err("mismatch");
    let maria = compute(&person(&PEOPLE[2])).expect("computes");
    assert!(matches!(
        err(&maria),
        CfError::Mismatch {
            part: CfPart::BirthDate,
            ..
        }
    ));
    let woman = compute(&PersonInput {
        sex: Sex::Female,
        ..mario
    })
    .expect("computes");
    assert_eq!(
        err(&woman),
        CfError::Mismatch {
            part: CfPart::Sex,
            expected: "M".into(),
            found: "F".into()
        }
    );
    // "Russo" encodes like "Rossi" (RSS): the same code, so it matches.
    let russo = compute(&PersonInput {
        surname: "Russo",
        ..mario
    })
    .expect("computes");
    assert_eq!(check_matches(&russo, &mario), Ok(()));
    let other_name = compute(&PersonInput {
        name: "Marco",
        ..mario
    })
    .expect("computes");
    assert_eq!(
        err(&other_name),
        CfError::Mismatch {
            part: CfPart::Name,
            expected: "MRA".into(),
            found: "MRC".into()
        }
    );
    let milan = compute(&PersonInput {
        place_code: "F205",
        ..mario
    })
    .expect("computes");
    assert_eq!(
        err(&milan),
        CfError::Mismatch {
            part: CfPart::Place,
            expected: "H501".into(),
            found: "F205".into()
        }
    );
    // No place known: the rest is still checked.
    let unknown_place = PersonInput {
        place_code: "",
        ..mario
    };
    assert_eq!(check_matches(&milan, &unknown_place), Ok(()));
    // An invalid code is reported as such, not as a mismatch.
    assert!(matches!(
        check_matches("RSSMRA80A01H501V", &mario),
        Err(CfError::CheckLetter { .. })
    ));
}

#[test]
fn surname_mismatch_is_reported() {
    let mario = person(&PEOPLE[0]);
    let bianchi = compute(&PersonInput {
        surname: "Bianchi",
        ..mario
    })
    .expect("computes");
    assert_eq!(
        check_matches(&bianchi, &mario),
        Err(CfError::Mismatch {
            part: CfPart::Surname,
            expected: "RSS".into(),
            found: "BNC".into()
        })
    );
}

#[test]
fn compute_rejects_bad_input() {
    let mario = person(&PEOPLE[0]);
    assert_eq!(
        compute(&PersonInput {
            surname: " ",
            ..mario
        }),
        Err(CfError::SurnameMissing)
    );
    assert_eq!(
        compute(&PersonInput { name: "-", ..mario }),
        Err(CfError::NameMissing)
    );
    assert!(matches!(
        compute(&PersonInput {
            name: "Алексей",
            ..mario
        }),
        Err(CfError::UnsupportedCharacter { .. })
    ));
    assert_eq!(
        compute(&PersonInput {
            place_code: "Roma",
            ..mario
        }),
        Err(CfError::PlaceCodeFormat {
            code: "ROMA".into()
        })
    );
    assert_eq!(
        compute(&PersonInput {
            place_code: "Z999",
            ..mario
        }),
        Err(CfError::UnknownPlaceCode {
            code: "Z999".into()
        })
    );
    // Lower case place codes are fine.
    assert_eq!(
        compute(&PersonInput {
            place_code: "h501",
            ..mario
        })
        .as_deref(),
        Ok("RSSMRA80A01H501U")
    );
}

#[test]
fn names_are_folded() {
    let base = PersonInput {
        surname: "DANGELO",
        name: "NICOLO",
        sex: Sex::Male,
        birth_date: date("1975-05-05"),
        place_code: "D704",
    };
    let expected = compute(&base).expect("computes");
    for (surname, name) in [
        ("D'Angelo", "Nicolò"),
        ("D’ANGELO", "NICOLO'"),
        ("d angelo", "nicolò"),
        ("D-Angelo", "Ni-co-lò"),
    ] {
        let p = PersonInput {
            surname,
            name,
            ..base
        };
        assert_eq!(compute(&p).as_ref(), Ok(&expected), "{surname} {name}");
    }
}

#[test]
fn every_error_has_a_message_in_both_languages() {
    for lang in ["it", "en"] {
        let path = format!(
            "{}/../i18n/{lang}/cittadinanza.ftl",
            env!("CARGO_MANIFEST_DIR")
        );
        let ftl = std::fs::read_to_string(&path).expect("ftl file");
        let block = ftl
            .split("# --- codice fiscale ---")
            .nth(1)
            .and_then(|rest| rest.split("# --- end codice fiscale ---").next())
            .expect("codice fiscale block");
        for id in CfError::message_ids() {
            let message = block
                .lines()
                .find(|l| l.starts_with(&format!("{id} =")))
                .unwrap_or_else(|| panic!("{lang}: {id} missing"));
            let _ = message;
        }
    }
    // Every variant's id is in the list, and its arguments are used by the Italian message.
    let samples = [
        CfError::Empty,
        CfError::Length { found: 3 },
        CfError::InvalidCharacter {
            position: 2,
            found: '!',
        },
        CfError::CheckLetter {
            expected: 'A',
            found: 'B',
        },
        CfError::Month { found: 'F' },
        CfError::Day { day: 32, month: 1 },
        CfError::UnknownPlaceCode {
            code: "Z999".into(),
        },
        CfError::PlaceCodeFormat { code: "X".into() },
        CfError::SurnameMissing,
        CfError::NameMissing,
        CfError::UnsupportedCharacter {
            field: cittadinanza_core::codice_fiscale::NameField::Name,
            character: 'и',
        },
        CfError::PlaceMissing,
        CfError::TownMissing,
        CfError::UnknownMunicipality { name: "X".into() },
        CfError::MunicipalityNotInProvince {
            name: "X".into(),
            province: "RM".into(),
        },
        CfError::AmbiguousMunicipality {
            name: "X".into(),
            provinces: "A, B".into(),
        },
        CfError::MunicipalityNotOnDate {
            name: "X".into(),
            date: "01/01/1900".into(),
        },
        CfError::UnknownCountry { name: "X".into() },
        CfError::Mismatch {
            part: CfPart::Surname,
            expected: "A".into(),
            found: "B".into(),
        },
        CfError::Mismatch {
            part: CfPart::Name,
            expected: "A".into(),
            found: "B".into(),
        },
        CfError::Mismatch {
            part: CfPart::BirthDate,
            expected: "A".into(),
            found: "B".into(),
        },
        CfError::Mismatch {
            part: CfPart::Sex,
            expected: "A".into(),
            found: "B".into(),
        },
        CfError::Mismatch {
            part: CfPart::Place,
            expected: "A".into(),
            found: "B".into(),
        },
    ];
    let it = std::fs::read_to_string(format!(
        "{}/../i18n/it/cittadinanza.ftl",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("ftl");
    for error in &samples {
        assert!(
            CfError::message_ids().contains(&error.message_id()),
            "{error:?}"
        );
        let start = it
            .find(&format!("{} =", error.message_id()))
            .expect("message");
        let message: String = it[start..]
            .lines()
            .take_while(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        let message = message.split("\nerr-").next().unwrap_or_default();
        for (arg, _) in error.args() {
            assert!(
                message.contains(&format!("${arg}")),
                "{}: ${arg}",
                error.message_id()
            );
        }
    }
    assert_eq!(samples.len(), CfError::message_ids().len());
}

// ------------------------------------------------------------------------ places

#[test]
fn tables_are_complete_and_well_formed() {
    let (municipalities, countries) = places::table_sizes();
    let tsv_rows = |text: &str| text.lines().skip(1).filter(|l| !l.is_empty()).count();
    let dir = env!("CARGO_MANIFEST_DIR");
    let m = std::fs::read_to_string(format!("{dir}/data/municipalities.tsv")).expect("tsv");
    let c = std::fs::read_to_string(format!("{dir}/data/countries.tsv")).expect("tsv");
    assert_eq!(
        municipalities,
        tsv_rows(&m),
        "no municipality row may be dropped"
    );
    assert_eq!(countries, tsv_rows(&c), "no country row may be dropped");
    assert!(municipalities > 15_000);
    assert!(countries > 200);
    let current = places::municipalities()
        .iter()
        .filter(|m| m.is_current())
        .count();
    assert!(
        (7_800..8_000).contains(&current),
        "{current} current municipalities"
    );
    for m in places::municipalities() {
        assert_eq!(m.code.len(), 4);
        assert!(m.valid_to.is_none_or(|to| m.valid_from <= to), "{m:?}");
    }
    assert!(places::countries().iter().all(|c| c.code.starts_with('Z')));
}

#[test]
fn municipalities_by_name_and_code() {
    let today = date("2025-01-01");
    let roma = municipality_by_name("Roma", Some("RM"), today).expect("Roma");
    assert_eq!(roma.code, "H501");
    for province in ["rm", " RM ", "(RM)"] {
        assert_eq!(
            municipality_by_name("Roma", Some(province), today).map(|m| m.code),
            Some("H501"),
            "{province}"
        );
    }
    assert_eq!(
        municipality_by_name("ROMA", None, today).map(|m| m.code),
        Some("H501")
    );
    // Accents, case and apostrophes.
    for spelling in ["Forlì", "forli", "FORLI'", "Forli’"] {
        assert_eq!(
            municipality_by_name(spelling, Some("FC"), today).map(|m| m.code),
            Some("D704"),
            "{spelling}"
        );
    }
    for spelling in [
        "Sant'Agata Bolognese",
        "sant agata bolognese",
        "SANT’AGATA BOLOGNESE",
        "Santagata Bolognese",
    ] {
        assert_eq!(
            municipality_by_name(spelling, None, today).map(|m| m.code),
            Some("I191"),
            "{spelling}"
        );
    }
    // Second official language.
    assert_eq!(
        municipality_by_name("Bozen", None, today).map(|m| m.code),
        Some("A952")
    );
    // Old province code: Forlì was in province FO before 1992.
    let forli_1980 = municipality_by_name("Forlì", Some("FO"), date("1980-05-01")).expect("found");
    assert_eq!((forli_1980.code, forli_1980.province), ("D704", "FO"));
    // The current province code is accepted for an old date too.
    assert_eq!(
        municipality_by_name("Forlì", Some("FC"), date("1980-05-01")).map(|m| m.code),
        Some("D704")
    );
    // By code.
    match by_code("h501") {
        Some(PlaceRef::Municipality(m)) => {
            assert_eq!(m.name, "Roma");
            assert!(m.is_current());
        }
        other => panic!("{other:?}"),
    }
    match by_code("Z404") {
        Some(PlaceRef::Country(c)) => assert_eq!(c.name_en, "United States"),
        other => panic!("{other:?}"),
    }
    assert_eq!(by_code("Z999"), None);
    assert_eq!(by_code(""), None);
}

#[test]
fn a_merged_municipality_resolves_by_date() {
    // Figline Valdarno (D583) merged into Figline e Incisa Valdarno (M321) on 1 January 2014.
    let before = municipality_by_name("Figline Valdarno", Some("FI"), date("1980-03-01"))
        .expect("existed in 1980");
    assert_eq!(before.code, "D583");
    assert!(!before.is_current());
    assert_eq!(
        resolve_municipality("Figline Valdarno", Some("FI"), date("2015-03-01")),
        Err(CfError::MunicipalityNotOnDate {
            name: "Figline Valdarno".into(),
            date: "01/03/2015".into()
        })
    );
    assert_eq!(
        municipality_by_name("Figline e Incisa Valdarno", None, date("2015-03-01")).map(|m| m.code),
        Some("M321")
    );
    assert_eq!(
        municipality_by_name("Figline e Incisa Valdarno", None, date("1980-03-01")),
        None
    );
    let history = places::municipality_history("D583");
    assert!(history.iter().all(|m| m.name == "Figline Valdarno"));
    assert!(
        history
            .last()
            .is_some_and(|m| m.valid_to == Some(date("2013-12-31")))
    );
}

#[test]
fn municipality_errors() {
    let today = date("2025-01-01");
    assert_eq!(
        resolve_municipality("Atlantide", None, today),
        Err(CfError::UnknownMunicipality {
            name: "Atlantide".into()
        })
    );
    assert_eq!(
        resolve_municipality("Roma", Some("MI"), today),
        Err(CfError::MunicipalityNotInProvince {
            name: "Roma".into(),
            province: "MI".into()
        })
    );
    // Two municipalities called Castro (Bergamo and Lecce).
    assert_eq!(
        resolve_municipality("Castro", None, today),
        Err(CfError::AmbiguousMunicipality {
            name: "Castro".into(),
            provinces: "BG, LE".into()
        })
    );
    let bg = resolve_municipality("Castro", Some("bg"), today).expect("Castro BG");
    let le = resolve_municipality("Castro", Some("LE"), today).expect("Castro LE");
    assert_ne!(bg.code, le.code);
}

#[test]
fn countries_by_name() {
    for (name, code) in [
        ("Stati Uniti d'America", "Z404"),
        ("United States", "Z404"),
        ("USA", "Z404"),
        ("Germania", "Z112"),
        ("germany", "Z112"),
        ("Marocco", "Z330"),
        ("Morocco", "Z330"),
        ("Albania", "Z100"),
        ("Repubblica Popolare Cinese", "Z210"),
        ("Cina", "Z210"),
        ("China", "Z210"),
        ("Perù", "Z611"),
        ("Peru", "Z611"),
        ("Costa d'Avorio", "Z313"),
        ("Côte d'Ivoire", "Z313"),
        ("Regno Unito", "Z114"),
        ("United Kingdom", "Z114"),
        ("Jugoslavia", "Z118"),
        ("Yugoslavia", "Z118"),
        ("Federazione Russa", "Z154"),
        ("Russia", "Z154"),
        ("Brasile", "Z602"),
        ("Brazil", "Z602"),
    ] {
        assert_eq!(country_by_name(name).map(|c| c.code), Some(code), "{name}");
    }
    assert_eq!(country_by_name("Italia"), None);
    assert_eq!(country_by_name("Narnia"), None);
    assert_eq!(country_by_name(""), None);
}

#[test]
fn place_codes_for_model_places() {
    let place = |town: &str, province: &str, country: &str| Place {
        town: town.into(),
        province: province.into(),
        country: country.into(),
    };
    let born = date("1980-01-01");
    assert_eq!(
        place_code_for(&place("Roma", "RM", "Italia"), born).as_deref(),
        Ok("H501")
    );
    assert_eq!(
        place_code_for(&place("Roma", "RM", ""), born).as_deref(),
        Ok("H501")
    );
    assert_eq!(
        place_code_for(&place("Milano", "MI", "Italy"), born).as_deref(),
        Ok("F205")
    );
    assert_eq!(
        place_code_for(&place("Napoli", "", "ITALIA"), born).as_deref(),
        Ok("F839")
    );
    assert_eq!(
        place_code_for(&place("Casablanca", "", "Marocco"), born).as_deref(),
        Ok("Z330")
    );
    assert_eq!(
        place_code_for(&place("Tirana", "", "Albania"), born).as_deref(),
        Ok("Z100")
    );
    assert_eq!(
        place_code_for(&place("Lima", "", "Peru"), born).as_deref(),
        Ok("Z611")
    );
    assert_eq!(
        place_code_for(&place("", "", ""), born),
        Err(CfError::PlaceMissing)
    );
    assert_eq!(
        place_code_for(&place("", "RM", "Italia"), born),
        Err(CfError::TownMissing)
    );
    assert_eq!(
        place_code_for(&place("Springfield", "", "Narnia"), born),
        Err(CfError::UnknownCountry {
            name: "Narnia".into()
        })
    );
    assert_eq!(
        place_code_for(&place("Casablanca", "", "Italia"), born),
        Err(CfError::UnknownMunicipality {
            name: "Casablanca".into()
        })
    );
}

#[test]
fn search_is_forgiving_and_ranked() {
    let results = search("forl", 10);
    let labels: Vec<String> = results.iter().map(|p| p.label()).collect();
    assert_eq!(
        labels.first().map(String::as_str),
        Some("Forlì (FC)"),
        "{labels:?}"
    );
    assert!(
        labels.contains(&"Forlimpopoli (FC)".to_string()),
        "{labels:?}"
    );
    // One entry per municipality (Forlì has two records: FO and FC).
    assert_eq!(
        labels.iter().filter(|l| l.starts_with("Forlì (")).count(),
        1,
        "{labels:?}"
    );
    assert!(results.len() <= 10);

    let agata = search("sant'agata", 50);
    assert!(agata.len() >= 10, "{}", agata.len());
    assert!(
        agata
            .iter()
            .all(|p| fold_ascii(p.name()).contains("santagata"))
    );
    // Among names starting with the text, existing municipalities come before former ones.
    let prefixed: Vec<bool> = agata
        .iter()
        .filter(|p| fold_ascii(p.name()).starts_with("santagata"))
        .map(|p| p.is_current())
        .collect();
    let first_former = prefixed.iter().position(|c| !c).unwrap_or(prefixed.len());
    assert!(prefixed[first_former..].iter().all(|c| !c), "{prefixed:?}");
    assert!(first_former >= 5, "{prefixed:?}");

    // Exact matches first, countries too.
    assert_eq!(search("Albania", 5).first().map(|p| p.code()), Some("Z100"));
    assert_eq!(search("germany", 5).first().map(|p| p.code()), Some("Z112"));
    // Substring matches after prefixes.
    assert!(search("valdarno", 20).iter().any(|p| p.code() == "M321"));
    // A code finds its place.
    assert_eq!(search("H501", 3).first().map(|p| p.code()), Some("H501"));
    assert!(search("", 10).is_empty());
    assert!(search("roma", 0).is_empty());
}

fn fold_ascii(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect()
}

// ------------------------------------------------------------------ properties

const PLACE_CODES: &[&str] = &[
    "H501", "F205", "F839", "D704", "D583", "Z404", "Z330", "Z100", "Z210", "A952",
];

fn person_strategy() -> impl Strategy<Value = (String, String, Sex, NaiveDate, &'static str)> {
    (
        "[A-Za-zÀÈÉÌÒÙàèéìòù' -]{0,3}[A-Za-z][A-Za-zàèéìòù' -]{0,14}",
        "[A-Za-zàèéìòù]{1,12}( [A-Za-z]{1,8})?",
        prop_oneof![Just(Sex::Male), Just(Sex::Female)],
        (1900i32..2030, 1u32..=12, 1u32..=31),
        prop::sample::select(PLACE_CODES),
    )
        .prop_filter_map("real date", |(s, n, sex, (y, m, d), place)| {
            NaiveDate::from_ymd_opt(y, m, d).map(|date| (s, n, sex, date, place))
        })
}

proptest! {
    #[test]
    fn compute_then_validate_round_trips((surname, name, sex, birth, place) in person_strategy()) {
        let input = PersonInput { surname: &surname, name: &name, sex, birth_date: birth, place_code: place };
        let code = compute(&input).expect("computes");
        let decoded = validate(&code).expect("valid");
        prop_assert_eq!(&decoded.normalized, &code);
        prop_assert_eq!(decoded.sex, sex);
        prop_assert_eq!(u32::from(decoded.birth_day), chrono::Datelike::day(&birth));
        prop_assert_eq!(u32::from(decoded.birth_month), chrono::Datelike::month(&birth));
        prop_assert_eq!(decoded.place_code.as_str(), place);
        prop_assert!(!decoded.omocode);
        prop_assert_eq!(check_matches(&code, &input), Ok(()));
    }

    #[test]
    fn every_omocode_variant_validates_to_the_same_data(
        (surname, name, sex, birth, place) in person_strategy(),
        mask in 1u8..128,
    ) {
        let input = PersonInput { surname: &surname, name: &name, sex, birth_date: birth, place_code: place };
        let code = compute(&input).expect("computes");
        let base = validate(&code).expect("valid");
        // Replace the digits selected by `mask` (positions 15, 14, 13, 11, 10, 8, 7).
        let mut body: Vec<u8> = code.as_bytes()[..15].to_vec();
        for (bit, pos) in [14usize, 13, 12, 10, 9, 7, 6].into_iter().enumerate() {
            if mask & (1 << bit) != 0 {
                body[pos] = b"LMNPQRSTUV"[usize::from(body[pos] - b'0')];
            }
        }
        let variant = with_check(std::str::from_utf8(&body).expect("ascii"));
        let decoded = validate(&variant).expect("omocode validates");
        prop_assert!(decoded.omocode);
        prop_assert_eq!(decoded.sex, base.sex);
        prop_assert_eq!(decoded.birth_day, base.birth_day);
        prop_assert_eq!(decoded.birth_month, base.birth_month);
        prop_assert_eq!(decoded.birth_year_2d, base.birth_year_2d);
        prop_assert_eq!(&decoded.place_code, &base.place_code);
        prop_assert_eq!(decoded.base_code(), code);
        prop_assert_eq!(check_matches(&variant, &input), Ok(()));
    }

    #[test]
    fn a_single_changed_character_is_caught(
        (surname, name, sex, birth, place) in person_strategy(),
        position in 0usize..15,
        replacement in "[A-Z0-9]",
    ) {
        let input = PersonInput { surname: &surname, name: &name, sex, birth_date: birth, place_code: place };
        let code = compute(&input).expect("computes");
        let mut bytes = code.clone().into_bytes();
        let new = replacement.as_bytes()[0];
        prop_assume!(bytes[position] != new);
        bytes[position] = new;
        let changed = String::from_utf8(bytes).expect("ascii");
        // Whatever the reason (check letter, layout, month, day, place), it is not valid.
        prop_assert!(validate(&changed).is_err());
    }

    #[test]
    fn validate_never_panics(text in "\\PC{0,20}") {
        let _ = validate(&text);
    }
}
