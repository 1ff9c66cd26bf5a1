// libxml2's SAX2 push parser for AccordMapping's streaming XML reader (`LibXML2PushParser`).
// The include path (/usr/include/libxml2) comes from pkg-config's libxml-2.0.
#ifndef ACCORD_CLIBXML2_SHIM_H
#define ACCORD_CLIBXML2_SHIM_H

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/SAX2.h>
#include <libxml/dict.h>

#endif
