//! Any bytes offered as an export file to import: a clear error or a plan, never a panic.
#![no_main]

use ebb::exchange::{Export, ImportPlan};
use ebb::model::Settings;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = Export::parse(data) else { return };
    // A parsed file is planned against an empty journal and against itself, as a second
    // import of the same file would be.
    let Ok(plan) = ImportPlan::new(&doc, &[], &Settings::default()) else { return };
    let writes = plan.into_writes();
    let again = ImportPlan::new(&doc, &writes, &Settings::default()).expect("a planned file plans again");
    assert_eq!(again.summary().added, 0, "importing the same file twice adds nothing the second time");
});
