//! `core` is the bottom layer of the workspace and its modules form a graph without cycles: a
//! module never needs, directly or through others, a module that needs it back. This test reads
//! the sources under `core/src`, builds the graph of `use crate::…`, `use super::…` and inline
//! `crate::…`/`super::…` paths (one node per file: `rules/deadlines`, `rules/validation/identity`,
//! `store/crypto`…) and fails with the cycles it finds.
//!
//! A path to a module's own ancestor (`use super::Problem` in `rules/fields.rs`) is not an edge:
//! a parent module is the namespace its children live in. Test code (`#[cfg(test)]` modules and
//! files) is left out: a test may use anything.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Module = Vec<String>;

/// The module graph of the crate whose `lib.rs` is in `src`: for each module, the modules it uses.
fn module_graph(src: &Path) -> BTreeMap<Module, BTreeSet<Module>> {
    let mut sources = BTreeMap::new();
    collect(src, &mut Vec::new(), &mut sources);
    let mut test_only = BTreeSet::new();
    let mut code = BTreeMap::new();
    for (module, text) in &sources {
        let (stripped, tests) = strip(text);
        for name in tests {
            let mut child = module.clone();
            child.push(name);
            test_only.insert(child);
        }
        code.insert(module.clone(), stripped);
    }
    let is_test = |m: &Module| test_only.iter().any(|t| m.starts_with(t));
    let modules: BTreeSet<Module> = code.keys().filter(|m| !is_test(m)).cloned().collect();
    let mut graph = BTreeMap::new();
    for module in &modules {
        let mut uses = BTreeSet::new();
        for path in paths(&code[module]) {
            if let Some(target) = resolve(module, &path, &modules)
                && !module.starts_with(&target)
            {
                uses.insert(target);
            }
        }
        graph.insert(module.clone(), uses);
    }
    graph
}

/// Reads every `.rs` file under `dir` with its module path (`foo/mod.rs` and `foo.rs` are `foo`).
fn collect(dir: &Path, prefix: &mut Module, out: &mut BTreeMap<Module, String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read the source folder")
        .map(|e| e.expect("read a folder entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if path.is_dir() {
            prefix.push(name);
            collect(&path, prefix, out);
            prefix.pop();
        } else if let Some(stem) = name.strip_suffix(".rs") {
            let mut module = prefix.clone();
            if !matches!(stem, "lib" | "mod" | "main") {
                module.push(stem.to_owned());
            }
            let text = std::fs::read_to_string(&path).expect("read a source file");
            out.insert(module, text);
        }
    }
}

/// The code without comments, string contents and `#[cfg(test)] mod x { … }` blocks, and the
/// names of the test-only modules declared in other files (`#[cfg(test)] mod x;`).
fn strip(text: &str) -> (String, Vec<String>) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !ident_before(&out) {
            // Raw string r"…" or r#"…"#.
            let mut hashes = 0;
            let mut j = i + 1;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= chars.len() {
                    break;
                }
                if chars[j] == '"' && (0..hashes).all(|k| chars.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            i = j;
            out.push_str("\"\"");
        } else if c == '\'' && (chars.get(i + 2) == Some(&'\'') || next == Some('\\')) {
            // A char literal ('x', '\n', '\u{..}'), not a lifetime.
            i += 2;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    remove_test_modules(out)
}

fn ident_before(out: &str) -> bool {
    out.chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || c == '_')
}

fn remove_test_modules(mut code: String) -> (String, Vec<String>) {
    let mut test_files = Vec::new();
    while let Some(at) = code.find("#[cfg(test)]") {
        let after = at + "#[cfg(test)]".len();
        let rest = code[after..].trim_start();
        let start = code.len() - rest.len();
        let Some(decl) = rest
            .strip_prefix("mod ")
            .or_else(|| rest.strip_prefix("pub mod "))
        else {
            // A test-only item that is not a module (a function, an impl): drop the attribute.
            code.replace_range(at..after, "");
            continue;
        };
        let name: String = decl
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let semi = rest.find(';');
        let brace = rest.find('{');
        match (semi, brace) {
            (Some(s), b) if b.is_none_or(|b| s < b) => {
                test_files.push(name);
                code.replace_range(at..start + s + 1, "");
            }
            (_, Some(b)) => {
                let open = start + b;
                let mut depth = 0;
                let mut end = code.len();
                for (k, ch) in code[open..].char_indices() {
                    match ch {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = open + k + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                code.replace_range(at..end, "");
            }
            _ => code.replace_range(at..after, ""),
        }
    }
    (code, test_files)
}

/// Every path the code names: each path of each `use` (braces expanded) and each inline
/// `crate::…`/`super::…`/`self::…` path.
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut from = 0;
    while let Some(found) = code[from..].find("use ") {
        let at = from + found;
        from = at + 4;
        let word_start =
            at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
        if !word_start {
            continue;
        }
        let Some(end) = code[at..].find(';') else {
            break;
        };
        // `a as b` renames: the path is `a`.
        let mut tree = String::new();
        let mut words = code[at + 4..at + end].split_whitespace();
        while let Some(word) = words.next() {
            if word == "as" {
                let alias = words.next().unwrap_or_default();
                tree.push_str(alias.trim_start_matches(|c: char| c.is_alphanumeric() || c == '_'));
            } else {
                tree.push_str(word);
            }
        }
        expand(&tree, &mut Vec::new(), &mut out);
    }
    for start in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(found) = code[from..].find(start) {
            let at = from + found;
            from = at + start.len();
            if at > 0
                && (bytes[at - 1].is_ascii_alphanumeric()
                    || bytes[at - 1] == b'_'
                    || bytes[at - 1] == b':')
            {
                continue;
            }
            let path: String = code[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            out.push(
                path.split("::")
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect(),
            );
        }
    }
    out
}

/// Expands a use tree like `super::{a, b::{c, d}}` into `super::a`, `super::b::c`, `super::b::d`.
fn expand(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let tree = tree.strip_prefix("::").unwrap_or(tree);
    if let Some(open) = tree.find('{') {
        let head: Vec<String> = tree[..open]
            .split("::")
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let len = prefix.len();
        prefix.extend(head);
        let mut depth = 0;
        let mut part = String::new();
        for c in inner.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(&std::mem::take(&mut part), prefix, out);
                    continue;
                }
                _ => {}
            }
            part.push(c);
        }
        if !part.is_empty() {
            expand(&part, prefix, out);
        }
        prefix.truncate(len);
    } else if !tree.is_empty() {
        let mut path = prefix.clone();
        path.extend(
            tree.split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_owned),
        );
        out.push(path);
    }
}

/// The deepest module of `modules` that `path`, written in `from`, names; `None` for paths into
/// other crates or to local items.
fn resolve(from: &Module, path: &[String], modules: &BTreeSet<Module>) -> Option<Module> {
    let (mut base, mut rest): (Module, &[String]) = match path.first().map(String::as_str)? {
        "crate" => (Vec::new(), &path[1..]),
        "self" => (from.clone(), &path[1..]),
        "super" => {
            let mut base = from.clone();
            let mut rest = path;
            while rest.first().map(String::as_str) == Some("super") {
                base.pop()?;
                rest = &rest[1..];
            }
            (base, rest)
        }
        first => {
            let mut child = from.clone();
            child.push(first.to_owned());
            if !modules.contains(&child) {
                return None;
            }
            (child, &path[1..])
        }
    };
    while let Some(segment) = rest.first() {
        let mut child = base.clone();
        child.push(segment.clone());
        if !modules.contains(&child) {
            break;
        }
        base = child;
        rest = &rest[1..];
    }
    (!base.is_empty()).then_some(base)
}

/// The strongly connected components with more than one module (Tarjan's algorithm).
fn cycles(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    struct State<'a> {
        graph: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'a Module, usize>,
        low: BTreeMap<&'a Module, usize>,
        stack: Vec<&'a Module>,
        on_stack: BTreeSet<&'a Module>,
        found: Vec<Vec<Module>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a Module) {
        let i = s.index.len();
        s.index.insert(v, i);
        s.low.insert(v, i);
        s.stack.push(v);
        s.on_stack.insert(v);
        let graph = s.graph;
        for w in graph.get(v).into_iter().flatten() {
            let Some((w, _)) = graph.get_key_value(w) else {
                continue;
            };
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.push(w.clone());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !state.index.contains_key(v) {
            visit(&mut state, v);
        }
    }
    state.found
}

fn describe(component: &[Module], graph: &BTreeMap<Module, BTreeSet<Module>>) -> String {
    let inside: BTreeSet<&Module> = component.iter().collect();
    let mut lines = Vec::new();
    for m in component {
        let targets: Vec<String> = graph[m]
            .iter()
            .filter(|t| inside.contains(t))
            .map(|t| t.join("/"))
            .collect();
        lines.push(format!("  {} -> {}", m.join("/"), targets.join(", ")));
    }
    lines.join("\n")
}

#[test]
fn core_has_no_module_cycles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = module_graph(&src);
    assert!(
        graph.len() > 40,
        "the sources were read: {} modules",
        graph.len()
    );
    assert!(
        graph[&vec!["rules".to_owned(), "checklist".to_owned()]]
            .contains(&vec!["model".to_owned()]),
        "the graph has the edges of `use crate::model::…`"
    );
    let found = cycles(&graph);
    let report: Vec<String> = found.iter().map(|c| describe(c, &graph)).collect();
    assert!(
        found.is_empty(),
        "module cycles in core:\n{}",
        report.join("\n\n")
    );
}

/// The checker itself finds a cycle, also one written with `super::`, inline paths and braces.
#[test]
fn a_cycle_is_found() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let src = dir.path();
    std::fs::create_dir(src.join("rules")).expect("folder");
    let files = [
        (
            "lib.rs",
            "pub mod rules;\npub mod store;\npub mod secrets;\n",
        ),
        (
            "rules/mod.rs",
            "pub mod a;\npub mod b;\npub mod c;\nuse a::Thing;\n",
        ),
        (
            "rules/a.rs",
            "use super::{b::{self, B}, Problem};\n// use super::c;\n",
        ),
        (
            "rules/b.rs",
            "fn f() { let s = \"crate::rules::c\"; super::c::run(); }\n",
        ),
        ("rules/c.rs", "pub fn run() { crate::rules::a::go() }\n"),
        (
            "store.rs",
            "use crate::secrets::Key;\n#[cfg(test)]\nmod tests { use crate::secrets; }\n",
        ),
        (
            "secrets.rs",
            "pub struct Key;\n#[cfg(test)]\nmod tests { use crate::store; }\n",
        ),
    ];
    for (path, text) in files {
        std::fs::write(src.join(path), text).expect("write");
    }
    let graph = module_graph(src);
    let m = |s: &str| s.split('/').map(str::to_owned).collect::<Module>();
    assert_eq!(graph[&m("rules/a")], BTreeSet::from([m("rules/b")]));
    assert_eq!(graph[&m("rules/b")], BTreeSet::from([m("rules/c")]));
    assert_eq!(graph[&m("rules")], BTreeSet::from([m("rules/a")]));
    assert_eq!(
        cycles(&graph),
        vec![vec![m("rules/a"), m("rules/b"), m("rules/c")]]
    );
}
