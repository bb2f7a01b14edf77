//! A horizontal bar chart drawn as SVG by the app: it prints, scales, and carries its data as
//! text for screen readers. Geometry only: the figures arrive computed by the engine.

use leptos::prelude::*;
use rust_decimal::Decimal;

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    /// Length of the bar in the chart's unit (e.g. percentage points).
    pub value: Decimal,
    /// What is written at the end of the bar ("16.67 % ■ Rojo").
    pub text: String,
    pub colour: String,
}

/// A reference line across the chart, e.g. a band threshold.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub at: Decimal,
    pub label: String,
}

const LABEL_W: i64 = 230;
const BAR_AREA: i64 = 420;
const TEXT_W: i64 = 190;
const ROW_H: i64 = 22;

/// x position of a value, clamped to the drawing area (longer bars end in an arrow-like notch).
fn x_of(value: Decimal, max: Decimal) -> Decimal {
    if max <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    let v = value.max(Decimal::ZERO).min(max);
    (v * Decimal::from(BAR_AREA) / max).round_dp(1)
}

#[component]
pub fn BarChart(
    /// Element id prefix, unique on the page.
    id: String,
    title: String,
    /// One sentence describing what the chart shows; screen readers read it with the data.
    description: String,
    bars: Vec<Bar>,
    /// The value that fills the whole width; larger values are drawn at full width.
    max: Decimal,
    #[prop(optional)] marks: Vec<Mark>,
) -> impl IntoView {
    let height = ROW_H * bars.len() as i64 + 30;
    let width = LABEL_W + BAR_AREA + TEXT_W;
    let title_id = format!("{id}-titulo");
    let desc_id = format!("{id}-desc");
    let data_words: Vec<String> = bars.iter().map(|b| format!("{}: {}", b.label, b.text)).collect();
    let labelled_by = format!("{title_id} {desc_id}");
    let full_desc = format!("{description} {}.", data_words.join("; "));
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(i, b)| {
            let y = 20 + ROW_H * i as i64;
            let w = x_of(b.value, max);
            let over = b.value > max;
            // Capital letters are wide: 28 characters is what fits the label area whole.
            let label = if b.label.chars().count() > 28 { format!("{}…", b.label.chars().take(27).collect::<String>()) } else { b.label.clone() };
            view! {
                <g>
                    <text x=LABEL_W - 6 y=y + 15 text-anchor="end" class="grafico-etiqueta">{label}</text>
                    <rect x=LABEL_W y=y + 3 width=w.to_string() height=ROW_H - 6 fill=b.colour stroke="#1d2125" stroke-width="0.5"/>
                    {over.then(|| view! { <text x=LABEL_W + BAR_AREA - 4 y=y + 15 text-anchor="end" class="grafico-exceso">"»"</text> })}
                    <text x=(Decimal::from(LABEL_W) + w + Decimal::from(6)).to_string() y=y + 15 class="grafico-valor">{b.text}</text>
                </g>
            }
        })
        .collect_view();
    let lines = marks
        .into_iter()
        .map(|m| {
            let x = (Decimal::from(LABEL_W) + x_of(m.at, max)).to_string();
            view! {
                <g>
                    <line x1=x.clone() x2=x.clone() y1="14" y2=height - 8 stroke="#1d2125" stroke-dasharray="4 3" stroke-width="1"/>
                    <text x=x y="11" text-anchor="middle" class="grafico-marca">{m.label}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="grafico" id=id>
            <svg
                role="img"
                aria-labelledby=labelled_by
                viewBox=format!("0 0 {width} {height}")
                width="100%"
                preserveAspectRatio="xMinYMin meet"
            >
                <title id=title_id>{title.clone()}</title>
                <desc id=desc_id>{full_desc}</desc>
                <line x1=LABEL_W x2=LABEL_W y1="14" y2=height - 8 stroke="#1d2125" stroke-width="1"/>
                {rows}
                {lines}
            </svg>
            <figcaption>{title}</figcaption>
        </figure>
    }
}
