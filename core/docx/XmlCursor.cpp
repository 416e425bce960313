#include "XmlCursor.h"

namespace tianbao {

XmlCursor::XmlCursor(const QByteArray &xml, const QString &partName)
    : m_xml(xml), m_partName(partName)
{
}

void XmlCursor::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

bool XmlCursor::advance()
{
    if (failed())
        return false;
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    if (token == QXmlStreamReader::DTD) {
        fail(tr("The file is refused: its part “%1” declares a DTD, which a Word document never "
                "needs (it may hide an entity-expansion attack).")
                 .arg(m_partName));
        return false;
    }
    if (token == QXmlStreamReader::Invalid || m_xml.hasError()) {
        fail(tr("The file is damaged: its part “%1” is not well-formed XML (line %2).")
                 .arg(m_partName)
                 .arg(m_xml.lineNumber()));
        return false;
    }
    return true;
}

void XmlCursor::enter()
{
    ++m_depth;
    if (m_depth > MaxDepth) {
        fail(tr("The file is refused: its part “%1” is nested more than %2 levels deep.")
                 .arg(m_partName)
                 .arg(MaxDepth));
    }
    const QXmlStreamNamespaceDeclarations declarations = m_xml.namespaceDeclarations();
    for (const QXmlStreamNamespaceDeclaration &d : declarations)
        m_declarations.append({m_depth, d.prefix().toString(), d.namespaceUri().toString()});
}

void XmlCursor::leave()
{
    while (!m_declarations.isEmpty() && m_declarations.constLast().depth >= m_depth)
        m_declarations.removeLast();
    --m_depth;
}

bool XmlCursor::nextChild()
{
    while (advance()) {
        switch (m_xml.tokenType()) {
        case QXmlStreamReader::StartElement:
            enter();
            return !failed();
        case QXmlStreamReader::EndElement:
            leave();
            return false;
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            break;
        }
    }
    return false;
}

void XmlCursor::skip()
{
    while (nextChild())
        skip();
}

QString XmlCursor::readText()
{
    QString text;
    int depth = 1;
    while (depth > 0 && advance()) {
        switch (m_xml.tokenType()) {
        case QXmlStreamReader::StartElement:
            enter();
            if (failed())
                return text;
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            leave();
            --depth;
            break;
        case QXmlStreamReader::Characters:
            text += m_xml.text();
            break;
        case QXmlStreamReader::EndDocument:
            return text;
        default:
            break;
        }
    }
    return text;
}

QString XmlCursor::attribute(QStringView namespaceUri, QStringView name) const
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == name && (a.namespaceUri() == namespaceUri || a.namespaceUri().isEmpty()))
            return a.value().toString();
    }
    return {};
}

QString XmlCursor::namespaceForPrefix(QStringView prefix) const
{
    for (int i = m_declarations.size() - 1; i >= 0; --i) {
        if (m_declarations.at(i).prefix == prefix)
            return m_declarations.at(i).uri;
    }
    return {};
}

} // namespace tianbao
