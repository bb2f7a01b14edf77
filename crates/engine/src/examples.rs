//! Plans shipped with the product.

/// The Municipalidad Provincial de Ilo's PEI evaluation for 2022, transcribed from
/// Resolución de Alcaldía N° 850-2023-MPI. The product's built-in example and main golden test.
pub const ILO_2022: &str = include_str!("../../../public/ejemplos/ilo-2022.json");
