//! Mounts the app; everything else lives in the library.

// A small allocator: Rust's default for wasm (dlmalloc) costs about 3 KB more after gzip, and
// the browser build has a size budget. The app runs on one thread, which this allocator assumes.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
#[allow(unsafe_code)]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without threads: only one thread ever allocates.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    #[cfg(target_arch = "wasm32")]
    ki_widerspruch::ui::start();
}
