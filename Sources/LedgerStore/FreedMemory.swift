/// Hands memory that was freed back to the system, whichever thread freed it (`malloc_trim`).
///
/// glibc gives each thread its own arena: what `ProjectionWrites` built on its thread and the
/// writer freed is not reused for the pages LMDB allocates next on the writer's thread, and
/// stayed resident through the commit. Released after each database's writes, it makes room
/// for the dirty pages that follow.
enum FreedMemory {
    static func release() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
/// glibc's `malloc_trim` (declared in `<malloc.h>`, which the Glibc module does not export).
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
