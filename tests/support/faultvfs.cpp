#include "faultvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <mutex>

namespace trinn::test::faultvfs {
namespace {

std::atomic<int> armedOp{-1};
std::atomic<int> remaining{0};
std::atomic<int> failWith{SQLITE_IOERR};
std::atomic<bool> didFire{false};
std::atomic<int> count{0};

sqlite3_vfs *real = nullptr;
sqlite3_vfs wrapper;

struct File
{
    sqlite3_file base;
    bool counted;
    sqlite3_file *inner() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

// True when this operation is the one to fail.
bool strikes(File *file, Op op)
{
    if (!file->counted || armedOp.load() != int(op))
        return false;
    ++count;
    if (didFire.load())
        return false;
    if (--remaining == 0) {
        didFire = true;
        return true;
    }
    return false;
}

File *of(sqlite3_file *f) { return reinterpret_cast<File *>(f); }

int xClose(sqlite3_file *f)
{
    const int rc = of(f)->inner()->pMethods ? of(f)->inner()->pMethods->xClose(of(f)->inner()) : SQLITE_OK;
    return rc;
}
int xRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    if (strikes(of(f), Op::Read))
        return failWith.load() == SQLITE_IOERR ? SQLITE_IOERR_READ : failWith.load();
    return of(f)->inner()->pMethods->xRead(of(f)->inner(), buffer, amount, offset);
}
int xWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (strikes(of(f), Op::Write))
        return failWith.load();
    return of(f)->inner()->pMethods->xWrite(of(f)->inner(), buffer, amount, offset);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size) { return of(f)->inner()->pMethods->xTruncate(of(f)->inner(), size); }
int xSync(sqlite3_file *f, int flags)
{
    if (strikes(of(f), Op::Sync))
        return failWith.load();
    return of(f)->inner()->pMethods->xSync(of(f)->inner(), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size) { return of(f)->inner()->pMethods->xFileSize(of(f)->inner(), size); }
int xLock(sqlite3_file *f, int level) { return of(f)->inner()->pMethods->xLock(of(f)->inner(), level); }
int xUnlock(sqlite3_file *f, int level) { return of(f)->inner()->pMethods->xUnlock(of(f)->inner(), level); }
int xCheckReservedLock(sqlite3_file *f, int *out) { return of(f)->inner()->pMethods->xCheckReservedLock(of(f)->inner(), out); }
int xFileControl(sqlite3_file *f, int op, void *arg) { return of(f)->inner()->pMethods->xFileControl(of(f)->inner(), op, arg); }
int xSectorSize(sqlite3_file *f) { return of(f)->inner()->pMethods->xSectorSize(of(f)->inner()); }
int xDeviceCharacteristics(sqlite3_file *f) { return of(f)->inner()->pMethods->xDeviceCharacteristics(of(f)->inner()); }
int xShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return of(f)->inner()->pMethods->xShmMap(of(f)->inner(), page, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags) { return of(f)->inner()->pMethods->xShmLock(of(f)->inner(), offset, n, flags); }
void xShmBarrier(sqlite3_file *f) { of(f)->inner()->pMethods->xShmBarrier(of(f)->inner()); }
int xShmUnmap(sqlite3_file *f, int deleteFlag) { return of(f)->inner()->pMethods->xShmUnmap(of(f)->inner(), deleteFlag); }
// No memory-mapped reads: every read goes through xRead, where faults are.
int xFetch(sqlite3_file *, sqlite3_int64, int, void **out)
{
    *out = nullptr;
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file *, sqlite3_int64, void *) { return SQLITE_OK; }

const sqlite3_io_methods methods = {3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock,
                                    xCheckReservedLock, xFileControl, xSectorSize, xDeviceCharacteristics,
                                    xShmMap, xShmLock, xShmBarrier, xShmUnmap, xFetch, xUnfetch};

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    File *file = of(f);
    std::memset(file, 0, sizeof(File));
    const int rc = real->xOpen(real, name, file->inner(), flags, outFlags);
    if (rc != SQLITE_OK) {
        file->base.pMethods = nullptr;
        return rc;
    }
    file->counted = (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL)) != 0;
    file->base.pMethods = &methods;
    return SQLITE_OK;
}
int xDelete(sqlite3_vfs *, const char *name, int syncDir) { return real->xDelete(real, name, syncDir); }
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out) { return real->xAccess(real, name, flags, out); }
int xFullPathname(sqlite3_vfs *, const char *name, int size, char *out) { return real->xFullPathname(real, name, size, out); }
void *xDlOpen(sqlite3_vfs *, const char *name) { return real->xDlOpen(real, name); }
void xDlError(sqlite3_vfs *, int size, char *out) { real->xDlError(real, size, out); }
void (*xDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void) { return real->xDlSym(real, handle, symbol); }
void xDlClose(sqlite3_vfs *, void *handle) { real->xDlClose(real, handle); }
int xRandomness(sqlite3_vfs *, int size, char *out) { return real->xRandomness(real, size, out); }
int xSleep(sqlite3_vfs *, int micro) { return real->xSleep(real, micro); }
int xCurrentTime(sqlite3_vfs *, double *out) { return real->xCurrentTime(real, out); }
int xGetLastError(sqlite3_vfs *, int size, char *out) { return real->xGetLastError(real, size, out); }
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out) { return real->xCurrentTimeInt64(real, out); }

} // namespace

void install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        real = sqlite3_vfs_find(nullptr);
        wrapper = *real;
        wrapper.iVersion = 2;
        wrapper.szOsFile = int(sizeof(File)) + real->szOsFile;
        wrapper.zName = "trinn-fault";
        wrapper.pNext = nullptr;
        wrapper.xOpen = xOpen;
        wrapper.xDelete = xDelete;
        wrapper.xAccess = xAccess;
        wrapper.xFullPathname = xFullPathname;
        wrapper.xDlOpen = xDlOpen;
        wrapper.xDlError = xDlError;
        wrapper.xDlSym = xDlSym;
        wrapper.xDlClose = xDlClose;
        wrapper.xRandomness = xRandomness;
        wrapper.xSleep = xSleep;
        wrapper.xCurrentTime = xCurrentTime;
        wrapper.xGetLastError = xGetLastError;
        wrapper.xCurrentTimeInt64 = xCurrentTimeInt64;
        sqlite3_vfs_register(&wrapper, 1);
    });
}

void arm(Op op, int n, int code)
{
    disarm();
    failWith = code;
    remaining = n;
    count = 0;
    didFire = false;
    armedOp = int(op);
}

void disarm()
{
    armedOp = -1;
}

bool fired()
{
    return didFire.load();
}

int seen()
{
    return count.load();
}

} // namespace trinn::test::faultvfs
