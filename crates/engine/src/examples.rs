//! Plans shipped with the product.

/// The Municipalidad Provincial de Ilo's PEI evaluation for 2022, transcribed from
/// Resolución de Alcaldía N° 850-2023-MPI. The product's built-in example and main golden test.
pub const ILO_2022: &str = include_str!("../../../public/ejemplos/ilo-2022.json");

/// The built-in example's entity, so an app can say "Ejemplo" wherever it shows it.
pub const ILO_ENTITY: &str = "Municipalidad Provincial de Ilo";

/// Ilo with no obtained value and no evaluator verdict, and unreported values left out of the
/// share (Ilo counts them as not met): every objective without a result.
#[cfg(test)]
pub(crate) fn ilo_without_values() -> crate::Plan {
    let mut plan = crate::load_plan(ILO_2022).expect("Ilo loads");
    plan.settings.missing_values = crate::model::MissingValues::LeftOut;
    for o in &mut plan.objectives {
        for i in o
            .indicators
            .iter_mut()
            .chain(o.actions.iter_mut().flat_map(|a| a.indicators.iter_mut()))
        {
            i.obtained.clear();
            i.verdict = None;
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_example_is_the_entity_it_names() {
        let p = crate::load_plan(super::ILO_2022).unwrap();
        assert_eq!(p.entity.name, super::ILO_ENTITY);
        assert!(p.history.is_empty(), "the untouched example has no change log");
    }
}
