//! Plans shipped with the product.

/// The Municipalidad Provincial de Ilo's PEI evaluation for 2022, transcribed from
/// Resolución de Alcaldía N° 850-2023-MPI. The product's built-in example and main golden test.
pub const ILO_2022: &str = include_str!("../../../public/ejemplos/ilo-2022.json");

/// The built-in example's entity, so an app can say "Ejemplo" wherever it shows it.
pub const ILO_ENTITY: &str = "Municipalidad Provincial de Ilo";

#[cfg(test)]
mod tests {
    #[test]
    fn the_example_is_the_entity_it_names() {
        let p = crate::load_plan(super::ILO_2022).unwrap();
        assert_eq!(p.entity.name, super::ILO_ENTITY);
        assert!(p.history.is_empty(), "the untouched example has no change log");
    }
}
