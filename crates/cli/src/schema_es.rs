//! Spanish for the published plan schema.
//!
//! schemars takes each `description` in `public/plan.schema.json` from the engine's English doc
//! comments; the people who read that schema read Spanish. [`SPANISH`] pairs each English text,
//! exactly as it comes out of the generator (line breaks included), with its Spanish, and
//! [`to_spanish`] swaps them in. A test fails on any English text missing here, so a new or
//! reworded doc comment on the plan model needs its Spanish added (and the old pair removed).
//! Codes, field names and examples (`AEI.01.01`, `min_pct`, `{"verde": 2}`) stay as they are.

use serde_json::Value;

/// English description as generated → Spanish, in the order they appear in the schema.
pub(crate) const SPANISH: &[(&str, &str)] = &[
    (
        "The other values proposed for it, not taken (`null`: clearing it). Merging the same\nfiles again does not ask about them again.",
        "Los otros valores propuestos para él, que no se tomaron (`null`: dejarlo vacío). Al volver a combinar los mismos archivos no se pregunta de nuevo por ellos.",
    ),
    (
        "Not a change: the user kept the value on screen against the values units' files proposed\nfor it (`rejected`), so merging the same files again does not ask again.",
        "No es un cambio: el usuario mantuvo el valor en pantalla frente a los valores que propusieron los archivos de las unidades (`rejected`), de modo que al volver a combinar los mismos archivos no se pregunta de nuevo.",
    ),
    (
        "Years closed with *Nuevo ejercicio*, oldest first: what belonged to that year's\nevaluation alone, kept as history and not evaluated.",
        "Años cerrados con «Nuevo ejercicio», del más antiguo al más reciente: lo que pertenecía solo a la evaluación de ese año, guardado como historia y no evaluado.",
    ),
    (
        "Handed out by a trainer as an exercise: whoever opens it sees the data and answers, and\nthe computed results stay hidden until they choose to see them.",
        "Entregado por un capacitador como práctica: quien lo abre ve los datos y responde, y los resultados calculados quedan ocultos hasta que decida verlos.",
    ),
    (
        "One year closed when the next one was started from its file. Its targets and values stay in\nthe indicators (they hold every year); this keeps the rest of that year's evaluation.",
        "Un año cerrado al empezar el siguiente a partir de su archivo. Sus metas y valores siguen en los indicadores (que guardan todos los años); aquí se guarda el resto de la evaluación de ese año.",
    ),
    (
        "The method's rules the year was evaluated under.",
        "Las reglas del método con las que se evaluó ese año.",
    ),
    (
        "That year's operational plan: activities, investments and budget tables.",
        "El plan operativo de ese año: actividades, inversiones y tablas de presupuesto.",
    ),
    (
        "The institution's figures that year's source document stated.",
        "Las cifras de la entidad que declaró el documento fuente de ese año.",
    ),
    (
        "The OEI and AEI figures that year's source document stated, by code.",
        "Las cifras de cada OEI y AEI que declaró el documento fuente de ese año, por código.",
    ),
    (
        "The JSON Schema an editor should validate this file against (optional, not used here).",
        "El esquema JSON con el que un editor debe validar este archivo (opcional; Semáforo no lo usa).",
    ),
    (
        "Institution-wide figures a source document states, kept to be cross-checked.",
        "Cifras de toda la entidad que declara un documento fuente, guardadas para contrastarlas con las calculadas.",
    ),
    (
        "Version of this file format. This build writes version 2 and reads 1 and 2.",
        "Versión del formato de este archivo. Esta versión de Semáforo escribe la versión 2 y lee la 1 y la 2.",
    ),
    (
        "Every change to a value, oldest first, each entry chained to the previous by a hash.",
        "Cada cambio de un valor, del más antiguo al más reciente; cada registro está encadenado al anterior mediante un hash.",
    ),
    (
        "OEI (objetivos estratégicos institucionales), each with its AEI.",
        "OEI (objetivos estratégicos institucionales), cada uno con sus AEI.",
    ),
    (
        "The evaluation report's texts written by the planning office.",
        "Textos del informe de evaluación redactados por la oficina de planeamiento.",
    ),
    (
        "Set when the planning office sent this file to one unit: that unit's items come first.",
        "Presente cuando la oficina de planeamiento envió este archivo a una unidad orgánica: los elementos de esa unidad aparecen primero.",
    ),
    (
        "Remarks about the source the engine cannot check by itself.",
        "Observaciones sobre la fuente que Semáforo no puede verificar por sí solo.",
    ),
    (
        "e.g. \"AEI.01.01\".",
        "Por ejemplo: \"AEI.01.01\".",
    ),
    (
        "Code of the AEI it is aligned to.",
        "Código de la AEI a la que se vincula.",
    ),
    (
        "Devengado.",
        "Monto devengado.",
    ),
    (
        "Unit in charge; when absent, the AEI's (or its OEI's) responsible unit.",
        "Unidad orgánica responsable; si se omite, es la responsable de la AEI (o de su OEI).",
    ),
    (
        "How the semester values of one year make that year's value.",
        "Cómo se obtiene el valor de un año a partir de los valores de sus semestres.",
    ),
    (
        "A flow: S1 + S2 (people trained, licences issued).",
        "Un flujo: S1 + S2 (personas capacitadas, licencias emitidas).",
    ),
    (
        "A stock or a rate: the latest value (coverage %, anaemia rate).",
        "Un stock o una tasa: el valor más reciente (% de cobertura, tasa de anemia).",
    ),
    (
        "The mean of the semesters reported.",
        "El promedio de los semestres reportados.",
    ),
    (
        "Number of AO and inversiones; absent when the source leaves it blank.",
        "Número de AO e inversiones; se omite cuando la fuente lo deja en blanco.",
    ),
    (
        "The row's own wording, when it differs from the AEI's name.",
        "La redacción propia de la fila, cuando difiere del nombre de la AEI.",
    ),
    (
        "Objective subtotal rows as the source states them.",
        "Filas de subtotal por OEI tal como las declara la fuente.",
    ),
    (
        "Name of the source table, used in messages.",
        "Nombre de la tabla de la fuente, usado en los mensajes.",
    ),
    (
        "CSS colour.",
        "Color CSS.",
    ),
    (
        "Stable id, e.g. \"verde\".",
        "Identificador estable, por ejemplo \"verde\".",
    ),
    (
        "Word shown next to the colour, e.g. \"Verde\".",
        "Palabra que se muestra junto al color, por ejemplo \"Verde\".",
    ),
    (
        "Lowest percentage (inclusive) that earns this band.",
        "Porcentaje mínimo (inclusive) para obtener este rango.",
    ),
    (
        "Symbol shown with the colour so it is never the only signal.",
        "Símbolo que acompaña al color, para que el color nunca sea la única señal.",
    ),
    (
        "Number of AO (without inversiones).",
        "Número de AO (sin inversiones).",
    ),
    (
        "Source table, e.g. \"Tabla N°01\"; the same stage stated in two tables is cross-checked.",
        "Tabla de la fuente, por ejemplo \"Tabla N°01\"; si la misma etapa figura en dos tablas, se contrastan entre sí.",
    ),
    (
        "Number of AO and inversiones together.",
        "Número de AO e inversiones en conjunto.",
    ),
    (
        "Aggregate figures, when AO are not given one by one.",
        "Cifras agregadas, cuando las AO no se detallan una por una.",
    ),
    (
        "e.g. \"03.08.04\"; absent when the source omits it.",
        "Por ejemplo: \"03.08.04\"; se omite cuando la fuente no lo indica.",
    ),
    (
        "Execution percentage as the source prints it.",
        "Porcentaje de ejecución tal como figura en la fuente.",
    ),
    (
        "Number of objectives per light id, e.g. {\"verde\": 2, \"naranja\": 2, \"rojo\": 5}.",
        "Número de OEI por color del semáforo (su id), por ejemplo {\"verde\": 2, \"naranja\": 2, \"rojo\": 5}.",
    ),
    (
        "Objective-level indicators (not AEI) stated as total / met.",
        "Indicadores de nivel OEI (no de AEI), declarados como total / cumplidos.",
    ),
    (
        "What a source document states about an objective's or action's result.",
        "Lo que un documento fuente declara sobre el resultado de un OEI o de una AEI.",
    ),
    (
        "Where the statement is, e.g. \"Sección OEI.01\".",
        "Dónde figura lo declarado, por ejemplo \"Sección OEI.01\".",
    ),
    (
        "More is better.",
        "Más es mejor (sentido ascendente).",
    ),
    (
        "Less is better.",
        "Menos es mejor (sentido descendente).",
    ),
    (
        "A ceiling that must not be exceeded.",
        "Un tope máximo que no debe superarse.",
    ),
    (
        "A floor that must be reached.",
        "Un mínimo que debe alcanzarse.",
    ),
    (
        "How an AEI that has no AO or inversión counts in its OEI's physical execution, the same\nwhether the plan lists AO one by one or only an aggregate table.",
        "Cómo cuenta una AEI sin AO ni inversiones en la ejecución física de su OEI, tanto si el plan detalla las AO una por una como si solo trae una tabla agregada.",
    ),
    (
        "As 0 %: a strategic action with nothing programmed did not advance (the reference\nreport's Tabla 04 prints such rows as 0 %).",
        "Como 0 %: una acción estratégica sin nada programado no avanzó (la Tabla 04 del informe de referencia muestra esas filas con 0 %).",
    ),
    (
        "Left out of the OEI's mean.",
        "Se excluye del promedio del OEI.",
    ),
    (
        "Código de unidad ejecutora (e.g. \"301498\").",
        "Código de unidad ejecutora (por ejemplo, \"301498\").",
    ),
    (
        "Required: why the evaluator decided so (a quote from the report, for instance).",
        "Obligatorio: por qué el evaluador decidió así (por ejemplo, una cita del informe).",
    ),
    (
        "The period it was given for (\"2022\", \"2022-S1\"); it decides no other. Files written before\nverdicts had a period are read as giving it for the period they evaluate.",
        "El periodo para el que se dio (\"2022\", \"2022-S1\"); no decide ningún otro. Los archivos escritos antes de que los juicios tuvieran periodo se leen como juicios para el periodo que evalúan.",
    ),
    (
        "Seguimiento financiero (amount).",
        "Seguimiento financiero (monto).",
    ),
    (
        "Ejecución física anual (%), as reported for the AEI.",
        "Ejecución física anual (%), tal como se reporta para la AEI.",
    ),
    (
        "Priority as printed in this row.",
        "Prioridad tal como figura en esta fila.",
    ),
    (
        "One change to one value. `hash` is the SHA-256 (hex) of the entry's other fields and the\nprevious entry's hash, so rewriting any earlier entry breaks every later link.",
        "Un cambio en un valor. `hash` es el SHA-256 (en hexadecimal) de los demás campos del registro y del hash del registro anterior, de modo que alterar cualquier registro previo rompe todos los enlaces siguientes.",
    ),
    (
        "When the change was recorded (ISO 8601, UTC).",
        "Cuándo se registró el cambio (ISO 8601, UTC).",
    ),
    (
        "Who recorded it: the person's or unit's name as typed in the app.",
        "Quién lo registró: el nombre de la persona o de la unidad tal como se escribió en la aplicación.",
    ),
    (
        "Which value, e.g. \"obtenido/IND.01.OEI.02/2022\" (see `field::FieldRef`).",
        "Qué valor cambió, por ejemplo \"obtenido/IND.01.OEI.02/2022\" (ver `field::FieldRef`).",
    ),
    (
        "For a change to the plan's structure (a name, a unit, an item added or removed): what it\nsaid before and after, in words. Absent for a change to a figure.",
        "En un cambio de la estructura del plan (un nombre, una unidad, un elemento agregado o quitado): lo que decía antes y después, en palabras. Se omite en el cambio de una cifra.",
    ),
    (
        "Hash of the previous entry (\"\" for the first).",
        "Hash del registro anterior (\"\" en el primero).",
    ),
    (
        "Position in the log, from 1.",
        "Posición en el historial, desde 1.",
    ),
    (
        "How a year's value is made from its semesters. Omitted: from the unit (cantidad and\nnúmero add up; percentages, ratios, rates and indexes take the latest).",
        "Cómo se obtiene el valor de un año a partir de sus semestres. Si se omite, depende de la unidad de medida (cantidad y número se suman; porcentajes, ratios, tasas e índices toman el valor más reciente).",
    ),
    (
        "e.g. \"IND.01.AEI.01.01\".",
        "Por ejemplo: \"IND.01.AEI.01.01\".",
    ),
    (
        "Cumulative indicators compare sums since the first year; others the value at the cut-off.",
        "Los indicadores acumulativos comparan sumas desde el primer año; los demás, el valor al corte.",
    ),
    (
        "Omitted: inferred from the yearly expected values.",
        "Si se omite, se deduce de los logros esperados de cada año.",
    ),
    (
        "Logro esperado per year: {\"2022\": \"20\"}.",
        "Logro esperado por año: {\"2022\": \"20\"}.",
    ),
    (
        "Valor obtenido per period: {\"2022\": \"10\"} or {\"2022-S1\": \"4\"}. Absent is 'sin información', never 0.",
        "Valor obtenido por periodo: {\"2022\": \"10\"} o {\"2022-S1\": \"4\"}. Si falta, es 'sin información', nunca 0.",
    ),
    (
        "1 very relevant, 2 relevant, 3 less relevant.",
        "1 muy relevante, 2 relevante, 3 menos relevante.",
    ),
    (
        "How the yearly targets of a cumulative indicator are written: each year's own target\n(added up to the cut-off) or already as running totals (never added up).",
        "Cómo están escritas las metas anuales de un indicador acumulativo: la meta propia de cada año (se suman hasta el corte) o ya como totales acumulados (nunca se suman).",
    ),
    (
        "The evaluator's own met/not-met, with the reason written down.",
        "El dictamen del propio evaluador (cumplido / no cumplido), con la razón por escrito.",
    ),
    (
        "How an indicator with no reported value ('sin información') counts in a roll-up. It is\nalways shown as 'sin información', never as 0.",
        "Cómo cuenta en la consolidación un indicador sin valor reportado ('sin información'). Siempre se muestra como 'sin información', nunca como 0.",
    ),
    (
        "Counted as not met (advance 0 in the weighted roll-up): not reporting never raises a\nresult. The reference report's rule (conclusion 7.6).",
        "Se cuenta como no cumplido (avance 0 en la consolidación ponderada): no reportar nunca mejora un resultado. Es la regla del informe de referencia (conclusión 7.6).",
    ),
    (
        "Left out of the roll-up and counted apart.",
        "Se excluye de la consolidación y se cuenta aparte.",
    ),
    (
        "AEI (acciones estratégicas institucionales).",
        "AEI (acciones estratégicas institucionales) de este OEI.",
    ),
    (
        "e.g. \"OEI.01\".",
        "Por ejemplo: \"OEI.01\".",
    ),
    (
        "Which indicators make an objective's (OEI) result.",
        "Qué indicadores forman el resultado de un objetivo (OEI).",
    ),
    (
        "The OEI's own indicators and those of its AEI (the Ilo report).",
        "Los indicadores propios del OEI y los de sus AEI (como en el informe de Ilo).",
    ),
    (
        "The OEI's own indicators only; the AEI are evaluated apart (CEPLAN's follow-up tables).",
        "Solo los indicadores propios del OEI; las AEI se evalúan aparte (como en las tablas de seguimiento de CEPLAN).",
    ),
    (
        "Where a value came from.",
        "De dónde proviene un valor.",
    ),
    (
        "Typed in the app by `by`.",
        "Ingresado en la aplicación por `by`.",
    ),
    (
        "Taken from a unit's file in a merge; `author`/`authored_at` say who entered it there.",
        "Tomado del archivo de una unidad al combinar archivos; `author`/`authored_at` indican quién lo ingresó allí y cuándo.",
    ),
    (
        "The user chose this value among conflicting ones.",
        "El usuario eligió este valor entre otros en conflicto.",
    ),
    (
        "The cut-off being evaluated within the year.",
        "El corte que se evalúa dentro del año.",
    ),
    (
        "Approving document, e.g. \"Resolución de Alcaldía N° 749-2020-MPI\".",
        "Documento de aprobación, por ejemplo \"Resolución de Alcaldía N° 749-2020-MPI\".",
    ),
    (
        "e.g. \"Plan Estratégico Institucional 2021-2025\".",
        "Por ejemplo: \"Plan Estratégico Institucional 2021-2025\".",
    ),
    (
        "Where the figures come from (report, resolution, date).",
        "De dónde provienen las cifras (informe, resolución, fecha).",
    ),
    (
        "The operational plan: AO by AO, aggregate tables from a source, or both (then cross-checked).",
        "El plan operativo institucional (POI): AO por AO, tablas agregadas de una fuente, o ambos (y entonces se contrastan).",
    ),
    (
        "Actividades operativas e inversiones, one by one.",
        "Actividades operativas e inversiones, una por una.",
    ),
    (
        "Programming per AEI when only aggregates are known (e.g. the Ilo report's Tabla 03).",
        "Programación por AEI cuando solo se conocen cifras agregadas (por ejemplo, la Tabla 03 del informe de Ilo).",
    ),
    (
        "POI approved, consistent with PIA, PIM…: one row per stage and source table.",
        "POI aprobado, consistente con el PIA, PIM…: una fila por etapa y por tabla de la fuente.",
    ),
    (
        "Centros de costo, with their figures when only aggregates are known (e.g. Tabla 05).",
        "Centros de costo, con sus cifras cuando solo se conocen agregados (por ejemplo, la Tabla 05).",
    ),
    (
        "Physical and financial follow-up per AEI (e.g. Tabla 04).",
        "Seguimiento físico y financiero por AEI (por ejemplo, la Tabla 04).",
    ),
    (
        "Texts of the evaluation report that people write. Generated paragraphs are not stored: only\nthe ones a user edited, keyed by objective code or \"institucion\".",
        "Textos del informe de evaluación que redactan las personas. Los párrafos generados no se guardan: solo los que un usuario editó, identificados por el código del objetivo o por \"institucion\".",
    ),
    (
        "Narrative paragraphs as edited by the user, replacing the generated ones.",
        "Párrafos narrativos tal como los editó el usuario; reemplazan a los generados.",
    ),
    (
        "How indicators roll up to AEI, OEI and the institution.",
        "Cómo se consolidan los indicadores en las AEI, los OEI y la entidad.",
    ),
    (
        "Share of indicators that met their target (the Ilo report's method).",
        "Proporción de indicadores que cumplieron su meta (el método del informe de Ilo).",
    ),
    (
        "Mean advance weighted by relevance (weight 4 − relevance).",
        "Avance promedio ponderado por relevancia (peso 4 − relevancia).",
    ),
    (
        "How an AEI with no AO or inversión counts in its OEI's physical execution.",
        "Cómo cuenta una AEI sin AO ni inversiones en la ejecución física de su OEI.",
    ),
    (
        "Traffic-light bands, any order; a figure takes the band with the highest `min_pct` it\nreaches. Grey ('sin información') is not a band: it is always there.",
        "Rangos del semáforo, en cualquier orden; una cifra toma el rango con el `min_pct` más alto que alcanza. El gris ('sin información') no es un rango: siempre está presente.",
    ),
    (
        "Executions above this percentage are flagged as implausible.",
        "Las ejecuciones por encima de este porcentaje se señalan como poco creíbles.",
    ),
    (
        "How an indicator without a reported value counts in a roll-up.",
        "Cómo cuenta en la consolidación un indicador sin valor reportado.",
    ),
    (
        "Which indicators make an OEI's result.",
        "Qué indicadores forman el resultado de un OEI.",
    ),
    (
        "In the weighted roll-up each indicator's advance counts at most this much, so that one\nover-achiever cannot hide another's shortfall. The raw advance is always kept.",
        "En la consolidación ponderada, el avance de cada indicador cuenta como máximo este porcentaje, para que un indicador que supera con creces su meta no oculte el rezago de otro. El avance sin tope siempre se conserva.",
    ),
    (
        "Whether evaluator verdicts replace the computed met/not-met. `false` is the strict reading.",
        "Si los dictámenes del evaluador reemplazan el cumplido / no cumplido calculado. `false` es la lectura estricta.",
    ),
    (
        "Who a copy of the plan was sent to.",
        "A quién se envió una copia del plan.",
    ),
    (
        "The unit (as written in the items' `responsible`) this copy is for.",
        "La unidad a la que va dirigida esta copia (tal como figura en el campo `responsible` de los elementos).",
    ),
    (
        "How the targets of a cumulative indicator are written.",
        "Cómo están escritas las metas de un indicador acumulativo.",
    ),
    (
        "Each year's target is what that year must add (2021: 10, 2022: 10 → 20 by 2022).",
        "La meta de cada año es lo que ese año debe sumar (2021: 10, 2022: 10 → 20 al 2022).",
    ),
    (
        "Each year's target is already the total to reach by then (2021: 10, 2022: 20).",
        "La meta de cada año ya es el total que se debe alcanzar a esa fecha (2021: 10, 2022: 20).",
    ),
    (
        "CEPLAN's seven units of measure.",
        "Las siete unidades de medida de CEPLAN.",
    ),
];

/// The Spanish for one English description, if the table has it.
fn spanish(english: &str) -> Option<&'static str> {
    SPANISH.iter().find(|(en, _)| *en == english).map(|(_, es)| *es)
}

/// Replaces every description in `schema` with its Spanish and returns the English texts that
/// have none, once each, in the order met; those are left as they are.
pub(crate) fn to_spanish(schema: &mut Value) -> Vec<String> {
    let mut untranslated = Vec::new();
    for_each_description(schema, &mut |text| match spanish(text) {
        Some(es) => *text = es.to_owned(),
        None if !untranslated.contains(text) => untranslated.push(text.clone()),
        None => {}
    });
    untranslated
}

/// Calls `f` on every `description` text of a schema. A key names a keyword only inside a
/// schema: inside `properties` or `$defs` it is a name (a field may be called `description`),
/// and `default`, `examples`, `const` and `enum` hold plan data, not schemas.
pub(crate) fn for_each_description(schema: &mut Value, f: &mut impl FnMut(&mut String)) {
    match schema {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match (key.as_str(), value) {
                    ("description", Value::String(text)) => f(text),
                    ("default" | "examples" | "const" | "enum", _) => {}
                    ("properties" | "patternProperties" | "$defs" | "definitions", Value::Object(named)) => {
                        named.values_mut().for_each(|s| for_each_description(s, f))
                    }
                    (_, value) => for_each_description(value, f),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|s| for_each_description(s, f)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// The English descriptions schemars writes, once each.
    fn english_descriptions() -> Vec<String> {
        let mut all = Vec::new();
        for_each_description(&mut crate::english_schema().to_value(), &mut |text| {
            if !all.contains(text) {
                all.push(text.clone())
            }
        });
        all
    }

    #[test]
    fn every_schema_description_has_a_spanish_translation() {
        let (_, untranslated) = crate::spanish_schema();
        assert!(
            untranslated.is_empty(),
            "{} schema description(s) have no Spanish: add them to SPANISH in crates/cli/src/schema_es.rs, \
             then run `cargo run -p semaforo-cli -- schema > public/plan.schema.json`:\n{}",
            untranslated.len(),
            untranslated
                .iter()
                .map(|t| format!("  {t:?}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    #[test]
    fn no_translation_is_stale() {
        let english = english_descriptions();
        let stale: Vec<_> = SPANISH
            .iter()
            .map(|(en, _)| *en)
            .filter(|en| !english.iter().any(|e| e == en))
            .collect();
        assert!(
            stale.is_empty(),
            "these SPANISH entries match no description in the schema any more (doc comment reworded or \
             removed?):\n{}",
            stale.iter().map(|t| format!("  {t:?}")).collect::<Vec<_>>().join("\n")
        );
    }

    #[test]
    fn no_english_text_is_listed_twice() {
        for (i, (en, _)) in SPANISH.iter().enumerate() {
            assert!(!SPANISH[..i].iter().any(|(e, _)| e == en), "listed twice: {en:?}");
        }
    }

    #[test]
    fn codes_and_examples_survive_translation() {
        // What sits between backticks or double quotes is a code, a field name or an example.
        for (en, es) in SPANISH {
            for mark in ['`', '"'] {
                for kept in en.split(mark).skip(1).step_by(2) {
                    assert!(
                        es.contains(&format!("{mark}{kept}{mark}")),
                        "{es:?} lost {mark}{kept}{mark}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_published_schema_speaks_spanish() {
        let (schema, _) = crate::spanish_schema();
        let schema = schema.as_value();
        let more = &schema["$defs"]["Direction"]["oneOf"][0];
        assert_eq!(more["const"], "ascendente");
        assert_eq!(more["description"], "Más es mejor (sentido ascendente).");
        // A field called `description` keeps its schema, and that schema's own text is translated.
        let field = &schema["$defs"]["AllocationRow"]["properties"]["description"];
        assert!(field.is_object());
        assert_eq!(
            field["description"],
            "La redacción propia de la fila, cuando difiere del nombre de la AEI."
        );
        let root = schema["description"].as_str().unwrap();
        assert!(
            root.contains(&format!("formato versión {}", semaforo_engine::FORMAT_VERSION)),
            "{root}"
        );
    }

    #[test]
    fn an_untranslated_text_is_reported_and_left_alone() {
        let mut schema = json!({
            "description": "Not in the table.",
            "properties": {
                "description": { "type": "string", "description": "More is better." },
                "default": { "description": "Not in the table." }
            },
            "default": { "description": "More is better." }
        });
        assert_eq!(to_spanish(&mut schema), vec!["Not in the table.".to_string()]);
        assert_eq!(
            schema,
            json!({
                "description": "Not in the table.",
                "properties": {
                    "description": { "type": "string", "description": "Más es mejor (sentido ascendente)." },
                    "default": { "description": "Not in the table." }
                },
                "default": { "description": "More is better." }
            })
        );
    }
}
