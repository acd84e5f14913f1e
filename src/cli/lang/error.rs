//! clap's usage errors said again in Korean, from the error kind and its context.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use kkori::text::particle::with_particle;

/// A usage error from clap said in Korean (`error: …` and where to look), or `None` when
/// clap's own text should stand (`--help`, `--version`, or a kind with nothing to say).
pub fn korean_error(err: &clap::Error) -> Option<String> {
    let get = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(ContextValue::StyledStrs(v)) => Some(
            v.iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let value = get(ContextKind::InvalidValue).unwrap_or_default();
    let mut line = match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::InvalidSubcommand => format!(
            "알 수 없는 명령 `{}`입니다",
            get(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::UnknownArgument => format!("알 수 없는 옵션 `{arg}`입니다"),
        // clap reports a missing value as an invalid empty one.
        ErrorKind::InvalidValue if value.is_empty() => format!("`{arg}`에 값을 주어야 합니다"),
        ErrorKind::InvalidValue => {
            let mut line = format!("`{arg}`에 줄 수 없는 값 `{value}`입니다");
            if let Some(valid) = get(ContextKind::ValidValue).filter(|v| !v.is_empty()) {
                line.push_str(&format!(" (가능한 값: {valid})"));
            }
            line
        }
        ErrorKind::ValueValidation => {
            let mut line = format!(
                "`{arg}`의 값 {} 올바르지 않습니다",
                with_particle(&format!("`{value}`"), "이", "가")
            );
            if let Some(range) = std::error::Error::source(err).and_then(|e| range(&e.to_string()))
            {
                line.push_str(&format!(" ({range})"));
            }
            line
        }
        ErrorKind::MissingRequiredArgument => format!("꼭 필요한 인자가 빠졌습니다: {arg}"),
        ErrorKind::MissingSubcommand => "명령이 필요합니다".to_string(),
        ErrorKind::ArgumentConflict => {
            // clap says `--lang <LANG>`; the particle follows what is read aloud, `--lang`.
            let flag = |a: &str| a.split(' ').next().unwrap_or(a).to_string();
            let other = get(ContextKind::PriorArg).unwrap_or_default();
            if other.is_empty() || flag(&other) == flag(&arg) {
                format!(
                    "{} 한 번만 쓸 수 있습니다",
                    with_particle(&format!("`{}`", flag(&arg)), "은", "는")
                )
            } else {
                format!(
                    "{} {} 함께 쓸 수 없습니다",
                    with_particle(&format!("`{}`", flag(&arg)), "과", "와"),
                    with_particle(&format!("`{}`", flag(&other)), "은", "는")
                )
            }
        }
        ErrorKind::NoEquals => format!("`{arg}`에는 `=`로 값을 붙여야 합니다"),
        ErrorKind::TooManyValues => format!("`{arg}`에 값이 너무 많습니다: `{value}`"),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("`{arg}`에 주는 값의 수가 맞지 않습니다")
        }
        ErrorKind::InvalidUtf8 => "인자가 UTF-8이 아닙니다".to_string(),
        _ => "명령줄을 이해하지 못했습니다".to_string(),
    };
    let suggested = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(|kind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(vec![s.clone()]),
        Some(ContextValue::Strings(v)) if !v.is_empty() => Some(v.clone()),
        Some(ContextValue::StyledStr(s)) => Some(vec![s.to_string()]),
        _ => None,
    });
    if let Some(names) = suggested {
        let names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
        line.push_str(&format!(
            "; {} 말씀하신 건가요?",
            with_particle(&names.join(", "), "을", "를")
        ));
    }
    Some(format!(
        "{}: {line}\n\n도움말: `kkori --help` 또는 `kkori <명령> --help`\n",
        kkori::bank::ERROR_TAG
    ))
}

/// clap's range check (`0 is not in 1..=4294967295`) in Korean: `1 이상이어야 합니다`, or
/// `1에서 10 사이여야 합니다` when the top is one a person would type.
fn range(clap_says: &str) -> Option<String> {
    let (_, range) = clap_says.split_once(" is not in ")?;
    let (low, high) = range.trim().split_once("..=")?;
    let high: u64 = high.parse().ok()?;
    Some(if high >= u64::from(u32::MAX) {
        format!("{low} 이상이어야 합니다")
    } else {
        format!("{low}에서 {high} 사이여야 합니다")
    })
}

#[cfg(test)]
mod tests {
    use super::range;

    #[test]
    fn clap_ranges_in_korean() {
        let cases = [
            ("0 is not in 1..=4294967295", Some("1 이상이어야 합니다")),
            ("0 is not in 1..=10", Some("1에서 10 사이여야 합니다")),
            ("invalid digit found in string", None),
        ];
        for (clap_says, korean) in cases {
            assert_eq!(range(clap_says).as_deref(), korean, "{clap_says}");
        }
    }
}
