//! Letter templates: a tiny, parsed language of `{placeholder}` and `{if cond}…{end}`.
//!
//! Templates are parsed, never regex-replaced, so an unknown placeholder or condition is an error
//! that names the file, line and column, and a template cannot silently lose a piece of text.

use serde::{Deserialize, Serialize};

macro_rules! names {
    ($(#[$m:meta])* $ty:ident { $($(#[$vm:meta])* $var:ident = $s:literal,)* }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $ty { $($(#[$vm])* $var,)* }
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$var,)*];
            pub fn name(self) -> &'static str { match self { $($ty::$var => $s,)* } }
            pub fn from_name(s: &str) -> Option<$ty> { match s { $($s => Some($ty::$var),)* _ => None } }
        }
    };
}

names! {
    /// A value the letter engine supplies.
    Var {
        /// The person's full name.
        Name = "name",
        /// The person's contact e-mail address.
        Email = "email",
        /// The service, e.g. "Instagram".
        Platform = "platform",
        /// The company that runs it in Europe.
        Controller = "controller",
        /// The accounts concerned, one per line.
        Accounts = "accounts",
        /// The person's particular situation (Art. 21(1)), built from the chosen reasons and free text.
        Grounds = "grounds",
        /// Today's date, written out.
        Today = "today",
        /// The date the objection was sent.
        SentOn = "sent_on",
        /// The date of the first follow-up letter to the company (reminder or reply to a
        /// refusal; for the UK also the complaint to the controller).
        ReminderOn = "reminder_on",
        /// One month after sending (Art. 12(3) GDPR).
        Deadline = "deadline",
        /// The competent supervisory authority for the person's residence.
        Authority = "authority",
        /// The controller's lead supervisory authority (Art. 56 GDPR).
        LeadAuthority = "lead_authority",
        /// For Slack: the workspace or organisation address.
        Workspace = "workspace",
        /// Where the person lives (country or state), written out.
        Residence = "residence",
        /// Links to the posts that show a person without an account, one per line.
        PostLinks = "post_links",
        /// The short sentences of the chosen reasons and the person's own words (form fields).
        ShortGrounds = "short_grounds",
        /// In the line naming an account (words.toml): its user name, phone number or workspace.
        User = "user",
        /// In the line naming an account: its e-mail address.
        Mail = "mail",
        /// In the line naming an account: what the user name is called there.
        Label = "label",
        /// The company's representative in Europe (Art. 27) with its e-mail address.
        Representative = "representative",
    }
}

names! {
    /// A condition a part of a template depends on.
    Cond {
        /// The person lives in Switzerland.
        Ch = "ch",
        /// The person lives in the United Kingdom.
        Uk = "uk",
        /// The person lives in the EU or EEA.
        Eu = "eu",
        /// The platform says an objection only protects future use.
        FutureOnly = "future_only",
        /// The person gave an e-mail address.
        HasEmail = "has_email",
        /// More than one account is concerned.
        SeveralAccounts = "several_accounts",
        /// The accounts named include another service's, linked in Meta's Accounts Center.
        LinkedServices = "linked_services",
        /// Austria: the complaint must include a copy of the request (§ 24 DSG).
        At = "at",
        /// The controller's lead authority is another one than the person's own.
        LeadElsewhere = "lead_elsewhere",
        /// The month for an answer (counted from the objection) is over today.
        DeadlinePassed = "deadline_passed",
        /// A reminder or a reply to a refusal went out (for the UK: the complaint to the
        /// controller, s. 164A DPA 2018).
        ReminderSent = "reminder_sent",
        /// The person writes without an account (data that others posted).
        NoAccount = "no_account",
        /// The person listed links to the posts concerned.
        HasLinks = "has_links",
        /// The person chose reasons or wrote about their situation.
        HasReasons = "has_reasons",
        /// In the line naming an account: a user name is given.
        HasUser = "has_user",
        /// In the line naming an account: an e-mail address is given.
        HasMail = "has_mail",
        /// In the line naming an account: the service knows accounts by something of its own
        /// (WhatsApp: a phone number), named by `label`.
        OwnLabel = "own_label",
        /// The company has a representative in Europe (Art. 27 GDPR / UK GDPR).
        Representative = "representative",
    }
}

/// A piece of a parsed template.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Segment {
    Text(String),
    Var(Var),
    If {
        cond: Cond,
        negate: bool,
        body: Vec<Segment>,
    },
}

/// A parsed template: a subject line and a body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template {
    pub subject: Vec<Segment>,
    pub body: Vec<Segment>,
}

/// Where and why a template could not be parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl core::fmt::Display for ParseError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.message
        )
    }
}

/// Parses a template file: the first line is the subject, then one empty line, then the body.
pub fn parse_template(source: &str) -> Result<Template, ParseError> {
    let source = source.replace("\r\n", "\n");
    let (subject, body) = match source.split_once('\n') {
        Some((s, rest)) => {
            let Some(body) = rest.strip_prefix('\n') else {
                return Err(ParseError {
                    line: 2,
                    column: 1,
                    message: "the second line must be empty (line 1 is the subject, the body starts on line 3)".into(),
                });
            };
            (s, body)
        }
        None => {
            return Err(ParseError {
                line: 1,
                column: 1,
                message: "a template needs a subject line, an empty line and a body".into(),
            })
        }
    };
    if subject.trim().is_empty() {
        return Err(ParseError {
            line: 1,
            column: 1,
            message: "the subject line (line 1) is empty".into(),
        });
    }
    let subject = parse_segments(subject, 1)?;
    let body = parse_segments(body.trim_end_matches('\n'), 3)?;
    Ok(Template { subject, body })
}

/// An `{if}` still open: its condition, negation and where it started (for messages).
type OpenIf = (Cond, bool, usize, usize);

/// The blocks being read: the bottom entry is the whole text, each entry above it an `{if}`
/// still open.
type Stack = Vec<(Option<OpenIf>, Vec<Segment>)>;

/// Parses text with placeholders; `first_line` is the file line the text starts on (for messages).
pub(crate) fn parse_segments(text: &str, first_line: usize) -> Result<Vec<Segment>, ParseError> {
    let mut stack: Stack = vec![(None, Vec::new())];
    let mut literal = String::new();
    let mut line = first_line;
    let mut col = 1;
    let mut chars = text.chars().peekable();

    while let Some(c) = chars.next() {
        let (tag_line, tag_col) = (line, col);
        advance(&mut line, &mut col, c);
        let err = |message: String| ParseError {
            line: tag_line,
            column: tag_col,
            message,
        };
        match c {
            '{' | '}' if chars.peek() == Some(&c) => {
                chars.next();
                col += 1;
                literal.push(c);
            }
            '}' => return Err(err("a lone `}`: write `}}` for a literal brace".into())),
            '{' => {
                let tag = read_tag(&mut chars, &mut line, &mut col).map_err(|tag| {
                    err(format!(
                        "`{{{tag}` is not closed with `}}` on the same line (write `{{{{` for a literal brace)"
                    ))
                })?;
                let top = &mut stack.last_mut().expect("stack never empty").1;
                flush(&mut literal, top);
                apply_tag(&mut stack, tag.trim(), (tag_line, tag_col)).map_err(err)?;
            }
            _ => literal.push(c),
        }
    }
    if stack.len() > 1 {
        let (open, _) = stack.pop().expect("checked length");
        let (cond, _, l, c) = open.expect("only the bottom entry has no condition");
        return Err(ParseError {
            line: l,
            column: c,
            message: format!("`{{if {}}}` is never closed with `{{end}}`", cond.name()),
        });
    }
    let (_, mut out) = stack.pop().expect("stack never empty");
    flush(&mut literal, &mut out);
    Ok(out)
}

fn flush(literal: &mut String, out: &mut Vec<Segment>) {
    if !literal.is_empty() {
        out.push(Segment::Text(core::mem::take(literal)));
    }
}

/// The inside of a tag up to its `}`; the text read so far when the line or the text ends first.
fn read_tag(
    chars: &mut core::iter::Peekable<core::str::Chars<'_>>,
    line: &mut usize,
    col: &mut usize,
) -> Result<String, String> {
    let mut tag = String::new();
    for t in chars.by_ref() {
        advance(line, col, t);
        match t {
            '}' => return Ok(tag),
            '\n' | '{' => break,
            _ => tag.push(t),
        }
    }
    Err(tag)
}

/// Opens an `{if}`, closes it with `{end}` or adds a placeholder; the error is the message.
fn apply_tag(stack: &mut Stack, tag: &str, at: (usize, usize)) -> Result<(), String> {
    if let Some(cond) = tag.strip_prefix("if ") {
        let cond = cond.trim();
        let (negate, name) = match cond.strip_prefix('!') {
            Some(n) => (true, n.trim()),
            None => (false, cond),
        };
        let Some(cond) = Cond::from_name(name) else {
            let known: Vec<&str> = Cond::ALL.iter().map(|c| c.name()).collect();
            return Err(format!(
                "unknown condition `{name}`; known: {}",
                known.join(", ")
            ));
        };
        stack.push((Some((cond, negate, at.0, at.1)), Vec::new()));
    } else if tag == "end" {
        if stack.len() == 1 {
            return Err("`{end}` without an open `{if …}`".into());
        }
        let (open, body) = stack.pop().expect("checked length");
        let (cond, negate, _, _) = open.expect("only the bottom entry has no condition");
        let top = &mut stack.last_mut().expect("stack never empty").1;
        top.push(Segment::If { cond, negate, body });
    } else if let Some(var) = Var::from_name(tag) {
        let top = &mut stack.last_mut().expect("stack never empty").1;
        top.push(Segment::Var(var));
    } else {
        let known: Vec<&str> = Var::ALL.iter().map(|v| v.name()).collect();
        return Err(format!(
            "unknown placeholder `{{{tag}}}`; known: {}",
            known.join(", ")
        ));
    }
    Ok(())
}

fn advance(line: &mut usize, col: &mut usize, c: char) {
    if c == '\n' {
        *line += 1;
        *col = 1;
    } else {
        *col += 1;
    }
}

/// Renders segments with the values and conditions the caller supplies.
pub fn render(
    segments: &[Segment],
    value: &dyn Fn(Var) -> String,
    holds: &dyn Fn(Cond) -> bool,
) -> String {
    let mut out = String::new();
    render_into(segments, value, holds, &mut out);
    tidy(&out)
}

fn render_into(
    segments: &[Segment],
    value: &dyn Fn(Var) -> String,
    holds: &dyn Fn(Cond) -> bool,
    out: &mut String,
) {
    for s in segments {
        match s {
            Segment::Text(t) => out.push_str(t),
            Segment::Var(v) => out.push_str(&value(*v)),
            Segment::If { cond, negate, body } => {
                if holds(*cond) != *negate {
                    render_into(body, value, holds, out);
                }
            }
        }
    }
}

/// Removes the blank lines that skipped `{if}` blocks leave behind: never more than one empty line.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.split('\n') {
        let line = line.trim_end();
        if line.is_empty() {
            blank_run += 1;
            if blank_run > 1 {
                continue;
            }
        } else {
            blank_run = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out.trim_matches('\n').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn val(v: Var) -> String {
        format!("<{}>", v.name())
    }

    #[test]
    fn parses_subject_body_vars_and_conditions() {
        let t = parse_template("Objection by {name}\n\nHello {controller},\n{if ch}Swiss.\n{end}{if !ch}EU.\n{end}Bye {{ok}}").unwrap();
        let yes = render(&t.body, &val, &|c| c == Cond::Ch);
        let no = render(&t.body, &val, &|_| false);
        assert_eq!(render(&t.subject, &val, &|_| false), "Objection by <name>");
        assert_eq!(yes, "Hello <controller>,\nSwiss.\nBye {ok}");
        assert_eq!(no, "Hello <controller>,\nEU.\nBye {ok}");
    }

    #[test]
    fn unknown_placeholder_is_an_error_with_position() {
        let e = parse_template("S\n\nline\nDear {nmae},").unwrap_err();
        assert_eq!((e.line, e.column), (4, 6));
        assert!(e.message.contains("unknown placeholder `{nmae}`"), "{e}");
    }

    #[test]
    fn structural_errors_are_reported() {
        for (src, needle) in [
            ("S\n\n{if ch}x", "never closed"),
            ("S\n\nx{end}", "without an open"),
            ("S\n\n{if swiss}x{end}", "unknown condition `swiss`"),
            ("S\n\n{name", "not closed"),
            ("S\n\na } b", "lone `}`"),
            ("S\nbody", "second line must be empty"),
            ("only a subject", "needs a subject line"),
            ("\n\nbody", "subject line (line 1) is empty"),
        ] {
            let e = parse_template(src).unwrap_err();
            assert!(e.message.contains(needle), "{src:?}: {e}");
        }
    }

    #[test]
    fn nested_conditions_and_tidy_blank_lines() {
        let t = parse_template("S\n\nA\n\n{if eu}{if has_email}E\n{end}{end}\n\nB").unwrap();
        assert_eq!(render(&t.body, &val, &|_| false), "A\n\nB");
        assert_eq!(render(&t.body, &val, &|_| true), "A\n\nE\n\nB");
    }
}
