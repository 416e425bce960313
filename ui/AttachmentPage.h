#pragma once

#include <QWidget>

class QSplitter;

namespace tianbao {

class AttachmentModel;
class AttachmentTable;
class FormDocument;
class RowFilterModel;
class RowFormPane;

// One tab: the attachment's table (through the unit/search filter) beside the form pane of
// the selected row.
class AttachmentPage : public QWidget
{
    Q_OBJECT

public:
    AttachmentPage(FormDocument *document, AttachmentModel *model, QWidget *parent = nullptr);

    AttachmentModel *model() const { return m_model; }
    RowFilterModel *filter() const { return m_filter; }
    AttachmentTable *table() const { return m_table; }
    RowFormPane *pane() const { return m_pane; }
    QSplitter *splitter() const { return m_splitter; }

    // The source row of the current cell, -1 without one.
    int currentSourceRow() const;
    // Makes a source cell current (clearing the filters when they hide it) and shows it.
    void showSourceCell(int sourceRow, int column);
    // The tab's text: the attachment's label and the bracketed name ending its title.
    QString tabText() const;

signals:
    // The filters had to be cleared to show a cell.
    void filtersCleared();

private:
    FormDocument *m_document;
    AttachmentModel *m_model;
    RowFilterModel *m_filter;
    AttachmentTable *m_table;
    RowFormPane *m_pane;
    QSplitter *m_splitter;
};

} // namespace tianbao
