#ifndef SITREP_CLIBXML2_SHIM_H
#define SITREP_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU; its ICU types clash with the ICU that Foundation bundles.
// Nothing here needs ICU, so hide it before the parser headers are read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#endif
