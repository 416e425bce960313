#include "PdfWriter.h"

#include "ReportPainter.h"
#include "pdf/PdfCanvas.h"
#include "pdf/PdfFontSet.h"
#include "pdf/PdfNumber.h"
#include "pdf/PdfObjectWriter.h"

#include <QDateTime>
#include <QIODevice>
#include <optional>

namespace tianbao {

namespace {

// Each page's content and page objects are written as soon as the page is drawn; fonts,
// the page tree and the catalogue follow the last page.
class PdfPages : public ReportPainter::PageTarget
{
public:
    PdfPages(PdfObjectWriter &pdf, PdfFontSet &fonts, int pagesId, int resourcesId)
        : m_pdf(pdf), m_fonts(fonts), m_pagesId(pagesId), m_resourcesId(resourcesId)
    {
        const ReportPage &page = ReportLayout::page();
        m_mediaBox = " /MediaBox [0 0 " + PdfNumber::text(page.width / 20.0) + ' ' +
                     PdfNumber::text(page.height / 20.0) + ']';
    }

    ReportCanvas *beginPage(int) override
    {
        m_canvas.emplace(m_fonts, ReportLayout::page().height);
        return &*m_canvas;
    }

    bool endPage() override
    {
        const int contentId = m_pdf.reserve();
        const int pageId = m_pdf.reserve();
        m_pageIds.append(pageId);
        const bool written =
            m_pdf.writeStream(contentId, {}, m_canvas->content()) &&
            m_pdf.writeObject(pageId,
                              "<< /Type /Page /Parent " + PdfObjectWriter::reference(m_pagesId) +
                                  m_mediaBox + " /Resources " +
                                  PdfObjectWriter::reference(m_resourcesId) + " /Contents " +
                                  PdfObjectWriter::reference(contentId) + " >>");
        m_canvas.reset();
        return written;
    }

    QByteArray kids() const
    {
        QByteArray kids;
        kids.reserve(12 * m_pageIds.size());
        for (const int id : m_pageIds)
            kids += PdfObjectWriter::reference(id) + ' ';
        return kids.trimmed();
    }
    int count() const { return int(m_pageIds.size()); }

private:
    PdfObjectWriter &m_pdf;
    PdfFontSet &m_fonts;
    int m_pagesId;
    int m_resourcesId;
    QByteArray m_mediaBox;
    std::optional<PdfCanvas> m_canvas;
    QVector<int> m_pageIds;
};

QByteArray pdfDate(const QDateTime &time)
{
    return "(D:" + time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

} // namespace

Status PdfWriter::write(QIODevice *device) const
{
    PdfObjectWriter pdf(device);
    const auto failed = [&] {
        return Error{tr("Could not write the PDF: %1.").arg(pdf.errorString())};
    };
    if (!pdf.begin())
        return failed();
    const int catalogId = pdf.reserve();
    const int pagesId = pdf.reserve();
    const int resourcesId = pdf.reserve();
    const int infoId = pdf.reserve();

    PdfFontSet fonts(m_glyphCacheFolder);
    PdfPages pages(pdf, fonts, pagesId, resourcesId);
    const ReportPainter::Streamed drawn =
        ReportPainter::layOutAndPaint(m_layout, pages, m_progress);
    if (!drawn.painted) {
        if (pdf.failed())
            return failed();
        return Error{drawn.pageFailed ? tr("Could not start a PDF page.")
                                      : tr("The export was cancelled.")};
    }

    QByteArray fontEntries;
    if (!fonts.write(pdf, &fontEntries))
        return failed();
    const bool written =
        pdf.writeObject(resourcesId,
                        "<< /Font <<" + fontEntries + " >> /ProcSet [/PDF /Text] >>") &&
        pdf.writeObject(pagesId, "<< /Type /Pages /Kids [" + pages.kids() + "] /Count " +
                                     QByteArray::number(pages.count()) + " >>") &&
        pdf.writeObject(catalogId, "<< /Type /Catalog /Pages " +
                                       PdfObjectWriter::reference(pagesId) +
                                       " /Lang (zh-CN) /ViewerPreferences << /DisplayDocTitle "
                                       "true >> >>") &&
        pdf.writeObject(infoId, "<< /Title " +
                                    PdfObjectWriter::textString(m_layout.documentTitle()) +
                                    " /Creator (Tianbao) /Producer (Tianbao) /CreationDate " +
                                    pdfDate(QDateTime::currentDateTimeUtc()) + " >>") &&
        pdf.finish(catalogId, infoId);
    if (!written)
        return failed();
    fonts.saveGlyphCaches();
    return {};
}

} // namespace tianbao
