//! Times the schema reader alone (no diff, no render) and measures its heap:
//! `cargo run --release -p dbkit-ts --example read_schema -- <project dir> [runs]` reads every
//! `.ts` file under `<project dir>/src/db/schema` (sorted, as drizzle-kit lists a folder) and
//! prints the best and median time of `runs` reads, the peak heap of the first read and the
//! heap the result keeps (counted by a wrapper around mimalloc, the `dbkit` binary's allocator).

use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

use dbkit_ts::drizzle::{ReadOptions, read_schema};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// Plain loads and stores, not read-modify-write: the reader runs on one thread, and counting
// must not slow down every allocation it measures.
fn grow(by: usize) {
    let now = CURRENT.load(Relaxed) + by;
    CURRENT.store(now, Relaxed);
    if now > PEAK.load(Relaxed) {
        PEAK.store(now, Relaxed);
    }
}

fn shrink(by: usize) {
    CURRENT.store(CURRENT.load(Relaxed).saturating_sub(by), Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grow(layout.size());
        unsafe { mimalloc::MiMalloc.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        shrink(layout.size());
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            grow(new_size - layout.size());
        } else {
            shrink(layout.size() - new_size);
        }
        unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const MB: f64 = 1024.0 * 1024.0;

fn main() {
    let mut args = std::env::args().skip(1);
    let root = std::path::PathBuf::from(args.next().expect("usage: read_schema <project dir> [runs]"));
    let runs: usize = args.next().map_or(1, |r| r.parse().expect("runs is a number"));
    let dir = root.join("src/db/schema");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("src/db/schema")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".ts"))
        .map(|n| format!("src/db/schema/{n}"))
        .collect();
    files.sort();
    let mut times = Vec::with_capacity(runs);
    let (mut peak, mut kept, mut rows) = (0, 0, 0);
    for run in 0..runs {
        let root = root.clone();
        let loader = Box::new(move |path: &str| std::fs::read_to_string(root.join(path)).ok());
        let before = CURRENT.load(Relaxed);
        PEAK.store(before, Relaxed);
        let start = Instant::now();
        let read = read_schema(&files, loader, &ReadOptions::default()).unwrap_or_else(|e| panic!("{e}"));
        times.push(start.elapsed());
        if run == 0 {
            peak = PEAK.load(Relaxed) - before;
            kept = CURRENT.load(Relaxed) - before;
            rows = read.ddl.tables.len() + read.ddl.columns.len();
        }
    }
    times.sort();
    println!(
        "{} files, {rows} table+column rows: best {:?}, median {:?} ({runs} runs); heap: peak {:.1} MB, result {:.1} MB",
        files.len(),
        times[0],
        times[runs / 2],
        peak as f64 / MB,
        kept as f64 / MB
    );
}
