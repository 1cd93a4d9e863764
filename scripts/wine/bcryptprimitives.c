/*
 * Test-only stand-in for Windows' bcryptprimitives.dll, for running normcheck's .exe under
 * Debian's Wine 8, which lacks it. Rust's standard library (since 1.78) gets random bytes from
 * ProcessPrng in that DLL; this one fills them from advapi32's RtlGenRandom
 * (SystemFunction036), which Wine has. scripts/wine-test.sh builds it into its test folder
 * only: it is never shipped (scripts/dist.sh refuses any DLL).
 */
#include <windows.h>

/* RtlGenRandom; takes at most a ULONG of bytes per call. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
