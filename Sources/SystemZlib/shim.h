#ifndef TAIZHANG_SYSTEMZLIB_SHIM_H
#define TAIZHANG_SYSTEMZLIB_SHIM_H
#include <zlib.h>
#endif
