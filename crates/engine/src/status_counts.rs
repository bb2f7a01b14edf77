//! How many indicators ended in each status: the counts every roll-up, summary and export
//! shows, made in one place so they always add up the same way.

use serde::Serialize;

use crate::indicator_eval::Status;

/// Indicators by status. Serialized flat into its parent as `indicators_total`,
/// `indicators_met`… (the summary's and the evaluation's published field names).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StatusCounts {
    #[serde(rename = "indicators_total")]
    pub total: u32,
    #[serde(rename = "indicators_met")]
    pub met: u32,
    #[serde(rename = "indicators_not_met")]
    pub not_met: u32,
    #[serde(rename = "indicators_sin_informacion")]
    pub sin_informacion: u32,
    #[serde(rename = "indicators_no_calculable")]
    pub no_calculable: u32,
    #[serde(rename = "indicators_sentido_por_definir")]
    pub sentido_por_definir: u32,
}

impl StatusCounts {
    /// Counts the given statuses; saturates rather than wrap on a count no plan reaches.
    pub fn of(statuses: impl IntoIterator<Item = Status>) -> Self {
        let mut c = StatusCounts::default();
        for s in statuses {
            let slot = match s {
                Status::Met => &mut c.met,
                Status::NotMet => &mut c.not_met,
                Status::SinInformacion => &mut c.sin_informacion,
                Status::NoCalculable => &mut c.no_calculable,
                Status::SentidoPorDefinir => &mut c.sentido_por_definir,
            };
            *slot = slot.saturating_add(1);
            c.total = c.total.saturating_add(1);
        }
        c
    }

    /// The counts in the order the tables show them: total, met, not met, sin información,
    /// no calculable, sentido por definir.
    pub fn in_table_order(&self) -> [u32; 6] {
        [
            self.total,
            self.met,
            self.not_met,
            self.sin_informacion,
            self.no_calculable,
            self.sentido_por_definir,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_is_counted_once_and_in_the_total() {
        let c = StatusCounts::of([
            Status::Met,
            Status::Met,
            Status::NotMet,
            Status::SinInformacion,
            Status::NoCalculable,
            Status::SentidoPorDefinir,
        ]);
        assert_eq!(c.in_table_order(), [6, 2, 1, 1, 1, 1]);
    }

    #[test]
    fn the_counts_serialize_under_the_published_names() {
        let json = serde_json::to_string(&StatusCounts::of([Status::Met])).unwrap();
        assert_eq!(
            json,
            r#"{"indicators_total":1,"indicators_met":1,"indicators_not_met":0,"indicators_sin_informacion":0,"indicators_no_calculable":0,"indicators_sentido_por_definir":0}"#
        );
    }
}
