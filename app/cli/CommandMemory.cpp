#include "CommandMemory.h"

#include <QtGlobal>

// glibc 2.33 and later (for mallinfo2) on Linux; not under the sanitizers, whose allocator
// ignores mallopt and whose leak checker would count the block held to the end.
#if defined(__GLIBC__) && defined(Q_OS_LINUX) && !defined(TIANBAO_SANITIZE)
#if __GLIBC_PREREQ(2, 33)
#define TIANBAO_TUNE_GLIBC_HEAP
#endif
#endif

#ifdef TIANBAO_TUNE_GLIBC_HEAP
#include <cstdint>
#include <cstdlib>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace tianbao::cli {

namespace {

#ifdef TIANBAO_TUNE_GLIBC_HEAP
constexpr std::uintptr_t HugePage = 2 * 1024 * 1024;
constexpr int HeapReserve = 64 * 1024 * 1024;
// glibc's default, put back afterwards (a MALLOC_TOP_PAD_ set by the user is not kept: it only
// tunes how far the heap grows at a time).
constexpr int DefaultTopPad = 128 * 1024;

// Grows the heap by HeapReserve at once and asks for it in 2 MB pages (transparent huge
// pages, where the system gives them to a process that asks: Debian's default). A 13-row PDF
// export faulted about 1,300 fresh 4 KB heap pages in one by one: 3,520 page faults -> 2,190,
// 145 -> 123 ms; 10,000-row DOCX 1.79 -> 1.58 s, XLSX 1.03 -> 0.81 s, peak RSS within 3 MB.
// The reserve is address space only; pages count as memory once written, in 2 MB steps. A
// larger one (256 MB) made the 10,000-row DOCX faster still (1.25 s) but peaked 70 MB higher.
// On a machine whose memory is fragmented the kernel may compact it to find a huge page; the
// command is short-lived, and a failed huge page is simply small pages.
void reserveHeapInHugePages()
{
    char *before = static_cast<char *>(sbrk(0));
    const std::size_t topFree = mallinfo2().keepcost;
    mallopt(M_TOP_PAD, HeapReserve);
    // Just more than the young heap has free at its top, so it grows, and the new top's header
    // is written below the first 2 MB block of the reserve: a block with a small page in it
    // never becomes a huge page (volatile: a compiler drops an unused malloc and free).
    void *volatile block = std::malloc(topFree + 4096);
    std::free(block);
    mallopt(M_TOP_PAD, DefaultTopPad);
    char *after = static_cast<char *>(sbrk(0));
    const auto start = (reinterpret_cast<std::uintptr_t>(before) + HugePage - 1) & ~(HugePage - 1);
    const auto end = reinterpret_cast<std::uintptr_t>(after) & ~(HugePage - 1);
    const auto failed = reinterpret_cast<char *>(-1);
    if (before == failed || after == failed || end <= start)
        return;
    madvise(reinterpret_cast<void *>(start), end - start, MADV_HUGEPAGE); // a hint: may fail
    // Below `start` the heap's free top shares a 2 MB block with pages already written, so it
    // would come in small pages: some 450 faults of its own when it was used first. Step over
    // it with a block held to the end, on purpose never freed (address space only: it is never
    // written).
    const std::uintptr_t top = reinterpret_cast<std::uintptr_t>(after) - mallinfo2().keepcost;
    const std::uintptr_t chunkHeader = 2 * sizeof(std::size_t);
    if (start > top + chunkHeader) {
        void *volatile stepOver = std::malloc(start - top - chunkHeader);
        static_cast<void>(stepOver);
    }
}
#endif

} // namespace

void CommandMemory::tune()
{
#ifdef TIANBAO_TUNE_GLIBC_HEAP
    // By default glibc serves blocks from 128 KB up with mmap and returns them on free, so a
    // report's growing buffers were copied and their fresh pages faulted at every step.
    // Blocks of 32 MB and more still come from mmap: kept on the heap too they would cost
    // 100 MB more at 10,000 rows. 10,000-row DOCX export 2.0 -> 1.8 s (peak RSS 180 -> 212
    // MB); 13-row PDF 10 ms less.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
    reserveHeapInHugePages();
#endif
}

} // namespace tianbao::cli
