//! The flags that choose questions, shared by `interview`, `pair` and `script`.

use std::path::PathBuf;

use kkori::bank::{Difficulty, Library};
use kkori::interview::choose::Filter;

use super::failure::{Error, Result};

#[derive(Debug, clap::Args)]
pub struct Selection {
    /// Only these topics (repeat or separate with commas), e.g. tcp, http, session.
    #[arg(long = "topic", value_delimiter = ',')]
    pub topics: Vec<String>,

    /// Only questions of these banks (file names without .yaml), e.g. network.
    #[arg(
        long = "bank",
        id = "bank_names",
        value_name = "BANKS",
        value_delimiter = ','
    )]
    pub bank_names: Vec<String>,

    /// How many main questions (their follow-ups come with them).
    #[arg(long, default_value_t = 7, value_parser = clap::value_parser!(u16).range(1..=200))]
    pub count: u16,

    /// Only questions of this difficulty.
    #[arg(long, value_enum)]
    pub difficulty: Option<DifficultyArg>,

    /// Seed for the choice and order of questions: the same seed gives the same questions.
    /// Without it a new seed is drawn (and shown on a script's cover).
    #[arg(long)]
    pub seed: Option<u64>,

    /// Also use questions marked `draft` (imported, not yet reviewed).
    #[arg(long)]
    pub drafts: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum DifficultyArg {
    Easy,
    Medium,
    Hard,
}

impl Selection {
    /// The filter these flags describe.
    fn filter(&self) -> Filter {
        Filter {
            topics: self.topics.clone(),
            banks: self.bank_names.clone(),
            difficulty: self.difficulty.map(|d| match d {
                DifficultyArg::Easy => Difficulty::Easy,
                DifficultyArg::Medium => Difficulty::Medium,
                DifficultyArg::Hard => Difficulty::Hard,
            }),
            drafts: self.drafts,
        }
    }

    /// The filter these flags describe, its topic and bank names checked against the banks;
    /// an unknown one is an error with the closest name or the list of names, in `lang`.
    pub fn filter_in(&self, library: &Library) -> Result<Filter> {
        let filter = self.filter();
        let mut unknown = Vec::new();
        let topics: Vec<&str> = library.topics.iter().map(|t| t.id.as_str()).collect();
        for t in filter
            .topics
            .iter()
            .filter(|t| !topics.contains(&t.as_str()))
        {
            unknown.push(super::list::unknown_topic(library, t));
        }
        let banks = library.bank_names();
        for b in filter.banks.iter().filter(|b| !banks.contains(&b.as_str())) {
            unknown.push(Error::UnknownBank {
                bank: b.clone(),
                suggestion: super::words::closest(b, banks.iter().copied()),
                valid: banks.iter().map(|b| b.to_string()).collect(),
            });
        }
        if !unknown.is_empty() {
            return Err(match unknown.len() {
                1 => unknown.remove(0),
                _ => Error::Several(unknown),
            });
        }
        Ok(filter)
    }

    pub fn count(&self) -> usize {
        self.count.into()
    }
}

impl Selection {
    /// Why there is nothing to ask, said of what is really the cause: banks with no question
    /// at all, banks whose questions are all drafts or follow-ups, or the filters given.
    pub fn nothing_to_ask(&self, library: &Library, banks: &[PathBuf]) -> Error {
        if library.questions.is_empty() {
            Error::BanksHoldNoQuestion {
                paths: banks.to_vec(),
            }
        } else if self.topics.is_empty() && self.bank_names.is_empty() && self.difficulty.is_none()
        {
            Error::NoMainQuestion
        } else {
            Error::NothingMatches
        }
    }
}
