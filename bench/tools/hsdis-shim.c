/*
 * Lets JDK 17 print disassembly (-XX:+PrintAssembly, JMH's -prof perfasm) with Debian's
 * libhsdis0-fcml, which exports only the old decode_instructions entry point; JDK 17 asks for
 * decode_instructions_virtual and, not finding it, prints raw bytes. Diagnostics only: nothing
 * in the build or the benchmarks needs it.
 *
 *   sudo apt-get install libhsdis0-fcml
 *   gcc -shared -fPIC -O2 -o hsdis-amd64.so bench/tools/hsdis-shim.c -ldl
 *   cp hsdis-amd64.so $JAVA_HOME/lib/server/    # searched before $JAVA_HOME/lib
 */
#include <stdint.h>
#include <dlfcn.h>
typedef void* (*event_cb)(void*, const char*, void*);
typedef int (*printf_cb)(void*, const char*, ...);
typedef void* (*old_fn)(void*, void*, event_cb, void*, printf_cb, void*, const char*);
void* decode_instructions_virtual(uintptr_t start_va, uintptr_t end_va, unsigned char* buffer, uintptr_t length,
                                  event_cb ev, void* evs, printf_cb pr, void* prs, const char* options, int newline) {
  static old_fn f = 0;
  if (!f) { void* h = dlopen("/usr/lib/x86_64-linux-gnu/libhsdis.so.0", RTLD_NOW); if (!h) return 0; f = (old_fn) dlsym(h, "decode_instructions"); if (!f) return 0; }
  return f(buffer, buffer + length, ev, evs, pr, prs, options);
}
