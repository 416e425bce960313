#include "NoticeText.h"

#include "AttachmentTableReader.h"

#include <QHash>
#include <QRegularExpression>

namespace tianbao {

namespace {

constexpr int MaxOfficeLength = 30;
constexpr int MaxUnitLength = 40;

// Lines longer than this are not metadata; skipping them keeps the patterns linear in time.
constexpr int MaxLineLength = 2000;

QRegularExpressionMatch match(const QString &pattern, const QString &text)
{
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(pattern, QRegularExpression(pattern));
    return it->match(text);
}

bool isSentence(const QString &text)
{
    return text.endsWith(QChar(0x3002)) || text.endsWith(QChar(0xFF1A)) ||
           text.endsWith(QChar(0xFF0C)) || text.contains(QChar(0x300A));
}

bool isPlaceholder(const QString &text)
{
    return text.contains(QStringLiteral("XX"), Qt::CaseInsensitive) ||
           text.contains(QStringLiteral("××"));
}

QDateTime parseDeadline(const QString &text, const FormProperties &p)
{
    const QString datePattern =
        QStringLiteral("(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]"
                       "\\s*(上午|下午|中午|晚上|晚)?\\s*"
                       "(?:(\\d{1,2})\\s*(?:[点时:：]\\s*(\\d{1,2}|半)?\\s*分?))?");
    QRegularExpressionMatch m = match(datePattern + QStringLiteral("\\s*(?:之前|前|为止)"), text);
    if (!m.hasMatch())
        m = match(QStringLiteral("截止(?:日期|时间)?\\s*[：:为是]?\\s*") + datePattern, text);
    if (!m.hasMatch())
        return {};
    const int month = m.captured(2).toInt();
    const int day = m.captured(3).toInt();
    int year = m.captured(1).toInt();
    if (year == 0) {
        year = p.noticeDate.isValid() ? p.noticeDate.year() : p.progressYear;
        if (p.noticeDate.isValid() && month < p.noticeDate.month())
            ++year;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    if (m.captured(5).isEmpty())
        return QDateTime(date, QTime(23, 59));
    int hour = m.captured(5).toInt();
    const QString period = m.captured(4);
    if ((period == QStringLiteral("下午") || period.startsWith(QStringLiteral("晚"))) && hour < 12)
        hour += 12;
    const int minute = m.captured(6) == QStringLiteral("半") ? 30 : m.captured(6).toInt();
    const QTime time(hour, minute);
    return time.isValid() ? QDateTime(date, time) : QDateTime(date, QTime(23, 59));
}

} // namespace

QString NoticeText::commonTitle(const QString &attachmentTitle)
{
    QString title = AttachmentTableReader::compact(attachmentTitle);
    title.remove(QRegularExpression(QStringLiteral("[（(](?:已有项目|新增项目)[）)]$")));
    return title;
}

void NoticeText::readYears(const QString &title, FormProperties &properties)
{
    const QString text = AttachmentTableReader::compact(title);
    QRegularExpressionMatch m = match(QStringLiteral("(\\d{4})年.*?(\\d{4})年计划要点"), text);
    if (m.hasMatch()) {
        properties.progressYear = m.captured(1).toInt();
        properties.planYear = m.captured(2).toInt();
        return;
    }
    m = match(QStringLiteral("(\\d{4})年计划要点"), text);
    if (m.hasMatch()) {
        properties.planYear = m.captured(1).toInt();
        properties.progressYear = properties.planYear - 1;
    }
}

QDate NoticeText::parseDate(const QString &text)
{
    const QRegularExpressionMatch m = match(QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$"),
                                            AttachmentTableReader::compact(text));
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

void NoticeText::readNoticeMetadata(const QStringList &paragraphs, FormProperties &p)
{
    QStringList lines;
    for (const QString &paragraph : paragraphs)
        lines << (paragraph.size() > MaxLineLength ? QString() : paragraph.trimmed());

    for (int i = 0; i < lines.size(); ++i) {
        const QString compact = AttachmentTableReader::compact(lines.at(i));
        if (p.noticeTitle.isEmpty() && compact.startsWith(QStringLiteral("关于")) &&
            compact.endsWith(QStringLiteral("通知"))) {
            p.noticeTitle = compact;
        }
        if (!p.noticeDate.isValid() && parseDate(compact).isValid()) {
            p.noticeDate = parseDate(compact);
            for (int j = i - 1; j >= 0; --j) {
                const QString office = AttachmentTableReader::compact(lines.at(j));
                if (office.isEmpty())
                    continue;
                if (office.size() <= MaxOfficeLength && !isSentence(office) &&
                    !office.startsWith(QStringLiteral("附件"))) {
                    p.issuingOffice = office;
                }
                break;
            }
        }
    }
    for (const QString &line : lines) {
        if (p.replyEmail.isEmpty()) {
            const QRegularExpressionMatch m =
                match(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"), line);
            if (m.hasMatch())
                p.replyEmail = m.captured(0);
        }
        if (p.contactName.isEmpty()) {
            const QRegularExpressionMatch m =
                match(QStringLiteral("联系人\\s*[：:]\\s*([^\\s，,；;。：:、（(]+)"), line);
            if (m.hasMatch()) {
                p.contactName = m.captured(1);
                p.contactName.remove(QRegularExpression(QStringLiteral("(联系|电话|手机).*$")));
            }
        }
        if (p.contactPhone.isEmpty()) {
            const QRegularExpressionMatch m =
                match(QStringLiteral("(?:联系方式|联系电话|电话|手机)\\s*[：:]\\s*"
                                     "(\\d[\\d\\- ]*\\d)"),
                      line);
            if (m.hasMatch())
                p.contactPhone = m.captured(1).remove(QLatin1Char(' '));
        }
    }
    // The year of a deadline without one comes from the notice's date, found above.
    for (const QString &line : lines) {
        const QDateTime deadline = parseDeadline(line, p);
        if (deadline.isValid()) {
            p.deadline = deadline;
            break;
        }
    }
}

NoticeText::Signature NoticeText::readSignature(const QStringList &paragraphsAfterTable)
{
    QStringList lines;
    for (const QString &paragraph : paragraphsAfterTable) {
        for (const QString &line : paragraph.split(QLatin1Char('\n'))) {
            const QString compact = AttachmentTableReader::compact(line);
            if (!compact.isEmpty())
                // A line too long to be a signature counts as a sentence.
                lines << (compact.size() > MaxLineLength ? QStringLiteral("。") : compact);
        }
    }
    Signature signature;
    if (lines.isEmpty())
        return signature;

    const QRegularExpression dateLine(
        QStringLiteral("^(.*?)(\\d{4}年(?:\\d{1,2}|X|×)+月(?:\\d{1,2}|X|×)+日)$"),
        QRegularExpression::CaseInsensitiveOption);
    int unitLine = lines.size() - 1;
    const QRegularExpressionMatch m = dateLine.match(lines.constLast());
    if (m.hasMatch()) {
        signature.date = parseDate(m.captured(2));
        if (!m.captured(1).isEmpty()) {
            lines.last() = m.captured(1);
        } else {
            --unitLine;
        }
    }
    if (unitLine < 0)
        return signature;
    QString unit = lines.at(unitLine);
    unit.remove(QRegularExpression(QStringLiteral("^(?:填报单位|单位|报送单位)[：:]")));
    if (!unit.isEmpty() && unit.size() <= MaxUnitLength && !isSentence(unit) &&
        !isPlaceholder(unit) && !unit.startsWith(QStringLiteral("附件"))) {
        signature.unit = unit;
    }
    return signature;
}

} // namespace tianbao
