#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QVector>
#include <QXmlStreamReader>

namespace tianbao {

// A forward-only walk over untrusted XML, one element at a time. It refuses any DTD (an Office
// part never needs one, and refusing it ends entity-expansion tricks early), limits nesting,
// and resolves namespace prefixes for Markup Compatibility's Requires attribute.
class XmlCursor
{
    Q_DECLARE_TR_FUNCTIONS(XmlCursor)

public:
    static constexpr int MaxDepth = 256;

    XmlCursor(const QByteArray &xml, const QString &partName);

    // Moves to the next child element of the current element (or to the root at the start).
    // False at the current element's end, at the document's end, or after an error.
    bool nextChild();
    // Skips the rest of the current element, children included.
    void skip();
    // The text of the current element, up to its end (children's text included).
    QString readText();

    bool is(QStringView namespaceUri, QStringView name) const
    {
        return m_xml.name() == name && m_xml.namespaceUri() == namespaceUri;
    }
    QStringView name() const { return m_xml.name(); }
    QStringView namespaceUri() const { return m_xml.namespaceUri(); }
    // An attribute by local name whose namespace is `namespaceUri` (or none).
    QString attribute(QStringView namespaceUri, QStringView name) const;
    QString namespaceForPrefix(QStringView prefix) const;

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &message);

private:
    struct Declaration
    {
        int depth;
        QString prefix;
        QString uri;
    };

    bool advance();
    void enter();
    void leave();

    QXmlStreamReader m_xml;
    QString m_partName;
    QString m_error;
    QVector<Declaration> m_declarations;
    int m_depth = 0;
};

} // namespace tianbao
