//! `kkori man`: the manual page (roff), made by clap_mangen from the same command line that
//! `--help` shows. Under `--lang ko` that is the Korean help ([`super::lang::command`]
//! translates every about, help text and placeholder); the section headings clap_mangen
//! writes in English (`.SH NAME` …) are put into Korean here, so one page is in one language.

use kkori::bank::Lang;

use super::failure::{Error, Result};
use super::{lang, out, Cli};

pub fn run(language: Lang) -> Result {
    out(page(language)?.trim_end())
}

/// The man page in `language`.
pub fn page(language: Lang) -> Result<String> {
    let command = lang::command(<Cli as clap::CommandFactory>::command(), language);
    let mut page = Vec::new();
    clap_mangen::Man::new(command)
        .render(&mut page)
        .map_err(Error::internal)?;
    let page = String::from_utf8_lossy(&page).into_owned();
    Ok(match language {
        Lang::Ko => korean_headings(&page),
        Lang::En => page,
    })
}

/// The section headings clap_mangen writes, in Korean.
const HEADINGS_KO: &[(&str, &str)] = &[
    ("NAME", "이름"),
    ("SYNOPSIS", "사용법"),
    ("DESCRIPTION", "설명"),
    ("OPTIONS", "옵션"),
    ("SUBCOMMANDS", "명령"),
    ("EXTRA", "더 보기"),
    ("VERSION", "버전"),
    ("AUTHORS", "만든 사람"),
];

/// `page` with every `.SH` heading of [`HEADINGS_KO`] in Korean; other lines as they are.
fn korean_headings(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    for line in page.lines() {
        let heading = line
            .strip_prefix(".SH ")
            .map(|h| h.trim_matches('"'))
            .and_then(|h| HEADINGS_KO.iter().find(|(en, _)| *en == h));
        match heading {
            Some((_, ko)) => out.push_str(&format!(".SH \"{ko}\"")),
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_korean_page_has_korean_headings_and_texts() {
        let page = page(Lang::Ko).unwrap();
        for heading in ["이름", "사용법", "설명", "옵션", "명령", "버전"] {
            assert!(page.contains(&format!(".SH \"{heading}\"")), "{heading}");
        }
        assert!(!page.contains(".SH NAME") && !page.contains(".SH OPTIONS"));
        assert!(page.contains("이 도움말로 만든 man 페이지"), "{page}");
        let english = super::page(Lang::En).unwrap();
        assert!(english.contains(".SH NAME") && english.contains(".SH OPTIONS"));
    }
}
