#pragma once

#include "util/LateLibrary.h"

#include <xlsxwriter.h>

// libxlsxwriter's functions that Tianbao calls, loaded with the library when an .xlsx is
// first written (LateLibrary, on Linux; elsewhere linked): `libxlsxwriter::workbook_new(...)` calls
// workbook_new.
namespace tianbao::libxlsxwriter {

#ifdef TIANBAO_LATE_LIBRARIES
LateLibrary &library();
// One sentence for the user when libxlsxwriter cannot be loaded, else empty: asked before the first
// call.
QString loadProblem();
#else
inline QString loadProblem()
{
    return {};
}
#endif

TIANBAO_LATE_FUNCTION(library, format_set_align)
TIANBAO_LATE_FUNCTION(library, format_set_border)
TIANBAO_LATE_FUNCTION(library, format_set_font_name)
TIANBAO_LATE_FUNCTION(library, format_set_font_size)
TIANBAO_LATE_FUNCTION(library, format_set_text_wrap)
TIANBAO_LATE_FUNCTION(library, lxw_strerror)
TIANBAO_LATE_FUNCTION(library, workbook_add_format)
TIANBAO_LATE_FUNCTION(library, workbook_add_worksheet)
TIANBAO_LATE_FUNCTION(library, workbook_close)
TIANBAO_LATE_FUNCTION(library, workbook_new)
TIANBAO_LATE_FUNCTION(library, workbook_set_properties)
TIANBAO_LATE_FUNCTION(library, worksheet_fit_to_pages)
TIANBAO_LATE_FUNCTION(library, worksheet_freeze_panes)
TIANBAO_LATE_FUNCTION(library, worksheet_merge_range)
TIANBAO_LATE_FUNCTION(library, worksheet_repeat_rows)
TIANBAO_LATE_FUNCTION(library, worksheet_set_column)
TIANBAO_LATE_FUNCTION(library, worksheet_set_footer)
TIANBAO_LATE_FUNCTION(library, worksheet_set_landscape)
TIANBAO_LATE_FUNCTION(library, worksheet_set_margins)
TIANBAO_LATE_FUNCTION(library, worksheet_set_paper)
TIANBAO_LATE_FUNCTION(library, worksheet_set_row)
TIANBAO_LATE_FUNCTION(library, worksheet_write_string)

} // namespace tianbao::libxlsxwriter
