#ifndef TAIZHANG_CLMDB_SHIM_H
#define TAIZHANG_CLMDB_SHIM_H
#include <lmdb.h>
#endif
