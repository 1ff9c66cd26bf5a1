// libxml2's SAX2 push parser for AccordMapping's streaming XML reader (`LibXML2PushParser`).
// The include path (/usr/include/libxml2) comes from pkg-config's libxml-2.0.
#ifndef ACCORD_CLIBXML2_SHIM_H
#define ACCORD_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, so <libxml/encoding.h> would pull the system's ICU headers
// into this module, where they clash with the ICU that Foundation bundles (_FoundationICU) in a
// clean build. Accord never touches libxml2's encoding handlers (only pointers to them pass
// through), so the ICU-only fields of `xmlCharEncodingHandler` do not matter here.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/SAX2.h>
#include <libxml/dict.h>

#endif
