//! WebKitGTK's print-to-file — the same print operation the app's "Print or save as PDF…"
//! opens in its dialog — on a report page, without the dialog: load the HTML, print it to a
//! PDF, say how long that took. scripts/print-check.sh prints reports with it under several
//! font settings; docs/benchmarks.md has its time. Not part of the app. Exits 1 if printing
//! fails.
//!
//!     cargo run -p ebb-desktop --release --example print_pdf -- report.html out.pdf
//!
//! Needs a display (run it under `xvfb-run -a`).

use std::cell::Cell;
use std::rc::Rc;
use std::time::Instant;

use gtk::prelude::*;
use webkit2gtk::{LoadEvent, PrintOperation, PrintOperationExt, WebViewExt};

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(html), Some(pdf)) = (args.next(), args.next()) else {
        eprintln!("usage: print_pdf REPORT.html OUT.pdf");
        std::process::exit(2);
    };
    let html = std::fs::canonicalize(html).expect("the report page exists");
    let pdf = std::path::absolute(pdf).expect("a path for the PDF");
    gtk::init().expect("a display");
    let window = gtk::OffscreenWindow::new();
    let view = webkit2gtk::WebView::new();
    window.add(&view);
    window.show_all();
    let started = Rc::new(Cell::new(None::<Instant>));
    let s = started.clone();
    view.connect_load_changed(move |view, event| {
        if event != LoadEvent::Finished {
            return;
        }
        let settings = gtk::PrintSettings::new();
        settings.set_printer("Print to File");
        settings.set(gtk::PRINT_SETTINGS_OUTPUT_FILE_FORMAT.as_str(), Some("pdf"));
        settings.set(gtk::PRINT_SETTINGS_OUTPUT_URI.as_str(), Some(&format!("file://{}", pdf.display())));
        let op = PrintOperation::new(view);
        op.set_print_settings(&settings);
        let s2 = s.clone();
        op.connect_finished(move |_| {
            let ms = s2.get().map(|t: Instant| t.elapsed().as_secs_f64() * 1000.0).unwrap_or(0.0);
            println!("print to PDF: {ms:.0} ms");
            gtk::main_quit();
        });
        op.connect_failed(|_, e| {
            eprintln!("print failed: {e}");
            std::process::exit(1);
        });
        s.set(Some(Instant::now()));
        op.print();
    });
    view.load_uri(&format!("file://{}", html.display()));
    gtk::main();
}
