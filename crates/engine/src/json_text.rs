//! Indenting compact JSON for people who open a plan file in Notepad.
//!
//! serde_json's pretty printer would compile every type's serialiser a second time into the page;
//! re-indenting the compact text is a few lines and gives byte-identical output.

/// Re-indents compact JSON (as `serde_json::to_string` writes it) the way `to_string_pretty` does.
pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 4);
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(',');
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::ILO_2022;

    #[test]
    fn same_bytes_as_serde_pretty() {
        let plan = crate::load_plan(ILO_2022).unwrap();
        let compact = serde_json::to_string(&plan).unwrap();
        assert_eq!(indent(&compact), serde_json::to_string_pretty(&plan).unwrap());
        let tricky = serde_json::json!({"a": "x{,:}\"[]\\", "b": [], "c": {}, "d": [1, {"e": null}]});
        assert_eq!(
            indent(&serde_json::to_string(&tricky).unwrap()),
            serde_json::to_string_pretty(&tricky).unwrap()
        );
    }
}
