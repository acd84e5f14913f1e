//! Line and column of any node of a YAML file, by its path (`questions[3].follow_ups[0].ask`).
//!
//! serde gives typed values but no positions; validation finds problems in typed values.
//! This index joins the two: one pass of saphyr's event parser records where every node and
//! every mapping key starts. It is built only when there is something to report.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser};

#[derive(Debug, Default)]
pub struct Positions {
    nodes: HashMap<String, (usize, usize)>,
}

enum Frame {
    Seq { path: String, next: usize },
    Map { path: String, key: Option<String> },
}

impl Positions {
    pub fn of(text: &str) -> Positions {
        let mut nodes = HashMap::new();
        let mut stack: Vec<Frame> = Vec::new();
        for item in Parser::new_from_str(text) {
            let Ok((event, span)) = item else { break };
            let at = (span.start.line(), span.start.col() + 1);
            let starts_node = matches!(
                event,
                Event::Scalar(..)
                    | Event::SequenceStart(..)
                    | Event::MappingStart(..)
                    | Event::Alias(..)
            );
            let mut path = String::new();
            if starts_node {
                match stack.last_mut() {
                    None => {}
                    Some(Frame::Seq { path: parent, next }) => {
                        path = format!("{parent}[{next}]");
                        *next += 1;
                    }
                    Some(Frame::Map { path: parent, key }) => match key.take() {
                        None => {
                            let name = match &event {
                                Event::Scalar(value, ..) => value.to_string(),
                                _ => "?".to_string(),
                            };
                            let key_path = join(parent, &name);
                            nodes.insert(format!("{key_path}#key"), at);
                            *key = Some(name);
                            if let Event::Scalar(..) = event {
                                continue;
                            }
                            path = key_path;
                        }
                        Some(name) => path = join(parent, &name),
                    },
                }
                nodes.entry(path.clone()).or_insert(at);
            }
            match event {
                Event::SequenceStart(..) => stack.push(Frame::Seq { path, next: 0 }),
                Event::MappingStart(..) => stack.push(Frame::Map { path, key: None }),
                Event::SequenceEnd | Event::MappingEnd => {
                    stack.pop();
                }
                _ => {}
            }
        }
        Positions { nodes }
    }

    /// Where the node at `path` starts, or its nearest known ancestor; (0, 0) when unknown.
    pub fn node(&self, path: &str) -> (usize, usize) {
        let mut path = path;
        loop {
            if let Some(&at) = self.nodes.get(path) {
                return at;
            }
            match path.rfind(['.', '[']) {
                Some(cut) => path = &path[..cut],
                None => return self.nodes.get("").copied().unwrap_or((0, 0)),
            }
        }
    }

    /// Where the key of the mapping entry at `path` starts (for "unknown key" errors).
    pub fn key(&self, path: &str) -> (usize, usize) {
        self.nodes
            .get(&format!("{path}#key"))
            .copied()
            .unwrap_or_else(|| self.node(path))
    }
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_nodes_and_keys() {
        let text =
            "questions:\n  - id: a\n    follow_ups:\n      - when: {missed: x}\n        ask: b\n";
        let p = Positions::of(text);
        assert_eq!(p.node("questions[0].id"), (2, 9));
        assert_eq!(p.node("questions[0].follow_ups[0].ask"), (5, 14));
        assert_eq!(p.key("questions[0].follow_ups"), (3, 5));
        assert_eq!(p.node("questions[0].follow_ups[0].when.missed"), (4, 24));
    }

    #[test]
    fn falls_back_to_the_nearest_ancestor() {
        let p = Positions::of("questions:\n  - id: a\n");
        assert_eq!(p.node("questions[0].nothing[3]"), (2, 5));
    }
}
