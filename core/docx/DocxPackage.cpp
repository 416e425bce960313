#include "DocxPackage.h"

#include "XmlCursor.h"
#include "zip/ZipReader.h"

#include <QFile>
#include <QFileInfo>

namespace tianbao {

namespace {

const QString RelationshipsNs =
    QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString DefaultMainPart = QStringLiteral("word/document.xml");

// The target of the package's officeDocument relationship, or an empty string.
QString mainPartFromRelationships(const QByteArray &rels)
{
    XmlCursor xml(rels, QStringLiteral("_rels/.rels"));
    if (!xml.nextChild() || !xml.is(RelationshipsNs, u"Relationships"))
        return {};
    while (xml.nextChild()) {
        if (xml.is(RelationshipsNs, u"Relationship") &&
            xml.attribute({}, u"Type").endsWith(QLatin1String("/officeDocument")) &&
            xml.attribute({}, u"TargetMode") != QLatin1String("External")) {
            QString target = xml.attribute({}, u"Target");
            while (target.startsWith(QLatin1Char('/')))
                target.remove(0, 1);
            return target;
        }
        xml.skip();
    }
    return {};
}

// Part names are case-insensitive in a package.
QString findPart(const ZipReader &zip, const QString &name)
{
    if (name.isEmpty())
        return {};
    if (zip.contains(name))
        return name;
    for (const QString &entry : zip.entryNames()) {
        if (entry.compare(name, Qt::CaseInsensitive) == 0)
            return entry;
    }
    return {};
}

} // namespace

Result<QByteArray> DocxPackage::readFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return Error{tr("The file “%1” cannot be opened for reading.").arg(path)};
    if (file.size() > MaxFileSize) {
        return Error{tr("The file “%1” is too large (%2 MB); a form of up to %3 MB can be read.")
                         .arg(path)
                         .arg(file.size() / (1024 * 1024))
                         .arg(MaxFileSize / (1024 * 1024))};
    }
    QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize) {
        return Error{tr("The file “%1” is too large; a form of up to %2 MB can be read.")
                         .arg(path)
                         .arg(MaxFileSize / (1024 * 1024))};
    }
    return bytes;
}

Result<QByteArray> DocxPackage::mainDocumentXml(const QByteArray &fileBytes)
{
    if (fileBytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        return Error{tr("This is an old Word .doc file, or a password-protected .docx: open it "
                        "in Word or WPS, remove any password, and save it as a Word document "
                        "(.docx).")};
    }
    if (fileBytes.startsWith("{\\rtf")) {
        return Error{tr("This is an RTF file, not a .docx: open it in Word or WPS and save it as "
                        "a Word document (.docx).")};
    }
    if (fileBytes.startsWith("%PDF")) {
        return Error{tr("This is a PDF file, not a .docx: ask the sender for the Word document "
                        "(.docx).")};
    }
    Result<ZipReader> zip = ZipReader::open(fileBytes);
    if (!zip)
        return Error{zip.error()};

    QString mainPart;
    const QString relsName = findPart(*zip, QStringLiteral("_rels/.rels"));
    if (!relsName.isEmpty()) {
        Result<QByteArray> rels = zip->read(relsName);
        if (!rels)
            return Error{rels.error()};
        mainPart = findPart(*zip, mainPartFromRelationships(*rels));
    }
    if (mainPart.isEmpty())
        mainPart = findPart(*zip, DefaultMainPart);
    if (mainPart.isEmpty()) {
        return Error{tr("The file is a zip archive but not a Word document: it has no "
                        "word/document.xml.")};
    }
    Result<QByteArray> xml = zip->read(mainPart);
    if (!xml)
        return Error{xml.error()};
    return *xml;
}

} // namespace tianbao
