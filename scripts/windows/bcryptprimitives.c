/* Test-only stand-in for Windows' bcryptprimitives.dll, which Debian's Wine 8 lacks.
 * Rust's standard library (1.78+) imports ProcessPrng from it for its random numbers
 * (HashMap seeds, ...). scripts/build-windows builds this DLL with mingw-w64 and puts it
 * beside the .exe files it runs under Wine; it is never part of the installer. */
#include <windows.h>

/* advapi32's RtlGenRandom: exported under this name. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
