//! UI components, one per file.

mod load_error;
mod objective_list;
mod plan_header;
mod plan_page;
mod site_header;

pub use load_error::LoadErrorNotice;
pub use objective_list::ObjectiveList;
pub use plan_header::PlanHeader;
pub use plan_page::PlanPage;
pub use site_header::SiteHeader;
