//! The Fluent files against the code: every id the code can ask for exists in Italian (the
//! fallback) and English; no file keeps ids that nothing uses; translations parse and use
//! only the arguments the Italian text has.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use cittadinanza::app::NAVIGATION;
use cittadinanza::i18n::Language;
use cittadinanza::screen::editor::form;
use cittadinanza::theme::ThemeChoice;
use cittadinanza_core::model::{
    DocumentKind, IncomeSource, LanguageExemption, LegalBasis, MaritalStatus, PermitType,
    Relationship, SectionId,
};
use fluent_syntax::ast;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Message ids of a language's Fluent files (the app's and the core's form words), with the
/// `$variables` each uses. An id in both files is an error: one copy per language.
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let mut ids = BTreeMap::new();
    for source in language.sources() {
        assert!(!source.is_empty(), "{}: a file is missing", language.code());
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("{}: syntax errors {errors:?}", language.code()),
        };
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let variables = variables_of(source, message.id.name);
                let previous = ids.insert(message.id.name.to_string(), variables);
                assert!(
                    previous.is_none(),
                    "{}: {} defined twice",
                    language.code(),
                    message.id.name
                );
            }
        }
    }
    ids
}

/// `$name`s in the message's lines (the message and its indented continuation).
fn variables_of(source: &str, id: &str) -> BTreeSet<String> {
    let mut variables = BTreeSet::new();
    let mut inside = false;
    for line in source.lines() {
        if line.starts_with(&format!("{id} =")) || line.starts_with(&format!("{id}=")) {
            inside = true;
        } else if inside && !line.starts_with(' ') {
            break;
        }
        if inside {
            for part in line.split('$').skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                if !name.is_empty() {
                    variables.insert(name);
                }
            }
        }
    }
    variables
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literal arguments of `call(` in the GUI's sources, e.g. `t("nav-settings")`.
fn literal_arguments(source: &str, call: &str) -> Vec<String> {
    let mut found = Vec::new();
    let pattern = format!("{call}(\"");
    let mut rest = source;
    while let Some(start) = rest.find(&pattern) {
        let before = &rest[..start];
        let preceded_by_ident = before
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
        let after = &rest[start + pattern.len()..];
        if let Some(end) = after.find('"') {
            if !preceded_by_ident {
                found.push(after[..end].to_string());
            }
            rest = &after[end..];
        } else {
            break;
        }
    }
    found
}

/// Every id the GUI and the core can ask for.
fn used_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut files = Vec::new();
    rust_files(&Path::new(ROOT).join("src"), &mut files);
    assert!(files.len() > 10, "sources found");
    for file in files {
        let source = std::fs::read_to_string(&file).expect("read source");
        for call in ["t", "t_args", "UiError::new"] {
            ids.extend(literal_arguments(&source, call));
        }
    }
    // Ids built at run time: enumerate every value they can be built from.
    ids.extend(form::dynamic_ids());
    ids.extend(SectionId::ALL.map(|s| format!("section-{}", s.key().replace('_', "-"))));
    ids.extend(LegalBasis::ALL.map(|v| format!("basis-{}", v.key())));
    ids.extend(MaritalStatus::ALL.map(|v| format!("marital-{}", v.key())));
    ids.extend(PermitType::ALL.map(|v| format!("permit-{}", v.key())));
    ids.extend(Relationship::ALL.map(|v| format!("relationship-{}", v.key())));
    ids.extend(IncomeSource::ALL.map(|v| format!("income-source-{}", v.key())));
    ids.extend(LanguageExemption::ALL.map(|v| format!("exemption-{}", v.key())));
    ids.extend(DocumentKind::ALL.map(|v| format!("doc-{}", v.key())));
    ids.extend(ThemeChoice::ALL.map(|v| v.label_id().to_string()));
    for screen in NAVIGATION {
        ids.insert(screen.label_id(true).to_string());
        ids.insert(screen.label_id(false).to_string());
    }
    ids.insert("settings-save-failed".to_string());
    ids.extend(cittadinanza::screen::glossary::message_ids());
    ids.extend(
        cittadinanza::screen::portal::conflict_label_ids()
            .into_iter()
            .map(str::to_string),
    );
    ids.extend(
        cittadinanza_core::rules::hint_message_ids()
            .iter()
            .map(|id| id.to_string()),
    );
    ids.extend(
        cittadinanza_core::rules::problem_message_ids()
            .iter()
            .map(|id| id.to_string()),
    );
    ids
}

/// Ids the other areas of the core can return (their `message_ids()` lists and the enums
/// their ids are built from): none of them counts as "unused".
fn core_ids() -> BTreeSet<String> {
    use cittadinanza_core::{codice_fiscale, k10, portal, rules, store};
    let mut ids: BTreeSet<String> = BTreeSet::new();
    let lists: [&[&str]; 9] = [
        cittadinanza_core::pec::message_ids(),
        rules::holidays::message_ids(),
        rules::problem_message_ids(),
        rules::checklist::message_ids(),
        rules::eligibility::message_ids(),
        store::message_ids(),
        portal::portal_message_ids(),
        codice_fiscale::CfError::message_ids(),
        k10::K10Error::message_ids(),
    ];
    for list in lists {
        ids.extend(list.iter().map(|id| id.to_string()));
    }
    ids.extend(rules::deadlines::message_ids());
    ids.extend(
        portal::Status::ALL
            .iter()
            .map(|s| format!("portal-status-{}", s.key())),
    );
    ids.extend(
        portal::CommunicationKind::ALL
            .iter()
            .map(|k| format!("portal-comm-{}", k.key())),
    );
    ids
}

/// Every string literal in the workspace's Rust sources (ids other areas return from their
/// `message_id()` functions are literals there).
fn all_literals() -> BTreeSet<String> {
    let mut files = Vec::new();
    for dir in ["src", "core/src", "portal-server/src"] {
        rust_files(&Path::new(ROOT).join(dir), &mut files);
    }
    let mut literals = BTreeSet::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("read source");
        for (index, piece) in source.split('"').enumerate() {
            if index % 2 == 1 && !piece.is_empty() && piece.len() < 80 {
                literals.insert(piece.to_string());
            }
        }
    }
    literals
}

/// Ids added by other areas for screens that another engineer is adding now.
const AWAITING_THEIR_SCREEN: &[&str] = &["k10-kind-marriage", "k10-kind-naturalisation"];

#[test]
fn italian_and_english_have_every_id_the_code_uses() {
    let used = used_ids();
    for language in [Language::It, Language::En] {
        let defined = messages(language);
        let missing: Vec<&String> = used
            .iter()
            .filter(|id| !defined.contains_key(*id))
            .collect();
        assert!(
            missing.is_empty(),
            "{} lacks {} ids: {missing:?}",
            language.code(),
            missing.len()
        );
    }
}

#[test]
fn no_file_has_ids_nothing_uses() {
    let mut used = used_ids();
    used.extend(core_ids());
    // Labels of screens being built (documents/PDF, portal sync): they leave this list as
    // soon as code uses them (the assertion below keeps the list honest).
    for id in AWAITING_THEIR_SCREEN {
        assert!(
            !all_literals().contains(*id) && !used.contains(*id),
            "{id} is used now: remove it from AWAITING_THEIR_SCREEN"
        );
        used.insert(id.to_string());
    }
    let literals = all_literals();
    for language in Language::ALL {
        let unused: Vec<String> = messages(language)
            .into_keys()
            .filter(|id| !used.contains(id) && !literals.contains(id))
            .collect();
        assert!(
            unused.is_empty(),
            "{} has ids no code uses: {unused:?}",
            language.code()
        );
    }
}

#[test]
fn every_translation_parses_and_keeps_to_the_italian_ids_and_arguments() {
    let italian = messages(Language::It);
    for language in Language::ALL {
        for (id, variables) in messages(language) {
            let Some(reference) = italian.get(&id) else {
                panic!("{}: {id} is not in the Italian file", language.code());
            };
            assert!(
                variables.is_subset(reference),
                "{}: {id} uses {variables:?}, Italian has {reference:?}",
                language.code()
            );
        }
    }
}

#[test]
fn every_language_translates_the_main_flow() {
    let italian = messages(Language::It);
    let main_flow: Vec<&String> = italian
        .keys()
        .filter(|id| {
            [
                "app-",
                "nav-",
                "applicants-",
                "section-",
                "editor-",
                "settings-",
                "theme-",
                "unlock-",
                "common-",
            ]
            .iter()
            .any(|prefix| id.starts_with(prefix))
        })
        .collect();
    assert!(main_flow.len() > 60);
    for language in Language::ALL {
        let defined = messages(language);
        let missing: Vec<&&String> = main_flow
            .iter()
            .filter(|id| !defined.contains_key(**id))
            .collect();
        assert!(
            missing.is_empty(),
            "{} lacks main-flow ids {missing:?}",
            language.code()
        );
    }
}

#[test]
fn every_language_has_every_italian_id_with_its_placeables() {
    let italian = messages(Language::It);
    assert!(italian.len() > 700, "Italian ids found: {}", italian.len());
    let mut problems = Vec::new();
    for language in Language::ALL {
        let defined = messages(language);
        for (id, variables) in &italian {
            match defined.get(id) {
                None => problems.push(format!("{}: {id} missing", language.code())),
                Some(theirs) if !variables.is_subset(theirs) => problems.push(format!(
                    "{}: {id} lacks {:?}",
                    language.code(),
                    variables.difference(theirs).collect::<Vec<_>>()
                )),
                Some(_) => {}
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The value of a one-line message in a language's file.
fn value(language: Language, id: &str) -> Option<String> {
    let prefix = format!("{id} = ");
    language
        .sources()
        .into_iter()
        .flat_map(str::lines)
        .find_map(|line| line.strip_prefix(&prefix))
        .map(str::to_string)
}

#[test]
fn legal_terms_keep_the_italian_term_where_a_screen_introduces_them() {
    use cittadinanza::screen::glossary::TERMS;
    let mut problems = Vec::new();
    for term in TERMS {
        let Some(label) = term.introduced_by else {
            continue;
        };
        let original = value(Language::It, &term.id())
            .unwrap_or_else(|| panic!("Italian lacks {}", term.id()))
            .to_lowercase();
        for language in Language::ALL.into_iter().filter(|l| *l != Language::It) {
            match value(language, label) {
                Some(text) if text.to_lowercase().contains(&original) => {}
                text => problems.push(format!(
                    "{}: {label} = {text:?} lacks \"{original}\"",
                    language.code()
                )),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn language_names_are_written_in_their_own_script() {
    for language in Language::ALL {
        let name = language.native_name();
        let latin = name.chars().filter(|c| c.is_ascii_alphabetic()).count();
        match language.script() {
            cittadinanza::i18n::Script::Latin => assert!(latin > 0, "{name}"),
            _ => assert_eq!(latin, 0, "{name} is not in its own script"),
        }
    }
}

#[test]
fn the_literal_scanner_finds_calls_but_not_lookalikes() {
    let source = r#"t("a-b"); t_args("c-d", &[]); list("x-y"); UiError::new("e-f"); fmt("g")"#;
    assert_eq!(literal_arguments(source, "t"), ["a-b"]);
    assert_eq!(literal_arguments(source, "t_args"), ["c-d"]);
    assert_eq!(literal_arguments(source, "UiError::new"), ["e-f"]);
}
