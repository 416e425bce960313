#pragma once

#include "form/FormProperties.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tianbao {

// The names a submission goes by: its file name, the email's subject and the mailto: link.
class SubmissionNames
{
    Q_DECLARE_TR_FUNCTIONS(tianbao::SubmissionNames)

public:
    // A file name Windows accepts: \ / : * ? " < > | and control characters become _,
    // trailing dots and spaces go, a device name (CON, NUL, COM1…) gets a _ in front.
    static QString safeFileName(const QString &name);
    // "<填报单位>-<title>": the unit and the form's common title (no 已有/新增 part).
    static QString baseName(const FormProperties &properties);
    // The email's subject: the same words as the file name.
    static QString subject(const FormProperties &properties);
    // mailto:<reply address>?subject=…&body=…, every value percent-encoded (UTF-8). The body
    // names the files; attaching them is the user's step (mailto: cannot carry files).
    static QUrl mailto(const FormProperties &properties, const QStringList &fileNames);
};

} // namespace tianbao
