//! The Korean texts of the command line's help: one table keyed by command path and
//! argument id, the texts after the options, and the prose in them.

/// The Korean text of a command's about (`id` empty) or of one argument's help, keyed by
/// the command path below `kkori` ("" for `kkori` itself, "history export") and the argument
/// id. A path of "*" applies wherever the argument appears (global options, `--help`). A text
/// with a blank line is a short about or help, then the long one.
pub(super) const KO: &[(&str, &str, &str)] = &[
    // kkori itself and the options every command takes.
    ("", "", "kkori (꼬리질문) — 꼬리질문이 이어지는 기술 면접 연습.\n\nYAML 질문 은행에서 질문을 내고, 자유롭게 쓴 답을 키워드 루브릭으로 채점하며(한국어 조사, 띄어쓰기, 오타, 부정 표현을 이해합니다), 실제 면접관처럼 꼬리질문을 하고 보고서를 씁니다."),
    ("", "@after", AFTER_HELP_KO),
    ("*", "banks", "내장 은행 대신 쓸 은행·루브릭 파일이나 폴더."),
    ("*", "lang", "질문, 메시지, 이 도움말의 언어 [기본값: $KKORI_LANG(ko 또는 en), 없으면 $LC_ALL, 없으면 $LANG(ko_KR.UTF-8 등 ko로 시작하면 ko, 그 밖은 en), 모두 없으면 ko]."),
    ("*", "color", "색을 쓸 때 (auto에서는 NO_COLOR를 따릅니다)."),
    ("*", "data_dir", "세션, 보고서, 기록을 두는 곳 [기본값: $KKORI_HOME, 없으면 플랫폼의 데이터 폴더, 예: ~/.local/share/kkori]."),
    ("*", "candidate", "누구의 기록을 쓸지: 짝 연습은 후보자의 답을 이 이름으로 기록하고, `progress`, `history`, `interview --drill`이 이를 읽습니다 [기본값: 본인]."),
    ("*", "history", "기록을 두는 곳: sqlite:경로(본인의 파일) 또는 postgres://사용자:비밀번호@호스트:포트/데이터베이스(스터디 그룹의 서버; 각자의 답은 --candidate 이름, 없으면 로그인 이름으로 기록) [기본값: $KKORI_HISTORY, 없으면 데이터 폴더의 history.sqlite3]."),
    ("*", "help", "도움말 출력 (-h는 요약, --help는 전부)"),
    ("*", "version", "버전 출력"),
    // Choosing questions (interview, pair, script).
    ("*", "topics", "이 주제만 (반복하거나 쉼표로 구분), 예: tcp, http, session."),
    ("*", "bank_names", "이 은행들의 질문만 (.yaml을 뺀 파일 이름), 예: network."),
    ("*", "count", "본 질문 수 (꼬리질문은 함께 따라옵니다)."),
    ("*", "difficulty", "이 난이도의 질문만."),
    ("*", "seed", "질문 선택과 순서의 시드: 같은 시드면 같은 질문이 나옵니다. 주지 않으면 새 시드를 뽑습니다 (대본 표지에 표시됩니다)."),
    ("*", "drafts", "`draft` 표시된 질문도 씁니다 (가져왔지만 아직 검토하지 않은 질문)."),
    ("*", "format", "출력 형식."),
    // Commands.
    ("interview", "", "모의 면접을 합니다 (그냥 `kkori`와 같습니다)."),
    ("interview", "@after", INTERVIEW_AFTER_KO),
    ("*", "feedback", "답할 때마다 피드백을 볼지, 최종 보고서에서만 볼지 (실제 면접처럼)."),
    ("*", "time_limit", "경고 전까지 답 하나에 주는 초 (1 이상)."),
    ("*", "depth", "본 질문 하나 뒤에 이어지는 꼬리질문의 최대 수."),
    ("*", "drill", "복습: 기록에서 복습할 때가 된 질문과 가장 약한 주제를 먼저, 강한 주제도 조금 섞어 냅니다. 질문마다 고른 이유를 보여 줍니다."),
    ("interview", "out", "보고서를 여기에 씁니다 (기본값: 데이터 폴더 아래 reports 폴더)."),
    ("interview", "format", "보고서 형식 [기본값: --out의 확장자(.md, .json, .html)에서, 없으면 md]."),
    ("resume", "", "중단된 면접을 멈춘 곳에서 이어 합니다."),
    ("resume", "session", "이어 할 세션 파일 (기본값: 가장 최근의 끝나지 않은 세션)."),
    ("resume", "out", "보고서를 여기에 씁니다 (기본값: 데이터 폴더 아래 reports 폴더)."),
    ("resume", "format", "보고서 형식 [기본값: --out의 확장자(.md, .json, .html)에서, 없으면 md]."),
    ("pair", "", "짝 연습: 다른 사람을 면접하며 들은 것을 기록하고, 그 사람의 보고서를 받습니다."),
    ("pair", "@after", PAIR_AFTER_KO),
    ("pair", "out", "보고서를 여기에 씁니다 (기본값: 데이터 폴더 아래 reports 폴더)."),
    ("pair", "format", "보고서 형식 [기본값: --out의 확장자(.md, .json, .html)에서, 없으면 md]."),
    ("check", "", "은행과 루브릭을 검사하고, 모든 루브릭의 예시 답을 채점합니다."),
    ("check", "paths", "검사할 파일이나 폴더 (기본값: ./question-banks와 ./rubrics가 있으면 그것, 없으면 내장 은행)."),
    ("check", "examples", "루브릭마다 예시 답이 기대한 등급과 얼마나 맞는지도 출력합니다."),
    ("script", "", "짝 연습용 면접관 대본(Markdown 또는 A4 HTML)을 씁니다."),
    ("script", "out", "대본을 여기에 씁니다: FILE.md 또는 FILE.html; `-`이면 Markdown을 표준 출력으로."),
    ("list", "", "은행의 주제와 주제별 질문 수; `--topic`을 주면 그 주제의 질문 목록."),
    ("list", "topic", "이 주제의 질문을 나열합니다 (`kkori list`에 나오는 id)."),
    ("grade", "", "질문 하나에 대한 답 하나를 채점하고 점수를 설명합니다."),
    ("grade", "question", "질문 id (`kkori list --topic`이나 은행 파일에서 볼 수 있습니다)."),
    ("grade", "answer", "답 텍스트. --answer도 --answer-file도 없으면 표준 입력에서 답을 읽습니다."),
    ("grade", "answer_file", "이 파일에서 답을 읽습니다."),
    ("grade", "batch", "대신 FILE의 답을 모두 채점합니다: {\"question\": ID, \"answer\": TEXT} 한 줄에 하나인 JSON Lines (.csv 파일이면 question,answer 머리줄이 있는 CSV). 답마다 점수, 등급, 근거가 담긴 JSON 한 줄을 순서대로 씁니다."),
    ("eval", "", "채점이 사람이 매긴 등급과 얼마나 맞는지 측정합니다."),
    ("eval", "labels", "등급이 붙은 답 파일이나 그 폴더 (폴더 안의 모든 `.yaml`/`.yml`을 이름 순으로)."),
    ("eval", "baseline", "단순 매처(정확한 부분 문자열, 가중치 없음)의 같은 수치도 보고합니다."),
    ("report", "", "저장된 세션의 보고서를 다시 만듭니다 (Markdown, JSON 또는 HTML)."),
    ("report", "session", "세션 파일 (데이터 폴더의 `sessions` 폴더에 저장된 JSON)."),
    ("report", "id", "파일 대신 기록에 있는 세션의 id (`kkori history` 참고)."),
    ("report", "format", "보고서 형식 [기본값: --out의 확장자(.md, .json, .html)에서, 없으면 md]."),
    ("report", "out", "보고서를 표준 출력 대신 이 파일에 씁니다 (원자적으로 교체)."),
    ("report", "include_notes", "면접관의 비공개 메모(짝 연습)도 넣습니다. 보고서는 대개 후보자를 위한 것이라 기본으로는 뺍니다."),
    ("progress", "", "주제별 현황: 숙련도, 추세, 복습할 항목, 가장 약한 개념."),
    ("progress", "format", "출력 형식: 표, JSON, 또는 차트가 든 독립 HTML 페이지."),
    ("progress", "out", "표준 출력 대신 이 파일에 씁니다."),
    ("progress", "cohort", "한 사람 대신 스터디 그룹: 구성원 × 주제 숙련도 히트맵, 그룹의 가장 약한 개념과 오개념, 구성원별 복습할 항목, 추세."),
    ("progress", "names", "--cohort와 함께: 구성원의 이름을 보입니다 (기본은 숨겨서 그룹 앞에 띄워도 됩니다)."),
    ("history", "", "지난 세션들; `export`와 `import`로 기록을 다른 컴퓨터로 옮깁니다."),
    ("history", "format", "목록의 출력 형식."),
    ("history export", "", "기록 전체를 FILE에 JSON으로 씁니다 (`-`이면 표준 출력)."),
    ("history export", "file", "내보낼 파일 (`-`이면 표준 출력)."),
    ("history import", "", "FILE(내보낸 파일)에 있고 이 기록에 없는 것을 더합니다; 두 번 가져와도 더해지는 것이 없습니다."),
    ("history import", "file", "가져올 파일 (`kkori history export`로 만든 것)."),
    ("cohort", "", "스터디 그룹: 코호트를 만들고, 구성원을 더하고, 목록을 봅니다 (`progress --cohort` 참고)."),
    ("cohort create", "", "빈 코호트를 만듭니다 (이미 있으면 그대로 둡니다)."),
    ("cohort create", "name", "코호트 이름."),
    ("cohort add", "", "코호트에 구성원(--candidate에 쓰는 이름)을 더합니다."),
    ("cohort add", "name", "코호트 이름."),
    ("cohort add", "members", "더할 구성원 이름들."),
    ("cohort list", "", "코호트와 구성원 목록."),
    ("completions", "", "셸 자동 완성 스크립트를 출력합니다 (bash, zsh, fish, elvish, powershell)."),
    ("completions", "shell", "어느 셸의 스크립트인지."),
    ("import", "", "Markdown 노트에서 질문 은행과 루브릭 초안을 만듭니다 (있는 파일에는 합칩니다)."),
    ("import", "note", "초안을 만들 Markdown 노트."),
    ("import", "out_bank", "은행을 쓸 곳 [기본값: 현재 폴더의 <노트 이름>.bank.yaml]."),
    ("import", "out_rubrics", "루브릭을 쓸 곳 [기본값: 현재 폴더의 <노트 이름>.rubrics.yaml]."),
    ("import", "topic", "초안 질문의 주제 id [기본값: 노트의 파일 이름에서]."),
    ("schema", "", "은행·루브릭 파일의 JSON Schema를 씁니다 (편집기의 YAML 지원용)."),
    ("schema", "out", "스키마를 표준 출력 대신 이 파일에 씁니다."),
    ("man", "", "이 도움말로 만든 man 페이지(roff)를 출력합니다."),
    ("help", "", "이 도움말이나 주어진 명령의 도움말을 출력합니다."),
    ("help", "subcommand", "도움말을 볼 명령."),
];

/// The examples below `kkori --help`, in Korean.
pub(super) const AFTER_HELP_KO: &str = "\
예:
  kkori                                   모의 면접 시작 (질문 7개, 한국어)
  kkori list                              주제와 주제별 질문 수
  kkori interview --topic tcp --count 5   TCP 질문 다섯 개
  kkori grade tcp-handshake --answer \"SYN, SYN-ACK, ACK를 주고받아 연결합니다\"
  kkori check question-banks rubrics      은행 검사와 루브릭 예시 채점
  kkori eval tests/fixtures/labelled-answers.yaml --baseline
  kkori progress --format html --out progress.html   주제별 숙련도와 차트
  kkori history export history.json       기록을 다른 컴퓨터로 옮기기
  kkori script --topic tcp --count 3 --out tcp.html   다른 사람을 면접할 대본
  kkori import notes.md                   notes.bank.yaml과 notes.rubrics.yaml 초안
  kkori schema --out kkori.schema.json    편집기에서 은행을 고칠 때 쓸 JSON Schema

종료 코드: 0 성공, 1 입력이나 데이터의 문제, 2 내부 오류.";

/// What `kkori interview --help` says after the options, in Korean.
pub(super) const INTERVIEW_AFTER_KO: &str = "\
답은 여러 줄로 써도 됩니다; 빈 줄을 넣으면 제출됩니다. 프롬프트에서:
  :hint    다음 힌트 (10점 감점)          :skip    이 질문 건너뛰기
  :repeat  질문 다시 듣기                 :model   방금 답한 질문의 모범 답안
  :quit    지금 끝내기 (보고서는 답한 데까지)
Ctrl-D나 파이프로 준 답의 끝도 면접을 끝내고 답한 내용은 모두 저장하지만, 끝까지 진행하지
않았으므로 종료 코드 1로 끝납니다.

터미널이 아니면 답을 표준 입력에서 빈 줄로 나뉜 덩어리마다 하나씩 읽습니다.

예:
  kkori interview
  kkori interview --topic tcp --topic http --count 5 --seed 42
  kkori interview --lang en --feedback end --time-limit 120
  printf 'SYN, SYN-ACK, ACK ...\\n\\n:skip\\n' | kkori interview --count 2";

/// What `kkori pair --help` says after the options, in Korean.
pub(super) const PAIR_AFTER_KO: &str = "\
면접관이 질문을 소리 내어 읽고 후보자가 말한 것을 기록합니다:
  들은 말을 입력하거나 붙여 넣기 (빈 줄이 덩어리를 끝내고, 여러 덩어리는 합쳐집니다)
  :heard 1 3     들은 개념, 체크리스트의 번호로
  :wrong 2       말한 오개념, 번호로
  :note TEXT     비공개 메모 (--include-notes 없이는 후보자 보고서에 들어가지 않습니다)
  :done          답을 채점하고 kkori가 제안하는 꼬리질문 보기
  :take (또는 빈 줄)  제안된 꼬리질문 하기      :ask ID  다른 질문 하기
  :next          다음 본 질문으로               :hint :skip :repeat :quit 은 interview와 같습니다

예:
  kkori pair --candidate 지수 --topic session --count 3
  kkori script --topic session --count 3 --out script.html   (대본을 먼저 인쇄)";

/// Prose in the texts after the options, English as in the derive attributes and Korean;
/// the examples around it stay as they are.
pub(super) const AFTER_KO: &[(&str, &str)] = &[
    (
        "The format comes from the extension of --out: .md (Markdown) or .html (one self-contained
page for A4 paper, each main question on a new page). Without --out, or with `--out -`,
Markdown goes to standard output. Prompts and wording follow --lang.",
        "형식은 --out의 확장자를 따릅니다: .md(Markdown) 또는 .html(A4 용지에 맞춘 독립 페이지 하나,
본 질문마다 새 페이지). --out이 없거나 `--out -`이면 Markdown을 표준 출력으로 씁니다.
질문과 문구는 --lang을 따릅니다.",
    ),
    ("7 questions, Korean, ready to print", "질문 7개, 한국어, 바로 인쇄"),
    (
        "A labels file is a YAML list of {question: <id>, answer: <text>, grade: <0-5>}.",
        "등급 파일은 {question: <id>, answer: <text>, grade: <0-5>}의 YAML 목록입니다.",
    ),
    (
        "Point an editor's YAML language server at the file, e.g. with a first line",
        "편집기의 YAML 언어 서버가 이 파일을 보게 하세요, 예를 들어 첫 줄에",
    ),
    ("See docs/authoring.md.", "docs/authoring.md를 참고하세요."),
    (
        "writes network.bank.yaml, network.rubrics.yaml",
        "network.bank.yaml, network.rubrics.yaml을 씁니다",
    ),
    ("generated prompts in English", "만든 질문이 영어로"),
    (
        "(on the other machine; safe to repeat)",
        "(다른 컴퓨터에서; 여러 번 해도 안전)",
    ),
    (
        "Every heading becomes a question marked `draft: true` (skipped by the interviewer until you
remove it); sub-headings become follow-ups; each question gets a rubric whose concepts come
from the section's bold text, code spans, acronyms, `한국어(English)` pairs and bullet leads.
The section's text is kept as the model answer, for you to rewrite.",
        "제목마다 `draft: true` 표시된 질문이 됩니다 (표시를 지울 때까지 면접에 나오지 않습니다);
하위 제목은 꼬리질문이 되고, 질문마다 루브릭이 생기며 그 개념은 절의 굵은 글씨, 코드,
약어, `한국어(English)` 쌍, 목록 첫머리에서 옵니다. 절의 본문은 모범 답안으로 남으니
다시 쓰세요.",
    ),
    (
        "Re-running is safe: when an output file exists it is merged by id. Every question and rubric
already in it is kept exactly as it is (your edits and comments stay); only questions for new
headings, and rubrics the file lacks, are appended. What was kept and added is printed on
standard error.",
        "다시 실행해도 안전합니다: 출력 파일이 있으면 id로 합칩니다. 이미 있는 질문과 루브릭은
그대로 둡니다 (고친 내용과 주석도 남습니다); 새 제목의 질문과 파일에 없는 루브릭만
덧붙입니다. 무엇을 두고 무엇을 더했는지는 표준 오류에 출력합니다.",
    ),
];

pub(super) const EXIT_CODES_EN: &str =
    "Exit codes: 0 success, 1 a problem with your input or data, 2 an internal error.";
pub(super) const EXIT_CODES_KO: &str = "종료 코드: 0 성공, 1 입력이나 데이터의 문제, 2 내부 오류.";
