#pragma once

#include "util/LateLibrary.h"

#include <zip.h>

// libzip's functions that Tianbao calls, loaded with libzip when a .docx or .xlsx is first
// read or written (LateLibrary, on Linux; elsewhere linked): `libzip::zip_open(...)` calls libzip's
// zip_open.
namespace tianbao::libzip {

#ifdef TIANBAO_LATE_LIBRARIES
LateLibrary &library();
// One sentence for the user when libzip cannot be loaded, else empty: asked before the first call.
QString loadProblem();
#else
inline QString loadProblem()
{
    return {};
}
#endif

TIANBAO_LATE_FUNCTION(library, zip_close)
TIANBAO_LATE_FUNCTION(library, zip_discard)
TIANBAO_LATE_FUNCTION(library, zip_error_code_zip)
TIANBAO_LATE_FUNCTION(library, zip_error_fini)
TIANBAO_LATE_FUNCTION(library, zip_error_init)
TIANBAO_LATE_FUNCTION(library, zip_fclose)
TIANBAO_LATE_FUNCTION(library, zip_file_add)
TIANBAO_LATE_FUNCTION(library, zip_file_set_mtime)
TIANBAO_LATE_FUNCTION(library, zip_fopen_index)
TIANBAO_LATE_FUNCTION(library, zip_fread)
TIANBAO_LATE_FUNCTION(library, zip_get_name)
TIANBAO_LATE_FUNCTION(library, zip_get_num_entries)
TIANBAO_LATE_FUNCTION(library, zip_name_locate)
TIANBAO_LATE_FUNCTION(library, zip_open_from_source)
TIANBAO_LATE_FUNCTION(library, zip_set_file_compression)
TIANBAO_LATE_FUNCTION(library, zip_source_buffer)
TIANBAO_LATE_FUNCTION(library, zip_source_buffer_create)
TIANBAO_LATE_FUNCTION(library, zip_source_close)
TIANBAO_LATE_FUNCTION(library, zip_source_free)
TIANBAO_LATE_FUNCTION(library, zip_source_keep)
TIANBAO_LATE_FUNCTION(library, zip_source_open)
TIANBAO_LATE_FUNCTION(library, zip_source_read)
TIANBAO_LATE_FUNCTION(library, zip_source_seek)
TIANBAO_LATE_FUNCTION(library, zip_source_tell)
TIANBAO_LATE_FUNCTION(library, zip_stat_index)
TIANBAO_LATE_FUNCTION(library, zip_stat_init)

} // namespace tianbao::libzip
