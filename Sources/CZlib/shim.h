#ifndef SITREP_CZLIB_SHIM_H
#define SITREP_CZLIB_SHIM_H
#include <zlib.h>
#endif
