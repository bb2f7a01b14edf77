//! Profiling aid: indicator evaluation alone, repeated.
use semaforo_bench::{plan_json, Size};
use semaforo_engine::{indicator_eval, load_plan};
fn main() {
    let plan = load_plan(&plan_json(Size::LARGE, 1)).unwrap();
    let ctx = indicator_eval::Context::new(&plan, true);
    let t = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..100 {
        for o in &plan.objectives {
            for ind in o
                .indicators
                .iter()
                .chain(o.actions.iter().flat_map(|a| a.indicators.iter()))
            {
                let path = format!("{}/{}", o.code, ind.code);
                std::hint::black_box(indicator_eval::evaluate(ind, &o.code, None, path, &ctx));
                n += 1;
            }
        }
    }
    println!("{:.0} indicators/s", n as f64 / t.elapsed().as_secs_f64());
}
