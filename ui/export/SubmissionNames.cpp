#include "SubmissionNames.h"

#include "report/ReportLayout.h"

#include <QRegularExpression>

namespace tianbao {

QString SubmissionNames::safeFileName(const QString &name)
{
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    QString safe;
    safe.reserve(name.size());
    for (const QChar c : name)
        safe += forbidden.contains(c) || c.unicode() < 0x20 || c.unicode() == 0x7f
                    ? QLatin1Char('_')
                    : c;
    safe = safe.trimmed();
    while (safe.endsWith(QLatin1Char('.')) || safe.endsWith(QLatin1Char(' ')))
        safe.chop(1);
    static const QRegularExpression device(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (device.match(safe).hasMatch())
        safe.prepend(QLatin1Char('_'));
    return safe.isEmpty() ? QStringLiteral("_") : safe;
}

QString SubmissionNames::baseName(const FormProperties &properties)
{
    return safeFileName(subject(properties));
}

QString SubmissionNames::subject(const FormProperties &properties)
{
    const QString unit = properties.unit.simplified();
    const QString title = properties.title.simplified();
    if (unit.isEmpty())
        return title;
    if (title.isEmpty())
        return unit;
    return unit + QLatin1Char('-') + title;
}

QUrl SubmissionNames::mailto(const FormProperties &properties, const QStringList &fileNames)
{
    const QString unit = properties.unit.simplified();
    QStringList body;
    body << tr("Hello,") << QString();
    body << (unit.isEmpty()
                 ? tr("Attached is our reply to “%1”.").arg(properties.title.simplified())
                 : tr("Attached is the reply of %1 to “%2”.")
                       .arg(unit, properties.title.simplified()));
    body << QString() << tr("Attachments:");
    for (const QString &name : fileNames)
        body << name;
    body << QString() << unit;
    if (properties.signDate.isValid())
        body << ReportLayout::formatDate(properties.signDate);

    // RFC 6068: line breaks are CRLF, everything outside the unreserved set is %-encoded, so
    // & = + # % in a title cannot end or change a field.
    const auto encoded = [](const QString &value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(properties.replyEmail.trimmed());
    url.setQuery(QStringLiteral("subject=") + encoded(subject(properties)) +
                     QStringLiteral("&body=") + encoded(body.join(QStringLiteral("\r\n"))),
                 QUrl::StrictMode);
    return url;
}

} // namespace tianbao
