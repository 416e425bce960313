#include "RowFormPane.h"

#include "CellEditorDelegate.h"
#include "FormDocument.h"
#include "models/AttachmentModel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tianbao {

int RowFormPane::s_nextSession = 1;

namespace {

bool isLongText(Field field)
{
    return field != Field::Units && field != Field::Partners;
}

} // namespace

RowFormPane::RowFormPane(FormDocument *document, AttachmentModel *model, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(model), m_title(new QLabel(this)),
      m_fields(new QWidget(this)), m_empty(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_fields, 1);

    auto *grid = new QGridLayout(m_fields);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    int gridRow = 0;
    const int lines = fontMetrics().lineSpacing();
    for (Field field : AllFields) {
        Binding binding;
        binding.field = field;
        binding.label = new QLabel(m_fields);
        if (isLongText(field)) {
            auto *box = new QPlainTextEdit(m_fields);
            box->setTabChangesFocus(true);
            box->setAttribute(Qt::WA_InputMethodEnabled);
            if (field == Field::Name)
                box->setFixedHeight(lines * 2 + 12);
            else
                box->setMinimumHeight(lines * 3 + 12);
            connect(box, &QPlainTextEdit::textChanged, this, [this, field] {
                for (Binding &b : m_bindings) {
                    if (b.field != field)
                        continue;
                    if (!m_loading) {
                        b.dirty = true;
                        m_idle.start();
                    }
                    updateCount(b);
                    updateMissing(b);
                }
            });
            binding.editor = box;
        } else {
            auto *line = new QLineEdit(m_fields);
            connect(line, &QLineEdit::textEdited, this, [this, field] {
                for (Binding &b : m_bindings) {
                    if (b.field == field) {
                        b.dirty = true;
                        m_idle.start();
                    }
                }
            });
            binding.editor = line;
        }
        binding.editor->installEventFilter(this);
        binding.label->setBuddy(binding.editor);
        auto *header = new QHBoxLayout;
        header->addWidget(binding.label, 1);
        if (isAnswerField(field) || field == Field::Content) {
            binding.count = new QLabel(m_fields);
            binding.count->setForegroundRole(QPalette::PlaceholderText);
            header->addWidget(binding.count);
        }
        grid->addLayout(header, gridRow++, 0);
        grid->addWidget(binding.editor, gridRow, 0);
        const int stretch = isAnswerField(field) ? 3 : field == Field::Content ? 2 : 0;
        grid->setRowStretch(gridRow++, stretch);
        m_bindings.append(binding);
    }

    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleCommitMs);
    connect(&m_idle, &QTimer::timeout, this, &RowFormPane::commitPending);

    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (m_row.isValid() && m_row.row() >= topLeft.row() &&
                    m_row.row() <= bottomRight.row())
                    refresh();
            });
    connect(model, &QAbstractItemModel::rowsMoved, this, &RowFormPane::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RowFormPane::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RowFormPane::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { showRow(-1); });
    retranslate();
    showRow(-1);
}

int RowFormPane::shownRow() const
{
    return m_row.isValid() ? m_row.row() : -1;
}

QWidget *RowFormPane::editorFor(Field field) const
{
    for (const Binding &binding : m_bindings) {
        if (binding.field == field)
            return binding.editor;
    }
    return nullptr;
}

void RowFormPane::showRow(int sourceRow)
{
    if (sourceRow == shownRow() && sourceRow >= 0)
        return;
    commitPending();
    m_row = sourceRow >= 0 ? QPersistentModelIndex(m_model->index(sourceRow, 0))
                           : QPersistentModelIndex();
    for (Binding &binding : m_bindings)
        binding.dirty = false;
    refresh();
}

QString RowFormPane::textOf(const Binding &binding) const
{
    if (auto *box = qobject_cast<QPlainTextEdit *>(binding.editor))
        return box->toPlainText();
    return static_cast<QLineEdit *>(binding.editor)->text();
}

void RowFormPane::setTextOf(Binding &binding, const QString &text)
{
    if (textOf(binding) == text)
        return;
    m_loading = true;
    if (auto *box = qobject_cast<QPlainTextEdit *>(binding.editor))
        box->setPlainText(text);
    else
        static_cast<QLineEdit *>(binding.editor)->setText(text);
    m_loading = false;
    updateCount(binding);
    updateMissing(binding);
}

void RowFormPane::refresh()
{
    const bool shown = m_row.isValid();
    m_fields->setVisible(shown);
    m_empty->setVisible(!shown);
    if (!shown) {
        m_title->setText(m_model->attachment().label);
        for (Binding &binding : m_bindings)
            setTextOf(binding, QString());
        return;
    }
    m_title->setText(tr("%1, row %2").arg(m_model->attachment().label).arg(m_row.row() + 1));
    const Row &row = m_model->rowAt(m_row.row());
    const bool readOnly = m_document->isReadOnly();
    for (Binding &binding : m_bindings) {
        const QString &value = row.value(binding.field);
        binding.truncated = value.size() > AttachmentModel::EditLimit;
        if (auto *box = qobject_cast<QPlainTextEdit *>(binding.editor))
            box->setReadOnly(readOnly || binding.truncated);
        else
            static_cast<QLineEdit *>(binding.editor)->setReadOnly(readOnly || binding.truncated);
        // What is being typed wins over the model until it is committed.
        if (binding.truncated)
            setTextOf(binding, tr("[This cell holds %1 characters, too many to edit here; the "
                                  "first %2 are shown.]\n")
                                       .arg(value.size())
                                       .arg(AttachmentModel::DisplayLimit) +
                                   value.left(AttachmentModel::DisplayLimit));
        else if (!binding.dirty)
            setTextOf(binding, value);
    }
}

void RowFormPane::commit(Binding &binding)
{
    if (!binding.dirty || binding.truncated || !m_row.isValid())
        return;
    binding.dirty = false;
    const QModelIndex index =
        m_model->index(m_row.row(), AttachmentModel::columnForField(binding.field));
    // A refusal (disk full) leaves the text in the box and is reported by the model.
    if (!m_model->setData(index, textOf(binding), Qt::EditRole))
        binding.dirty = true;
}

void RowFormPane::commitPending()
{
    m_idle.stop();
    for (Binding &binding : m_bindings)
        commit(binding);
}

void RowFormPane::updateCount(Binding &binding)
{
    if (!binding.count)
        return;
    const int characters = textOf(binding).remove(QLatin1Char('\n')).size();
    binding.count->setText(tr("Characters: %1").arg(characters));
}

void RowFormPane::updateMissing(Binding &binding)
{
    auto *box = qobject_cast<QPlainTextEdit *>(binding.editor);
    if (!box || !isAnswerField(binding.field))
        return;
    const bool missing = m_row.isValid() && textOf(binding).trimmed().isEmpty();
    QPalette palette = box->palette();
    palette.setColor(QPalette::Base, missing ? CellEditorDelegate::missingColor()
                                             : QWidget::palette().color(QPalette::Base));
    box->setPalette(palette);
}

bool RowFormPane::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        m_document->setEditSession(s_nextSession++);
    } else if (event->type() == QEvent::FocusOut) {
        for (Binding &binding : m_bindings) {
            if (binding.editor == object)
                commit(binding);
        }
        m_document->setEditSession(0);
    }
    return QWidget::eventFilter(object, event);
}

void RowFormPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RowFormPane::retranslate()
{
    const Attachment &attachment = m_model->attachment();
    for (Binding &binding : m_bindings) {
        // The headers are the form's own text, as in the file.
        binding.label->setText(attachment.header(binding.field));
        if (auto *box = qobject_cast<QPlainTextEdit *>(binding.editor))
            box->setPlaceholderText(isAnswerField(binding.field) ? tr("To be filled") : QString());
        updateCount(binding);
    }
    m_empty->setText(tr("Select a row to see it here."));
}

} // namespace tianbao
