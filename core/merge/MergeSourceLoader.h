#pragma once

#include "MergeSource.h"

namespace tianbao {

// Reads what a user hands to "merge": a colleague's .tianbao file, or a reply filled in Word
// (.docx, our export edited in Word/WPS or the notice filled by hand). One road for the
// command line, the window and batches.
class MergeSourceLoader
{
    Q_DECLARE_TR_FUNCTIONS(MergeSourceLoader)

public:
    // True when the file is a Word document (by its zip signature or its name).
    static bool isWordReply(const QString &path);
    // `targetOrigin` is the originUuid of the form merged into (see MergeSource::fromFile).
    // A Word reply is attributed to the unit signed under its table, else to `replyUnit`;
    // with neither, it is refused with a sentence asking for the unit.
    static Result<MergeSource> load(const QString &path, const QString &targetOrigin,
                                    const QString &replyUnit = QString());
};

} // namespace tianbao
