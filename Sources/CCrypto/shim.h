#ifndef SITREP_CCRYPTO_SHIM_H
#define SITREP_CCRYPTO_SHIM_H
// Only SHA-256, for content hashes: OpenSSL uses the CPU's SHA instructions where present.
#include <openssl/sha.h>
#endif
