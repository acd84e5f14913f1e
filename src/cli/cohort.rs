//! `kkori cohort`: name a study group and its members, kept where the group's history is
//! (the PostgreSQL database, or the mentor's own history file on one laptop). What the
//! group knows is `kkori progress --cohort NAME`.

use kkori::history::{Cohort, History, Snapshot};
use kkori::i18n::{Msg, Note};

use super::backend::{backend, connect, failure, member, Backend};
use super::failure::{Error, Result};
use super::{out, store, Context, Format};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kkori --history postgres://mentor@db.lan/study cohort create spring\n  kkori cohort add spring 지수 민호 서연\n  kkori cohort list\n  kkori progress --cohort spring --format html --out spring.html"
)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(Debug, clap::Subcommand)]
enum Action {
    /// Create an empty cohort (nothing happens when it exists).
    Create {
        #[arg(value_name = "NAME")]
        name: String,
    },
    /// Add members (candidate names, as given to --candidate) to a cohort.
    Add {
        #[arg(value_name = "NAME")]
        name: String,
        #[arg(value_name = "MEMBER", required = true)]
        members: Vec<String>,
    },
    /// The cohorts and their members.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

pub fn run(ctx: &Context, args: Args) -> Result {
    let lang = ctx.lang;
    let mut group = group(ctx)?;
    let store = group.store();
    match args.action {
        Action::Create { name } => {
            let name = clean(&name)?;
            let created = store.create_cohort(&name).map_err(failure)?;
            out(&Note::CohortCreated { name, created }.text(lang))
        }
        Action::Add { name, members } => {
            let name = clean(&name)?;
            let members: Vec<String> = members.iter().map(|m| clean(m)).collect::<Result<_>>()?;
            let added = store.add_to_cohort(&name, &members).map_err(failure)?;
            let Some(added) = added else {
                let cohorts = store.cohorts().map_err(failure)?;
                return Err(unknown(&name, &cohorts));
            };
            let present = members.len() - added;
            out(&Note::CohortAdded {
                name,
                added,
                present,
            }
            .text(lang))
        }
        Action::List { format } => {
            let cohorts = store.cohorts().map_err(failure)?;
            if format == Format::Json {
                let text = serde_json::to_string_pretty(&cohorts).map_err(Error::internal)?;
                return out(&text);
            }
            if cohorts.is_empty() {
                return out(Msg::NoCohorts.text(lang));
            }
            let lines: Vec<String> = cohorts
                .iter()
                .map(|c| format!("{} ({}): {}", c.name, c.members.len(), c.members.join(", ")))
                .collect();
            out(&lines.join("\n"))
        }
    }
}

/// The store that keeps the cohorts: the group's database, or your own history file.
fn group(ctx: &Context) -> Result<History> {
    match backend(ctx)? {
        Backend::Sqlite { own } => {
            let path = own.unwrap_or_else(|| ctx.data_dir().join(kkori::history::FILE_NAME));
            History::open(&path).map_err(failure)
        }
        Backend::Postgres { url } => Ok(History::new(Box::new(connect(&url, &member(ctx))?))),
    }
}

/// A cohort and the history of each of its members (members without one have an empty
/// history), in the cohort's order.
pub fn members(ctx: &Context, name: &str) -> Result<(Cohort, Vec<(String, Snapshot)>)> {
    let lang = ctx.lang;
    let name = clean(name)?;
    let name = name.as_str();
    let find = |cohorts: Vec<Cohort>| -> Result<Cohort> {
        match cohorts.iter().find(|c| c.name == name) {
            Some(c) => Ok(c.clone()),
            None => Err(unknown(name, &cohorts)),
        }
    };
    match backend(ctx)? {
        Backend::Postgres { url } => {
            let store = connect(&url, &member(ctx))?;
            let cohort = find(kkori::history::Store::cohorts(&store).map_err(failure)?)?;
            let mut histories = Vec::new();
            for m in &cohort.members {
                histories.push((m.clone(), store.snapshot_of(m).map_err(failure)?));
            }
            Ok((cohort, histories))
        }
        Backend::Sqlite { .. } => {
            let cohort = find(group(ctx)?.store().cohorts().map_err(failure)?)?;
            let data = ctx.data_dir();
            let mut histories = Vec::new();
            for m in &cohort.members {
                let path = store::candidate_dir(&data, m, lang).join(kkori::history::FILE_NAME);
                let snapshot = if path.exists() {
                    History::open(&path)
                        .and_then(|h| h.snapshot())
                        .map_err(failure)?
                } else {
                    Snapshot::default()
                };
                histories.push((m.clone(), snapshot));
            }
            Ok((cohort, histories))
        }
    }
}

/// A name as kept: trimmed and NFC-normalised; an empty one is an error.
fn clean(name: &str) -> Result<String> {
    use unicode_normalization::UnicodeNormalization;
    let name: String = name.trim().nfc().collect();
    if name.is_empty() {
        return Err(Error::EmptyName);
    }
    Ok(name)
}

fn unknown(name: &str, cohorts: &[Cohort]) -> Error {
    Error::UnknownCohort {
        name: name.to_string(),
        closest: super::words::closest(name, cohorts.iter().map(|c| c.name.as_str())),
    }
}
