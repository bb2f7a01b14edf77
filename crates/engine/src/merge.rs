//! Bringing the files units send back into the plan on screen.
//!
//! A value counts as changed by a file when it differs from what it was when that file left the
//! planning office. That moment is the end of the history the file shares with the plan on screen
//! (same entries, same hashes); the value then is the current value, or the `old` of the first
//! later entry for it here. Values one side changed are taken; where two files, or a file and the
//! plan on screen, changed the same value differently, nothing is written until the user chooses.
//! The outcome depends on the set of files, not on their order.

use crate::sorting;
use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::field::{all_fields, FieldRef};
use crate::history::{self, ChainStatus, Stamp};
use crate::model::{Origin, Plan};
use crate::structure::incoming::{self, StructureChange};

/// A file a unit sent back, already read.
#[derive(Debug, Clone, PartialEq)]
pub struct IncomingFile {
    pub name: String,
    pub plan: Plan,
}

/// One value a set of files proposes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub value: Option<Decimal>,
    /// Names of the files that propose it, sorted.
    pub files: Vec<String>,
    /// Who entered it there and when, from that file's history (or the unit it was sent to).
    pub author: Option<String>,
    pub authored_at: Option<String>,
    /// Files among `files` sent to a unit other than the one that answers for this value.
    pub outside_unit: Vec<String>,
}

/// A value taken without asking: one side changed it, or all changes agree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Take {
    pub field: FieldRef,
    pub label: String,
    /// The item's name (an indicator's, an AO's…), so people need not know codes.
    pub name: Option<String>,
    /// The unit that answers for the value, when the plan names one.
    pub responsible: Option<String>,
    pub current: Option<Decimal>,
    pub proposal: Proposal,
}

/// A value with more than one candidate: the user chooses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub field: FieldRef,
    pub label: String,
    pub name: Option<String>,
    pub responsible: Option<String>,
    pub current: Option<Decimal>,
    /// Who last set the value on screen, if the log says.
    pub current_by: Option<String>,
    pub current_at: Option<String>,
    pub proposals: Vec<Proposal>,
}

/// What the merge found in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileReport {
    pub name: String,
    pub unit: Option<String>,
    /// Why the file was not used at all (another plan or year).
    pub refused: Option<String>,
    pub chain: ChainStatus,
    /// Values whose content the file's own log does not explain.
    pub unlogged: Vec<String>,
    /// Values this file changed since it was sent.
    pub changed: usize,
    /// Values it changed that another unit answers for, as "label (name): unit".
    pub outside_unit: Vec<String>,
    /// Values for items the plan on screen does not have (ignored).
    pub unknown: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MergePreview {
    pub takes: Vec<Take>,
    pub conflicts: Vec<Conflict>,
    /// Changes to the plan's structure (targets, names, items added or removed) the files make:
    /// never taken unless the user says so, one by one.
    pub structure: Vec<StructureChange>,
    pub files: Vec<FileReport>,
}

/// The user's answer to one conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    KeepCurrent,
    /// Index into the conflict's proposals.
    Take(usize),
}

/// What a merge did, for the summary shown afterwards.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MergeSummary {
    /// File name → labels of the values taken from it.
    pub from_file: BTreeMap<String, Vec<String>>,
    /// Conflicts where the value on screen was kept.
    pub kept_current: Vec<String>,
    /// Conflicts left without an answer (the value on screen stays).
    pub unanswered: Vec<String>,
    /// Structure changes of the files that were not taken (the plan's structure stays).
    pub structure_kept: Vec<String>,
    /// Structure changes chosen but refused by the plan's rules, with the reason.
    pub structure_failed: Vec<String>,
}

/// Refuses a file for another entity, plan or evaluation year, saying which differs.
pub fn same_plan(current: &Plan, other: &Plan) -> Result<(), String> {
    let mut diffs = Vec::new();
    if current.entity.name.trim() != other.entity.name.trim() {
        diffs.push(format!(
            "es de «{}» y el plan abierto es de «{}»",
            other.entity.name, current.entity.name
        ));
    }
    if current.plan.name.trim() != other.plan.name.trim()
        || current.plan.start_year != other.plan.start_year
        || current.plan.end_year != other.plan.end_year
    {
        diffs.push(format!(
            "es del plan «{} {}-{}» y el abierto es «{} {}-{}»",
            other.plan.name,
            other.plan.start_year,
            other.plan.end_year,
            current.plan.name,
            current.plan.start_year,
            current.plan.end_year
        ));
    }
    if current.evaluation.year != other.evaluation.year {
        diffs.push(format!(
            "evalúa el año {} y el plan abierto el año {}",
            other.evaluation.year, current.evaluation.year
        ));
    }
    if diffs.is_empty() {
        Ok(())
    } else {
        Err(format!("No se incorporó: el archivo {}.", diffs.join("; ")))
    }
}

/// How many entries two logs share from the start.
fn shared_prefix(a: &Plan, b: &Plan) -> usize {
    a.history
        .iter()
        .zip(&b.history)
        .take_while(|(x, y)| x.hash == y.hash)
        .count()
}

fn author_of(file: &Plan, field: &FieldRef) -> (Option<String>, Option<String>) {
    match history::provenance(file, field) {
        Some(e) => match &e.origin {
            Origin::Typed => (Some(e.by.clone()), Some(e.at.clone())),
            Origin::Merged {
                author, authored_at, ..
            } => (author.clone(), authored_at.clone()),
            // Not reached: provenance skips kept decisions.
            Origin::Kept { .. } => (Some(e.by.clone()), Some(e.at.clone())),
        },
        None => (file.sharing.as_ref().map(|s| s.for_unit.clone()), None),
    }
}

impl Proposal {
    /// "⚠ fuera de su unidad: lo llena «Subgerencia …»" when a file sent to another unit than
    /// `responsible` proposes it.
    pub fn outside_note(&self, responsible: Option<&str>) -> Option<String> {
        (!self.outside_unit.is_empty()).then(|| {
            let who = responsible
                .map(|u| format!("«{u}»"))
                .unwrap_or_else(|| "otra unidad".into());
            format!("⚠ fuera de su unidad: lo llena {who}")
        })
    }
}

/// "IND.01.OEI.02 «Porcentaje de …» · valor obtenido 2022": the label with the item's name.
pub fn named_label(plan: &Plan, field: &FieldRef) -> String {
    with_name(&field.label(plan), field.item_name(plan).as_deref())
}

/// A [`FieldRef::label`] with the item's name after its code.
pub fn with_name(label: &str, name: Option<&str>) -> String {
    match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) => label.replacen(" · ", &format!(" «{n}» · "), 1),
        None => label.to_string(),
    }
}

/// Works out what merging `files` into `current` would do, without changing anything.
pub fn preview(current: &Plan, files: &[IncomingFile]) -> MergePreview {
    let mut out = MergePreview::default();
    // field → (value → proposal)
    let mut proposed: BTreeMap<FieldRef, BTreeMap<Option<Decimal>, Proposal>> = BTreeMap::new();
    // field → whether the plan on screen changed it since some proposing file left
    let mut current_moved: BTreeMap<FieldRef, bool> = BTreeMap::new();
    let current_fields: Vec<FieldRef> = all_fields(current).into_iter().map(|(x, _)| x).collect();
    for f in files {
        let chain = history::verify(&f.plan.history);
        let mut report = FileReport {
            name: f.name.clone(),
            unit: f.plan.sharing.as_ref().map(|s| s.for_unit.clone()),
            refused: None,
            chain,
            unlogged: history::unlogged_changes(&f.plan)
                .iter()
                .map(|x| x.label(&f.plan))
                .collect(),
            changed: 0,
            outside_unit: Vec::new(),
            unknown: Vec::new(),
        };
        if let Err(why) = same_plan(current, &f.plan) {
            report.refused = Some(why);
            out.files.push(report);
            continue;
        }
        let fork = shared_prefix(current, &f.plan);
        out.structure
            .extend(incoming::proposals(current, &f.plan, &f.name, fork));
        let mut base: BTreeMap<&str, Option<Decimal>> = BTreeMap::new();
        for e in &current.history[fork..] {
            base.entry(e.field.as_str()).or_insert(e.old);
        }
        // A value cleared in the file is no longer listed there, so look at both plans' values.
        let mut fields: Vec<FieldRef> = all_fields(&f.plan).into_iter().map(|(x, _)| x).collect();
        fields.extend(current_fields.iter().cloned());
        sorting::sort(&mut fields);
        fields.dedup();
        for field in fields {
            let Some(value) = field.read(&f.plan) else {
                continue;
            };
            let Some(now) = field.read(current) else {
                if value.is_some() {
                    report.unknown.push(field.label(&f.plan));
                }
                continue;
            };
            let key = field.to_string();
            let then = base.get(key.as_str()).copied().unwrap_or(now);
            // A value the office already refused for this field is not asked about again.
            if value == then || history::refused(current, &field).contains(&value) {
                continue;
            }
            report.changed += 1;
            let outside = f
                .plan
                .sharing
                .as_ref()
                .and_then(|s| crate::assign::outside_unit(current, &field, &s.for_unit));
            if let Some(unit) = &outside {
                report
                    .outside_unit
                    .push(format!("{} ({unit})", named_label(current, &field)));
            }
            if now != then {
                *current_moved.entry(field.clone()).or_default() = true;
            }
            let (author, authored_at) = author_of(&f.plan, &field);
            let p = proposed
                .entry(field)
                .or_default()
                .entry(value)
                .or_insert_with(|| Proposal {
                    value,
                    files: Vec::new(),
                    author: None,
                    authored_at: None,
                    outside_unit: Vec::new(),
                });
            p.files.push(f.name.clone());
            sorting::sort(&mut p.files);
            if outside.is_some() {
                p.outside_unit.push(f.name.clone());
                sorting::sort(&mut p.outside_unit);
            }
            // Keep the earliest-named file's author, so the result does not depend on order.
            if p.files[0] == f.name {
                p.author = author;
                p.authored_at = authored_at;
            }
        }
        out.files.push(report);
    }
    for (field, by_value) in proposed {
        let now = field.read(current).flatten();
        let moved = current_moved.get(&field).copied().unwrap_or(false);
        let mut proposals: Vec<Proposal> = by_value.into_values().collect();
        let label = field.label(current);
        let name = field.item_name(current);
        let responsible = crate::assign::field_unit(current, &field);
        if proposals.len() == 1 && (!moved || proposals[0].value == now) {
            let proposal = proposals.remove(0);
            if proposal.value != now {
                out.takes.push(Take {
                    field,
                    label,
                    name,
                    responsible,
                    current: now,
                    proposal,
                });
            }
            continue;
        }
        let (current_by, current_at) = match history::provenance(current, &field) {
            Some(e) => (Some(e.by.clone()), Some(e.at.clone())),
            None => (None, None),
        };
        out.conflicts.push(Conflict {
            field,
            label,
            name,
            responsible,
            current: now,
            current_by,
            current_at,
            proposals,
        });
    }
    out
}

/// Carries out a previewed merge with the user's choices, logging every value taken. Structure
/// changes are made first (a value may belong to an indicator a file adds), only those whose
/// position in `preview.structure` is in `structure_taken`.
pub fn apply(
    current: &mut Plan,
    preview: &MergePreview,
    choices: &BTreeMap<FieldRef, Choice>,
    structure_taken: &std::collections::BTreeSet<usize>,
    stamp: &Stamp,
) -> MergeSummary {
    let mut summary = MergeSummary::default();
    for (i, s) in preview.structure.iter().enumerate() {
        let label = format!("{} ({})", s.item, s.changes.join("; "));
        if !structure_taken.contains(&i) {
            summary.structure_kept.push(label);
            continue;
        }
        match crate::structure::apply(current, s.edit.clone(), stamp) {
            Ok(_) => summary.from_file.entry(s.file.clone()).or_default().push(label),
            Err(e) => summary.structure_failed.push(format!("{label}: {e}")),
        }
    }
    let mut take = |current: &mut Plan, field: &FieldRef, label: &str, p: &Proposal, rejected: Vec<Option<Decimal>>| {
        let origin = Origin::Merged {
            file: p.files.join(", "),
            author: p.author.clone(),
            authored_at: p.authored_at.clone(),
            chosen: !rejected.is_empty(),
            rejected,
        };
        if history::record(current, field, p.value, stamp, origin) {
            for f in &p.files {
                summary.from_file.entry(f.clone()).or_default().push(label.to_string());
            }
        }
    };
    for t in &preview.takes {
        take(
            current,
            &t.field,
            &with_name(&t.label, t.name.as_deref()),
            &t.proposal,
            Vec::new(),
        );
    }
    for c in &preview.conflicts {
        let label = with_name(&c.label, c.name.as_deref());
        // The values not taken, logged with the decision so that the same files merged again do
        // not bring the same question back.
        let others = |taken: Option<usize>| -> Vec<Option<Decimal>> {
            c.proposals
                .iter()
                .enumerate()
                .filter(|(k, p)| Some(*k) != taken && p.value != c.current)
                .map(|(_, p)| p.value)
                .collect()
        };
        match choices.get(&c.field) {
            Some(Choice::Take(i)) => match c.proposals.get(*i) {
                Some(p) => {
                    let mut rejected = others(Some(*i));
                    // The value on screen lost too.
                    if c.current != p.value {
                        rejected.push(c.current);
                    }
                    take(current, &c.field, &label, p, rejected)
                }
                None => summary.unanswered.push(label),
            },
            Some(Choice::KeepCurrent) => {
                let files: Vec<String> = c.proposals.iter().flat_map(|p| p.files.iter().cloned()).collect();
                history::record_kept(current, &c.field, others(None), files.join(", "), stamp);
                summary.kept_current.push(label)
            }
            None => summary.unanswered.push(label),
        }
    }
    summary
}
